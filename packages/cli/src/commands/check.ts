import { evaluatePassword, loadEvaluationResources, lookupBreach, normalizePassword, platformRefusals, verifyBreachFile, type BreachFileSource, type BreachLookup, type BreachProblem, type PasswordContext, type PasswordEvaluation, type ResolvedPolicy } from '@stepwise/policy';
import { openBreachFile } from '../openBreachFile';
import { EXIT } from '../exitCodes';
import { formatPlatformRefusals } from '../formatPlatformRefusals';
import { UsageError, type CliCommand, type CliIO } from '../io';
import { parseOptions } from '../parseOptions';
import { loadPolicyArgument } from '../policyArgument';
import { readAllStdin, readPasswordLine, readSecretFromTerminal } from '../readSecret';

const usage = `Usage: stepwise check --policy <id|file> [options]

Checks a password against a policy and says, rule by rule, why it is accepted or rejected.
The password is read from the terminal with echo off, or from standard input with
--password-stdin. It is never taken as an argument (arguments show in \`ps\` and in shell
history) and never printed.

Options:
  --policy <id|file>     policy id under policy/, or a policy file (required)
  --user <name>          account name (sAMAccountName)
  --display-name <text>  display name, for example "Erin M. Hagens"
  --given-name <text>    given name
  --surname <text>       surname
  --email <address>      e-mail address
  --org <name>           organisation or tenant name
  --word <text>          an extra context word (repeatable)
  --breach-file <path>   a Have I Been Pwned file (the downloader's single file: sorted
                         HASH:COUNT lines) for the policy's breached rule; searched in place
  --breach-hash <kind>   the file's hash: sha1 (default) or ntlm
  --password-stdin       read the password from standard input (first line)
  --batch                read one password per line from standard input; one JSON line per input
  --json                 print the evaluation as JSON
  -h, --help             this help

Without --breach-file a policy's breached rule reports "not checked" (a warning, never a pass).
A breach file that is missing, not in the format or not sorted is an error naming the file and
line (exit 2); files up to 16 MiB are checked whole first, larger ones at every line the search reads.

Exit codes: 0 accepted, 1 rejected (or, with --batch, any rejected), 2 usage or internal error.
`;

const REFUSED = /^(--password(=.*)?|-p.*)$/;

export const check: CliCommand = {
  name: 'check',
  summary: 'Check a password against a policy (read from the terminal or stdin).',
  usage,
  async run(argv, io) {
    // Refused before parsing, and without repeating what followed the flag.
    if (argv.some((a) => REFUSED.test(a))) {
      io.stderr.write(
        'stepwise check: a password is never accepted as an argument: arguments are visible to other users in `ps` and are kept in shell history.\n' +
          'Type it at the prompt (echo off), or pipe it with --password-stdin, for example:\n' +
          "  printf '%s\\n' \"$PASSWORD\" | stepwise check --password-stdin --policy <id>\n",
      );
      return EXIT.usage;
    }
    const { values, positionals } = parseOptions(argv, {
      policy: { type: 'string' },
      user: { type: 'string' },
      'display-name': { type: 'string' },
      'given-name': { type: 'string' },
      surname: { type: 'string' },
      email: { type: 'string' },
      org: { type: 'string' },
      word: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'breach-file': { type: 'string' },
      'breach-hash': { type: 'string' },
    });
    const breachHash = values['breach-hash'] ?? 'sha1';
    if (breachHash !== 'sha1' && breachHash !== 'ntlm') throw new UsageError(`--breach-hash is sha1 or ntlm, not "${breachHash}".`);
    if (values['breach-hash'] !== undefined && values['breach-file'] === undefined) throw new UsageError('--breach-hash needs --breach-file.');
    if (positionals.length > 0) throw new UsageError('unexpected argument; a password is never accepted as an argument (use the prompt or --password-stdin).');
    if (!values.policy) throw new UsageError('name a policy with --policy <id|file>.');
    if (values.batch && values['password-stdin']) throw new UsageError('use either --batch or --password-stdin, not both.');

    const found = loadPolicyArgument(values.policy, io.cwd);
    if ('problems' in found) {
      io.stderr.write(`${found.problems}stepwise check: policy "${values.policy}" could not be loaded.\n`);
      return EXIT.usage;
    }
    const policy = found.policy;
    const context: PasswordContext = {
      ...(values.user !== undefined ? { userName: values.user } : {}),
      ...(values['display-name'] !== undefined ? { displayName: values['display-name'] } : {}),
      ...(values['given-name'] !== undefined ? { givenName: values['given-name'] } : {}),
      ...(values.surname !== undefined ? { surname: values.surname } : {}),
      ...(values.email !== undefined ? { email: values.email } : {}),
      ...(values.org !== undefined ? { organization: values.org } : {}),
      ...(values.word ? { words: values.word } : {}),
    };

    let breach: BreachFileSource | undefined;
    let closeBreach = async () => {};
    if (values['breach-file'] !== undefined) {
      const path = values['breach-file'];
      const opened = await openBreachFile(path, io.cwd);
      if ('error' in opened) {
        io.stderr.write(`stepwise check: breach file ${path}: ${opened.error}.\n`);
        return EXIT.usage;
      }
      closeBreach = opened.close;
      breach = { kind: 'file', reader: opened.reader, name: path, hash: breachHash };
      if (!policy.rules?.breached || policy.rules.breached.enabled === false) io.stderr.write(`stepwise check: policy ${policy.id} has no breached rule; --breach-file is not used.\n`);
      else if (opened.reader.size <= VERIFY_WHOLE_FILE_UP_TO) {
        const problem = await verifyBreachFile(opened.reader, path, breachHash === 'ntlm' ? 32 : 40);
        if (problem) {
          await closeBreach();
          io.stderr.write(breachProblem(problem));
          return EXIT.usage;
        }
      }
    }
    try {
      return await checkPasswords(io, policy, context, values.batch, values['password-stdin'], values.json, breach);
    } finally {
      await closeBreach();
    }
  },
};

/** Files up to this size are verified whole first (a few milliseconds); larger ones at every line the search reads. */
const VERIFY_WHOLE_FILE_UP_TO = 16 * 1024 * 1024;

async function checkPasswords(io: CliIO, policy: ResolvedPolicy, context: PasswordContext, batch: boolean, fromStdin: boolean, json: boolean, breachSource: BreachFileSource | undefined): Promise<number> {
  const wantsBreach = breachSource !== undefined && policy.rules?.breached !== undefined && policy.rules.breached.enabled !== false;
  // The hash is of the password as the rules see it (normalized), as evaluatePasswordAsync does.
  const lookup = async (password: string): Promise<BreachLookup | undefined> => (wantsBreach ? lookupBreach(normalizePassword(password, policy.normalization ?? 'NFC'), breachSource) : undefined);
  if (batch) {
    const resources = await loadEvaluationResources();
    return checkBatch(io, policy.id, async (password) => {
      const breach = await lookup(password);
      if (breach?.status === 'error') return breach.problem;
      return evaluatePassword(password, policy, context, { ...resources, ...(breach ? { breach } : {}) });
    });
  }
  const values = { 'password-stdin': fromStdin, json };

  let password: string | null;
  if (values['password-stdin']) password = firstLine(await readPasswordLine(io));
  else if (io.stdin.isTTY && io.stdin.setRawMode) password = await readSecretFromTerminal(io, 'Password (not shown): ');
  else throw new UsageError('standard input is not a terminal; pass --password-stdin to read the password from it.');
  if (password === null) {
    io.stderr.write('stepwise check: no password read.\n');
    return EXIT.usage;
  }
  const resources = await loadEvaluationResources();
  const breach = await lookup(password);
  if (breach?.status === 'error') {
    io.stderr.write(breachProblem(breach.problem));
    return EXIT.usage;
  }
  const evaluation = evaluatePassword(password, policy, context, { ...resources, ...(breach ? { breach } : {}) });
  // Accepted by the policy, yet refused by a system it is enforced by (enforcement.systems; issue 12).
  const refusals = evaluation.ok ? platformRefusals(password, policy, context) : [];
  io.stdout.write(values.json ? `${JSON.stringify(refusals.length > 0 ? { ...evaluation, platformRefusals: refusals } : evaluation, null, 2)}\n` : formatEvaluation(evaluation) + formatPlatformRefusals(refusals));
  return evaluation.ok ? EXIT.ok : EXIT.findings;
}

/** `file:line: message`, the way diagnostics are printed; never the password or its hash. */
function breachProblem(problem: BreachProblem): string {
  return `stepwise check: ${problem.source}${problem.line !== undefined ? `:${problem.line}` : ''}: ${problem.code}: ${problem.message}\n`;
}

/** --batch: one password per line in, one JSON line per password out (line number and verdict only). */
async function checkBatch(io: CliIO, policyId: string, evaluate: (password: string) => Promise<PasswordEvaluation | BreachProblem>): Promise<number> {
  const text = await readAllStdin(io);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let rejected = 0;
  for (const [index, raw] of lines.entries()) {
    const evaluation = await evaluate(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    if ('code' in evaluation) {
      io.stderr.write(breachProblem(evaluation));
      return EXIT.usage;
    }
    if (!evaluation.ok) rejected++;
    const failed = evaluation.rules.filter((r) => !r.ok && r.checked !== false).map((r) => ({ rule: r.rule, severity: r.severity }));
    // Rules that could not be checked (breached without --breach-file) are neither failed nor passed.
    const notChecked = evaluation.rules.filter((r) => r.checked === false).map((r) => r.rule);
    io.stdout.write(`${JSON.stringify({ line: index + 1, ok: evaluation.ok, ...(evaluation.strength ? { score: evaluation.strength.score } : {}), failed, ...(notChecked.length > 0 ? { notChecked } : {}) })}\n`);
  }
  io.stderr.write(`${lines.length} password${lines.length === 1 ? '' : 's'} checked against ${policyId}: ${lines.length - rejected} accepted, ${rejected} rejected.\n`);
  return rejected > 0 ? EXIT.findings : EXIT.ok;
}

function firstLine(text: string): string | null {
  if (text === '') return null;
  const line = text.split('\n')[0]!;
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Plain-text report: verdict, each rule, strength and advice. Never the password. */
export function formatEvaluation(e: PasswordEvaluation): string {
  const lines = [`${e.ok ? 'Accepted' : 'Rejected'} by policy ${e.policy} (${e.length} characters).`];
  for (const r of e.rules) {
    const mark = r.checked === false ? 'skip' : r.ok ? 'pass' : r.severity === 'error' ? 'FAIL' : 'warn';
    lines.push(`  ${mark}  ${r.rule.padEnd(12)} ${r.message}${r.clauses.length > 0 ? `  [${r.clauses.join(', ')}]` : ''}`);
  }
  if (e.strength) lines.push(`Strength: ${e.strength.score} of 4 (about 10^${e.strength.guessesLog10.toFixed(1)} guesses).`);
  if (e.feedback.warning) lines.push(`Warning: ${e.feedback.warning}`);
  for (const s of e.feedback.suggestions) lines.push(`  - ${s}`);
  return `${lines.join('\n')}\n`;
}
