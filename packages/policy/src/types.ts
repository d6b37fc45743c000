/**
 * The policy model. These types mirror `schema/policy.schema.json`, the single source of truth.
 */

export type Severity = 'error' | 'warning';
export type Normalization = 'NFC' | 'NFKC' | 'none';

export interface RuleCommon {
  enabled?: boolean;
  severity?: Severity;
  clauses?: string[];
  rationale?: string;
}

export interface LengthRule extends RuleCommon {
  min?: number;
  max?: number;
}

export type CharacterClass = 'lower' | 'upper' | 'digit' | 'symbol' | 'other';

export interface CompositionRule extends RuleCommon {
  classes?: 'ad' | 'ascii';
  minClasses?: number;
  minimum?: Partial<Record<CharacterClass | 'letter', number>>;
  allowed?: 'any' | 'printable-ascii';
}

export interface StrengthRule extends RuleCommon {
  minScore?: 0 | 1 | 2 | 3 | 4;
}

export interface BlocklistRule extends RuleCommon {
  /** exact: the whole password; normalized: the base under decoration; entra: Microsoft's scoring. */
  match?: 'exact' | 'normalized' | 'entra';
  /** Refuse repeats, sequences and keyboard walks as "expected" values (exact and normalized modes). */
  expected?: boolean;
  common?: boolean;
  commonTop?: number;
  terms?: string[];
  minScore?: number;
}

/**
 * Refuse passwords found in a breach corpus (ASVS 5.0 6.2.12; NIST SP 800-63B-4 §3.1.1.2
 * "compromised"). The corpus is given at evaluation time (`lookupBreach`: a local Pwned Passwords
 * file or a k-anonymity range service); without one the rule reports "not checked".
 */
export interface BreachedRule extends RuleCommon {
  /** Fewest sightings in the corpus that refuse a password (default 1). */
  minCount?: number;
}

export interface ContextRule extends RuleCommon {
  accountName?: boolean;
  displayName?: boolean;
  names?: boolean;
  email?: boolean;
  organization?: boolean;
  extraWords?: boolean;
  minTokenLength?: number;
}

export interface RepetitionRule extends RuleCommon {
  maxRepeat?: number;
  maxSequence?: number;
  maxClassRepeat?: number;
}

export interface PatternRule extends RuleCommon {
  id: string;
  description: string;
  pattern: string;
  caseInsensitive?: boolean;
  mode?: 'reject' | 'require';
}

export interface Rules {
  length?: LengthRule;
  composition?: CompositionRule;
  strength?: StrengthRule;
  blocklist?: BlocklistRule;
  breached?: BreachedRule;
  context?: ContextRule;
  repetition?: RepetitionRule;
  patterns?: PatternRule[];
}

export interface Lifecycle {
  maxAgeDays?: number;
  minAgeDays?: number;
  history?: number;
  lockout?: { threshold?: number; durationMinutes?: number; resetAfterMinutes?: number };
  mfaRequired?: boolean;
  forceChangeAfterReset?: boolean;
  changeOnCompromise?: boolean;
  temporaryPasswordLifetimeHours?: number;
  hintsAllowed?: boolean;
  knowledgeQuestionsAllowed?: boolean;
  pasteAllowed?: boolean;
  reversibleEncryption?: boolean;
}

/** What the caller knows about the account; feeds the context and blocklist rules. */
export interface PasswordContext {
  userName?: string;
  displayName?: string;
  givenName?: string;
  surname?: string;
  email?: string;
  organization?: string;
  words?: string[];
}

export interface AcceptExample {
  password: string;
  context?: PasswordContext;
  why?: string;
}

export interface RejectExample extends AcceptExample {
  rule: string;
}

/** A system a policy is enforced by (`enforcement.systems`). */
export type EnforcementSystem = 'ad-default-domain' | 'ad-fine-grained' | 'entra-cloud' | 'entra-dc-agent' | 'pwquality' | 'keycloak';

/** Where a policy is enforced; per setting, how faithfully comes from the export fidelity. */
export interface Enforcement {
  systems: EnforcementSystem[];
  notes?: string;
}

/** A policy as written in one YAML file (before `extends` is resolved). */
export interface PolicyDocument {
  $schema?: string;
  id: string;
  title: string;
  version: string;
  summary: string;
  extends?: string;
  emulates?: string;
  /** The level of the emulated standard (one of its `levels`), when it has levels. */
  emulatesLevel?: string;
  normalization?: Normalization;
  rules?: Rules;
  lifecycle?: Lifecycle;
  examples?: { accept?: AcceptExample[]; reject?: RejectExample[] };
  enforcement?: Enforcement;
}
