import { applyAction, type FieldValue, type Run, type RunAction, type Step } from '@stepwise/runbook';
import { stripControls, type Ansi } from './ansi';
import { QUIT, type Prompts } from './prompts';
import { showStep } from './showStep';

export interface ChecklistOptions {
  run: Run;
  prompts: Prompts;
  write: (text: string) => void;
  ansi: Ansi;
  width: number;
  /** Persists the run; called after every accepted action, before the next question. */
  save: (run: Run) => void;
}

/**
 * The interactive checklist: shows the current step, offers complete / skip / fail / note /
 * back / quit, asks for sub-checks and evidence, and saves after every accepted action. Returns
 * the run as it stands when the person quits (or input ends).
 */
export async function runChecklist(options: ChecklistOptions): Promise<Run> {
  const { prompts, write, ansi, width, save } = options;
  let run = options.run;
  let shown = '';
  const clean = stripControls;
  const title = (id: string) => clean(run.runbook.steps.find((s) => s.id === id)?.title ?? id);

  const perform = async (action: RunAction): Promise<boolean> => {
    const result = await applyAction(run, action);
    if (!result.ok) {
      write(`  ${ansi.bad('✗')} ${clean(result.error.message)}\n`);
      return false;
    }
    run = result.run;
    save(run);
    return true;
  };

  const reopenLast = async (): Promise<boolean | typeof QUIT> => {
    const last = run.state.trail.at(-1);
    if (last === undefined) {
      write('  Nothing to go back to yet.\n');
      return false;
    }
    const reason = await prompts.text(`  Why reopen "${title(last)}"? `);
    if (reason === QUIT) return QUIT;
    if (reason === '') {
      write('  A reason is required; nothing was reopened.\n');
      return false;
    }
    return perform({ type: 'reopen', stepId: last, reason });
  };

  const addNote = async (stepId?: string): Promise<boolean | typeof QUIT> => {
    const note = await prompts.text('  Note: ');
    if (note === QUIT) return QUIT;
    if (note === '') return false;
    return perform(stepId === undefined ? { type: 'note', note } : { type: 'note', stepId, note });
  };

  const complete = async (step: Step): Promise<boolean | typeof QUIT> => {
    for (const check of step.checks ?? []) {
      const st = run.state.steps.find((s) => s.id === step.id)!;
      if (st.ticked.includes(check.id)) continue;
      const done = await prompts.yesNo(`  [ ] ${clean(check.text)} — done? [y/n] `);
      if (done === QUIT) return QUIT;
      if (!done) {
        write('  The step is complete only when every sub-check is done: finish it, or skip the step with a reason' + (step.onFail ? ', or fail it.' : '.') + '\n');
        return false;
      }
      if (!(await perform({ type: 'tick', stepId: step.id, checkId: check.id }))) return false;
    }
    const evidence: Record<string, FieldValue> = {};
    for (const field of step.evidence ?? []) {
      if (field.secret) {
        write(`  ${ansi.warn('!')} ${clean(field.label)} is a secret: it is never recorded. Keep it out of notes too.\n`);
        continue;
      }
      const value = await prompts.field(field);
      if (value === QUIT) return QUIT;
      if (value !== undefined) evidence[field.id] = value;
    }
    return perform({ type: 'complete', stepId: step.id, evidence });
  };

  for (;;) {
    const { state } = run;
    if (state.complete) {
      if (shown !== 'ended') {
        shown = 'ended';
        write(`\n${ansi.ok(ansi.bold(`Run ended: ${state.outcome}.`))} ${state.progress.done} of ${state.progress.total} steps resolved.\n`);
        write(`Head hash: ${ansi.bold(run.events.at(-1)!.hash)}  ${ansi.dim('(copy it into the ticket)')}\n`);
      }
      const last = state.trail.at(-1);
      const choice = await prompts.text(`[n]ote${last ? `  [b]ack (reopen "${title(last)}")` : ''}  [q]uit > `);
      if (choice === QUIT || choice.toLowerCase().startsWith('q')) return run;
      const result = choice.toLowerCase().startsWith('n') ? await addNote() : choice.toLowerCase().startsWith('b') ? await reopenLast() : (write('  Type n, b or q.\n'), false);
      if (result === QUIT) return run;
      if (result && !run.state.complete) shown = '';
      continue;
    }

    const step = run.runbook.steps.find((s) => s.id === state.current)!;
    const st = state.steps.find((s) => s.id === step.id)!;
    const key = `${step.id}#${st.visits}#${run.events.length}`;
    if (!shown.startsWith(`${step.id}#${st.visits}#`)) write(`\n${showStep(run, step, ansi, width)}`);
    shown = key;
    const menu = ['[c]omplete', '[s]kip', ...(step.onFail ? ['[f]ail'] : []), '[n]ote', ...(state.trail.length ? ['[b]ack'] : []), '[q]uit'];
    const choice = await prompts.text(`\n${menu.join('  ')} > `);
    if (choice === QUIT) return run;
    let result: boolean | typeof QUIT = false;
    switch (choice.toLowerCase().slice(0, 1)) {
      case 'c':
        result = await complete(step);
        break;
      case 's': {
        const reason = await prompts.text('  Why is this step skipped? ');
        if (reason === QUIT) return run;
        if (reason === '') write('  A reason is required; the step was not skipped.\n');
        else result = await perform({ type: 'skip', stepId: step.id, reason });
        break;
      }
      case 'f': {
        if (!step.onFail) {
          write('  This step has no failure branch: skip it with a reason, or add a note and escalate.\n');
          break;
        }
        const reason = await prompts.text(`  What failed? (the run goes to "${title(step.onFail)}") `);
        if (reason === QUIT) return run;
        if (reason === '') write('  A reason is required; the step was not failed.\n');
        else result = await perform({ type: 'fail', stepId: step.id, reason });
        break;
      }
      case 'n':
        result = await addNote(step.id);
        if (result === true) write('  Note saved.\n');
        break;
      case 'b':
        result = await reopenLast();
        break;
      case 'q':
        return run;
      default:
        write(`  Type ${menu.map((m) => m.slice(1, 2)).join(', ')}.\n`);
    }
    if (result === QUIT) return run;
  }
}
