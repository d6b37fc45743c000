/** A value that canonical JSON can represent: what `JSON.parse` returns, without `undefined`. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Canonical JSON after RFC 8785 (JSON Canonicalization Scheme): object keys sorted by their
 * UTF-16 code units (RFC 8785 §3.2.3), no whitespace, strings and finite numbers serialised as
 * ECMAScript's `JSON.stringify` does (RFC 8785 §3.2.2.2 and §3.2.2.3 adopt exactly that
 * serialisation). Two equal values always give the same text, so the text can be hashed.
 *
 * Throws on values JSON cannot carry (non-finite numbers, `undefined`, functions, ...): those are
 * programming errors in the caller, never data read from a record (JSON.parse cannot produce them).
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form (RFC 8785 §3.2.2.3).`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
      const record = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 asks for.
      const keys = Object.keys(record).sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form.`);
  }
}
