import { compareText } from '../ordering.js';
import type { DesiredState } from '../config/desired-state.js';
import type { ObservedAccount, ObservedOrganizationalUnit, ObservedState } from '../observe/observed-state.js';
import { AccountsByEmail } from '../observe/accounts-by-email.js';
import { observedSnapshot } from '../plan/organization-snapshot.js';
import type { OrganizationSnapshot } from '../plan/organization-snapshot.js';
import { organizationalUnitSubtree, resolveOrganizationalUnits } from '../observe/organizational-unit-ids.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, ChangeKind, Plan } from '../plan/plan.js';
import { accountReference } from '../plan/plan-draft.js';
import { findRenamedOrganizationalUnits } from './renamed-organizational-units.js';
import type { RenamedOrganizationalUnit } from './renamed-organizational-units.js';

/**
 * Everything the findings are derived from: main's desired state, the organization as observed, the plan that
 * would bring the organization back to main, and what that plan says at a glance. Findings are the plan's changes
 * and problems in a reader's terms; a change that is only a consequence of another finding (the attachments of a
 * deleted SCP, the stack instances of an account that left) is told inside that finding, not again on its own.
 */
export class DriftContext {
  /** Declared OU path (`''` for the root) → its id in AWS, for the declared OUs that exist. */
  readonly ouIdByPath: Map<string, string>;
  /** Declared OU paths that several OUs could be (same name, same parent). */
  readonly ambiguousOrganizationalUnits: { path: string; ids: string[] }[];
  /**
   * The ids of those OUs and of the OUs beneath them at a declared path: which of them is declared cannot be told
   * while the twins stand (ou-ambiguous), so none is called undeclared, and no SCP on one is called stray.
   */
  readonly ambiguousSubtreeIds: ReadonlySet<string>;
  readonly renamed: RenamedOrganizationalUnit[];
  /**
   * Renamed declared OUs, and the declared OUs beneath them, by their ids in AWS → `ou:<declared path>`. The plan
   * sees them as missing; their SCPs are still compared, by id (renamed-target-scps.ts).
   */
  readonly renamedTargetIds = new Map<string, string>();
  /**
   * The same, by declared path → id: the declared OUs that stand in AWS under another path, renamed or beneath a
   * renamed one. Such an OU is not missing, and an account in it is where main puts it.
   */
  readonly renamedPathIds = new Map<string, string>();
  /** The SCP policy type is off on the root: every SCP attachment the plan makes follows from that one finding. */
  readonly scpPolicyTypeDisabled: boolean;
  /** Catalogue SCPs the plan creates: each is one finding, its attachments included. */
  readonly missingScps: Set<string>;
  /** Declared accounts the plan creates: each left the organization (see account-findings.ts). */
  readonly missingAccounts: Set<string>;
  /** Those of missingAccounts that are not being created, by manifest name, sorted: they left, or never were. */
  readonly accountsThatLeft: string[];
  /** StackSets the plan creates: each is one finding, its stack instances included. */
  readonly missingStackSets: Set<string>;
  /** The organization as observed: where accounts are in AWS, not where main puts them. */
  readonly live: OrganizationSnapshot;
  /** Declared accounts that exist, by manifest name. */
  readonly existingAccounts = new Map<string, ObservedAccount>();
  private readonly accountNameById = new Map<string, string>();
  private readonly changesByKind = new Map<ChangeKind, Change[]>();

  constructor(
    readonly desired: DesiredState,
    readonly observed: ObservedState,
    readonly plan: Plan,
    /** The day of the check, YYYY-MM-DD (UTC): every new finding's firstSeen. */
    readonly checkedOn: string,
    /** Targets of the exceptions that expired: each fails validation, so no plan or apply runs (exception-expired). */
    readonly expiredExceptions: readonly string[] = [],
  ) {
    this.live = observedSnapshot(desired, observed);
    const resolved = resolveOrganizationalUnits(desired, observed);
    this.ouIdByPath = resolved.ids;
    this.ambiguousOrganizationalUnits = resolved.ambiguous;
    // Beneath a twin, only OUs at a declared path are in doubt: one at no declared path is plainly undeclared.
    const twins = new Set(resolved.ambiguous.flatMap(({ ids }) => ids));
    const declaredPaths = new Set(desired.organizationalUnits.map((unit) => unit.path));
    const pathOf = new Map(observed.organizationalUnits.map((unit) => [unit.id, unit.path]));
    this.ambiguousSubtreeIds = new Set(
      [...this.subtreeIds(twins)].filter((id) => twins.has(id) || declaredPaths.has(pathOf.get(id) ?? '')),
    );
    const byEmail = new AccountsByEmail(observed.accounts);
    for (const account of desired.accounts) {
      const existing = byEmail.find(account.email);
      if (existing) {
        this.existingAccounts.set(account.name, existing);
        this.accountNameById.set(existing.id, account.name);
      }
    }
    for (const change of plan.changes) {
      const same = this.changesByKind.get(change.kind) ?? [];
      same.push(change);
      this.changesByKind.set(change.kind, same);
    }
    this.renamed = findRenamedOrganizationalUnits(desired, observed, this.ouIdByPath);
    for (const rename of this.renamed) {
      this.renamedTargetIds.set(rename.id, `ou:${rename.path}`);
      for (const unit of desired.organizationalUnits.filter((candidate) =>
        candidate.path.startsWith(`${rename.path}/`),
      )) {
        let id: string | undefined = rename.id;
        for (const name of unit.path.slice(rename.path.length + 1).split('/')) {
          const children = observed.organizationalUnits.filter((ou) => ou.parentId === id && ou.name === name);
          id = children.length === 1 ? children[0]!.id : undefined;
          if (id === undefined) break;
        }
        if (id !== undefined) this.renamedTargetIds.set(id, `ou:${unit.path}`);
      }
    }
    for (const [id, target] of this.renamedTargetIds) this.renamedPathIds.set(target.slice('ou:'.length), id);
    const scoped = (kind: ChangeKind, field: string) =>
      new Set(this.changesOf(kind).map((change) => String(change.scope[field])));
    this.scpPolicyTypeDisabled = this.changesOf(CHANGE_KINDS.enableScpType).length > 0;
    this.missingScps = scoped(CHANGE_KINDS.createScp, 'scp');
    this.missingAccounts = scoped(CHANGE_KINDS.createAccount, 'account');
    this.accountsThatLeft = this.changesOf(CHANGE_KINDS.createAccount)
      .filter((change) => creationRequestOf(change) === undefined)
      .map((change) => String(change.scope.account))
      .sort(compareText);
    this.missingStackSets = scoped(CHANGE_KINDS.createStackSet, 'stackSet');
  }

  /** The declared account a manifest names `name`, or undefined. */
  declaredAccount(name: string): DesiredState['accounts'][number] | undefined {
    return this.desired.accounts.find((candidate) => candidate.name === name);
  }

  /** The OUs `ids` and every OU beneath them, by id. */
  subtreeIds(ids: Iterable<string>): Set<string> {
    return organizationalUnitSubtree(this.observed.organizationalUnits, ids);
  }

  changesOf(kind: ChangeKind): Change[] {
    return this.changesByKind.get(kind) ?? [];
  }

  /** A declared OU's id in AWS, found by its path or through a rename on it (renamedPathIds); else undefined. */
  organizationalUnitId(path: string): string | undefined {
    return this.ouIdByPath.get(path) ?? this.renamedPathIds.get(path);
  }

  /** Whether a declared OU path lies in a renamed OU's subtree, which its rename finding tells. */
  renamedAt(path: string): RenamedOrganizationalUnit | undefined {
    return this.renamed.find((rename) => path === rename.path || path.startsWith(`${rename.path}/`));
  }

  /** The declared OU path a target reference (`root`, `ou:…`) names, or undefined for other targets. */
  organizationalUnitPathOf(target: string): string | undefined {
    if (target === 'root') return '';
    return target.startsWith('ou:') ? target.slice('ou:'.length) : undefined;
  }

  /** A target that does not exist in AWS: an OU the plan creates (or that was renamed) or an account that left. */
  targetIsMissing(target: string): boolean {
    const path = this.organizationalUnitPathOf(target);
    if (path !== undefined) return path !== '' && !this.ouIdByPath.has(path);
    if (target.startsWith('account:')) return this.missingAccounts.has(target.slice('account:'.length));
    return false;
  }

  /**
   * The OUs that could each be the declared OU at `path` while it is in doubt (ou-ambiguous, at it or above it): the
   * observed OUs at that path. Empty when the path is resolved, or no OU is there.
   */
  organizationalUnitsInDoubt(path: string): ObservedOrganizationalUnit[] {
    if (this.ouIdByPath.has(path)) return [];
    return this.observed.organizationalUnits.filter(
      (unit) => unit.path === path && this.ambiguousSubtreeIds.has(unit.id),
    );
  }

  /** How an account id reads in a finding: `account:<manifest name>`, or `account:<id>` for any other account. */
  accountTarget(accountId: string): string {
    return accountReference(this.accountNameById.get(accountId) ?? accountId);
  }
}

/** The CreateAccount request of a declared account that is still being created, if the plan found one. */
export function creationRequestOf(change: Change): string | undefined {
  return (change.before as { createAccountRequestId?: string } | null)?.createAccountRequestId;
}
