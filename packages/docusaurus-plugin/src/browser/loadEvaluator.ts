import type { EvaluateOptions, GeneratedPassword, GenerateOptions, PasswordContext, PasswordEvaluation, EvaluablePolicy } from '@stepwise/policy';

/**
 * How far the checker's data has arrived (issue 14 item 9), in order:
 * - `rules`: the engine only; length, composition and context are judged, blocklist and
 *   strength are pending;
 * - `blocklist`: the common-password list too (its own chunk, ~200 KB gzip);
 * - `preliminary`: the estimator core too: a first strength verdict, which can be stronger than
 *   the final one (never weaker) for a password built from rarer words;
 * - `final`: every dictionary.
 */
export type EvaluatorStage = 'rules' | 'blocklist' | 'preliminary' | 'final';

/** An evaluation at some stage: the rules that cannot be judged yet are left out and named. */
export interface StagedEvaluation extends PasswordEvaluation {
  /** Rules of the policy waiting for their data; empty at the final stage. */
  pending: ('blocklist' | 'strength')[];
}

/** The policy engine with what has been loaded so far bound. */
export interface Evaluator {
  stage: EvaluatorStage;
  evaluate(password: string, policy: EvaluablePolicy, context: PasswordContext): StagedEvaluation;
  /** The generator with the same estimator and list (the random source is the caller's). */
  generate(policy: EvaluablePolicy, options: Omit<GenerateOptions, 'estimator' | 'commonPasswords'>): Promise<GeneratedPassword>;
}

type Engine = typeof import('./policyEngine');

function bind(engine: Engine, stage: EvaluatorStage, resources: EvaluateOptions): Evaluator {
  // One estimate per password however many policies judge it (the compare view).
  const options = { ...resources, ...(resources.estimator ? { estimator: engine.sharedEstimator(resources.estimator) } : {}) };
  return {
    stage,
    evaluate(password, policy, context) {
      const evaluation = engine.evaluatePassword(password, policy, context, options);
      // What the engine reports as "could not be checked" for want of data is pending here.
      const has = (rule: string) => evaluation.rules.some((r) => r.rule === rule);
      const pending: StagedEvaluation['pending'] = [];
      if (!options.commonPasswords && has('blocklist') && policy.rules?.blocklist?.common !== false) pending.push('blocklist');
      if (!options.estimator && has('strength')) pending.push('strength');
      if (pending.length === 0) return { ...evaluation, pending };
      const rules = evaluation.rules.filter((r) => !pending.includes(r.rule as 'blocklist' | 'strength'));
      return { ...evaluation, rules, ok: rules.every((r) => r.ok || r.severity !== 'error'), pending };
    },
    generate: (policy, generateOptions) => engine.generatePassword(policy, { ...options, ...generateOptions }),
  };
}

let pending: Promise<Evaluator> | undefined;

/**
 * Loads the engine chunk and every dictionary once per page (every checker and generator on the
 * page shares them). Only the site's own chunks are fetched; nothing is sent.
 */
export function loadEvaluator(): Promise<Evaluator> {
  pending ??= import('./policyEngine').then(async (engine) => bind(engine, 'final', await engine.loadEvaluationResources()));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}

/**
 * The same, stage by stage: `onStage` receives an evaluator as soon as the engine is loaded and a
 * new one each time more data arrives (see EvaluatorStage). Settles when the final stage is
 * reached; rejects if a chunk fails to load (earlier stages stay usable).
 */
export async function loadEvaluatorStages(onStage: (evaluator: Evaluator) => void): Promise<void> {
  // The loader's small chunk and the engine's in parallel: the dictionaries need not wait for the engine.
  const staging = import('./policyStages').then((m) => m.loadEvaluationStages());
  const engine = await import('./policyEngine');
  const stages = await staging;
  onStage(bind(engine, 'rules', {}));
  const commonPasswords = await stages.commonPasswords;
  onStage(bind(engine, 'blocklist', { commonPasswords }));
  onStage(bind(engine, 'preliminary', { commonPasswords, estimator: await stages.preliminaryEstimator }));
  onStage(bind(engine, 'final', { commonPasswords, estimator: await stages.estimator }));
}
