import { compareText } from '../ordering.js';

export type Severity = 'error' | 'warning';

/** One finding, always anchored to a place in the repository so editors and annotations can point at it. */
export interface Diagnostic {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  rule: RuleId;
  severity: Severity;
  message: string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

/**
 * Every rule id vend reports. They are stable: users reference them in `exceptions`, in CI filters and in
 * documentation, so an id is never renamed.
 */
export const RULES = {
  yamlSyntax: 'yaml-syntax',
  yamlDuplicateKey: 'yaml-duplicate-key',
  yamlAliasLimit: 'yaml-alias-limit',
  yamlNesting: 'yaml-nesting',
  yamlFileTooLarge: 'yaml-file-too-large',
  yamlEncoding: 'yaml-encoding',
  hiddenCharacter: 'hidden-character',
  yamlNotMapping: 'yaml-not-mapping',
  yamlForbiddenKey: 'yaml-forbidden-key',
  yamlKeyText: 'yaml-key-text',
  yamlDirective: 'yaml-directive',
  schema: 'schema',
  repositoryLayout: 'repository-layout',
  uniqueAccountName: 'unique-account-name',
  uniqueAccountEmail: 'unique-account-email',
  fileNameMatchesAccount: 'file-name-matches-account',
  ouExists: 'ou-exists',
  scpReference: 'scp-reference',
  baselineReference: 'baseline-reference',
  fileReference: 'file-reference',
  baselineDependencyCycle: 'baseline-dependency-cycle',
  ouDepth: 'ou-depth',
  ouCount: 'ou-count',
  ouNameCase: 'ou-name-case',
  nameLikeId: 'name-like-id',
  scpSize: 'scp-size',
  scpSyntax: 'scp-syntax',
  scpConditionValue: 'scp-condition-value',
  scpAttachmentLimit: 'scp-attachment-limit',
  quotaOverride: 'quota-override',
  tagLimits: 'tag-limits',
  allowedRegions: 'allowed-regions',
  emailDomain: 'email-domain',
  requiredTags: 'required-tags',
  baselineOptOut: 'baseline-opt-out',
  templateParse: 'template-parse',
  templateNoIamUser: 'template-no-iam-user',
  templatePermissionsBoundary: 'template-permissions-boundary',
  templateNoAdminAllow: 'template-no-admin-allow',
  templateOpenTrust: 'template-open-trust',
  templateNamedIamSingleRegion: 'template-named-iam-single-region',
  exceptionUnknownRule: 'exception-unknown-rule',
  exceptionExpired: 'exception-expired',
  exceptionExpiring: 'exception-expiring',
  exceptionLongLived: 'exception-long-lived',
  parameterReference: 'parameter-reference',
  tagCharacters: 'tag-characters',
  awsRegion: 'aws-region',
  scpDescription: 'scp-description',
  templateLimits: 'template-limits',
  parameterValue: 'parameter-value',
  operationPreferences: 'operation-preferences',
  administrationRole: 'administration-role',
  ownerUnassigned: 'owner-unassigned',
  templateResource: 'template-resource',
  templatePolicy: 'template-policy',
  templateStructure: 'template-structure',
  driftIgnore: 'drift-ignore',
  driftIgnoreExpired: 'drift-ignore-expired',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

/** The rules an account manifest may waive with an `exceptions` entry. */
export const WAIVABLE_RULES: readonly RuleId[] = [
  RULES.allowedRegions,
  RULES.emailDomain,
  RULES.requiredTags,
  RULES.baselineOptOut,
];

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
}
