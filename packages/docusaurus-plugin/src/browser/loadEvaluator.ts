import type { GeneratedPassword, GenerateOptions, PasswordContext, PasswordEvaluation, PolicyDocument } from '@stepwise/policy';

/** Rules an evaluator cannot judge yet because their data is still on its way. */
export type PendingRule = 'strength' | 'blocklist';

/** The policy engine with what has arrived of the estimator and common-password list, bound. */
export interface Evaluator {
  evaluate(password: string, policy: PolicyDocument, context: PasswordContext): PasswordEvaluation;
  /** The generator with the same estimator and list (the random source is the caller's). */
  generate(policy: PolicyDocument, options: Omit<GenerateOptions, 'estimator' | 'commonPasswords'>): Promise<GeneratedPassword>;
  /** Empty once everything is loaded; until then these rules' results are not verdicts. */
  pending: PendingRule[];
}

type Engine = typeof import('./policyEngine');
type Options = Parameters<Engine['evaluatePassword']>[3] & object;

let engine: Promise<Engine> | undefined;
let full: Promise<Evaluator> | undefined;

function bind(loaded: Engine, options: Options): Evaluator {
  const pending: PendingRule[] = [];
  if (!options.estimator) pending.push('strength');
  if (!options.commonPasswords) pending.push('blocklist');
  // One estimate per password however many policies judge it (the compare view).
  const bound = { ...options, ...(options.estimator ? { estimator: loaded.sharedEstimator(options.estimator) } : {}) };
  return {
    evaluate: (password, policy, context) => loaded.evaluatePassword(password, policy, context, bound),
    generate: (policy, generateOptions) => loaded.generatePassword(policy, { ...bound, ...generateOptions }),
    pending,
  };
}

function loadEngine(): Promise<Engine> {
  engine ??= import('./policyEngine');
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * The checker in stages (issue 14 item 9): the rules that need no data (length, composition,
 * context, repetition, patterns) as soon as the small engine chunk is in, then the blocklist and
 * the strength estimate as their data arrives. Uses only the public `loadCommonPasswords` and
 * `loadDefaultEstimator`, so it works whether they share one data file or not. `onStage` is
 * called with each better evaluator; the promise settles with the complete one.
 */
export function loadEvaluatorStages(onStage: (evaluator: Evaluator) => void): Promise<Evaluator> {
  return loadEngine().then(async (loaded) => {
    const options: Options = {};
    onStage(bind(loaded, options));
    const list = loaded.loadCommonPasswords().then((commonPasswords) => {
      options.commonPasswords = commonPasswords;
      onStage(bind(loaded, options));
    });
    const estimator = loaded.loadDefaultEstimator().then((estimate) => {
      options.estimator = estimate;
      onStage(bind(loaded, options));
    });
    await Promise.all([list, estimator]);
    return bind(loaded, options);
  });
}

/**
 * The complete evaluator, loaded once per page (every checker and generator on the page shares
 * it). Only the site's own chunks are fetched; nothing is sent.
 */
export function loadEvaluator(): Promise<Evaluator> {
  full ??= loadEvaluatorStages(() => undefined);
  full.catch(() => {
    full = undefined;
  });
  return full;
}
