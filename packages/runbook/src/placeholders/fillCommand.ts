import type { FieldValue } from '../run/runEvent';
import type { Command, Placeholder } from '../types';
import { findPlaceholders } from './findPlaceholders';
import { quoteForPowerShell } from './quoteForPowerShell';

/** A piece of a filled command: literal code, a value from the run, or a placeholder left to type. */
export type CommandPart =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; text: string }
  | { kind: 'placeholder'; name: string; text: string };

export interface FillProblem {
  placeholder: string;
  /** undeclared: not in `placeholders`; manual: bound to no input; no-value: the run has none; unquotable: cannot be written safely. */
  reason: 'undeclared' | 'manual' | 'no-value' | 'unquotable';
  message: string;
}

export interface FilledCommand {
  /** The code with every value that could be written safely filled in. */
  code: string;
  parts: CommandPart[];
  /** Why a placeholder was left as `<name>`; empty when every placeholder was filled. */
  problems: FillProblem[];
  complete: boolean;
}

/** The value a placeholder takes in a run, or undefined. */
export function placeholderValue(placeholder: Placeholder, inputs: Readonly<Record<string, FieldValue | undefined>>): string | undefined {
  if (!placeholder.input) return undefined;
  const raw = inputs[placeholder.input];
  if (raw === undefined || raw === '') return undefined;
  const text = String(raw);
  if (!placeholder.part) return text;
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  return placeholder.part === 'local' ? text.slice(0, at) : text.slice(at + 1);
}

/**
 * Fills a command's `<name>` placeholders with the run's values, escaped for the quoting each
 * appears in (see quoteForPowerShell). A value that cannot be written safely is refused: the
 * placeholder stays as `<name>` for the engineer to type, and a problem says why. Pure; never throws.
 */
export function fillCommand(command: Pick<Command, 'code' | 'language'>, placeholders: readonly Placeholder[], inputs: Readonly<Record<string, FieldValue | undefined>>): FilledCommand {
  const declared = new Map(placeholders.map((p) => [p.name, p]));
  const parts: CommandPart[] = [];
  const problems: FillProblem[] = [];
  let at = 0;
  for (const use of findPlaceholders(command.code, command.language)) {
    if (use.offset > at) parts.push({ kind: 'text', text: command.code.slice(at, use.offset) });
    at = use.offset + use.length;
    const literal = command.code.slice(use.offset, at);
    const placeholder = declared.get(use.name);
    const problem = (reason: FillProblem['reason'], message: string) => {
      if (!problems.some((p) => p.placeholder === use.name && p.reason === reason)) problems.push({ placeholder: use.name, reason, message });
      parts.push({ kind: 'placeholder', name: use.name, text: literal });
    };
    if (!placeholder) {
      problem('undeclared', `<${use.name}> is not a declared placeholder of this runbook.`);
      continue;
    }
    if (!placeholder.input) {
      problem('manual', `Type ${placeholder.description.replace(/\.$/, '')} in place of <${use.name}>.`);
      continue;
    }
    const value = placeholderValue(placeholder, inputs);
    if (value === undefined) {
      problem('no-value', `The run has no value for input "${placeholder.input}"; type it in place of <${use.name}>.`);
      continue;
    }
    const quoted = quoteForPowerShell(value, use.quoting, command.language);
    if (quoted === undefined) {
      problem('unquotable', `The value of "${placeholder.input}" cannot be written safely at <${use.name}> (${use.quoting === 'bare' ? 'outside quotes' : 'it holds a control character'}); type it yourself.`);
      continue;
    }
    parts.push({ kind: 'value', name: use.name, text: quoted });
  }
  if (at < command.code.length) parts.push({ kind: 'text', text: command.code.slice(at) });
  return { code: parts.map((p) => p.text).join(''), parts, problems, complete: problems.length === 0 };
}
