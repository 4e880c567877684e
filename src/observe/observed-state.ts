/**
 * The organization as AWS reports it, read fresh on every run. Plain data: nothing here holds a client, so the
 * plan stage can be a pure function of (DesiredState, ObservedState).
 */
export interface ObservedState {
  callerAccountId: string;
  organization: { id: string; managementAccountId: string; featureSet: string };
  root: { id: string; scpPolicyTypeEnabled: boolean };
  /** Every OU in the organization, parents before children. */
  organizationalUnits: ObservedOrganizationalUnit[];
  accounts: ObservedAccount[];
  /** Catalogue-named SCPs and FullAWSAccess, with content, tags and targets. */
  policies: ObservedPolicy[];
  /**
   * Target id (root, OU, account) → names of the SCPs attached there that are none of `policies`: someone else's.
   * They count against the SCPs-per-target quota. Empty where not read (ObserveOptions.readForeignScpTargets).
   */
  foreignScpsByTarget: Record<string, { id: string; name: string }[]>;
  /** CreateAccount requests still IN_PROGRESS, so nobody requests the same account twice. */
  accountCreationsInProgress: ObservedAccountCreation[];
  /** StackSets whose names carry vend's prefix. */
  stackSets: ObservedStackSet[];
  /**
   * The service principals with trusted access in Organizations (ListAWSServiceAccessForOrganization), such as
   * `account.amazonaws.com`, which renaming member accounts needs. Absent where not read.
   */
  trustedServicePrincipals?: string[];
}

export interface ObservedOrganizationalUnit {
  id: string;
  name: string;
  /**
   * Names from the root down, joined with `/`, for display. A name that itself holds a `/` is quoted. Declared OUs
   * are found by id (parentId and name), never by this text.
   */
  path: string;
  parentId: string;
  /**
   * Read only for the OUs the repository declares, and for the OUs beside a declared OU that does not exist (under
   * its parent): whether an OU found at a declared path is vend's (`ManagedBy: vend`) or one someone else made, which
   * the plan adopts as such, and whether one beside a missing OU is vend's, renamed.
   */
  tags?: Record<string, string>;
}

export interface ObservedAccount {
  id: string;
  name: string;
  email: string;
  status: string;
  parentId: string;
  /** `''` for an account directly under the root; display only, as ObservedOrganizationalUnit.path. */
  parentPath: string;
  /**
   * Only read for accounts a manifest declares (by email), and for undeclared accounts named like a declared account
   * that is missing; undefined otherwise.
   */
  tags?: Record<string, string>;
}

/**
 * The ids of accounts that are suspended or closing: StackSet operations skip their instances
 * (SKIPPED_SUSPENDED_ACCOUNT), so an update reaches none of them.
 */
export function inactiveAccountIds(accounts: readonly Pick<ObservedAccount, 'id' | 'status'>[]): Set<string> {
  return new Set(accounts.filter((account) => account.status !== 'ACTIVE').map((account) => account.id));
}

export interface ObservedPolicy {
  id: string;
  name: string;
  awsManaged: boolean;
  description: string;
  /** Minified JSON content. */
  content: string;
  tags: Record<string, string>;
  /** Ids of the root, OUs and accounts the policy is attached to, sorted. */
  targetIds: string[];
}

export interface ObservedAccountCreation {
  requestId: string;
  accountName: string;
}

export interface ObservedStackSet {
  name: string;
  /**
   * Tagged `ManagedBy: vend`, as every StackSet vend creates is. The prefix alone proves nothing: anyone may name a
   * StackSet `vend-…`, and vend never changes or deletes one it does not own. An unowned one is listed without its
   * instances.
   */
  managedByVend: boolean;
  status: string;
  permissionModel: string;
  /** SELF_MANAGED: the roles CloudFormation uses (DescribeStackSet AdministrationRoleARN, ExecutionRoleName). */
  administrationRoleArn?: string;
  executionRoleName?: string;
  /**
   * SERVICE_MANAGED: whether StackSets deploys by itself to accounts that join its target OUs (DescribeStackSet
   * AutoDeployment.Enabled). Vend creates its StackSets with it off, deploying per manifest.
   */
  autoDeployment?: boolean;
  templateBody: string;
  parameters: Record<string, string>;
  instances: ObservedStackInstance[];
  /** Its tags other than ManagedBy, counted: adopting it keeps them and adds ManagedBy: vend. Absent means none. */
  otherTags?: number;
  /** Its ManagedBy tag's value when another tool's (not vend's): adopting it takes it over from that tool. */
  managedBy?: string;
}

export interface ObservedStackInstance {
  accountId: string;
  region: string;
  status: string;
  statusReason?: string;
  parameterOverrides: Record<string, string>;
}
