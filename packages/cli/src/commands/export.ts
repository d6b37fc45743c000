import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXPORT_TARGETS, exportPolicy, formatFidelity, type ExportOptions } from '@stepwise/policy';
import { EXIT } from '../exitCodes';
import { InputOutputError, UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadPolicyArgument } from '../policyArgument';
import { parseTarget } from '../readNativeFile';

const usage = `Usage: stepwise export <policy-id|file> --target <name> [options]

Writes a policy as the settings of a system that enforces passwords, and prints the fidelity
report: for every rule and lifecycle setting, exact, approximate (and what changes) or not
enforceable by that system.

Targets: ${EXPORT_TARGETS.join(', ')}

Options:
  --target <name>              the system (required)
  --out <folder>               where to write the files (default ./<policy>.<target>/)
  --format <text|json>         the report as text (default) or JSON (report and files)
  --fine-grained-name <name>   ad-fine-grained: the policy's name (default Stepwise-<policy>)
  --precedence <n>             ad-fine-grained: precedence, lowest wins (default 10)
  --applies-to <group>         ad-fine-grained: a group it applies to (repeatable)
  --relax-minimum-length       ad-default-domain: "Relax minimum password length limits" is on (up to 128)
  --on-premises <mode>         entra: the DC agent's mode, enforce (default), audit or off
  -h, --help                   this help

Exit codes: 0 written, 1 the policy is invalid, 2 usage or internal error.
`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a policy to AD, Entra, pwquality or Keycloak, with a fidelity report.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      target: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fine-grained-name': { type: 'string' },
      precedence: { type: 'string' },
      'applies-to': { type: 'string', multiple: true },
      'relax-minimum-length': { type: 'boolean', default: false },
      'on-premises': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name a policy (its id or file).' : 'name one policy at a time.');
    const target = parseTarget(values.target, '--target');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"; use text or json.`);
    const options: ExportOptions = { relaxMinimumLength: values['relax-minimum-length'] };
    if (values['fine-grained-name'] !== undefined) options.fineGrainedName = values['fine-grained-name'];
    if (values.precedence !== undefined) {
      if (!/^\d+$/.test(values.precedence)) throw new UsageError('--precedence takes a whole number.');
      options.precedence = Number(values.precedence);
    }
    if (values['applies-to']) options.appliesTo = values['applies-to'];
    if (values['on-premises'] !== undefined) {
      if (!['enforce', 'audit', 'off'].includes(values['on-premises'])) throw new UsageError('--on-premises takes enforce, audit or off.');
      options.onPremisesMode = values['on-premises'] as 'enforce' | 'audit' | 'off';
    }

    const found = loadPolicyArgument(positionals[0]!, io.cwd);
    if ('problems' in found) {
      io.stderr.write(`${found.problems}stepwise export: policy "${positionals[0]}" could not be loaded.\n`);
      return EXIT.findings;
    }
    const exported = exportPolicy(found.policy, target, options);
    const folder = resolve(io.cwd, values.out ?? `${found.policy.id}.${target}`);
    try {
      mkdirSync(folder, { recursive: true });
      for (const file of exported.files) writeFileSync(join(folder, file.name), file.content);
    } catch (error) {
      throw new InputOutputError(`cannot write into "${relative(io.cwd, folder) || folder}": ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    io.stdout.write(values.format === 'json' ? `${JSON.stringify(exported, null, 2)}\n` : formatFidelity(exported));
    io.stderr.write(`Wrote ${exported.files.map((f) => relative(io.cwd, join(folder, f.name))).join(', ')}.\n`);
    return EXIT.ok;
  },
};
