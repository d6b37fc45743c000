import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePassword, loadEvaluationResources, loadPolicy, runPolicyExamples, type EvaluateOptions } from '@stepwise/policy';

let resources: EvaluateOptions;
beforeAll(async () => {
  resources = await loadEvaluationResources();
});

describe('runPolicyExamples', () => {
  it('says what was expected and what came out, by position, never by password', () => {
    const loaded = loadPolicy(readFileSync(new URL('../fixtures/policy/examples/failing.yaml', import.meta.url), 'utf8'), 'failing.yaml');
    const policy = loaded.policy!;
    const results = runPolicyExamples(policy, (password, context) => evaluatePassword(password, policy, context, resources));
    expect(results.map((r) => [r.kind, r.index, r.ok, r.expected, r.actual])).toEqual([
      ['accept', 0, false, 'accepted', 'rejected by length (Too short: 5 characters, at least 12 needed.)'],
      ['accept', 1, true, 'accepted', 'accepted'],
      ['reject', 0, true, 'rejected by repetition', 'rejected by repetition (Contains the same character 16 times in a row (at most 3).)'],
      ['reject', 1, false, 'rejected by repetition', 'rejected by length (Too short: 4 characters, at least 12 needed.)'],
    ]);
    expect(loaded.parsed.locate(results[3]!.path).start).toEqual({ line: 18, column: 7 });
    expect(JSON.stringify(results)).not.toContain('aaaaaaaaaaaa');
  });
});
