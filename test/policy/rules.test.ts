import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePassword, loadEvaluationResources, type EvaluablePolicy, type EvaluateOptions, type PolicyDocument, type Rules, type PasswordContext } from '@stepwise/policy';

let resources: EvaluateOptions;
beforeAll(async () => {
  resources = await loadEvaluationResources();
});

const policy = (rules: Rules, extra: Partial<PolicyDocument> = {}): EvaluablePolicy => ({ id: 'test', title: 'Test', version: '1.0.0', summary: 'Test policy.', rules, ...extra }) as EvaluablePolicy;
const rule = (password: string, rules: Rules, context: PasswordContext = {}, extra: Partial<PolicyDocument> = {}) => {
  const result = evaluatePassword(password, policy(rules, extra), context, resources);
  expect(result.rules).toHaveLength(1);
  return result.rules[0]!;
};

describe('length (security reference item 6)', () => {
  it('counts code points: 12 emoji are 12 characters', () => {
    expect(rule('😀'.repeat(12), { length: { min: 12 } })).toMatchObject({ ok: true, measured: { length: 12 } });
    expect(rule('😀'.repeat(11), { length: { min: 12 } })).toMatchObject({ ok: false, message: 'Too short: 11 characters, at least 12 needed.' });
  });

  it('counts after NFC by default and NFKC when chosen', () => {
    const decomposed = 'e\u0301'.repeat(8); // 8 é as e + combining accent: 16 code points before NFC
    expect(rule(decomposed, { length: { max: 8 } })).toMatchObject({ ok: true, measured: { length: 8 } });
    expect(rule(decomposed, { length: { max: 8 } }, {}, { normalization: 'none' })).toMatchObject({ ok: false, measured: { length: 16 } });
    const ligature = '\ufb01'.repeat(4); // "ﬁ" becomes "fi" under NFKC
    expect(rule(ligature, { length: { min: 8 } }, {}, { normalization: 'NFKC' })).toMatchObject({ ok: true, measured: { length: 8 } });
    expect(rule(ligature, { length: { min: 8 } })).toMatchObject({ ok: false, measured: { length: 4 } });
  });

  it('sees the whole password: never truncates', () => {
    expect(rule('x'.repeat(257), { length: { max: 256 } })).toMatchObject({ ok: false, message: 'Too long: 257 characters, at most 256 accepted.' });
  });

  it('never changes case', () => {
    const lower = evaluatePassword('correct-horse', policy({ blocklist: { common: false, terms: ['Correct-Horse'] } }), {}, resources);
    expect(lower.ok).toBe(false); // the blocklist compares case-insensitively ...
    expect(rule('ABCDEFGH', { composition: { minimum: { upper: 8 } } }).ok).toBe(true); // ... but rules see the case as typed
  });
});

describe('composition', () => {
  const ad = { classes: 'ad' as const, minClasses: 3 };
  it('AD: 3 of 5 categories, with caseless letters as the fifth', () => {
    expect(rule('abcdef12', { composition: ad })).toMatchObject({ ok: false, measured: { classes: 2 } });
    expect(rule('abcdef12漢', { composition: ad })).toMatchObject({ ok: true, measured: { classes: 3, other: 1 } });
    expect(rule('ÉCOLEété1', { composition: ad })).toMatchObject({ ok: true, measured: { upper: 5, lower: 3, digit: 1 } });
    expect(rule('Ωmega-ωmega', { composition: ad })).toMatchObject({ ok: true, measured: { classes: 3 } });
  });

  it('Entra: 3 of 4 ASCII classes, printable ASCII only', () => {
    const entra = { classes: 'ascii' as const, minClasses: 3, allowed: 'printable-ascii' as const };
    expect(rule('Password 1', { composition: entra }).ok).toBe(true);
    expect(rule('password1', { composition: entra })).toMatchObject({ ok: false, measured: { classes: 2 } });
    const unicode = rule('Pässword1!', { composition: entra });
    expect(unicode.ok).toBe(false);
    expect(unicode.message).toContain('outside printable ASCII');
  });

  it('per-class minimums, letters counted together', () => {
    expect(rule('abc123', { composition: { minimum: { digit: 1, letter: 4 } } })).toMatchObject({ ok: false, message: '3 letters, at least 4 needed.' });
    expect(rule('abcd123', { composition: { minimum: { digit: 1, letter: 4 } } }).ok).toBe(true);
  });
});

describe('strength', () => {
  it('scores with the context words as user inputs', () => {
    expect(rule('correct horse battery staple', { strength: { minScore: 3 } }).ok).toBe(true);
    expect(rule('password1', { strength: { minScore: 3 } })).toMatchObject({ ok: false, measured: { score: 0 } });
    const without = evaluatePassword('hagenserin1983', policy({}), {}, resources).strength!;
    const withContext = evaluatePassword('hagenserin1983', policy({}), { displayName: 'Erin M. Hagens' }, resources).strength!;
    expect(withContext.guessesLog10).toBeLessThan(without.guessesLog10);
  });

  it('fails closed without an estimator', () => {
    const result = evaluatePassword('anything at all', policy({ strength: { minScore: 1 } }), {}, {});
    expect(result.ok).toBe(false);
    expect(result.rules[0]!.message).toContain('no strength estimator');
  });
});

describe('blocklist', () => {
  it('exact mode: the whole password against the shipped list, case-insensitively', () => {
    expect(rule('Dragon', { blocklist: { match: 'exact' } })).toMatchObject({ ok: false });
    expect(rule('dragon-fruit-salad', { blocklist: { match: 'exact' } }).ok).toBe(true);
    expect(rule('contoso', { blocklist: { match: 'exact', common: false, terms: ['Contoso'] } }).ok).toBe(false);
  });

  it('ships at least 10,000 common passwords and honours commonTop', () => {
    expect(resources.commonPasswords!.size).toBeGreaterThanOrEqual(10_000);
    const rank = resources.commonPasswords!.rankOf('qwerty1')!;
    expect(rank).toBeGreaterThan(10);
    expect(rule('qwerty1', { blocklist: { commonTop: rank } }).ok).toBe(false);
    expect(rule('qwerty1', { blocklist: { commonTop: rank - 1 } }).ok).toBe(true);
  });

  describe('entra mode (Microsoft Entra Password Protection)', () => {
    const entra = { match: 'entra' as const, common: false, terms: ['contoso', 'blank'] };
    it('C0ntos0Blank12 scores 4 points and is rejected', () => {
      expect(rule('C0ntos0Blank12', { blocklist: entra })).toMatchObject({ ok: false, measured: { points: 4, needed: 5, bannedTerms: 2 } });
    });
    it('ContoS0Bl@nkf9! scores 5 points and is accepted', () => {
      expect(rule('ContoS0Bl@nkf9!', { blocklist: entra })).toMatchObject({ ok: true, measured: { points: 5, needed: 5, bannedTerms: 2 } });
    });
    it('the documented examples come out the same with the shipped global list', () => {
      expect(rule('C0ntos0Blank12', { blocklist: { ...entra, common: true } }).measured).toMatchObject({ points: 4 });
      expect(rule('ContoS0Bl@nkf9!', { blocklist: { ...entra, common: true } }).measured).toMatchObject({ points: 5 });
    });
    it('matches at edit distance 1', () => {
      expect(rule('Contozo!', { blocklist: entra }).measured).toMatchObject({ points: 2, bannedTerms: 1 });
      expect(rule('xyzxyzxyz', { blocklist: entra }).measured).toMatchObject({ points: 9, bannedTerms: 0 });
    });
    it('substring-matches the given name, surname and tenant name', () => {
      expect(rule('Fabrikam-Erin1', { blocklist: entra }, { organization: 'Fabrikam' }).measured).toMatchObject({ points: 7, bannedTerms: 1 });
      expect(rule('Fabrikam-Erin', { blocklist: entra }, { givenName: 'Erin', organization: 'Fabrikam' }).measured).toMatchObject({ points: 3, bannedTerms: 2 });
    });
  });
});

describe('context', () => {
  const adContext = { accountName: true, displayName: true };
  it('AD: display name "Erin M. Hagens" bans "erin" and "hagens", not "m"', () => {
    const context = { displayName: 'Erin M. Hagens' };
    expect(rule('xxERINxx', { context: adContext }, context).message).toBe('Contains the display name part "erin".');
    expect(rule('xxhagensxx', { context: adContext }, context).ok).toBe(false);
    expect(rule('mmmm-mmmm', { context: adContext }, context).ok).toBe(true);
  });

  it('AD: splits on , . - _ # space and tab', () => {
    const context = { displayName: 'van_der#Berg,Anne-Marie\tTan.Lee' };
    for (const token of ['van', 'der', 'berg', 'anne', 'marie', 'tan', 'lee']) expect(rule(`9${token}9`, { context: adContext }, context).ok).toBe(false);
  });

  it('AD: the whole account name only when it has 3 or more characters', () => {
    expect(rule('my-jdoe-pass', { context: adContext }, { userName: 'JDoe' }).ok).toBe(false);
    expect(rule('my-jd-pass', { context: adContext }, { userName: 'jd' }).ok).toBe(true);
  });

  it('Entra names and tenant, e-mail local part, extra words', () => {
    const context = { givenName: 'Erin', surname: 'Hagens', organization: 'Fabrikam', email: 'erin.hagens@example.org', words: ['stepwise'] };
    expect(rule('i-love-fabrikam', { context: { organization: true } }, context).ok).toBe(false);
    expect(rule('HAGENS-rules', { context: { names: true } }, context).ok).toBe(false);
    expect(rule('erin.hagens!', { context: { email: true } }, context).ok).toBe(false);
    expect(rule('example-org', { context: { email: true } }, context).ok).toBe(true);
    expect(rule('my-stepwise-pass', { context: { extraWords: true } }, context).ok).toBe(false);
    expect(rule('my-stepwise-pass', { context: { names: true } }, context).ok).toBe(true);
  });
});

describe('repetition', () => {
  it('maxRepeat: the same character in a row', () => {
    expect(rule('abccccd', { repetition: { maxRepeat: 3 } })).toMatchObject({ ok: false, measured: { longestRepeat: 4 } });
    expect(rule('abcccd', { repetition: { maxRepeat: 3 } }).ok).toBe(true);
  });

  it('maxSequence: 12345, fedcb and qwerty walks', () => {
    expect(rule('x12345y', { repetition: { maxSequence: 4 } })).toMatchObject({ ok: false, measured: { longestSequence: 5 } });
    expect(rule('xfedcby', { repetition: { maxSequence: 4 } })).toMatchObject({ ok: false, measured: { longestSequence: 5 } });
    expect(rule('1QWERTy', { repetition: { maxSequence: 4 } })).toMatchObject({ ok: false, measured: { longestSequence: 6 } });
    expect(rule('poiu-lkj', { repetition: { maxSequence: 3 } })).toMatchObject({ ok: false, measured: { longestSequence: 4 } });
    expect(rule('1357-aceg', { repetition: { maxSequence: 3 } }).ok).toBe(true);
  });

  it('maxClassRepeat: characters of one class in a row', () => {
    expect(rule('Ab123456c', { repetition: { maxClassRepeat: 5 } })).toMatchObject({ ok: false, measured: { longestClassRun: 6 } });
    expect(rule('Ab12345c', { repetition: { maxClassRepeat: 5 } }).ok).toBe(true);
    // As libpwquality's "others": the space runs with the symbols, though it is no AD special.
    expect(rule('Ab1!! !!x9Q', { repetition: { maxClassRepeat: 4 } })).toMatchObject({ ok: false, measured: { longestClassRun: 5 } });
  });
});

describe('patterns', () => {
  const pattern = (mode: 'reject' | 'require', caseInsensitive = false) => ({ patterns: [{ id: 'no-company', description: 'Must not name the company.', pattern: 'contoso', mode, caseInsensitive }] });
  it('reject and require modes, with case-insensitivity', () => {
    expect(rule('my-contoso-pass', pattern('reject'))).toMatchObject({ rule: 'pattern:no-company', ok: false, message: 'Must not name the company.' });
    expect(rule('my-CONTOSO-pass', pattern('reject')).ok).toBe(true);
    expect(rule('my-CONTOSO-pass', pattern('reject', true)).ok).toBe(false);
    expect(rule('no-company-here', pattern('require')).ok).toBe(false);
  });

  it('runs in linear time on hostile input', () => {
    const hostile = { patterns: [{ id: 'redos', description: 'd', pattern: '^(a|a)*$' }] };
    expect(rule(`${'a'.repeat(31)}!`, hostile).ok).toBe(true);
    expect(rule('a'.repeat(100_000), hostile).ok).toBe(false);
  });
});

describe('the evaluation as a whole', () => {
  it('reports every rule, with severity, clauses and warnings that do not reject', () => {
    const result = evaluatePassword('abc', policy({ length: { min: 8, clauses: ['N4-3.1.1.2-1b'] }, repetition: { maxSequence: 2, severity: 'warning' }, context: { extraWords: true } }), {}, resources);
    expect(result.rules.map((r) => [r.rule, r.ok, r.severity])).toEqual([
      ['length', false, 'error'],
      ['context', true, 'error'],
      ['repetition', false, 'warning'],
    ]);
    expect(result.rules[0]).toMatchObject({ clauses: ['N4-3.1.1.2-1b'], clause: 'N4-3.1.1.2-1b' });
    expect(result.ok).toBe(false);
    const warned = evaluatePassword('abc-long-enough', policy({ repetition: { maxSequence: 2, severity: 'warning' } }), {}, resources);
    expect(warned.ok).toBe(true);
    expect(warned.rules[0]!.ok).toBe(false);
  });

  it('skips rules switched off and reports lifecycle nowhere (declarative)', () => {
    const result = evaluatePassword('x', policy({ length: { min: 8, enabled: false } }, { lifecycle: { maxAgeDays: 90 } }), {}, resources);
    expect(result.rules).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('gives feedback a person can act on', () => {
    const result = evaluatePassword('qwerty', policy({ length: { min: 12 }, strength: { minScore: 3 } }), {}, resources);
    expect(result.feedback.warning).toBe('This is a top-10 common password.');
    expect(result.feedback.suggestions).toContain('Add 6 more characters; a few extra words are easiest.');
  });
});
