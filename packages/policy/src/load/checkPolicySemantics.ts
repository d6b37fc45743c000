import type { Diagnostic, NodePath, ParsedYaml } from '@stepwise/core';
import type { PolicyCode } from '../codes';
import { compilePattern } from '../rules/compilePattern';
import type { PolicyDocument } from '../types';

const RULE_ID = /^(password|length|composition|strength|blocklist|breached|context|repetition|pattern:[a-z0-9][a-z0-9-]*)$/;

/** Checks a valid-by-schema policy for what JSON Schema cannot say. */
export function checkPolicySemantics(policy: PolicyDocument, parsed: ParsedYaml): Diagnostic<PolicyCode>[] {
  const out: Diagnostic<PolicyCode>[] = [];
  const at = (code: PolicyCode, path: NodePath, message: string, hint?: string) =>
    out.push({ code, severity: 'error', message, file: parsed.file, range: parsed.locate(path), path, ...(hint ? { hint } : {}) });
  const rules = policy.rules ?? {};

  const { min, max } = rules.length ?? {};
  if (min !== undefined && max !== undefined && min > max) {
    at('policy-length-range', ['rules', 'length', 'min'], `rules.length.min (${min}) is greater than rules.length.max (${max}); no password could pass.`, 'Lower min or raise max. NIST SP 800-63B-4 asks to permit at least 64 characters.');
  }

  const composition = rules.composition;
  if (composition?.minClasses !== undefined) {
    const available = (composition.classes ?? 'ad') === 'ascii' ? 4 : 5;
    if (composition.minClasses > available) {
      at('policy-composition-impossible', ['rules', 'composition', 'minClasses'], `rules.composition.minClasses is ${composition.minClasses}, but the ${composition.classes ?? 'ad'} scheme has only ${available} classes.`);
    }
  }

  const seen = new Map<string, number>();
  (rules.patterns ?? []).forEach((pattern, index) => {
    const compiled = compilePattern(pattern.pattern, pattern.caseInsensitive ?? false);
    if (!compiled.ok) at('policy-pattern-invalid', ['rules', 'patterns', index, 'pattern'], `Pattern "${pattern.id}": ${compiled.message}`, 'Patterns use RE2 syntax: https://github.com/google/re2/wiki/Syntax');
    const first = seen.get(pattern.id);
    if (first !== undefined) at('policy-pattern-duplicate', ['rules', 'patterns', index, 'id'], `Pattern id "${pattern.id}" is used twice (first at rules.patterns[${first}]); results would be ambiguous.`);
    else seen.set(pattern.id, index);
  });

  (policy.examples?.reject ?? []).forEach((example, index) => {
    if (!RULE_ID.test(example.rule)) {
      at('policy-example-rule-unknown', ['examples', 'reject', index, 'rule'], `"${example.rule}" is not a rule id.`, 'Use password, length, composition, strength, blocklist, breached, context, repetition or pattern:<id>.');
    }
  });
  return out;
}
