import { compileSchema } from '@stepwise/core';
import { runbookSchema, type Command, type Condition, type Field, type Placeholder, type Requirements, type Role, type Runbook, type Step } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';

// Objects that set EVERY field of each type. The type checker rejects a field the type lacks;
// the tests below reject a schema property the objects lack. Together: schema and types agree.
const condition: Required<Condition> = { variant: ['cloud'], inputs: { reason: ['forgotten'] } };
const requires: Required<Requirements> = {
  entraRoles: ['User Administrator'],
  graphScopes: ['User.Read.All'],
  exchangeRoleGroups: ['Recipient Management'],
  adDelegation: ['Reset password'],
  licences: ['Microsoft Entra ID P1'],
};
const placeholder: Required<Placeholder> = { name: 'upn', input: 'reason', part: 'domain', description: 'The account.', example: 'ana@example.org' };
const role: Required<Role> = { id: 'agent', title: 'Agent', description: 'Does it.', holds: requires };
const command: Required<Command> = { title: 'Reset', language: 'powershell', code: 'Get-Date', when: condition, requires };
const field: Required<Field> = {
  id: 'method',
  label: 'Method',
  type: 'choice',
  required: true,
  options: [{ value: 'call-back', label: 'Call-back' }],
  pattern: '[a-z-]+',
  maxLength: 40,
  secret: false,
  identifies: 'account',
  help: 'How the caller was verified.',
};
const step: Required<Step> = {
  id: 'verify',
  title: 'Verify',
  role: 'agent',
  requires,
  body: 'Call back.',
  when: condition,
  checks: [{ id: 'called', text: 'Called back' }],
  evidence: [field],
  commands: [command],
  links: [{ title: 'Docs', url: 'https://learn.microsoft.com/' }],
  clauses: ['PCI-8.3.3'],
  rules: ['length', 'lifecycle.maxAgeDays'],
  next: 'verify',
  onFail: 'verify',
  branchOnly: false,
  end: 'escalated',
  escalation: 'Call security.',
  note: 'A note.',
};
const runbook: Required<Runbook> = {
  $schema: '../schema.json',
  id: 'full',
  title: 'Every field',
  version: '1.0.0',
  summary: 'All fields set.',
  owner: { team: 'Desk', contact: 'desk@example.com' },
  audiences: ['it-staff'],
  roles: [role],
  policy: 'exchange-org',
  variants: [{ id: 'cloud', title: 'Cloud', description: 'Online.' }],
  inputs: [{ ...field, id: 'reason', type: 'choice' }],
  placeholders: [placeholder],
  references: [{ title: 'Ref', url: 'https://example.com/' }],
  steps: [step],
};

type SchemaNode = { properties?: Record<string, unknown>; $defs?: Record<string, SchemaNode> };
const schema = runbookSchema as SchemaNode;
const defs = schema.$defs!;

describe('the runbook schema and the TypeScript types agree', () => {
  it('a value setting every typed field is valid', () => {
    const validate = compileSchema(runbookSchema);
    expect(validate(runbook), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['runbook', schema, runbook],
    ['step', defs.step!, step],
    ['field', defs.field!, field],
    ['command', defs.command!, command],
    ['condition', defs.condition!, condition],
    ['requires', defs.requires!, requires],
    ['placeholder', defs.placeholder!, placeholder],
    ['role', defs.role!, role],
  ] as const)('every %s property in the schema is a field of the type', (_name, node, value) => {
    expect(Object.keys(node.properties ?? {}).sort()).toEqual(Object.keys(value).sort());
  });
});
