import type { Quotas } from './quotas.js';

/**
 * The organization as the repository declares it, after validation. Plain data: the plan stage diffs it
 * against what AWS reports, so every collection is sorted and every default is resolved here.
 */
export interface DesiredState {
  organization: OrganizationSettings;
  /** Every declared OU, parents before children. */
  organizationalUnits: DesiredOrganizationalUnit[];
  scps: DesiredScp[];
  /** Baselines in deployment order: a baseline comes after everything it dependsOn. */
  baselines: DesiredBaseline[];
  accounts: DesiredAccount[];
}

export interface OrganizationSettings {
  managementAccountId: string;
  delegatedAdministratorAccountId?: string;
  homeRegion: string;
  allowedRegions: string[];
  defaultRegions: string[];
  emailDomains: string[];
  requiredTags: string[];
  stackSets: StackSetSettings;
  root: ScpAttachments;
  /** The AWS quotas in force: today's defaults with the repository's `quotas:` overrides applied. */
  quotas: Quotas;
}

/**
 * The role SELF_MANAGED StackSets run as in each target account when organization.yaml names none (CloudFormation API
 * Reference, CreateStackSet: ExecutionRoleName defaults to AWSCloudFormationStackSetExecutionRole).
 */
export const DEFAULT_STACK_SET_EXECUTION_ROLE = 'AWSCloudFormationStackSetExecutionRole';

/** The role AWS Organizations creates in an account it creates when CreateAccount names none (CreateAccount, RoleName). */
export const DEFAULT_ACCOUNT_ACCESS_ROLE = 'OrganizationAccountAccessRole';

/**
 * The role every account vend creates must hold, named to CreateAccount so that Organizations creates it: the execution
 * role of SELF_MANAGED StackSets, or Organizations' default where StackSets are SERVICE_MANAGED (they deploy through
 * service-linked roles). Apply's role check assumes the same role. A name, not an ARN.
 */
export function accountAccessRoleName(
  settings: Pick<StackSetSettings, 'permissionModel' | 'executionRoleName'>,
): string {
  if (settings.permissionModel === 'SERVICE_MANAGED') return DEFAULT_ACCOUNT_ACCESS_ROLE;
  return settings.executionRoleName ?? DEFAULT_STACK_SET_EXECUTION_ROLE;
}

export interface StackSetSettings {
  permissionModel: 'SELF_MANAGED' | 'SERVICE_MANAGED';
  executionRoleName?: string;
  administrationRoleArn?: string;
  callAs?: 'SELF' | 'DELEGATED_ADMIN';
  namePrefix: string;
  operationPreferences: {
    maxConcurrentPercentage?: number;
    maxConcurrentCount?: number;
    failureTolerancePercentage?: number;
    failureToleranceCount?: number;
    regionConcurrencyType?: 'SEQUENTIAL' | 'PARALLEL';
    concurrencyMode?: 'STRICT_FAILURE_TOLERANCE' | 'SOFT_FAILURE_TOLERANCE';
  };
}

export interface ScpAttachments {
  /** Catalogue SCP names attached directly to this target. */
  scps: string[];
  /** Whether the AWS-managed FullAWSAccess policy stays attached. */
  fullAWSAccess: boolean;
}

/** An OU path such as `Workloads/Prod`: names from the root down, joined with `/`. */
export type OrganizationalUnitPath = string;

export interface DesiredOrganizationalUnit extends ScpAttachments {
  path: OrganizationalUnitPath;
  name: string;
  parentPath: OrganizationalUnitPath | null;
  /** Baselines declared on this OU itself (children inherit them). */
  baselines: string[];
}

export interface DesiredScp {
  name: string;
  description: string;
  file: string;
  /** Minified JSON, exactly what is sent to AWS and compared with it. */
  content: string;
}

export interface DesiredBaseline {
  name: string;
  description: string;
  templateFile: string;
  templateBody: string;
  /** Fixed regions (named IAM resources are global); undefined = follow each account's regions. */
  regions?: string[];
  parameters: Record<string, string>;
  dependsOn: string[];
}

export interface DesiredAccount extends ScpAttachments {
  /** The manifest's name: vend's handle for the account. */
  name: string;
  /** The account's name in AWS: the manifest's `accountName`, or `name`. */
  accountName: string;
  email: string;
  ou: OrganizationalUnitPath;
  owner: string;
  /** Tags vend maintains on the account: the manifest's tags plus Owner (unless unassigned) and ManagedBy. */
  tags: Record<string, string>;
  regions: string[];
  /** Effective baselines (inherited + extra − excluded), in deployment order. */
  baselines: string[];
  /** Per-baseline parameter overrides for this account's stack instances. */
  parameters: Record<string, Record<string, string>>;
  closed: boolean;
  file: string;
  /**
   * What the manifest waives for itself, approved by nothing but its own text: rule exceptions (with the approver it
   * names) and the baselines its OU gives that it leaves out (excludeBaselines). Absent when it waives nothing.
   */
  waivers?: { exceptions: { rule: string; approvedBy: string }[]; excludedBaselines: string[] };
}

export const MANAGED_BY_TAG = { key: 'ManagedBy', value: 'vend' } as const;

/**
 * The `owner` vend import writes for an account that has no Owner tag. Validate warns about it (rule
 * owner-unassigned), and while an account's owner is this placeholder vend neither sets nor removes its Owner tag:
 * a placeholder is no team to tag it with.
 */
export const OWNER_UNASSIGNED = 'vend:unassigned';

/**
 * The account tag that records which baselines carry per-account parameter overrides in AWS, as baseline names
 * separated by spaces (the Organizations tag pattern allows no commas). Vend keeps it; manifests may not set it.
 */
export const PARAMETER_OVERRIDES_TAG = 'vend:parameter-overrides';
/** Tag keys with this prefix are vend's own. */
export const VEND_TAG_PREFIX = 'vend:';

/** The baselines an account's tags record as carrying parameter overrides. */
export function recordedParameterOverrides(tags: Record<string, string> | undefined): string[] {
  return (tags?.[PARAMETER_OVERRIDES_TAG] ?? '').split(' ').filter(Boolean);
}

/**
 * The baselines an account's manifest overrides parameters for, sorted: what its record should say. An empty
 * `parameters.<baseline>: {}` overrides nothing, and is not recorded as if it did.
 */
export function declaredParameterOverrides(account: Pick<DesiredAccount, 'baselines' | 'parameters'>): string[] {
  return account.baselines.filter((baseline) => Object.keys(account.parameters[baseline] ?? {}).length > 0).sort();
}

/**
 * Whether the plan rewrites the account's record: the manifest's baselines with overrides differ from those the tag
 * records. The record is a set: vend writes it sorted, but one written in another order, or with a name twice, says
 * the same (vend import adopts such a tag as it is). Observe reads every instance's overrides in such an account
 * first, so both must agree on it.
 */
export function recordChanges(
  account: Pick<DesiredAccount, 'baselines' | 'parameters'>,
  tags: Record<string, string> | undefined,
): boolean {
  const recorded = [...new Set(recordedParameterOverrides(tags))].sort();
  return recorded.join(' ') !== declaredParameterOverrides(account).join(' ');
}
export const FULL_AWS_ACCESS_POLICY_NAME = 'FullAWSAccess';
