// Build-time step for @stepwise/policy: compiles the data the engine loads lazily, as separate
// modules under src/estimator/data/ so that a page fetches only what it needs (issue 14 item 9):
//
//   commonPasswords.js  the blocklist: all 49,233 common passwords of @zxcvbn-ts/language-common,
//                       lowercased, sorted, front-coded, with their exact ranks.
//   estimatorCore.js    stage 1 of the estimator: zxcvbn 4.4.2's password ranks laid over the
//                       blocklist's sorted order, zxcvbn 4.4.2's keyboard graphs (qwerty,
//                       dvorak, keypad, mac_keypad) and the words and names of zxcvbn 4.4.2's
//                       frequency lists ranked <= CORE_RANK_LIMIT.
//   estimatorRest.js    stage 2: the rest of those words and names.
//   diceware.js         the 7,776 diceware words (the passphrase generator only).
//
// Why zxcvbn 4.4.2's own lists for the estimator (issue 11 item 4): the estimator ports zxcvbn
// 4.4.2's algorithms, and scoring over the zxcvbn-ts lists instead was most of its disagreement
// with zxcvbn (87.6 % agreement; 95.4 % with the same algorithm over zxcvbn's lists). Every shipped
// common password is ranked in the estimator too: at zxcvbn's rank when zxcvbn lists it, else at
// its rank in the shipped list (so the blocklist and the estimator cannot contradict each other).
//
// Encodings, chosen for gzip size and load time (measured: README "Loading the dictionaries"):
// words sorted by UTF-16 code units (the order the engine's binary search reads, so loading
// sorts nothing) and front-coded (one character for the length shared with the previous word,
// then the rest), comma-separated (a newline costs two bytes in a string literal); the
// blocklist's exact ranks in 3 base-64 digits (the ranks are a permutation, ~14 bits a word
// whatever the form: in rank order the list is 201 KB gzip, sorted with ranks 209 KB, and saves
// the sort at load); estimator ranks as one character holding
// round(log10(rank) * RANK_STEPS_PER_DECADE), i.e. within 6.2 % of the rank (0.026 in log10 of the
// guesses), which costs ~1 byte per word instead of ~2 for exact ranks.
//
// The files are committed; test/policy/dictionaries.test.ts regenerates them and requires identical
// content, so they cannot drift from the packages.
//
// Usage: node packages/policy/scripts/compileDictionaries.mjs          (writes the files)
//        node packages/policy/scripts/compileDictionaries.mjs --check  (exit 1 when stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The environment override lets the drift test point --check at a deliberately stale copy.
export const DATA_DIR = process.env.STEPWISE_DICTIONARIES_DIR ?? join(pkgDir, 'src/estimator/data');

/** Words of zxcvbn's lists ranked up to this go into stage 1 (sized so stage 1 stays under 300 KB gzip with the blocklist). */
export const CORE_RANK_LIMIT = Number(process.env.CORE ?? 6000);
/** Estimator ranks are kept as round(log10(rank) * this); must match src/estimator/rankCodes.ts. */
export const RANK_STEPS_PER_DECADE = 19;
/** zxcvbn 4.4.2's word lists (frequency_lists.coffee) and the kind each is reported as. */
const ZXCVBN_LISTS = { english_wikipedia: 'words', us_tv_and_film: 'words', surnames: 'names', female_names: 'names', male_names: 'names' };

/** 64 characters that need no escaping in JSON; an exact value is 3 of them (18 bits). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** 90 characters that need no escaping in JSON and are not the separator (# to ~ without , and \\): one-character codes. */
const CODES = [...Array(92)].map((_, k) => String.fromCharCode(0x23 + k)).filter((c) => c !== '\\' && c !== ',').join('');

function encodeExact(values) {
  let out = '';
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v >= 64 ** 3) throw new Error(`value out of range: ${v}`);
    out += DIGITS[(v >> 12) & 63] + DIGITS[(v >> 6) & 63] + DIGITS[v & 63];
  }
  return out;
}

function rankCode(rank) {
  const q = Math.round(Math.log10(rank) * RANK_STEPS_PER_DECADE);
  if (q >= CODES.length) throw new Error(`rank out of range: ${rank}`);
  return CODES[q];
}

/** Sorted words, each line: one code for the length of the prefix shared with the previous word, then the rest. */
function frontCode(words) {
  let previous = '';
  const lines = [];
  for (const w of words) {
    if (w.length === 0 || w.includes(',') || /[^\x20-\x7e]/.test(w)) throw new Error(`word cannot be stored: ${JSON.stringify(w)}`);
    let shared = 0;
    const limit = Math.min(previous.length, w.length, CODES.length - 1);
    while (shared < limit && previous.charCodeAt(shared) === w.charCodeAt(shared)) shared++;
    lines.push(CODES[shared] + w.slice(shared));
    previous = w;
  }
  return lines.join(',');
}

const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The data modules' texts by file name; a pure function of the installed packages. */
export function compileDictionaries() {
  const common = require('@zxcvbn-ts/language-common');
  const lists = require('zxcvbn/lib/frequency_lists');
  const graphs = require('zxcvbn/lib/adjacency_graphs');
  const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  const source = { '@zxcvbn-ts/language-common': version('@zxcvbn-ts/language-common'), zxcvbn: version('zxcvbn') };

  // The blocklist: every entry, lowercased, rank = position + 1 (first wins).
  const shipped = new Map();
  common.dictionary['passwords-common'].forEach((p, k) => {
    const key = p.toLowerCase();
    if (!shipped.has(key)) shipped.set(key, k + 1);
  });
  const blocklistWords = [...shipped.keys()];

  // In the blocklist's (rank) order: zxcvbn's rank for the passwords it lists; the 30 it lists and
  // the shipped list does not go with the words.
  const zxcvbnPasswords = new Map(lists.passwords.map((p, k) => [p, k + 1]));
  const passwordRanks = blocklistWords.map((w) => rankCode(zxcvbnPasswords.get(w) ?? shipped.get(w)));

  // Words and names: the best rank over zxcvbn's lists (zxcvbn keeps each word in one list only).
  const words = new Map();
  const add = (word, rank, kind) => {
    const existing = words.get(word);
    if (!existing || existing.rank > rank) words.set(word, { rank, kind });
  };
  for (const [name, kind] of Object.entries(ZXCVBN_LISTS)) lists[name].forEach((w, k) => add(w, k + 1, kind));
  for (const [p, rank] of zxcvbnPasswords) if (!shipped.has(p)) add(p, rank, 'passwords');
  const table = (keep) => {
    const sorted = [...words.keys()].filter((w) => keep(words.get(w).rank)).sort(byCodeUnits);
    return {
      words: frontCode(sorted),
      ranks: sorted.map((w) => rankCode(words.get(w).rank)).join(''),
      // w: word, n: name, p: password (zxcvbn's list only); the estimator's feedback names the kind.
      kinds: sorted.map((w) => words.get(w).kind[0]).join(''),
    };
  };

  const header = '// Generated by packages/policy/scripts/compileDictionaries.mjs; do not edit (types: the .d.ts beside it).\nexport default ';
  const module = (data) => `${header}${JSON.stringify({ $comment: 'Generated by packages/policy/scripts/compileDictionaries.mjs; do not edit.', source, ...data })};\n`;
  return {
    'commonPasswords.js': module(((sorted) => ({ count: sorted.length, words: frontCode(sorted), ranks: encodeExact(sorted.map((w) => shipped.get(w))) }))([...blocklistWords].sort(byCodeUnits))),
    'estimatorCore.js': module({ rankStepsPerDecade: RANK_STEPS_PER_DECADE, coreRankLimit: CORE_RANK_LIMIT, passwordRanks: passwordRanks.join(''), graphs, ...table((rank) => rank <= CORE_RANK_LIMIT) }),
    'estimatorRest.js': module(table((rank) => rank > CORE_RANK_LIMIT)),
    'diceware.js': module({ words: common.dictionary['diceware-common'].join('\n') }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = compileDictionaries();
  for (const [name, text] of Object.entries(files)) {
    const path = join(DATA_DIR, name);
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {}
      if (current !== text) {
        process.stderr.write(`${path} is stale: run node packages/policy/scripts/compileDictionaries.mjs\n`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(path, text);
      process.stdout.write(`${path}: ${(text.length / 1024).toFixed(0)} KB\n`);
    }
  }
}
