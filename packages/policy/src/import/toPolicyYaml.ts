import type { PolicyDocument } from '../types';

/**
 * A policy document as YAML text: block mappings, flow lists of scalars, and every string
 * double-quoted as JSON (a JSON string is a valid YAML double-quoted scalar), so no value can
 * change type or meaning on the way back in.
 */
export function toPolicyYaml(document: PolicyDocument): string {
  return `# yaml-language-server: $schema=../packages/policy/schema/policy.schema.json\n${emit(document, 0)}`;
}

function emit(value: object, indent: number): string {
  const pad = ' '.repeat(indent);
  let out = '';
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (Array.isArray(item)) {
      if (item.length === 0 || item.every((v) => typeof v !== 'object')) out += `${pad}${key}: [${item.map(scalar).join(', ')}]\n`;
      else for (const [index, element] of item.entries()) out += `${index === 0 ? `${pad}${key}:\n` : ''}${pad}  -${emit(element as object, indent + 4).slice(indent + 3)}`;
    } else if (item !== null && typeof item === 'object') out += Object.keys(item).length === 0 ? `${pad}${key}: {}\n` : `${pad}${key}:\n${emit(item, indent + 2)}`;
    else out += `${pad}${key}: ${scalar(item)}\n`;
  }
  return out;
}

function scalar(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
