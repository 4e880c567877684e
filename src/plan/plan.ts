/** What a change does, in the words of the summary line. */
export type ChangeAction = 'create' | 'change' | 'destroy';

export const CHANGE_KINDS = {
  enableScpType: 'enable-scp-type',
  createOrganizationalUnit: 'create-ou',
  adoptOrganizationalUnit: 'adopt-ou',
  createScp: 'create-scp',
  adoptScp: 'adopt-scp',
  updateScp: 'update-scp',
  deleteScp: 'delete-scp',
  createAccount: 'create-account',
  adoptAccount: 'adopt-account',
  moveAccount: 'move-account',
  tagAccount: 'tag-account',
  untagAccount: 'untag-account',
  renameAccount: 'rename-account',
  attachScp: 'attach-scp',
  detachScp: 'detach-scp',
  createStackSet: 'create-stackset',
  adoptStackSet: 'adopt-stackset',
  updateStackSet: 'update-stackset',
  addStackInstances: 'add-stack-instances',
  updateStackInstances: 'update-stack-instances',
  recordParameterOverrides: 'record-parameter-overrides',
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

/**
 * What a change does, in repository terms only: names, OU paths, regions, emails and content digests, plus the
 * ids of things that already existed when it was planned. It never holds an id that an earlier stage of the same
 * apply creates, so it reads the same at plan time and when apply reaches the change. A saved plan approves
 * exactly these scopes (see saved-plan.ts).
 */
export interface ChangeScope {
  [field: string]: string | string[] | undefined;
  /**
   * For a change that acts on a set, such as stack instances (`account/region`) or tags: its members. A later
   * plan's change with the same id and fixed fields that acts on a subset stays within the approval.
   */
  members?: string[];
}

export interface Change {
  /** Stable and unique within a plan; a saved plan's approval of a change refers to it. */
  id: string;
  kind: ChangeKind;
  action: ChangeAction;
  target: TargetReference;
  /**
   * Deletes or detaches something: an SCP attachment, stack instances, a StackSet, an SCP, an account, or
   * resources that a baseline's new template no longer declares. Apply needs allow-destructive for it.
   */
  destructive: boolean;
  /**
   * Reaches far without deleting anything: a change at the root, new content for an SCP attached to more than one
   * target, or a new template for a baseline that holds roles or the permissions boundary. Set apart in the plan
   * so a workflow can route it to a security reviewer.
   */
  highImpact: boolean;
  /**
   * Why the change is high impact, in a reviewer's words (`at the root: it reaches every account`), where the rule
   * that set it says; absent otherwise. Informational: the approval compares `highImpact`.
   */
  highImpactReason?: string;
  scope: ChangeScope;
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
  /**
   * Why the account appears in the plan; `management` for the management account when nothing else changes;
   * `reached` for an account the plan does not change itself whose SCPs in force change through its OU or the root.
   */
  status: 'new' | 'adopted' | 'moved' | 'updated' | 'closing' | 'management' | 'reached';
  /** The organization's management account: never moved or closed, and no SCP applies to it. */
  management: boolean;
  /** What a reviewer should know that no change says: what vend leaves alone for this account, and why. */
  notes: string[];
  /** SCPs in force: root, each OU on the path, then the account, FullAWSAccess where attached. */
  scpsInForce: string[];
  /**
   * Other teams' SCPs (neither in the catalogue nor FullAWSAccess) in force for the account once the plan is
   * applied, as observed on its path: vend leaves them attached, and they act on the account as much as its own.
   * Absent when there are none.
   */
  foreignScpsInForce?: string[];
  /** Baseline name → regions. */
  baselines: { name: string; regions: string[] }[];
  changeIds: string[];
  /**
   * What an existing account gains and loses, where anything: SCPs in force, and stack instances of vend's
   * StackSets as `baseline/region`. The end state alone hides a guardrail an OU-level detach or a narrower `regions`
   * takes away. Absent for new accounts and the management account.
   */
  gainsAndLosses?: { gains: AccountInForce; loses: AccountInForce };
}

export interface AccountInForce {
  scps: string[];
  /** `baseline/region`. */
  instances: string[];
}

export interface UnmanagedAccount {
  id: string;
  name: string;
  email: string;
  parentPath: string;
  /** Organizations' status where it is not ACTIVE: SUSPENDED (closed) or PENDING_CLOSURE. */
  status?: string;
  /**
   * Active and tagged `ManagedBy: vend`: vend's account, whose manifest was deleted or whose email and name were
   * both changed in git. Vend still leaves it alone, but a reviewer must see it, not find it among the others.
   * Absent where its tags were not read: a plan reads them only when it creates an account, drift always.
   */
  ownedByVend?: boolean;
}

/** A stack instance of a vend StackSet in an account no manifest declares (Plan.undeclaredInstances). */
export interface UndeclaredInstance {
  stackSet: string;
  accountId: string;
  /** The account's name in AWS; its id when it is not in the organization, where no name can be read. */
  account: string;
  region: string;
  /** The organization's management account: roles there act over the whole organization, and no SCP limits them. */
  management?: true;
  /** An account not in the organization (it left, or was removed) whose instance the StackSet still holds. */
  outsideOrganization?: true;
  /**
   * The instance's status when it is not CURRENT (OUTDATED: an operation did not finish there, a failed update
   * say; INOPERABLE): apply redeploys no instance here, so a failure in it is never retried. Absent when CURRENT.
   */
  status?: string;
}

/**
 * Why apply cannot carry out the plan: something in the repository that AWS or vend's ownership rules refuse given
 * the organization as it is (a changed root email, an SCP name another team's policy holds). `rule` is stable, as
 * validate's rule ids are. `file`, `line` and `column` (1-based) point at the declaration to fix, where the
 * repository was read with positions; `file` alone where it was not.
 */
export interface PlanProblem {
  target: TargetReference;
  rule: PlanProblemRule;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Every plan problem's rule id. Stable: CI filters and documentation name them, so an id is never renamed. */
export const PLAN_PROBLEMS = {
  organizationalUnitAmbiguous: 'ou-ambiguous',
  organizationalUnitRenamed: 'ou-renamed',
  accountEmailAmbiguous: 'account-email-ambiguous',
  accountEmailTaken: 'account-email-taken',
  accountEmailChanged: 'account-email-changed',
  accountSuspended: 'account-suspended',
  accountCloseRefused: 'account-close-refused',
  accountClosureQuota: 'account-closure-quota',
  managementAccountOnly: 'management-account-only',
  accountRenameRefused: 'account-rename-refused',
  accountOwnerUnassigned: 'owner-unassigned',
  tagLimit: 'tag-limit',
  parameterOverridesRecord: 'parameter-overrides-record',
  scpNotOwned: 'scp-not-owned',
  scpTargetLeftEmpty: 'scp-target-left-empty',
  scpAttachmentQuota: 'scp-attachment-quota',
  organizationalUnitQuota: 'ou-quota',
  scpRetiredInUse: 'scp-retired-in-use',
  trustedAccess: 'stack-sets-trusted-access',
  stackSetNotOwned: 'stack-set-not-owned',
  stackSetPermissionModel: 'stack-set-permission-model',
  stackSetRetiredInUse: 'stack-set-retired-in-use',
  stackSetMaskedSecret: 'stack-set-masked-secret',
  stackInstanceInoperable: 'stack-instance-inoperable',
  regionNotEnabled: 'region-not-enabled',
  namedIamRegionMove: 'named-iam-region-move',
} as const;

export type PlanProblemRule = (typeof PLAN_PROBLEMS)[keyof typeof PLAN_PROBLEMS];

/**
 * How far a change reaches beyond its own target, so a reviewer can weigh it before approving. Computed by
 * blast-radius.ts from the organization as observed and as it will be once the plan is applied. Accounts are
 * manifest names, or `name (id)` for accounts no manifest declares; the management account is never among them,
 * since SCPs do not apply to it. Lists are sorted.
 */
export type BlastRadius = ScpBlastRadius | StackSetBlastRadius | MoveBlastRadius;

/** Attaching, detaching or rewriting an SCP. */
export interface ScpBlastRadius {
  changeId: string;
  kind: 'scp';
  /** The change's own target, or for new content every target the SCP has before or after the plan. */
  targets: TargetReference[];
  /** Every account beneath those targets. */
  accounts: string[];
  /**
   * The accounts whose SCPs in force change: those that gain the SCP (attach) or lose it (detach), or all of
   * `accounts` (new content).
   */
  affected: string[];
  /**
   * Attachments and detachments: the accounts beneath the target that have the SCP in force through another
   * attachment before and after, so nothing changes for them. Empty for new content.
   */
  elsewhere: string[];
  /**
   * Attachments: accounts beneath the target that have the SCP in force today, and once the plan is applied only
   * through this attachment (the plan moves them here, or detaches the one that gives it today): they neither gain
   * it nor have it through another. Absent when there are none.
   */
  keptThroughThis?: string[];
  /**
   * Accounts beneath that the change leaves with a level (root, OU or account) where no attached SCP allows anything:
   * every action is denied there (organization-snapshot.ts, grantsAccess). Absent when there are none.
   */
  deniedEverything?: string[];
  /** Of `affected`, the accounts no manifest declares (`name (id)`); absent when there are none. */
  undeclared?: string[];
  /**
   * Attaching an SCP that allows actions where FullAWSAccess is not attached: the target had an allow list, and this
   * widens it, loosening that guardrail. Absent otherwise.
   */
  widensAllowList?: true;
  /**
   * Attaching or detaching an SCP that allows actions (FullAWSAccess among them): an Allow acts only at the level it
   * is attached, so every account beneath gains or loses it there, whatever other levels hold. Absent otherwise.
   */
  allowsPerLevel?: true;
}

/** New template or parameters for a StackSet: every instance it has is redeployed. */
export interface StackSetBlastRadius {
  changeId: string;
  kind: 'stackset';
  /** `account/region` of each instance. */
  instances: string[];
  accounts: string[];
  /**
   * Accounts among `accounts` that no manifest declares: another team's stacks, which the update changes all the same
   * (an instance added there by hand). Absent when there are none.
   */
  undeclared?: string[];
  /**
   * Of `undeclared`, the management account, when no manifest declares it: roles there act over the whole
   * organization, and no SCP limits them. Absent otherwise.
   */
  management?: string;
  /**
   * Of `undeclared`, the ids of accounts not in the organization (left, or removed) that still hold an instance.
   * Absent when there are none.
   */
  outsideOrganization?: string[];
  /**
   * Instances in suspended or closing accounts, which the update does not reach: StackSet operations skip them
   * (SKIPPED_SUSPENDED_ACCOUNT). Not in `instances`; absent when there are none.
   */
  skipped?: number;
  /**
   * For each StackSet parameter the change gives a new value, the accounts among `accounts` whose instances override
   * it and so keep their own value (their manifest's override; an undeclared account's as AWS holds it). Absent when
   * no account overrides a changed parameter.
   */
  overriddenBy?: Record<string, string[]>;
  /**
   * For each StackSet parameter the change gives a new value, the accounts among `accounts` whose override of it
   * this plan sets only after the update: the update deploys the new value there first. Absent when none.
   */
  overriddenLater?: Record<string, string[]>;
  /**
   * `account/region` of each instance this plan adds to the StackSet after the update: it gets the new template and
   * parameters too, so it is part of what the update reaches. Absent when the plan adds none.
   */
  added?: string[];
  /**
   * For each StackSet parameter the change gives a new value, the accounts among `added` whose new instances
   * override it: they deploy with their own value, never the new one. Absent when none.
   */
  addedOverriding?: Record<string, string[]>;
}

/** Moving an account changes the SCPs it inherits and the baselines it should have. */
export interface MoveBlastRadius {
  changeId: string;
  kind: 'move';
  gains: { scps: string[]; baselines: string[] };
  loses: { scps: string[]; baselines: string[] };
  /**
   * SCPs attached on its new path today that the plan detaches: moves run before detachments (destructive, last),
   * so the account is under them until those run, and stays so if they are refused. Absent when none.
   */
  untilDetached?: string[];
  /** The levels of its new path where no attached SCP allows anything, so every action is denied; absent when none. */
  deniedEverythingAt?: TargetReference[];
  /**
   * The levels of its old path where no attached SCP allows anything, which it leaves for a path where something is
   * allowed: every action denied there today may be allowed again. Absent when none.
   */
  leavesDeniedEverythingAt?: TargetReference[];
}

export interface PlanSummary {
  create: number;
  change: number;
  destroy: number;
}

/** Version 2 added the commit and each change's scope and high-impact flag: what a saved plan approves. */
export const PLAN_FORMAT_VERSION = 2;

export interface Plan {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  /** `git rev-parse HEAD` of the repository the plan was computed from; null outside a git checkout. */
  commit: string | null;
  /**
   * sha256 of everything the plan was computed from in the repository (the desired state): a saved plan applies
   * only to the same files, committed or not, StackSet settings and all.
   */
  repositoryDigest: string;
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
  /**
   * Stack instances of vend's StackSets in accounts no manifest declares (the management account among them), which
   * apply never removes (an update of their StackSet redeploys them with the rest). Absent when there are none.
   */
  undeclaredInstances?: UndeclaredInstance[];
  /** Conflicts that block apply, such as a catalogue SCP name taken by a policy vend does not own. */
  problems: PlanProblem[];
  /** What the SCP, StackSet and move changes reach, one entry per such change, by change id. */
  blastRadius: BlastRadius[];
  /**
   * StackSet name → parameters whose template (deployed or new) declares `NoEcho`. Reports show that they change,
   * never their values.
   */
  noEchoParameters: Record<string, string[]>;
  /**
   * Quotas organization.yaml raises above the AWS value vend knows (`quotas:`), which validate and this plan checked
   * against instead: if AWS has not raised them too, it refuses in apply, after earlier stages ran. Absent when none.
   */
  raisedQuotas?: { quota: string; value: number; awsValue: number; description: string }[];
  /** sha256 of the canonical JSON of every other field. */
  digest: string;
}
