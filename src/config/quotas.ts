import type { OrganizationDocument } from './documents.js';

/**
 * The AWS service quotas vend checks before anything changes. They are data, not constants, because AWS changes
 * them: the SCP quotas doubled on 2026-05-15 (AWS What's New, "AWS Organizations increased SCP quotas"; Landing
 * Zone Accelerator fixed the same hard-coded 5 in issue #1119). `quotas:` in baselines/organization.yaml overrides
 * any of them, up to `maximum`, a sanity bound that catches a typo rather than a real AWS value.
 */
export interface QuotaDefinition {
  /** Today's AWS default. */
  default: number;
  /** The largest override vend accepts. */
  maximum: number;
  /** What is counted, in the README's words. */
  description: string;
  /** The AWS page the default comes from. */
  source: string;
}

const ORGANIZATIONS_QUOTAS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html';
const CLOUDFORMATION_QUOTAS =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';

export const QUOTAS = {
  // "Number of policies that you can attach to an entity", row Service control policy: 10 per root, OU and account
  // (5 before 2026-05-15). Only direct attachments count, FullAWSAccess included; all policy limits are hard limits.
  scpsPerTarget: {
    default: 10,
    maximum: 100,
    description: 'SCPs attached directly to one root, OU or account, counting FullAWSAccess',
    source: ORGANIZATIONS_QUOTAS,
  },
  // "Maximum size of a policy document": "Service control policies: 10,240 characters" (5,120 before 2026-05-15).
  // Older copies of the page said "5120 bytes (not characters)", so vend counts UTF-8 bytes of the minified JSON it
  // sends: for ASCII the two agree, and for other text bytes can only over-count, never let a large policy through.
  scpSize: {
    default: 10_240,
    maximum: 1_000_000,
    description: 'size of one SCP as sent (minified JSON), counted in UTF-8 bytes',
    source: ORGANIZATIONS_QUOTAS,
  },
  // "OU maximum nesting in a root: Five levels of OUs deep under a root."
  organizationalUnitDepth: {
    default: 5,
    maximum: 20,
    description: 'levels of OUs under the root',
    source: ORGANIZATIONS_QUOTAS,
  },
  // "Number of tags that you can attach to a root, OU, or account: 50".
  tagsPerAccount: {
    default: 50,
    maximum: 1000,
    description: "tags on one account, counting vend's Owner and ManagedBy",
    source: ORGANIZATIONS_QUOTAS,
  },
  // Template body size in a request: 51,200 bytes. Larger templates must be uploaded to S3 and passed as
  // TemplateURL, which vend does not do. The CreateStackSet TemplateBody member documentation (CloudFormation
  // model, shape TemplateBody) gives the same "maximum length of 51,200 bytes".
  templateBodySize: {
    default: 51_200,
    maximum: 1_048_576,
    description: 'bytes of one baseline template, sent as TemplateBody',
    source: CLOUDFORMATION_QUOTAS,
  },
  // Template description: 1,024 bytes.
  templateDescriptionSize: {
    default: 1024,
    maximum: 1_048_576,
    description: "bytes of a template's Description",
    source: CLOUDFORMATION_QUOTAS,
  },
  // Parameters declared in a template: 200.
  parametersPerTemplate: {
    default: 200,
    maximum: 10_000,
    description: 'parameters one template declares',
    source: CLOUDFORMATION_QUOTAS,
  },
  // Parameter name: 255 characters.
  parameterNameLength: {
    default: 255,
    maximum: 10_000,
    description: 'characters in a template parameter name',
    source: CLOUDFORMATION_QUOTAS,
  },
  // Parameter value: 4,096 bytes. The model's ParameterValue shape has no length of its own.
  parameterValueSize: {
    default: 4096,
    maximum: 1_048_576,
    description: 'bytes in one StackSet parameter value',
    source: CLOUDFORMATION_QUOTAS,
  },
} as const satisfies Record<string, QuotaDefinition>;

export type QuotaName = keyof typeof QUOTAS;

/** The quotas in force: each a positive integer, in the unit its QUOTAS entry names. */
export type Quotas = Record<QuotaName, number>;

/**
 * Today's defaults with the organization's `quotas:` overrides applied. The schema has already checked each
 * override is an integer between 1 and its maximum.
 */
export function effectiveQuotas(organization: Pick<OrganizationDocument, 'quotas'> | undefined): Quotas {
  const quotas = {} as Quotas;
  for (const name of Object.keys(QUOTAS) as QuotaName[])
    quotas[name] = organization?.quotas?.[name] ?? QUOTAS[name].default;
  return quotas;
}
