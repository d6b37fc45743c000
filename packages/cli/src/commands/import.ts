import { compareDiagnostics, type Diagnostic } from '@stepwise/core';
import { EXPORT_TARGETS, importPolicy, type ImportOptions } from '@stepwise/policy';
import { EXIT } from '../exitCodes';
import { writeReport } from '../writeReport';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { parseTarget, readNativeFile } from '../readNativeFile';

const usage = `Usage: stepwise import --from <target> <file> [options]

Reads a system's own password settings and writes them as a policy YAML that validates, with a
diagnostic (file:line:col) for every setting that has no equivalent in a policy.

  ad-default-domain   Get-ADDefaultDomainPasswordPolicy | ConvertTo-Json
  ad-fine-grained     Get-ADFineGrainedPasswordPolicy -Identity <name> | ConvertTo-Json
  entra               the Graph Password Rule Settings (GET /settings, or the POST body) as JSON
  pwquality           a pwquality.conf
  keycloak            a realm's passwordPolicy string

Options:
  --from <target>      one of ${EXPORT_TARGETS.join(', ')} (required)
  -o, --output <file>  write the policy there (default standard output; --out also works)
  --id <id>            the new policy's id (default imported-<target>)
  --blacklist <file>   keycloak: the passwordBlacklist file, for its terms
  -h, --help           this help

Exit codes: 0 imported, 1 the file has errors (nothing written), 2 usage or internal error.
`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: "Import a system's password settings (AD, Entra, pwquality, Keycloak) as a policy.",
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { from: { type: 'string' }, output: { type: 'string', short: 'o' }, out: { type: 'string' }, id: { type: 'string' }, blacklist: { type: 'string' } });
    const target = parseTarget(values.from, '--from');
    if (positionals.length !== 1) throw new UsageError('name the file to import.');
    if (values.id !== undefined && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(values.id)) throw new UsageError('--id takes lowercase letters, digits and hyphens.');
    const file = readNativeFile(positionals[0]!, io.cwd);
    const options: ImportOptions = {};
    if (values.id !== undefined) options.id = values.id;
    if (values.blacklist !== undefined) options.blacklist = readNativeFile(values.blacklist, io.cwd).text;
    const imported = importPolicy(target, file.text, file.name, options);
    io.stderr.write(describe(imported.diagnostics));
    if (!imported.yaml) {
      io.stderr.write(`stepwise import: "${file.name}" could not be read as ${target} settings.\n`);
      return EXIT.findings;
    }
    writeReport(io, imported.yaml, values.output ?? values.out);
    const unmapped = imported.diagnostics.filter((d) => d.code === 'import-no-equivalent').length;
    io.stderr.write(`Imported ${file.name} as policy ${imported.document!.id}${unmapped > 0 ? `; ${unmapped} setting${unmapped === 1 ? ' has' : 's have'} no equivalent` : ''}.\n`);
    return EXIT.ok;
  },
};

function describe(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics]
    .sort(compareDiagnostics)
    .map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`)
    .join('');
}
