import { DRIFT_FORMATS, DRIFT_FORMATTERS, driftPolicy, EXPORT_TARGETS, type DriftFormat } from '@stepwise/policy';
import { EXIT } from '../exitCodes';
import { writeReport } from '../writeReport';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadPolicyArgument } from '../policyArgument';
import { parseTarget, readNativeFile } from '../readNativeFile';

const usage = `Usage: stepwise drift <policy-id|file> --from <target> <file> [options]

Compares what a system enforces (its own settings file, as stepwise import reads it) with what
the policy declares, setting by setting: declared, enforced, and match, drift, missing or
undeclared. Commit the JSON record under enforcement/ and the site's audit section shows it.

Options:
  --from <target>        one of ${EXPORT_TARGETS.join(', ')} (required)
  --format <name>        ${DRIFT_FORMATS.join(' | ')} (default text)
  -o, --output <file>    write the report there instead of standard output (folders created; --out also works)
  (export options such as --applies-to and --on-premises are taken as stepwise export takes them)
  -h, --help             this help

Exit codes: 0 in sync, 1 drift (or the file cannot be read), 2 usage or internal error.
`;

export const driftCommand: CliCommand = {
  name: 'drift',
  summary: 'Compare what a system enforces with what a policy declares.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      from: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      out: { type: 'string' },
      'fine-grained-name': { type: 'string' },
      precedence: { type: 'string' },
      'applies-to': { type: 'string', multiple: true },
      'on-premises': { type: 'string' },
    });
    const target = parseTarget(values.from, '--from');
    if (!(DRIFT_FORMATS as readonly string[]).includes(values.format!)) throw new UsageError(`unknown format "${values.format}"; use one of ${DRIFT_FORMATS.join(', ')}.`);
    if (positionals.length !== 2) throw new UsageError('name the policy and the file of enforced settings.');
    if (values.precedence !== undefined && !/^\d+$/.test(values.precedence)) throw new UsageError('--precedence takes a whole number.');
    if (values['on-premises'] !== undefined && !['enforce', 'audit', 'off'].includes(values['on-premises'])) throw new UsageError('--on-premises takes enforce, audit or off.');
    const found = loadPolicyArgument(positionals[0]!, io.cwd);
    if ('problems' in found) {
      io.stderr.write(`${found.problems}stepwise drift: policy "${positionals[0]}" could not be loaded.\n`);
      return EXIT.findings;
    }
    const file = readNativeFile(positionals[1]!, io.cwd);
    const report = driftPolicy(found.policy, target, file.text, file.name, {
      ...(values['fine-grained-name'] !== undefined ? { fineGrainedName: values['fine-grained-name'] } : {}),
      ...(values.precedence !== undefined ? { precedence: Number(values.precedence) } : {}),
      ...(values['applies-to'] ? { appliesTo: values['applies-to'] } : {}),
      ...(values['on-premises'] !== undefined ? { onPremisesMode: values['on-premises'] as 'enforce' | 'audit' | 'off' } : {}),
    });
    // The clock is read here, never in the engine: the record says when the comparison was made.
    const output = DRIFT_FORMATTERS[values.format as DriftFormat](report, new Date().toISOString());
    if (values.format === 'text') for (const d of report.diagnostics) io.stderr.write(`${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}\n`);
    // -o/--output as every command takes it (folders created); --out kept as its older name.
    writeReport(io, output, values.output ?? values.out);
    return report.inSync ? EXIT.ok : EXIT.findings;
  },
};
