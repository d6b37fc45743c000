import { parseFieldInput, type Field, type FieldValue } from '@stepwise/runbook';
import { stripControls, type Ansi } from './ansi';
import type { LineReader } from './lineReader';

/** Returned when input ended (Ctrl-D, Ctrl-C, a closed terminal): the caller stops safely. */
export const QUIT = Symbol('quit');
export type Answer<T> = T | typeof QUIT;

export interface Prompts {
  /** A typed value for a field, re-asked until valid; undefined for an optional field left empty. */
  field(field: Field, indent?: string): Promise<Answer<FieldValue | undefined>>;
  /** Free text; empty input gives ''. */
  text(question: string): Promise<Answer<string>>;
  yesNo(question: string): Promise<Answer<boolean>>;
  /** A 1-based pick from a list, re-asked until valid. */
  choose(question: string, options: readonly { id: string; title: string }[]): Promise<Answer<string>>;
}

export function createPrompts(reader: LineReader, write: (text: string) => void, ansi: Ansi): Prompts {
  const ask = async (question: string) => reader.ask(question);
  return {
    async field(field, indent = '  ') {
      const optional = field.required === false;
      const options = field.type === 'choice' ? (field.options ?? []) : [];
      if (field.help) write(`${indent}${ansi.dim(stripControls(field.help.trim()).replace(/\n/g, `\n${indent}`))}\n`);
      options.forEach((o, i) => write(`${indent}  ${i + 1}) ${stripControls(o.label)} ${ansi.dim(`[${o.value}]`)}\n`));
      const hint = { text: '', choice: 'number or value', boolean: 'y/n', url: 'https://…', timestamp: 'UTC, e.g. 2025-03-01T14:30:00Z, or "now"', email: 'name@example.org', number: 'a number' }[field.type];
      for (;;) {
        const line = await ask(`${indent}${ansi.bold(stripControls(field.label))}${hint ? ansi.dim(` (${hint})`) : ''}${optional ? ansi.dim(' [optional, Enter to leave empty]') : ''}: `);
        if (line === null) return QUIT;
        if (line.trim() === '' && optional) return undefined;
        // "now" saves typing the current time; it is recorded as the actual UTC time.
        const text = field.type === 'timestamp' && line.trim().toLowerCase() === 'now' ? new Date().toISOString() : line;
        const parsed = parseFieldInput(field, text);
        if (parsed.ok) return parsed.value;
        write(`${indent}${ansi.bad('✗')} ${stripControls(parsed.message)} Try again.\n`);
      }
    },
    async text(question) {
      const line = await ask(question);
      return line === null ? QUIT : line.trim();
    },
    async yesNo(question) {
      for (;;) {
        const line = await ask(question);
        if (line === null) return QUIT;
        const answer = line.trim().toLowerCase();
        if (['y', 'yes'].includes(answer)) return true;
        if (['n', 'no'].includes(answer)) return false;
        write(`  Answer y or n.\n`);
      }
    },
    async choose(question, options) {
      options.forEach((o, i) => write(`  ${i + 1}) ${stripControls(o.title)} ${ansi.dim(`[${o.id}]`)}\n`));
      for (;;) {
        const line = await ask(question);
        if (line === null) return QUIT;
        const answer = line.trim();
        const byNumber = /^\d+$/.test(answer) ? options[Number(answer) - 1] : undefined;
        const picked = byNumber ?? options.find((o) => o.id === answer);
        if (picked) return picked.id;
        write(`  Type a number from 1 to ${options.length}.\n`);
      }
    },
  };
}
