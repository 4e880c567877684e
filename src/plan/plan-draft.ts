import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import type { YamlPath } from '../config/safe-yaml.js';
import type { ObservedAccount, ObservedPolicy, ObservedState } from '../observe/observed-state.js';
import { AccountsByEmail } from '../observe/accounts-by-email.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { resolveOrganizationalUnits } from '../observe/organizational-unit-ids.js';
import { declarationOf } from './declarations.js';
import type {
  Change,
  ChangeAction,
  ChangeKind,
  ChangeScope,
  PlannedAccount,
  PlanProblem,
  PlanProblemRule,
  TargetReference,
} from './plan.js';

const ACTION_OF_KIND: Record<ChangeKind, ChangeAction> = {
  [CHANGE_KINDS.enableScpType]: 'change',
  [CHANGE_KINDS.createOrganizationalUnit]: 'create',
  [CHANGE_KINDS.adoptOrganizationalUnit]: 'change',
  [CHANGE_KINDS.createScp]: 'create',
  [CHANGE_KINDS.adoptScp]: 'change',
  [CHANGE_KINDS.updateScp]: 'change',
  [CHANGE_KINDS.deleteScp]: 'destroy',
  [CHANGE_KINDS.createAccount]: 'create',
  [CHANGE_KINDS.adoptAccount]: 'change',
  [CHANGE_KINDS.moveAccount]: 'change',
  [CHANGE_KINDS.tagAccount]: 'change',
  [CHANGE_KINDS.untagAccount]: 'change',
  [CHANGE_KINDS.renameAccount]: 'change',
  [CHANGE_KINDS.attachScp]: 'create',
  [CHANGE_KINDS.detachScp]: 'destroy',
  [CHANGE_KINDS.createStackSet]: 'create',
  [CHANGE_KINDS.adoptStackSet]: 'change',
  [CHANGE_KINDS.updateStackSet]: 'change',
  [CHANGE_KINDS.addStackInstances]: 'create',
  [CHANGE_KINDS.updateStackInstances]: 'change',
  [CHANGE_KINDS.recordParameterOverrides]: 'change',
  [CHANGE_KINDS.removeStackInstances]: 'destroy',
  [CHANGE_KINDS.deleteStackSet]: 'destroy',
  [CHANGE_KINDS.closeAccount]: 'destroy',
};

export const ouReference = (path: string): TargetReference => (path === '' ? 'root' : `ou:${path}`);
export const accountReference = (name: string): TargetReference => `account:${name}`;
export const scpReference = (name: string): TargetReference => `scp:${name}`;
export const stackSetReference = (name: string): TargetReference => `stackset:${name}`;
export const stackSetName = (prefix: string, baseline: string) => `${prefix}${baseline}`;

/**
 * Why adopting a resource another tool tags as its own (`ManagedBy` = `managedBy`) is high impact: adoption
 * overwrites the tag, and nothing stops that tool acting on the resource afterwards.
 */
export const foreignOwnerReason = (managedBy: string): string =>
  `its ${MANAGED_BY_TAG.key} tag names ${JSON.stringify(managedBy)}, which may still act on it`;

/**
 * The StackSet a change id names: `vend-roles` from `add-stack-instances:stackset:vend-roles#1a2b3c4d` or
 * `update-stackset:stackset:vend-roles`; undefined for a change on no StackSet. Apply and report records keep only
 * the id, so this is how they find the StackSet again.
 */
export function stackSetOfChangeId(id: string): string | undefined {
  return /:stackset:([^#]+)/.exec(id)?.[1];
}

export interface ChangeFields {
  /** Defaults to `<kind>:<target>`; changes that share a kind and target (instance groups, attachments) set their own. */
  id?: string;
  before: unknown;
  after: unknown;
  /** What the change does in repository terms; a saved plan approves exactly this. */
  scope: ChangeScope;
  /** Defaults to whether the change destroys something (its action). */
  destructive?: boolean;
  highImpact?: boolean;
  /** Why, when `highImpact` is set (Change.highImpactReason). */
  highImpactReason?: string;
  /** Ids of changes that must complete first; ids that are not in the plan are dropped. */
  dependsOn?: (string | undefined)[];
  description: string;
  /** Manifest names of the accounts the change touches, for the per-account table. */
  accounts?: string[];
}

/** The declaration a problem is about: a repository file, and the YAML path of the key a person would edit there. */
export interface Declaration {
  file: string;
  path: YamlPath;
}

/** A problem as a planner finds it; compute-plan turns `at` into PlanProblem's file, line and column. */
export interface DraftProblem extends Omit<PlanProblem, 'file' | 'line' | 'column'> {
  at: Declaration;
}

/**
 * The plan while it is being drafted: the changes and problems found so far, and the lookups every planner
 * shares. Each planner (OUs, SCPs, accounts, StackSets) adds to it; compute-plan turns it into a Plan.
 */
export class PlanDraft {
  readonly changes = new Map<string, Change>();
  readonly problems: DraftProblem[] = [];
  readonly changesByAccount = new Map<string, Set<string>>();
  readonly accountStatus = new Map<string, PlannedAccount['status']>();
  readonly accountNotes = new Map<string, string[]>();
  /**
   * Declared accounts a problem holds back (a changed root email): no change is planned for them, since apply would
   * otherwise deploy to an account it cannot create. Apply is blocked anyway; the plan must not list the changes.
   */
  readonly withheldAccounts = new Set<string>();
  /**
   * Ids of vend's accounts a problem names as a manifest's account before its email was edited in git: not
   * unmanaged, whatever their email says, since the problem is about them.
   */
  readonly formerAccountIds = new Set<string>();

  /** Whether later stages plan SCP attachments, stack instances and records for a declared account. */
  plansFor(account: { name: string; closed: boolean }): boolean {
    return !account.closed && !this.withheldAccounts.has(account.name);
  }

  /** Declared OU path (`''` for the root) → the OU's id, for the declared OUs that exist (resolved by id). */
  readonly ouIdByPath: Map<string, string>;
  /** Declared OU paths that several OUs could be; nothing is planned at or below them. */
  readonly ambiguousOrganizationalUnits: string[];
  readonly observedByEmail: AccountsByEmail;
  /**
   * Declared accounts whose email several accounts have, alike but for case, none spelt exactly so: vend cannot
   * tell which one the manifest declares (AccountsByEmail).
   */
  readonly ambiguousAccounts = new Map<string, ObservedAccount[]>();
  /** Every manifest's email, lower-cased: an account with one of them is declared. */
  readonly declaredEmails: ReadonlySet<string>;
  readonly policiesByName: Map<string, ObservedPolicy>;
  /** Declared accounts that exist, by manifest name. */
  readonly existingAccounts = new Map<string, ObservedAccount>();

  constructor(
    readonly desired: DesiredState,
    readonly observed: ObservedState,
  ) {
    const organizationalUnits = resolveOrganizationalUnits(desired, observed);
    this.ouIdByPath = organizationalUnits.ids;
    this.ambiguousOrganizationalUnits = organizationalUnits.ambiguous.map(({ path }) => path);
    for (const { path, ids } of organizationalUnits.ambiguous)
      this.problem(
        PLAN_PROBLEMS.organizationalUnitAmbiguous,
        ouReference(path),
        `${ids.length} OUs (${ids.join(', ')}) could be the declared OU ${path}: they have the same name under the same parent. Keep the one that holds the SCPs declared there (vend drift names what each holds and lacks): move the accounts out of the others, rename or remove them in AWS Organizations, then plan again.`,
        declarationOf(ouReference(path), desired),
      );
    this.observedByEmail = new AccountsByEmail(observed.accounts);
    this.declaredEmails = new Set(desired.accounts.map((account) => account.email.toLowerCase()));
    this.policiesByName = new Map(observed.policies.map((policy) => [policy.name, policy]));
    for (const account of desired.accounts) {
      const existing = this.observedByEmail.find(account.email);
      if (existing) this.existingAccounts.set(account.name, existing);
      else if (this.observedByEmail.alike(account.email).length > 1)
        this.ambiguousAccounts.set(account.name, this.observedByEmail.alike(account.email));
    }
  }

  /** Records why apply cannot carry out the plan; `at` is the declaration to fix. */
  problem(rule: PlanProblemRule, target: TargetReference, message: string, at: Declaration): void {
    this.problems.push({ target, rule, message, at });
  }

  add(kind: ChangeKind, target: TargetReference, fields: ChangeFields): string {
    const id = fields.id ?? `${kind}:${target}`;
    const action = ACTION_OF_KIND[kind];
    const dependsOn = [
      ...new Set(
        fields.dependsOn?.filter(
          (dependency): dependency is string => dependency !== undefined && this.changes.has(dependency),
        ) ?? [],
      ),
    ].sort();
    this.changes.set(id, {
      id,
      kind,
      action,
      target,
      destructive: fields.destructive ?? action === 'destroy',
      highImpact: fields.highImpact ?? false,
      ...(fields.highImpact && fields.highImpactReason ? { highImpactReason: fields.highImpactReason } : {}),
      scope: fields.scope,
      before: fields.before,
      after: fields.after,
      dependsOn,
      description: fields.description,
    });
    for (const account of fields.accounts ?? []) {
      this.changesByAccount.set(account, (this.changesByAccount.get(account) ?? new Set()).add(id));
    }
    return id;
  }

  /** Whether a declared account is the organization's management account (by id, never by name or email). */
  isManagementAccount(name: string): boolean {
    return this.existingAccounts.get(name)?.id === this.observed.organization.managementAccountId;
  }

  note(account: string, text: string): void {
    const notes = this.accountNotes.get(account) ?? [];
    if (!notes.includes(text)) this.accountNotes.set(account, [...notes, text]);
  }

  /**
   * Whether the declared OU at `path` holds the existing account today, directly or beneath a child: by ids (the
   * account's parentId and each OU's), never by the display path observe builds from names.
   */
  holdsToday(path: string, account: string): boolean {
    const target = this.ouIdByPath.get(path);
    this.parentOf ??= new Map(this.observed.organizationalUnits.map((unit) => [unit.id, unit.parentId]));
    for (let id = this.existingAccounts.get(account)?.parentId; id !== undefined; id = this.parentOf.get(id))
      if (id === target) return true;
    return false;
  }

  /** Each observed OU's parent id, read once for holdsToday. */
  private parentOf: Map<string, string> | undefined;

  changeIdIfPlanned(id: string): string | undefined {
    return this.changes.has(id) ? id : undefined;
  }

  /** An account that appears in the table only because something about it changes. */
  markUpdated(accounts: Iterable<string>): void {
    for (const account of accounts) if (!this.accountStatus.has(account)) this.accountStatus.set(account, 'updated');
  }

  accountsIn(changeIds: string[]): string[] {
    return [...this.changesByAccount]
      .filter(([, ids]) => changeIds.some((id) => ids.has(id)))
      .map(([account]) => account);
  }
}

export function describeTarget(reference: TargetReference): string {
  if (reference === 'root') return 'the root';
  const [kind, ...rest] = reference.split(':');
  return `${kind === 'ou' ? 'OU' : kind} ${rest.join(':')}`;
}
