/** One test case of a JUnit XML report. */
export interface JUnitCase {
  /** The testsuite it belongs to (a policy, or a policy against a standard). */
  suite: string;
  name: string;
  /** Where it is written, for CI systems that link to source. */
  file?: string;
  line?: number;
  failure?: { message: string; detail: string };
  /** Not run or not decidable (a clause that is not applicable or needs an auditor). */
  skipped?: string;
}

/**
 * JUnit XML as Jenkins, GitLab and the test-reporter actions read it (testsuites > testsuite >
 * testcase with failure or skipped). A pure function: the command writes what it returns.
 */
export function formatJUnit(cases: readonly JUnitCase[], tool: { name: string; version: string }): string {
  const suites = new Map<string, JUnitCase[]>();
  for (const c of cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const failures = cases.filter((c) => c.failure).length;
  const skipped = cases.filter((c) => c.skipped !== undefined && !c.failure).length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attr(tool.name)} ${attr(tool.version)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`];
  for (const [name, list] of suites) {
    const f = list.filter((c) => c.failure).length;
    const s = list.filter((c) => c.skipped !== undefined && !c.failure).length;
    lines.push(`  <testsuite name="${attr(name)}" tests="${list.length}" failures="${f}" errors="0" skipped="${s}">`);
    for (const c of list) {
      const where = `${c.file !== undefined ? ` file="${attr(c.file)}"` : ''}${c.line !== undefined ? ` line="${c.line}"` : ''}`;
      const open = `    <testcase classname="${attr(name)}" name="${attr(c.name)}"${where}`;
      if (c.failure) lines.push(`${open}>`, `      <failure message="${attr(c.failure.message)}">${text(c.failure.detail)}</failure>`, '    </testcase>');
      else if (c.skipped !== undefined) lines.push(`${open}>`, `      <skipped message="${attr(c.skipped)}"/>`, '    </testcase>');
      else lines.push(`${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates) become U+FFFD. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
