import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decoratedBases, evaluatePassword, evaluatePasswordAsync, expectedPattern, loadEvaluationResources, loadPolicy, type EvaluablePolicy, type EvaluateOptions, type PasswordContext, type PolicyDocument, type ResolvedPolicy, type Rules } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';

let resources: EvaluateOptions;
let shipped: Map<string, ResolvedPolicy>;
beforeAll(async () => {
  resources = await loadEvaluationResources();
  shipped = new Map(loadShippedPolicies().map((p) => [p.id, p]));
});

const policy = (rules: Rules): EvaluablePolicy => ({ id: 'test', title: 'Test', version: '1.0.0', summary: 'Test policy.', rules });
const one = (password: string, rules: Rules, context: PasswordContext = {}) => evaluatePassword(password, policy(rules), context, resources).rules[0]!;
const failed = (id: string, password: string, context: PasswordContext = {}) =>
  evaluatePassword(password, shipped.get(id)!, context, resources).rules.filter((r) => !r.ok && r.severity === 'error').map((r) => r.rule);

describe('context words see through look-alikes and Unicode forms (issue 11)', () => {
  it('J0rdanWh1tf1eld! fails for Jordan Whitfield under AD (display-name tokens) and NIST (names)', () => {
    expect(failed('ad-default', 'J0rdanWh1tf1eld!', { userName: 'jwhitfield', displayName: 'Jordan Whitfield' })).toContain('context');
    expect(failed('nist-800-63b-4-single-factor', 'J0rdanWh1tf1eld!2025', { givenName: 'Jordan', surname: 'Whitfield' })).toContain('context');
  });

  it("p0LL23fb is rejected by entra-default for user Poll, as Microsoft documents", () => {
    expect(failed('entra-default', 'p0LL23fb', { givenName: 'Poll' })).toContain('context');
    // Microsoft: substring matching only for names of 4+ characters.
    expect(failed('entra-default', 'Kx9#Bobq2Lm7', { givenName: 'Bob' })).not.toContain('context');
  });

  it('a display name stored in NFD does not slip past an NFC password, nor the reverse', () => {
    const nfd = 'Zoë Åberg'.normalize('NFD');
    expect(nfd).not.toBe('Zoë Åberg');
    expect(one('Åberg-harbor-2025', { context: { displayName: true } }, { displayName: nfd })).toMatchObject({ ok: false });
    expect(one('Åberg-harbor-2025'.normalize('NFD'), { context: { displayName: true } }, { displayName: 'Zoë Åberg' })).toMatchObject({ ok: false });
  });

  it('AD rules stay as documented: account name whole when 3+ characters, tokens of 3+ split on AD separators', () => {
    expect(one('Jo#harbor-quay7', { context: { accountName: true } }, { userName: 'jo' }).ok).toBe(true);
    expect(one('Erin-M-harbor', { context: { displayName: true } }, { displayName: 'Erin M. Hagens' }).message).toBe('Contains the display name part "erin".');
    expect(one('3r1n-harbor', { context: { displayName: true } }, { displayName: 'Erin M. Hagens' }).ok).toBe(false);
  });
});

describe('composition as Microsoft defines it', () => {
  const ad = { composition: { classes: 'ad' as const, minClasses: 3 } };
  it("AD special characters are Microsoft's list: currency symbols and the space do not count", () => {
    expect(one('Password!', ad).ok).toBe(true);
    for (const p of ['Password€', 'Password£', 'Password ', 'Password¥']) expect(one(p, ad)).toMatchObject({ ok: false, measured: { classes: 2, uncounted: 1 } });
    for (const c of '~!@#$%^&*_-+=`|\\(){}[]:;"\'<>,.?/') expect(one(`Password${c}`, ad).ok).toBe(true);
  });

  it('digits are 0-9 only, and emoji or marks count for no category; the fifth is letters without case', () => {
    expect(one('Password١٢٣', ad)).toMatchObject({ ok: false, measured: { digit: 0 } });
    expect(one('Password😀', ad).ok).toBe(false);
    expect(one('Password東京', ad)).toMatchObject({ ok: true, measured: { other: 2 } });
    expect(one('ÄÖÜäöü12', ad)).toMatchObject({ ok: true, measured: { upper: 3, lower: 3, digit: 2 } });
  });

  it("Entra's 3 of 4 counts ASCII only", () => {
    const entra = { composition: { classes: 'ascii' as const, minClasses: 3 } };
    expect(one('Pässword', entra)).toMatchObject({ ok: false, measured: { classes: 2 } });
    expect(one('password١', entra)).toMatchObject({ ok: false, measured: { classes: 1 } });
  });
});

describe("Entra scoring uses only Microsoft's documented substitutions and term lengths", () => {
  const entra = { match: 'entra' as const, common: false, terms: ['contoso', 'blank'] };
  it('8l4nk8l4nk scores 10: 8 and 4 are not documented substitutions', () => {
    expect(one('8l4nk8l4nk', { blocklist: entra }).measured).toMatchObject({ points: 10, bannedTerms: 0 });
    expect(one('Bl@nK', { blocklist: entra }).measured).toMatchObject({ points: 1, bannedTerms: 1 });
  });

  it("Microsoft's examples: C0ntos0Blank12 scores 4, ContoS0Bl@nkf9! scores 5", () => {
    expect(one('C0ntos0Blank12', { blocklist: entra }).measured).toMatchObject({ points: 4 });
    expect(one('ContoS0Bl@nkf9!', { blocklist: entra }).measured).toMatchObject({ points: 5 });
  });

  it('terms shorter than 4 characters are not enforced', () => {
    expect(one('abcXYZ', { blocklist: { match: 'entra', common: false, terms: ['abc'] } }).measured).toMatchObject({ points: 6, bannedTerms: 0 });
  });
});

describe('bad input', () => {
  it('a NUL byte or a lone surrogate gives a clear "not a valid password" result, never a silent replacement', () => {
    const nist = shipped.get('nist-800-63b-4-single-factor')!;
    for (const password of ['quarry lantern\u0000velvet orbit', 'quarry lantern velvet orbit\ud800', '\udc00quarry lantern velvet orbit']) {
      const result = evaluatePassword(password, nist, {}, resources);
      expect(result.ok).toBe(false);
      expect(result.rules).toEqual([expect.objectContaining({ rule: 'password', ok: false, severity: 'error' })]);
      expect(result.rules[0]!.message).toMatch(/^Not a valid password: it contains (1 NUL character \(U\+0000\)|1 unpaired UTF-16 surrogate)/);
      expect(JSON.stringify(result)).not.toContain('quarry');
    }
    expect(evaluatePassword('quarry lantern velvet 😀', nist, {}, resources).rules[0]!.rule).toBe('length');
  });
});

describe('extends is never silently dropped', () => {
  const exchange = readFileSync(new URL('../../policy/exchange-org.yaml', import.meta.url), 'utf8');

  it('loadPolicy resolves a shipped parent: exchange-org keeps its 15-character minimum', () => {
    const { policy, document } = loadPolicy(exchange, 'policy/exchange-org.yaml');
    expect(document?.rules?.length?.min).toBeUndefined();
    expect(policy?.rules?.length).toMatchObject({ min: 15, max: 256 });
    expect(policy?.chain).toEqual(['nist-800-63b-4-single-factor', 'exchange-org']);
    expect(evaluatePassword('Xq7#pLm2vRt', policy!, {}, resources).rules.find((r) => r.rule === 'length')).toMatchObject({ ok: false });
  });

  it('an unknown parent is a diagnostic at `extends` and no policy; the caller may pass its own parents', () => {
    const text = 'id: child\ntitle: Child\nversion: 1.0.0\nsummary: s\nextends: house-rules\nrules:\n  length: {max: 64}\n';
    const unresolved = loadPolicy(text, 'child.yaml');
    expect(unresolved.policy).toBeUndefined();
    expect(unresolved.document?.id).toBe('child');
    expect(unresolved.diagnostics).toEqual([expect.objectContaining({ code: 'policy-extends-unknown', severity: 'error', file: 'child.yaml', range: expect.objectContaining({ start: { line: 5, column: 10 } }) })]);
    expect(unresolved.diagnostics[0]!.message).toContain('unresolved');
    const parent: PolicyDocument = { id: 'house-rules', title: 'H', version: '1', summary: 's', rules: { length: { min: 12 } } };
    expect(loadPolicy(text, 'child.yaml', { parents: [parent] }).policy?.rules?.length).toEqual({ min: 12, max: 64 });
    expect(loadPolicy(text, 'child.yaml', { presets: [parent] }).policy?.rules?.length).toEqual({ min: 12, max: 64 });
  });

  it('evaluatePassword refuses a policy whose extends was not resolved (untyped callers)', () => {
    const document = loadPolicy(exchange, 'exchange-org.yaml').document!;
    const result = evaluatePassword('quarry lantern velvet orbit', document as EvaluablePolicy, {}, resources);
    expect(result).toMatchObject({ ok: false, rules: [{ rule: 'policy', ok: false, severity: 'error' }] });
    expect(result.rules[0]!.message).toContain('extends "nist-800-63b-4-single-factor", which was not resolved');
  });

  it('the README quick start gives the verdict it promises', async () => {
    const readme = readFileSync(new URL('../../packages/policy/README.md', import.meta.url), 'utf8');
    expect(readme).toContain("loadPolicy(yamlText, 'policy/exchange-org.yaml')");
    const { policy } = loadPolicy(exchange, 'policy/exchange-org.yaml');
    const context = { userName: 'ehagens', displayName: 'Erin M. Hagens', organization: 'Contoso' };
    const short = await evaluatePasswordAsync('Xq7#pLm2vRt', policy!, context);
    expect(short.ok).toBe(false);
    expect(short.rules.filter((r) => !r.ok && r.severity === 'error').map((r) => r.rule)).toEqual(['length']);
    const good = await evaluatePasswordAsync('quarry lantern velvet orbit', policy!, context);
    expect(good.ok).toBe(true);
    expect(good.rules.find((r) => r.rule === 'breached')).toMatchObject({ checked: false });
  });
});

describe('the normalized blocklist mode and expected values', () => {
  it('finds the base under decoration', () => {
    expect(decoratedBases('C0nt0s02025!!!!!')).toContain('contoso');
    expect(decoratedBases('PasswordPassword1')).toContain('password');
    expect(decoratedBases('Summer2025Summer2025')).toContain('summer');
    expect(decoratedBases('P@$$w0rd!2025')).toContain('password');
    expect(decoratedBases('Winter2025Winter!')).toContain('winter');
    expect(decoratedBases('quarry lantern velvet orbit')).toEqual(['quarry lantern velvet orbit', 'quarrylanternvelvetorbit']);
  });

  it('counts the parts of repeats, sequences and walks', () => {
    expect(expectedPattern('1111111111111111')).toEqual({ parts: 1, expected: true });
    expect(expectedPattern('qwertyuiop123456')).toEqual({ parts: 2, expected: true });
    expect(expectedPattern('1qaz2wsx3edc4rfv')).toMatchObject({ parts: 4, expected: true });
    expect(expectedPattern('xq7#plm2vrt9kw3z')).toMatchObject({ expected: false });
  });

  it('exact mode stays whole-password: decoration is not undone there', () => {
    const exact = { blocklist: { match: 'exact' as const } };
    expect(one('password', exact).ok).toBe(false);
    expect(one('Password123456789', exact).ok).toBe(true);
    expect(one('Password123456789', { blocklist: { match: 'normalized' as const } }).ok).toBe(false);
    expect(one('qwertyuiop123456', { blocklist: { match: 'exact' as const, expected: true } }).ok).toBe(false);
  });
});
