import { closestMatch, type NodePath } from '@stepwise/core';
import { findPlaceholders } from '../placeholders/findPlaceholders';
import type { Runbook } from '../types';
import type { RunbookCode } from './codes';

type Report = (code: RunbookCode, message: string, path: NodePath, target?: 'value' | 'key', hint?: string, severity?: 'error' | 'warning') => void;

/**
 * Commands filled from the run (issue 12): every `<name>` in a command is declared under
 * `placeholders`, each declared one is bound to a declared input (or to none, typed by hand), used,
 * and, in PowerShell, sits inside quotes so that its value can be escaped.
 */
export function checkPlaceholders(runbook: Runbook, report: Report): void {
  const declared = new Map<string, number>();
  const inputs = new Set((runbook.inputs ?? []).map((f) => f.id));
  (runbook.placeholders ?? []).forEach((placeholder, p) => {
    if (declared.has(placeholder.name)) report('runbook-duplicate-placeholder', `Placeholder "${placeholder.name}" is declared twice.`, ['placeholders', p, 'name']);
    else declared.set(placeholder.name, p);
    if (placeholder.input && !inputs.has(placeholder.input)) {
      const suggestion = closestMatch(placeholder.input, inputs);
      report('runbook-unknown-input', `Placeholder "${placeholder.name}" is bound to input "${placeholder.input}", which is not declared in inputs.`, ['placeholders', p, 'input'], 'value', suggestion ? `Did you mean "${suggestion}"?` : undefined);
    }
  });
  const used = new Set<string>();
  runbook.steps.forEach((step, i) => {
    (step.commands ?? []).forEach((command, c) => {
      const path: NodePath = ['steps', i, 'commands', c, 'code'];
      const reported = new Set<string>();
      for (const use of findPlaceholders(command.code, command.language)) {
        used.add(use.name);
        if (reported.has(use.name)) continue;
        reported.add(use.name);
        if (!declared.has(use.name)) {
          const suggestion = closestMatch(use.name, declared.keys());
          report('runbook-unknown-placeholder', `Command uses <${use.name}>, which is not declared under placeholders.`, path, 'value', suggestion ? `Did you mean <${suggestion}>?` : 'Declare it under placeholders, bound to a run input.');
        } else if (command.language === 'powershell' && use.quoting === 'bare' && !use.comment) {
          report('runbook-unquoted-placeholder', `<${use.name}> is outside quotes, so only a plain word can be filled in there.`, path, 'value', `Write '<${use.name}>' (single quotes), so any value can be escaped.`, 'warning');
        }
      }
    });
  });
  for (const [name, p] of declared) {
    if (!used.has(name)) report('runbook-unused-placeholder', `Placeholder "${name}" is used by no command.`, ['placeholders', p, 'name'], 'value', 'Remove it, or use it in a command.', 'warning');
  }
}
