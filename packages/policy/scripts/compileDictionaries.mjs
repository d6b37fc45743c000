// Build-time step for @stepwise/policy: compiles, from the zxcvbn-ts language packages, the one
// data module the engine loads lazily (src/estimator/dictionaries.js): the estimator's merged
// word table, the ranked common-password list, the keyboard graphs and the diceware list.
//
// Why: the zxcvbn-ts packages ship their lists prefix-compressed and decompress them when
// imported (about 240 ms in Node, more in a browser), and building one map of 150,000 words from
// them took another 120 ms and 17.5 MB of heap. Here the work is done once, at build time: lists
// cut to the estimator's limit, lowercased, merged (best rank per word), sorted, so loading is
// parsing a few string literals plus one pass to index line starts. A JS module of literals rather
// than a .json file: bundlers turn JSON into a JS module anyway, Node cannot import JSON without
// an import attribute (which engine code does not use), and tsx's JSON path measured 50 ms slower.
// The file is committed; test/policy/dictionaries.test.ts regenerates it and requires identical
// content, so it cannot drift from the packages.
//
// Usage: node packages/policy/scripts/compileDictionaries.mjs          (writes the file)
//        node packages/policy/scripts/compileDictionaries.mjs --check  (exit 1 when stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The environment override lets the drift test point --check at a deliberately stale copy.
export const DICTIONARIES_FILE = process.env.STEPWISE_DICTIONARIES_FILE ?? join(pkgDir, 'src/estimator/dictionaries.js');

/** zxcvbn 4.4.2 keeps about 30,000 entries per list; so does our estimator. */
export const LIST_LIMIT = 30_000;
/** Longer words are never matched (the estimator looks at substrings up to this length). */
export const MAX_WORD_LENGTH = 24;
/** Dictionary kinds in the order of the estimator's packed values (rank * 4 + kind). */
const KINDS = ['passwords', 'words', 'names'];
/** The English lists the estimator uses, as before: see src/estimator/compiledEstimator.ts. */
const WORD_LISTS = ['commonWords-en', 'wikipedia-en', 'cardinalNumbers-en', 'ordinalNumbers-en', 'daysOfWeek-en', 'months-en', 'seasons-en', 'rainbowColors-en', 'planets-en', 'zodiacSigns-en', 'militaryAlphabet-en'];
const NAME_LISTS = ['firstnames-en', 'lastnames-en'];

/** 64 characters that need no escaping in JSON; each value is 3 of them (18 bits). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_WIDTH = 3;

function encodeValues(values) {
  let out = '';
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v >= 64 ** VALUE_WIDTH) throw new Error(`value out of range: ${v}`);
    out += DIGITS[(v >> 12) & 63] + DIGITS[(v >> 6) & 63] + DIGITS[v & 63];
  }
  return out;
}

/** Words sorted by UTF-16 code units (what the engine's binary search compares), one per line. */
function sortedTable(map, keep = () => true) {
  const words = [...map.keys()].filter(keep).sort();
  for (const w of words) if (w.includes('\n') || w.length === 0) throw new Error(`word cannot be stored: ${JSON.stringify(w)}`);
  return { words: words.join('\n'), values: encodeValues(words.map((w) => map.get(w))) };
}

function isAscii(word) {
  return !/[^\u0000-\u007f]/.test(word);
}

/** The data module's text; a pure function of the installed zxcvbn-ts packages. */
export function compileDictionaries() {
  const common = require('@zxcvbn-ts/language-common');
  const en = require('@zxcvbn-ts/language-en');
  const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;

  // The estimator's dictionary: exactly what buildRankedDictionary kept from these lists.
  const lists = [
    { kind: 'passwords', words: common.dictionary['passwords-common'] },
    ...WORD_LISTS.map((name) => ({ kind: 'words', words: en.dictionary[name] })),
    ...NAME_LISTS.map((name) => ({ kind: 'names', words: en.dictionary[name] })),
  ];
  const best = new Map();
  for (const { kind, words } of lists) {
    if (!Array.isArray(words)) throw new Error(`missing list for ${kind}`);
    const count = Math.min(words.length, LIST_LIMIT);
    for (let r = 0; r < count; r++) {
      const word = words[r].toLowerCase();
      if (word.length === 0 || word.length > MAX_WORD_LENGTH) continue;
      const packed = (r + 1) * 4 + KINDS.indexOf(kind);
      const existing = best.get(word);
      if (existing === undefined || existing > packed) best.set(word, packed);
    }
  }

  // The blocklist's ranked list: every entry, lowercased, rank = position + 1 (first wins).
  const ranks = new Map();
  common.dictionary['passwords-common'].forEach((p, k) => {
    const key = p.toLowerCase();
    if (!ranks.has(key)) ranks.set(key, k + 1);
  });

  const data = {
    $comment: 'Generated by packages/policy/scripts/compileDictionaries.mjs from the zxcvbn-ts packages named in source; do not edit.',
    source: { '@zxcvbn-ts/language-common': version('@zxcvbn-ts/language-common'), '@zxcvbn-ts/language-en': version('@zxcvbn-ts/language-en'), listLimit: LIST_LIMIT, maxWordLength: MAX_WORD_LENGTH },
    // The ~100 words with a non-ASCII letter get a table of their own: one such word would make
    // V8 store the whole 800 KB string with two bytes per character.
    estimator: { ...sortedTable(best, isAscii), other: sortedTable(best, (w) => !isAscii(w)) },
    commonPasswords: { count: common.dictionary['passwords-common'].length, ...sortedTable(ranks) },
    graphs: { qwerty: common.adjacencyGraphs.qwerty, keypad: common.adjacencyGraphs.keypad },
    diceware: common.dictionary['diceware-common'].join('\n'),
  };
  // Pure ASCII on disk (non-ASCII as \\u escapes), so the source itself is one byte per character.
  const literal = JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `// Generated by packages/policy/scripts/compileDictionaries.mjs; do not edit (types: dictionaries.d.ts).\nexport default ${literal};\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = compileDictionaries();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(DICTIONARIES_FILE, 'utf8');
    } catch {}
    if (current !== text) {
      process.stderr.write(`${DICTIONARIES_FILE} is stale: run node packages/policy/scripts/compileDictionaries.mjs\n`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(DICTIONARIES_FILE, text);
    process.stdout.write(`${DICTIONARIES_FILE}: ${(text.length / 1024).toFixed(0)} KB\n`);
  }
}
