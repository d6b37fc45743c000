import { RE2JS } from 're2js';
import type { Field } from '../types';
import type { FieldValue } from './runEvent';

// ISO 8601 in UTC only (a trailing Z), so recorded times compare as text and read the same
// everywhere.
const UTC_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z$/;
// Deliberately loose: one @, no spaces, a dot in the domain. Full RFC 5322 is not the point.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

const patternCache = new Map<string, RE2JS>();

/**
 * Why `value` is not acceptable for `field`, or undefined when it is. Secret fields accept
 * nothing: secrets never enter a record.
 */
export function validateFieldValue(field: Field, value: FieldValue): string | undefined {
  if (field.secret) return `"${field.label}" is a secret field; secrets are never recorded.`;
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `"${field.label}" must be yes or no.`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `"${field.label}" must be a number.`;
    default:
      break;
  }
  if (typeof value !== 'string') return `"${field.label}" must be text.`;
  if (value.trim() === '') return `"${field.label}" is empty.`;
  if (field.maxLength !== undefined && [...value].length > field.maxLength) return `"${field.label}" is longer than ${field.maxLength} characters.`;
  switch (field.type) {
    case 'choice': {
      const options = field.options ?? [];
      return options.some((o) => o.value === value) ? undefined : `"${field.label}" must be one of: ${options.map((o) => o.value).join(', ')}.`;
    }
    case 'url':
      return isHttpUrl(value) ? undefined : `"${field.label}" must be an http:// or https:// address.`;
    case 'timestamp':
      return UTC_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : `"${field.label}" must be a UTC time in ISO 8601, for example 2025-03-01T14:30:00Z.`;
    case 'email':
      return EMAIL.test(value) ? undefined : `"${field.label}" must be an email address.`;
    default:
      break;
  }
  if (field.pattern !== undefined && !matchesWhole(field.pattern, value)) return `"${field.label}" does not have the expected form (${field.pattern}).`;
  return undefined;
}

function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

// RE2 semantics (linear time), as the schema promises for author-written patterns.
function matchesWhole(pattern: string, value: string): boolean {
  let re = patternCache.get(pattern);
  if (!re) {
    try {
      re = RE2JS.compile(pattern);
    } catch {
      return false; // loadRunbook reports the pattern itself (runbook-invalid-pattern)
    }
    patternCache.set(pattern, re);
  }
  return re.matches(value);
}
