import type { OrganizationDocument } from './documents.js';

/**
 * The AWS limits vend checks before anything changes. Each is a limit only AWS changes: the Organizations quotas
 * page says "All policy limits are hard limits", OU depth is fixed by CreateOrganizationalUnit, TemplateBody's
 * 51,200 bytes is an API constraint, and for the template limits the CloudFormation quotas page offers ways around
 * them (nested stacks, fewer parameters), not an increase. No Service Quotas request raises any of them, so an
 * override above AWS's value lets nothing more through: it only moves the refusal from validate into apply, after
 * accounts exist.
 *
 * They are data, not constants, for the day AWS itself raises one before vend is updated, as happened to the SCP
 * quotas on 2026-05-15 (AWS What's New, "AWS Organizations increased SCP quotas"; Landing Zone Accelerator fixed
 * the same hard-coded 5 in issue #1119). `quotas:` in baselines/organization.yaml overrides any of them, up to
 * `maximum`, a sanity bound that catches a typo rather than a real AWS value.
 */
export interface QuotaDefinition {
  /** Today's AWS value. */
  default: number;
  /** The largest override vend accepts. */
  maximum: number;
  /** What is counted, in the README's words. */
  description: string;
  /** The AWS page the default comes from. */
  source: string;
  /** Why no request raises it, as the README's Quotas table says: only AWS changes it. */
  fixedBy: string;
}

const ORGANIZATIONS_QUOTAS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html';
const CLOUDFORMATION_QUOTAS =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html';
const POLICY_HARD_LIMIT = 'hard limit: "All policy limits are hard limits"';
const CLOSE_ACCOUNT = 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_CloseAccount.html';
const CLOSE_ACCOUNT_LIMIT =
  'fixed by CloseAccount: "you can close the higher of either 250 or 20% of the member accounts in your organization, up to a maximum of 1,000"';
const IAM_QUOTAS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html';
const IAM_FIXED = 'hard limit: the IAM quotas page lists it as not adjustable';
/** The README explains it once: a limit the CloudFormation quotas page gives no way to raise, only ways around. */
const TEMPLATE_LIMIT = 'template limit';

export const QUOTAS = {
  // "Number of policies that you can attach to an entity", row Service control policy: 10 per root, OU and account
  // (5 before 2026-05-15). Only direct attachments count, FullAWSAccess included; all policy limits are hard limits.
  scpsPerTarget: {
    default: 10,
    maximum: 100,
    description: 'SCPs attached directly to one root, OU or account, counting FullAWSAccess',
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: POLICY_HARD_LIMIT,
  },
  // "Maximum size of a policy document": 10,240 characters for SCPs since 2026-05-15, doubled with the attachment
  // count (AWS What's New, "AWS Organizations increased SCP quotas"); copies of the quotas page from before say
  // "5120 characters", older ones "5120 bytes (not characters)". So vend counts UTF-8 bytes of the minified JSON it
  // sends: for ASCII the two agree, and for other text bytes can only over-count, never let a large policy through.
  scpSize: {
    default: 10_240,
    maximum: 1_000_000,
    description: 'size of one SCP as sent (minified JSON), counted in UTF-8 bytes',
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: POLICY_HARD_LIMIT,
  },
  // "OU maximum nesting in a root: Five levels of OUs deep under a root."
  organizationalUnitDepth: {
    default: 5,
    maximum: 20,
    description: 'levels of OUs under the root',
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: 'fixed by CreateOrganizationalUnit: "For service control policies, the limit is five"',
  },
  // "Number of OUs in an organization: 2,000" (the quotas page; 1,000 in older copies), with no Service Quotas
  // increase offered. CreateOrganizationalUnit past it fails with ConstraintViolationException, after earlier
  // stages ran.
  organizationalUnits: {
    default: 2000,
    maximum: 100_000,
    description: 'OUs in the organization',
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: 'fixed: the quotas page offers no increase for it',
  },
  // "Number of tags that you can attach to a root, OU, or account: 50".
  tagsPerAccount: {
    default: 50,
    maximum: 1000,
    // Organizations' tag limit is per resource: vend checks OUs and SCPs it adopts against it too.
    description: "tags on one account, OU or SCP, counting vend's Owner and ManagedBy",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: 'fixed: the quotas page marks the account count adjustable, not this',
  },
  // CloseAccount (Organizations API Reference, as the JavaScript SDK v3.1169 carries it): "Within a rolling
  // 30 day period you can close the higher of either 250 or 20% of the member accounts in your organization, up to a
  // maximum of 1,000." (It was 10% and at least 10 until AWS raised it.) Three numbers, each AWS's to change; plan
  // refuses closing more at once.
  accountClosurePercent: {
    default: 20,
    maximum: 100,
    description: 'percent of member accounts CloseAccount closes in a rolling 30 days',
    source: CLOSE_ACCOUNT,
    fixedBy: CLOSE_ACCOUNT_LIMIT,
  },
  accountClosureMinimum: {
    default: 250,
    maximum: 100_000,
    description: 'accounts CloseAccount closes in a rolling 30 days, however small the organization',
    source: CLOSE_ACCOUNT,
    fixedBy: CLOSE_ACCOUNT_LIMIT,
  },
  accountClosureMaximum: {
    default: 1000,
    maximum: 100_000,
    description: 'accounts CloseAccount closes in a rolling 30 days, however large the organization',
    source: CLOSE_ACCOUNT,
    fixedBy: CLOSE_ACCOUNT_LIMIT,
  },
  // Template body size in a request: 51,200 bytes. Larger templates must be uploaded to S3 and passed as
  // TemplateURL, which vend does not do. The CreateStackSet TemplateBody member documentation (CloudFormation
  // model, shape TemplateBody) gives the same "maximum length of 51,200 bytes".
  templateBodySize: {
    default: 51_200,
    maximum: 1_048_576,
    description: 'bytes of one baseline template, sent as TemplateBody',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: 'API constraint: the TemplateBody member of CreateStackSet and UpdateStackSet',
  },
  // Template description: 1,024 bytes.
  templateDescriptionSize: {
    default: 1024,
    maximum: 1_048_576,
    description: "bytes of a template's Description",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Parameters declared in a template: 200.
  parametersPerTemplate: {
    default: 200,
    maximum: 10_000,
    description: 'parameters one template declares',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Parameter name: 255 characters.
  parameterNameLength: {
    default: 255,
    maximum: 10_000,
    description: 'characters in a template parameter name',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Parameter value: 4,096 bytes. The model's ParameterValue shape has no length of its own.
  parameterValueSize: {
    default: 4096,
    maximum: 1_048_576,
    description: 'bytes in one StackSet parameter value',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Resources declared in a template: 500 (200 in older copies of the page).
  resourcesPerTemplate: {
    default: 500,
    maximum: 100_000,
    description: 'resources one template declares',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Outputs declared in a template: 200 (60 in older copies of the page).
  outputsPerTemplate: {
    default: 200,
    maximum: 100_000,
    description: 'outputs one template declares',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Mappings declared in a template: 200 (100 in older copies of the page).
  mappingsPerTemplate: {
    default: 200,
    maximum: 100_000,
    description: 'mappings one template declares',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Mapping attributes: 200 for each mapping (the name-value pairs under one of its keys).
  mappingAttributes: {
    default: 200,
    maximum: 100_000,
    description: 'attributes under one key of one mapping',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // Dynamic references: 60 in a stack template ({{resolve:ssm:…}}, {{resolve:secretsmanager:…}}).
  dynamicReferencesPerTemplate: {
    default: 60,
    maximum: 100_000,
    description: 'dynamic references ({{resolve:…}}) in one template',
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT,
  },
  // "Managed policy length: 6,144 characters"; IAM does not count white space. Not adjustable.
  managedPolicySize: {
    default: 6_144,
    maximum: 1_000_000,
    description: 'characters of one IAM managed policy in a template, white space left out',
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED,
  },
  // "Role policy length: 10,240 characters", all of a role's inline policies together. Not adjustable.
  roleInlinePoliciesSize: {
    default: 10_240,
    maximum: 1_000_000,
    description: "characters of a role's inline policies together, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED,
  },
  // "Group policy length: 5,120 characters" and "User policy length: 2,048 characters", each entity's inline
  // policies together (its Policies, and AWS::IAM::Policy, GroupPolicy or UserPolicy resources naming it). Not
  // adjustable.
  groupInlinePoliciesSize: {
    default: 5_120,
    maximum: 1_000_000,
    description: "characters of a group's inline policies together, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED,
  },
  userInlinePoliciesSize: {
    default: 2_048,
    maximum: 1_000_000,
    description: "characters of a user's inline policies together, white space left out",
    source: IAM_QUOTAS,
    fixedBy: IAM_FIXED,
  },
} as const satisfies Record<string, QuotaDefinition>;

export type QuotaName = keyof typeof QUOTAS;

/** The quotas in force: each a positive integer, in the unit its QUOTAS entry names. */
export type Quotas = Record<QuotaName, number>;

/**
 * Today's AWS values with the organization's `quotas:` overrides applied. The schema has already checked each
 * override is an integer between 1 and its maximum.
 */
export function effectiveQuotas(organization: Pick<OrganizationDocument, 'quotas'> | undefined): Quotas {
  const quotas = {} as Quotas;
  for (const name of Object.keys(QUOTAS) as QuotaName[])
    quotas[name] = organization?.quotas?.[name] ?? QUOTAS[name].default;
  return quotas;
}

/**
 * How many member accounts CloseAccount closes in a rolling 30 days for an organization of `members` member
 * accounts: the percentage, rounded down, within the minimum and maximum (API Reference, CloseAccount).
 */
export function accountClosureLimit(
  quotas: Pick<Quotas, 'accountClosurePercent' | 'accountClosureMinimum' | 'accountClosureMaximum'>,
  members: number,
): number {
  const share = Math.floor((members * quotas.accountClosurePercent) / 100);
  return Math.min(quotas.accountClosureMaximum, Math.max(quotas.accountClosureMinimum, share));
}

/** A count as the README and AWS's quota pages write it: 51,200. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/**
 * Who sets a limit a message cites: `AWS allows 10 (quota scpsPerTarget)`, or, where `quotas:` overrides it,
 * `the override quotas.scpsPerTarget in baselines/organization.yaml allows 3 (AWS: 10)`, so a lowered override is
 * never passed off as AWS's limit. `authority` is who enforces it (`AWS`, `CloudFormation`), `per` a unit phrase
 * after the number (` per account`).
 */
export function limitPhrase(authority: string, name: QuotaName, value: number, per = ''): string {
  const aws = QUOTAS[name].default;
  return value === aws
    ? `${authority} allows ${formatCount(value)}${per} (quota ${name})`
    : `the override quotas.${name} in baselines/organization.yaml allows ${formatCount(value)}${per} (${authority}: ${formatCount(aws)})`;
}
