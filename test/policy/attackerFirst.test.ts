import { beforeAll, describe, expect, it } from 'vitest';
import { evaluatePassword, loadEvaluationResources, type EvaluateOptions, type PasswordContext, type ResolvedPolicy } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';

/**
 * The guesses a wordlist-plus-rules attack (hashcat best64 / OneRuleToRuleThemAll style) tries
 * first, at 15+ characters so that length alone does not reject them: common base words, names
 * of seasons and months, years, keyboard walks, digit and letter sequences, runs, repeats, and
 * look-alike characters. Issue 11 measured 68 of 78 such candidates accepted by the NIST
 * single-factor baseline before the normalized blocklist.
 */
const ATTACKER_FIRST = [
  // the issue's own list
  '1111111111111111', 'qwertyuiop123456', 'Password123456789', 'P4ssw0rdP4ssw0rd', 'Summer2025Summer2025',
  'iloveyou12345678', 'Summer2025!!!!!!', 'Welcome2025!!!!!', 'Password1234567!', 'C0nt0s02025!!!!!',
  // runs, sequences, walks
  '0000000000000000', 'aaaaaaaaaaaaaaaa', '1234567890123456', '12345678901234567890', 'abcdefghijklmnop',
  'zyxwvutsrqponmlk', '9876543210987654', 'qwertyuiopasdfgh', 'asdfghjkl1234567', '1qaz2wsx3edc4rfv',
  'zaq12wsxcde34rfv', 'qazwsxedcrfvtgby', '!@#$%^&*()!@#$%^', 'qwertyqwertyqwerty', 'abcabcabcabcabcabc',
  'abcd1234abcd1234', '123qweasdzxc1234', 'poiuytrewq098765', 'mnbvcxzlkjhgfdsa', '1q2w3e4r5t6y7u8i',
  // repeated blocks
  'PasswordPassword1', 'passwordpassword', 'DragonDragon2025', 'MonkeyMonkey1234', 'letmeinletmein12',
  'Kx9#Kx9#Kx9#Kx9#', 'abab1212abab1212', 'SummerSummerSummer', 'Welcome1Welcome1',
  // common base + decoration
  'Password2025!!!!', 'Password2024!!!!', 'P@ssw0rd12345678', 'P@$$w0rd2025!!!!', 'Passw0rd!2025!!!',
  'Welcome123456789', 'Welcome@20252025', 'Iloveyou2025!!!!', 'Sunshine12345678', 'Sunshine2025!!!!',
  'Princess12345678', 'Football12345678', 'F00tball2025!!!!', 'Baseball1234567!', 'Dragon1234567890',
  'Monkey1234567890', 'Letmein123456789', 'L3tm31n123456789', 'Master1234567890', 'Shadow1234567890',
  'Superman12345678', 'Qwerty1234567890!', 'Trustno112345678', 'Michael123456789', 'Jennifer12345678',
  'Charlie123456789', 'Computer12345678', 'Whatever12345678', 'Starwars12345678', 'Freedom123456789',
  // seasons, months, years
  'Winter2025Winter!', 'Autumn2025!!!!!!', 'Spring2025!!!!!!', 'Summer2025@@@@@@', 'W1nter2025!!!!!!',
  'January2025!!!!!', 'December2025!!!!', 'September2025!!!', '01012025Password', '2025-01-01Summer',
  'Summer!2025!2025', 'Secret2025!!!!!!', 'Changeme12345678', 'Ch@ngem3!2025!!!',
];

const GOOD = [
  'quarry lantern velvet orbit', 'marble otter plinth gravy', 'violet canyon drum sixty', 'Tangerine-Bicycle-Harbor-42',
  'correct horse battery staple 42', 'copper meadow sings quietly', 'seven brisk ravens at dusk', 'a kettle of fog and tin',
  'Xq7#pLm2vRt9kW3z', 'Vq8#Lm2!xR7pKw5n', 'Zt6%Hw9@Qm3&Lp8d', 'k2Jv9QmX4sLr7TbN', 'h7$Gq2@Lz9!Wm4#R',
  'café crème brûlée au soleil', 'Рыжий кот спит на окне', '東京の夜は静かな雨が降り続いている', 'mountain-ocean-7-ferry-lamp',
];

const ORG: PasswordContext = { organization: 'Contoso' };
const BASELINES = ['nist-800-63b-4-single-factor', 'nist-800-63b-4-mfa', 'exchange-org'];

let resources: EvaluateOptions;
let policies: Map<string, ResolvedPolicy>;
beforeAll(async () => {
  resources = await loadEvaluationResources();
  policies = new Map(loadShippedPolicies().map((p) => [p.id, p]));
});

describe('attacker-first candidates (issue 11)', () => {
  it('are about 80, each at least 15 characters, so length alone rejects none', () => {
    expect(ATTACKER_FIRST.length).toBeGreaterThanOrEqual(80);
    expect(ATTACKER_FIRST.filter((p) => [...p].length < 15)).toEqual([]);
  });

  it.each(BASELINES)('%s rejects every one of them', (id) => {
    const policy = policies.get(id)!;
    const accepted = ATTACKER_FIRST.filter((p) => evaluatePassword(p, policy, ORG, resources).ok);
    expect(accepted).toEqual([]);
  });

  it.each(BASELINES)('%s still accepts good passphrases and random passwords (no over-blocking)', (id) => {
    const policy = policies.get(id)!;
    const rejected = GOOD.filter((p) => !evaluatePassword(p, policy, ORG, resources).ok).map((p) => `${p}: ${evaluatePassword(p, policy, ORG, resources).rules.filter((r) => !r.ok && r.severity === 'error').map((r) => r.message).join(' ')}`);
    expect(rejected).toEqual([]);
  });
});
