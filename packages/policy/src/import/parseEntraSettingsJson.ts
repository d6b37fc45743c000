import { parseYaml, type Diagnostic, type NodePath } from '@stepwise/core';
import { PASSWORD_RULE_SETTINGS_TEMPLATE } from '../export/exportEntra';
import type { NativeSettings, ParsedNative } from '../export/types';
import type { ImportCode } from './codes';
import { nativeDiagnostic } from './nativeDiagnostic';

/** The values of the Password Rule Settings template, by type (Graph directorySetting values are strings). */
const VALUES: Record<string, 'integer' | 'boolean' | 'mode' | 'terms'> = {
  BannedPasswordCheckOnPremisesMode: 'mode',
  EnableBannedPasswordCheckOnPremises: 'boolean',
  EnableBannedPasswordCheck: 'boolean',
  LockoutDurationInSeconds: 'integer',
  LockoutThreshold: 'integer',
  BannedPasswordList: 'terms',
};

/**
 * The Entra settings as JSON: the Graph request body (`{ templateId, values }`), one
 * directorySetting as `GET /settings/{id}` returns it, or the `GET /settings` collection (the
 * Password Rule Settings entry is picked by its template id).
 */
export function parseEntraSettingsJson(text: string, file: string): { native: ParsedNative; diagnostics: Diagnostic<ImportCode>[] } {
  const settings: NativeSettings = {};
  const ranges: ParsedNative['ranges'] = {};
  const parsed = parseYaml(text, file);
  const diagnostics: Diagnostic<ImportCode>[] = parsed.diagnostics.map((d) => ({ ...d, code: 'import-syntax' as const, message: `Not valid JSON: ${d.message}` }));
  if (parsed.diagnostics.length > 0) return { native: { settings, ranges }, diagnostics };
  const fail = (message: string, path: NodePath) => ({ native: { settings, ranges }, diagnostics: [...diagnostics, nativeDiagnostic('import-wrong-type', 'error', message, file, parsed.locate(path), 'Use the body of POST /settings or the answer of GET /settings (Microsoft Graph).')] });
  const root = parsed.value as Record<string, unknown> | null;
  if (!root || typeof root !== 'object' || Array.isArray(root)) return fail('Expected a JSON object (a Graph directorySetting).', []);
  let base: NodePath = [];
  let setting: Record<string, unknown> = root;
  if (Array.isArray(root.value)) {
    const index = root.value.findIndex((s) => s && typeof s === 'object' && ((s as Record<string, unknown>).templateId === PASSWORD_RULE_SETTINGS_TEMPLATE || (s as Record<string, unknown>).displayName === 'Password Rule Settings'));
    if (index < 0) return fail(`No "Password Rule Settings" (template ${PASSWORD_RULE_SETTINGS_TEMPLATE}) in the collection.`, ['value']);
    base = ['value', index];
    setting = root.value[index] as Record<string, unknown>;
  }
  if (setting.templateId !== undefined && setting.templateId !== PASSWORD_RULE_SETTINGS_TEMPLATE) diagnostics.push(nativeDiagnostic('import-invalid-value', 'error', `templateId is not Password Rule Settings (${PASSWORD_RULE_SETTINGS_TEMPLATE}).`, file, parsed.locate([...base, 'templateId'], 'value')));
  for (const key of Object.keys(setting)) if (!['templateId', 'values', 'id', 'displayName', '@odata.context', '@odata.type'].includes(key)) diagnostics.push(nativeDiagnostic('import-unknown-setting', 'warning', `Unknown property "${key}" of a directorySetting.`, file, parsed.locate([...base, key], 'key')));
  const values = setting.values;
  if (!Array.isArray(values)) return fail('"values" must be a list of { name, value }.', [...base, 'values']);
  values.forEach((item, index) => {
    const path = [...base, 'values', index];
    if (!item || typeof item !== 'object' || typeof (item as Record<string, unknown>).name !== 'string') {
      diagnostics.push(nativeDiagnostic('import-wrong-type', 'error', 'Each value must be { "name": ..., "value": ... }.', file, parsed.locate(path)));
      return;
    }
    const { name, value } = item as { name: string; value: unknown };
    const at = parsed.locate([...path, 'value'], 'value');
    const kind = Object.hasOwn(VALUES, name) ? VALUES[name] : undefined;
    if (!kind) {
      diagnostics.push(nativeDiagnostic('import-unknown-setting', 'warning', `Unknown Password Rule Settings value "${name}".`, file, parsed.locate([...path, 'name'], 'value')));
      return;
    }
    const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
    const wrong = (expected: string) => diagnostics.push(nativeDiagnostic('import-wrong-type', 'error', `"${name}" must be ${expected}.`, file, at));
    if (text === undefined) return wrong('a string');
    if (kind === 'integer') {
      if (/^\d+$/.test(text.trim())) settings[name] = Number(text.trim());
      else return wrong('a whole number such as "10"');
    } else if (kind === 'boolean') {
      if (/^(true|false)$/i.test(text.trim())) settings[name] = text.trim().toLowerCase() === 'true';
      else return wrong('"True" or "False"');
    } else if (kind === 'mode') {
      if (/^(enforce|enforced|audit)$/i.test(text.trim())) settings[name] = /^audit$/i.test(text.trim()) ? 'Audit' : 'Enforce';
      else return wrong('"Enforce" or "Audit"');
    } else {
      // Tab-separated as Entra stores it (Microsoft365DSC joins with a tab); some tools write commas.
      const separator = text.includes('\t') || !text.includes(',') ? '\t' : ',';
      settings[name] = text.split(separator).map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
    }
    ranges[name] = parsed.locate([...path, 'name'], 'value');
  });
  return { native: { settings, ranges }, diagnostics };
}
