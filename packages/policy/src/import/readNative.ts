import type { Diagnostic } from '@stepwise/core';
import type { ExportTarget, ParsedNative } from '../export/types';
import { adToPolicy } from './adToPolicy';
import type { ImportCode } from './codes';
import { entraToPolicy } from './entraToPolicy';
import { keycloakToPolicy } from './keycloakToPolicy';
import type { MappedPolicy } from './mappedPolicy';
import { parseAdPolicyJson } from './parseAdPolicyJson';
import { parseEntraSettingsJson } from './parseEntraSettingsJson';
import { parseKeycloakPolicy } from './parseKeycloakPolicy';
import { parsePwqualityConf } from './parsePwqualityConf';
import { pwqualityToPolicy } from './pwqualityToPolicy';

interface NativeReader {
  parse(text: string, file: string): { native: ParsedNative; diagnostics: Diagnostic<ImportCode>[] };
  toPolicy(native: ParsedNative, file: string, extra?: string): MappedPolicy;
}

const READERS: Record<ExportTarget, NativeReader> = {
  'ad-default-domain': { parse: (text, file) => parseAdPolicyJson(text, file, false), toPolicy: adToPolicy },
  'ad-fine-grained': { parse: (text, file) => parseAdPolicyJson(text, file, true), toPolicy: adToPolicy },
  entra: { parse: parseEntraSettingsJson, toPolicy: entraToPolicy },
  pwquality: { parse: parsePwqualityConf, toPolicy: pwqualityToPolicy },
  keycloak: { parse: parseKeycloakPolicy, toPolicy: keycloakToPolicy },
};

/** A target's own file read into native settings (never throws; problems are diagnostics with line and column). */
export function readNative(target: ExportTarget, text: string, file: string): { native: ParsedNative; diagnostics: Diagnostic<ImportCode>[] } {
  return READERS[target].parse(text, file);
}

/** `extra`: a second file some targets keep apart (Keycloak's password blacklist). */
export function nativeToPolicy(target: ExportTarget, native: ParsedNative, file: string, extra?: string): MappedPolicy {
  return READERS[target].toPolicy(native, file, extra);
}
