import { randomBytes } from 'node:crypto';
import { generatePassword, loadEvaluationResources } from '@stepwise/policy';
import { EXIT } from '../exitCodes';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadPolicyArgument } from '../policyArgument';

const usage = `Usage: stepwise generate --policy <id|file> [options]

Generates passwords that pass a policy, for administrator resets where the administrator must
not choose the password (OWASP ASVS 5.0 6.4.6). Randomness comes from the operating system
(node:crypto randomBytes); every password printed has been checked against the whole policy.

Options:
  --policy <id|file>            policy id under policy/, or a policy file (required)
  --kind <passphrase|random>    words joined by hyphens, or random characters (default passphrase)
  --count <n>                   how many to print, one per line (default 1, at most 100)
  --length <n>                  random: characters; passphrase: minimum length
  --words <n>                   passphrase: number of words (default 5)
  --json                        print JSON lines with the entropy of each password
  -h, --help                    this help

Exit codes: 0 generated, 1 the policy cannot be met, 2 usage or internal error.
`;

export const generate: CliCommand = {
  name: 'generate',
  summary: 'Generate a password that passes a policy.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      policy: { type: 'string' },
      kind: { type: 'string', default: 'passphrase' },
      count: { type: 'string', default: '1' },
      length: { type: 'string' },
      words: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
    if (!values.policy) throw new UsageError('name a policy with --policy <id|file>.');
    const kind = values.kind;
    if (kind !== 'passphrase' && kind !== 'random') throw new UsageError(`--kind must be passphrase or random, not "${kind}".`);
    const count = positiveInteger(values.count, '--count', 100);
    const length = values.length !== undefined ? positiveInteger(values.length, '--length', 1024) : undefined;
    const words = values.words !== undefined ? positiveInteger(values.words, '--words', 64) : undefined;

    const found = loadPolicyArgument(values.policy, io.cwd);
    if ('problems' in found) {
      io.stderr.write(`${found.problems}stepwise generate: policy "${values.policy}" could not be loaded.\n`);
      return EXIT.usage;
    }
    const resources = await loadEvaluationResources();
    const random = (n: number) => new Uint8Array(randomBytes(n));
    for (let k = 0; k < count; k++) {
      let generated;
      try {
        generated = await generatePassword(found.policy, { kind, random, ...resources, ...(length !== undefined ? { length } : {}), ...(words !== undefined ? { words } : {}) });
      } catch (error) {
        io.stderr.write(`stepwise generate: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT.findings;
      }
      io.stdout.write(values.json ? `${JSON.stringify({ password: generated.password, entropyBits: generated.entropyBits, policy: found.policy.id })}\n` : `${generated.password}\n`);
    }
    return EXIT.ok;
  },
};

function positiveInteger(text: string, name: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${name} must be a whole number from 1 to ${max}, not "${text}".`);
  return n;
}
