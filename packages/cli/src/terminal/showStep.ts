import { conditionHolds, fillCommand, stepRequirements, type Run, type Step } from '@stepwise/runbook';
import { stripControls, type Ansi } from './ansi';
import { renderMarkdown } from './renderMarkdown';

/** The current step as a person reads it on the terminal: where they are, what to do, what to record. */
export function showStep(run: Run, step: Step, ansi: Ansi, width: number): string {
  const { runbook, state } = run;
  const st = state.steps.find((s) => s.id === step.id)!;
  const role = runbook.roles.find((r) => r.id === step.role)?.title ?? step.role;
  const clean = stripControls;
  const out: string[] = [];
  out.push(ansi.dim('─'.repeat(Math.min(width, 72))));
  const position = `Step ${state.progress.done + 1} of ${state.progress.total}`;
  out.push(`${ansi.dim(position)}  ${ansi.bold(clean(step.title))}${st.visits > 1 ? ansi.warn(`  (attempt ${st.visits})`) : ''}`);
  out.push(ansi.dim(`Role: ${clean(role)}`));
  // Who can do it (issue 12): the Entra roles, scopes, role groups and licences the step declares.
  const needs = stepRequirements(step);
  const needLines: [string, string[] | undefined][] = [['Entra role (any one)', needs.entraRoles], ['Graph scopes', needs.graphScopes], ['Exchange role group (any one)', needs.exchangeRoleGroups], ['AD delegation', needs.adDelegation], ['Licences', needs.licences]];
  for (const [label, names] of needLines) if (names?.length) out.push(ansi.dim(`${label}: ${clean(names.join(', '))}`));
  out.push('');
  out.push(renderMarkdown(step.body, { ansi, width }));
  const commands = (step.commands ?? []).filter((c) => conditionHolds(c.when, state.variant, state.inputs));
  if (commands.length) {
    out.push('', ansi.bold('Commands'));
    for (const command of commands) {
      // Filled with this run's values, escaped for PowerShell quoting; what cannot be filled safely stays <name>.
      const filled = fillCommand(command, runbook.placeholders ?? [], state.inputs);
      out.push(`  ${clean(command.title ?? 'Command')} ${ansi.dim(`(${command.language})`)}`);
      for (const line of clean(filled.code.replace(/\n$/, '')).split('\n')) out.push(`      ${ansi.code(line)}`);
      for (const problem of filled.problems) out.push(`      ${ansi.warn(`<${clean(problem.placeholder)}>`)} ${ansi.dim(clean(problem.message))}`);
    }
  }
  if (step.links?.length) {
    out.push('', ansi.bold('Links'));
    for (const link of step.links) out.push(`  ${clean(link.title)}: ${ansi.underline(clean(link.url))}`);
  }
  if (step.escalation) out.push('', ansi.bold('When to escalate'), renderMarkdown(step.escalation, { ansi, width, indent: '  ' }));
  if (step.checks?.length) {
    out.push('', ansi.bold('Sub-checks'));
    for (const check of step.checks) out.push(`  ${st.ticked.includes(check.id) ? ansi.ok('[x]') : '[ ]'} ${clean(check.text)}`);
  }
  const evidence = step.evidence ?? [];
  if (evidence.length) {
    out.push('', ansi.bold('Evidence to record'));
    for (const field of evidence) {
      const note = field.secret ? ansi.warn(' (secret: never recorded)') : field.required === false ? ansi.dim(' (optional)') : '';
      out.push(`  • ${clean(field.label)} ${ansi.dim(`[${field.type}]`)}${note}`);
    }
  }
  const onFail = step.onFail ? runbook.steps.find((s) => s.id === step.onFail) : undefined;
  if (onFail) out.push('', ansi.dim(`If this step fails: go to "${clean(onFail.title)}".`));
  return `${out.join('\n')}\n`;
}
