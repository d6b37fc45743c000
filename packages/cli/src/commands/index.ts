import type { CliCommand } from '../io';

/**
 * Every command, loaded on demand so that `stepwise validate` does not pay for the password
 * estimator or the run engine.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  validate: { summary: 'Validate runbooks and policies (file:line:col diagnostics).', load: async () => (await import('./validate')).validate },
  check: { summary: 'Check a password against a policy (read from the terminal or stdin).', load: async () => (await import('./check')).check },
  test: { summary: 'Run the examples of policies as tests.', load: async () => (await import('./test')).test },
  conform: { summary: 'Check policies for conformance with standards.', load: async () => (await import('./conform')).conform },
  generate: { summary: 'Generate a password that passes a policy.', load: async () => (await import('./generate')).generate },
  run: { summary: 'Follow a runbook as a checklist in the terminal, recording an audit record.', load: async () => (await import('./run')).run },
  export: { summary: 'Export a policy to AD, Entra, pwquality or Keycloak, with a fidelity report.', load: async () => (await import('./export')).exportCommand },
  import: { summary: "Import a system's password settings (AD, Entra, pwquality, Keycloak) as a policy.", load: async () => (await import('./import')).importCommand },
  drift: { summary: 'Compare what a system enforces with what a policy declares.', load: async () => (await import('./drift')).driftCommand },
  verify: { summary: 'Verify the hash chain and replay of an audit record.', load: async () => (await import('./verify')).verify },
  completion: { summary: 'Print a shell completion script (bash, zsh or fish).', load: async () => (await import('./completion')).completion },
};
