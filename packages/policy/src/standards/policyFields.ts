import policySchema from '../../schema/policy.schema.json';

export type FieldType = 'number' | 'boolean' | 'string' | 'object' | 'array';

export interface PolicyField {
  /** Dotted path, for example `rules.length.min`. */
  path: string;
  type: FieldType;
  /** Allowed values, when the schema lists them. */
  values?: readonly (string | number | boolean)[];
}

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Top-level policy keys a standard's condition may look at; identity keys (id, title...) are not policy settings. */
const ROOTS = ['normalization', 'rules', 'lifecycle'] as const;

/**
 * Every field a condition may name, derived from `policy.schema.json` so that the schema stays
 * the single source of truth: a field added there becomes usable in standards at once.
 */
export const POLICY_FIELDS: ReadonlyMap<string, PolicyField> = buildFields();

function buildFields(): Map<string, PolicyField> {
  const root = policySchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };
  const fields = new Map<string, PolicyField>();
  const resolve = (node: SchemaNode): SchemaNode => {
    if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/$defs/')) return node;
    const target = root.$defs[node.$ref.slice('#/$defs/'.length)] ?? {};
    // A node may extend a $ref and add properties of its own (the rules' `ruleCommon`).
    const merged: SchemaNode = { ...resolve(target), ...node, $ref: undefined };
    if (target.properties || node.properties) merged.properties = { ...resolve(target).properties, ...node.properties };
    return merged;
  };
  // Iterative walk; the policy schema is shallow, but no recursion is needed.
  const queue: { path: string; node: SchemaNode }[] = ROOTS.map((key) => ({ path: key, node: root.properties?.[key] ?? {} }));
  while (queue.length > 0) {
    const { path, node: raw } = queue.shift()!;
    const node = resolve(raw);
    const type = typeOf(node);
    fields.set(path, { path, type, ...(node.enum ? { values: node.enum as (string | number | boolean)[] } : {}) });
    if (type === 'object') for (const [key, child] of Object.entries(node.properties ?? {})) queue.push({ path: `${path}.${key}`, node: child });
  }
  return fields;
}

function typeOf(node: SchemaNode): FieldType {
  const declared = Array.isArray(node.type) ? node.type[0] : node.type;
  if (declared === 'integer' || declared === 'number') return 'number';
  if (declared === 'boolean' || declared === 'string' || declared === 'array' || declared === 'object') return declared;
  if (node.enum) {
    const kinds = new Set(node.enum.map((v) => typeof v));
    if (kinds.size === 1 && kinds.has('boolean')) return 'boolean';
    if (kinds.size === 1 && kinds.has('number')) return 'number';
    return 'string';
  }
  return node.properties ? 'object' : 'string';
}
