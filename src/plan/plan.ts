/** What a change does, in the words of the summary line. */
export type ChangeAction = 'create' | 'change' | 'destroy';

export const CHANGE_KINDS = {
  enableScpType: 'enable-scp-type',
  createOrganizationalUnit: 'create-ou',
  createScp: 'create-scp',
  updateScp: 'update-scp',
  deleteScp: 'delete-scp',
  createAccount: 'create-account',
  adoptAccount: 'adopt-account',
  moveAccount: 'move-account',
  tagAccount: 'tag-account',
  untagAccount: 'untag-account',
  attachScp: 'attach-scp',
  detachScp: 'detach-scp',
  createStackSet: 'create-stackset',
  updateStackSet: 'update-stackset',
  addStackInstances: 'add-stack-instances',
  updateStackInstances: 'update-stack-instances',
  removeStackInstances: 'remove-stack-instances',
  deleteStackSet: 'delete-stackset',
  closeAccount: 'close-account',
} as const;
export type ChangeKind = (typeof CHANGE_KINDS)[keyof typeof CHANGE_KINDS];

/**
 * A reference that does not depend on AWS ids, so a plan can name things that do not exist yet:
 * `root`, `ou:Workloads/Prod`, `account:payments-prod`, `scp:deny-root-user`, `stackset:vend-human-roles`.
 */
export type TargetReference = string;

export interface StackInstanceTarget {
  /** The account's manifest name; the id is resolved at apply time for accounts that do not exist yet. */
  account: string;
  region: string;
}

export interface Change {
  /** Stable and unique within a plan; reviewers' approvals of destructive changes refer to it. */
  id: string;
  kind: ChangeKind;
  action: ChangeAction;
  target: TargetReference;
  destructive: boolean;
  /** What AWS has now (null when the thing does not exist yet). */
  before: unknown;
  /** What it will be (null when it goes away). */
  after: unknown;
  /** Ids of changes that must complete first. */
  dependsOn: string[];
  /** One line for humans. */
  description: string;
}

export interface PlannedAccount {
  name: string;
  email: string;
  ou: string;
  /** Why the account appears in the plan. */
  status: 'new' | 'adopted' | 'moved' | 'updated' | 'closing';
  /** SCPs in force: root, each OU on the path, then the account, FullAWSAccess where attached. */
  scpsInForce: string[];
  /** Baseline name → regions. */
  baselines: { name: string; regions: string[] }[];
  changeIds: string[];
}

export interface UnmanagedAccount {
  id: string;
  name: string;
  email: string;
  parentPath: string;
}

export interface PlanProblem {
  target: TargetReference;
  message: string;
}

export interface PlanSummary {
  create: number;
  change: number;
  destroy: number;
}

export interface Plan {
  formatVersion: 1;
  managementAccountId: string;
  homeRegion: string;
  summary: PlanSummary;
  /** In a valid execution order: every change comes after the changes it depends on. */
  changes: Change[];
  /** Accounts the plan touches, for the per-account table. */
  accounts: PlannedAccount[];
  /** Declared OUs; `isNew` marks those the plan creates. */
  organizationalUnits: { path: string; isNew: boolean }[];
  unmanagedAccounts: UnmanagedAccount[];
  /** Conflicts that block apply, such as a catalogue SCP name taken by a policy vend does not own. */
  problems: PlanProblem[];
  /** sha256 of the canonical JSON of every other field. */
  digest: string;
}
