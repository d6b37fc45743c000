import type { CommonPasswordList } from '../blocklist/commonPasswords';
import type { PasswordEstimator } from '../estimator/types';
import { evaluatePassword } from '../evaluate/evaluatePassword';
import type { EvaluablePolicy } from '../resolve/resolvePolicy';
import type { PasswordContext, PolicyDocument } from '../types';
import { randomIndex, type RandomSource } from './randomIndex';

export interface GenerateOptions {
  kind: 'passphrase' | 'random';
  /** random: number of characters (default: the policy's minimum, at least 16). passphrase: minimum length. */
  length?: number;
  /** passphrase: number of words (default 5, about 64 bits with a 7,776-word list). */
  words?: number;
  /** Cryptographic random bytes; the generator has no random source of its own. */
  random: RandomSource;
  /** Words for passphrases; by default the diceware list of @zxcvbn-ts/language-common (7,776 words), loaded lazily. */
  wordlist?: readonly string[];
  estimator?: PasswordEstimator;
  commonPasswords?: CommonPasswordList;
  /** The account the password is for, so context rules are honoured. */
  context?: PasswordContext;
  /** Candidates tried before giving up (default 200). */
  maxAttempts?: number;
}

export interface GeneratedPassword {
  password: string;
  /** Candidates drawn until one passed the policy. */
  attempts: number;
  /** Entropy of the drawing procedure, in bits (before rejection, which only lowers it slightly). */
  entropyBits: number;
}

/** Letters, digits and symbols that survive being read aloud or typed on any layout. */
const RANDOM_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+-=?@_~';

/**
 * Generates a password for an administrator reset, where the administrator must not choose
 * it (OWASP ASVS 5.0 6.4.6, 6.4.1). Each candidate is drawn uniformly with the random source
 * given and kept only if the whole policy accepts it, so the result always passes.
 */
export async function generatePassword(policy: EvaluablePolicy, options: GenerateOptions): Promise<GeneratedPassword> {
  const resources = await resourcesFor(policy, options);
  const maxAttempts = options.maxAttempts ?? 200;
  const minLength = Math.max(policy.rules?.length?.enabled === false ? 0 : (policy.rules?.length?.min ?? 0), 1);
  const maxLength = policy.rules?.length?.enabled === false ? Infinity : (policy.rules?.length?.max ?? Infinity);
  let failures = new Map<string, number>();
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const candidate = options.kind === 'random' ? randomCandidate(options, minLength, maxLength) : passphraseCandidate(options, resources.wordlist!, minLength);
    const evaluation = evaluatePassword(candidate.password, policy, options.context ?? {}, resources);
    if (evaluation.ok) return { password: candidate.password, attempts: attempt, entropyBits: Math.round(candidate.bits * 10) / 10 };
    for (const r of evaluation.rules) if (!r.ok && r.severity === 'error') failures.set(r.rule, (failures.get(r.rule) ?? 0) + 1);
  }
  const reasons = [...failures].map(([rule, n]) => `${rule} (${n})`).join(', ');
  failures = new Map();
  throw new Error(`Could not generate a ${options.kind} that passes policy "${policy.id}" in ${maxAttempts} attempts; rules that failed: ${reasons}. Try --kind ${options.kind === 'random' ? 'passphrase' : 'random'} or a longer length.`);
}

async function resourcesFor(policy: PolicyDocument, options: GenerateOptions) {
  const rules = policy.rules ?? {};
  const needsEstimator = rules.strength !== undefined && rules.strength.enabled !== false;
  const needsList = rules.blocklist !== undefined && rules.blocklist.enabled !== false && rules.blocklist.common !== false;
  const [estimator, commonPasswords, wordlist] = await Promise.all([
    options.estimator ?? (needsEstimator ? import('../estimator/loadDefaultEstimator').then((m) => m.loadDefaultEstimator()) : undefined),
    options.commonPasswords ?? (needsList ? import('../blocklist/commonPasswords').then((m) => m.loadCommonPasswords()) : undefined),
    options.wordlist ?? (options.kind === 'passphrase' ? import('../estimator/loadDictionaries').then((m) => m.loadDicewareData()).then((d) => d.words.split('\n')) : undefined),
  ]);
  return { ...(estimator ? { estimator } : {}), ...(commonPasswords ? { commonPasswords } : {}), ...(wordlist ? { wordlist } : {}) };
}

function randomCandidate(options: GenerateOptions, minLength: number, maxLength: number): { password: string; bits: number } {
  const length = Math.min(Math.max(options.length ?? Math.max(minLength, 16), minLength), maxLength);
  let password = '';
  for (let k = 0; k < length; k++) password += RANDOM_ALPHABET[randomIndex(RANDOM_ALPHABET.length, options.random)];
  return { password, bits: length * Math.log2(RANDOM_ALPHABET.length) };
}

/**
 * Capitalised words joined by hyphens, with one digit after a random word: four character
 * classes, so composition rules (AD, Entra, PCI DSS 8.3.6) pass without weakening the phrase.
 */
function passphraseCandidate(options: GenerateOptions, wordlist: readonly string[], minLength: number): { password: string; bits: number } {
  const target = Math.max(options.length ?? 0, minLength);
  const words: string[] = [];
  let bits = 0;
  const wanted = options.words ?? 5;
  while (words.length < wanted || words.join('-').length + 1 < target) {
    const word = wordlist[randomIndex(wordlist.length, options.random)]!;
    words.push(word.charAt(0).toUpperCase() + word.slice(1));
    bits += Math.log2(wordlist.length);
    if (words.length > 64) break;
  }
  const at = randomIndex(words.length, options.random);
  words[at] = `${words[at]}${randomIndex(10, options.random)}`;
  bits += Math.log2(words.length) + Math.log2(10);
  return { password: words.join('-'), bits };
}
