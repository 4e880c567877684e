import { compareText } from '../ordering.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredScp, DesiredState } from '../config/desired-state.js';
import type { ObservedAccount, ObservedPolicy, ObservedState } from '../observe/observed-state.js';
import type { TargetReference } from './plan.js';
import { accountReference, ouReference } from './plan-draft.js';

/**
 * Where every account sits and which SCPs are attached where, at one moment: as observed, or as it will be once
 * the plan is applied. Accounts are named for reviewers: the manifest name of a declared account, `name (id)` for
 * one no manifest declares. Only active member accounts are listed: SCPs never apply to the management account,
 * and a suspended account runs nothing.
 */
export interface OrganizationSnapshot {
  /** Account name → the OU path it sits in (`''` for the root). */
  accountPaths: Map<string, string>;
  /** Target (`root`, `ou:Workloads/Prod`, `account:payments-prod`) → names of the SCPs attached to it. */
  attachments: Map<TargetReference, Set<string>>;
  /** SCPs with an Allow statement (FullAWSAccess, allow lists): an action needs one at every level to be allowed. */
  granting: Set<string>;
  /** Whether SCPs act at all: false before the SCP policy type is enabled on the root. */
  enforced: boolean;
  /** Targets carrying SCPs of other teams, whose content vend does not read: they may allow. */
  foreignAttached: Set<TargetReference>;
}

/**
 * Whether an SCP's content allows anything: it has an Allow statement. AWS Organizations User Guide, "SCP
 * evaluation": for a permission to be allowed for an account, every SCP level from the root through each OU to
 * the account must have an SCP that explicitly allows it; Deny statements at any level stop it. Content that does
 * not parse counts as allowing, so vend never claims an account loses everything on a guess.
 */
export function grantsAccess(content: string): boolean {
  const statements = policyStatements(content);
  return statements === undefined || statements.some((statement) => statement.Effect === 'Allow');
}

/**
 * A policy document's statements (a lone statement object counts as a list of one), or undefined when the content
 * does not read as a policy: not JSON, or a statement that is not an object.
 */
export function policyStatements(content: string): Record<string, unknown>[] | undefined {
  try {
    const { Statement } = JSON.parse(content) as { Statement?: unknown };
    const list = Array.isArray(Statement) ? Statement : [Statement];
    return list.every((statement) => typeof statement === 'object' && statement !== null)
      ? (list as Record<string, unknown>[])
      : undefined;
  } catch {
    return undefined;
  }
}

/** How reports name an account: its manifest name when declared, else `name (id)`. */
export class AccountNames {
  private readonly declaredByEmail: Map<string, string>;
  private readonly observedById: Map<string, ObservedAccount>;

  constructor(desired: DesiredState, observed: ObservedState) {
    this.declaredByEmail = new Map(desired.accounts.map((account) => [account.email.toLowerCase(), account.name]));
    this.observedById = new Map(observed.accounts.map((account) => [account.id, account]));
  }

  ofObserved(account: ObservedAccount): string {
    return this.declaredByEmail.get(account.email.toLowerCase()) ?? `${account.name} (${account.id})`;
  }

  /** An id the organization does not list (closed meanwhile, say) is shown as the id. */
  ofId(id: string): string {
    const account = this.observedById.get(id);
    return account ? this.ofObserved(account) : id;
  }
}

/** The organization as observe read it. */
export function observedSnapshot(desired: DesiredState, observed: ObservedState): OrganizationSnapshot {
  const names = new AccountNames(desired, observed);
  const accountPaths = new Map(
    memberAccounts(observed).map((account) => [names.ofObserved(account), account.parentPath] as const),
  );
  const referenceById = new Map<string, TargetReference>([[observed.root.id, 'root']]);
  for (const unit of observed.organizationalUnits) referenceById.set(unit.id, ouReference(unit.path));
  for (const account of observed.accounts) referenceById.set(account.id, accountReference(names.ofObserved(account)));
  const attachments = new Map<TargetReference, Set<string>>();
  for (const policy of observed.policies) {
    for (const id of policy.targetIds) {
      const reference = referenceById.get(id);
      if (reference !== undefined)
        attachments.set(reference, (attachments.get(reference) ?? new Set()).add(policy.name));
    }
  }
  // Another team's SCP on a declared target is in force for the accounts beneath it as much as vend's: an account
  // moved there gains it. Organizations policy names are unique, so a name stands for one policy.
  for (const [id, policies] of Object.entries(observed.foreignScpsByTarget)) {
    const reference = referenceById.get(id);
    if (reference === undefined) continue;
    for (const policy of policies)
      attachments.set(reference, (attachments.get(reference) ?? new Set()).add(policy.name));
  }
  const granting = new Set(
    observed.policies
      .filter((policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || grantsAccess(policy.content))
      .map((policy) => policy.name),
  );
  const foreignAttached = new Set(
    Object.entries(observed.foreignScpsByTarget)
      .filter(([, policies]) => policies.length > 0)
      .flatMap(([id]) => referenceById.get(id) ?? []),
  );
  return { accountPaths, attachments, granting, enforced: observed.root.scpPolicyTypeEnabled, foreignAttached };
}

/**
 * The organization once the plan is applied: declared accounts in their OUs with their declared SCPs, accounts
 * being closed gone, and everything vend does not manage as observed. On a declared target vend replaces only
 * the SCPs it owns (its tagged ones and FullAWSAccess), as the planner does; a policy it does not own stays.
 * `withheld` names declared accounts a problem holds back (PlanDraft.withheldAccounts): they stay as observed.
 */
export function plannedSnapshot(
  desired: DesiredState,
  observed: ObservedState,
  withheld: ReadonlySet<string> = new Set(),
): OrganizationSnapshot {
  const before = observedSnapshot(desired, observed);
  const accountPaths = new Map(before.accountPaths);
  // A manifest may declare the management account; it stays in the root, and no SCP ever applies to it.
  const managementEmail = observed.accounts
    .find((account) => account.id === observed.organization.managementAccountId)
    ?.email.toLowerCase();
  const members = desired.accounts.filter(
    (account) => account.email.toLowerCase() !== managementEmail && !withheld.has(account.name),
  );
  for (const account of members) {
    if (account.closed) accountPaths.delete(account.name);
    else accountPaths.set(account.name, account.ou);
  }
  // vend's SCPs, and those the plan adopts (a catalogue entry saying exactly what an untagged policy holds, as
  // plan-scps.ts adopts them): their attachments to declared targets become the repository's.
  const catalogue = new Map(desired.scps.map((scp) => [scp.name, scp]));
  const adopted = (policy: ObservedPolicy) => {
    const scp = catalogue.get(policy.name);
    return scp !== undefined && !policy.awsManaged && adoptionDifferences(scp, policy).length === 0;
  };
  const owned = new Set(
    observed.policies
      .filter(
        (policy) =>
          policy.name === FULL_AWS_ACCESS_POLICY_NAME ||
          policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value ||
          adopted(policy),
      )
      .map((policy) => policy.name),
  );
  const attachments = new Map(before.attachments);
  const declare = (reference: TargetReference, scps: string[], fullAWSAccess: boolean) => {
    const kept = [...(before.attachments.get(reference) ?? [])].filter((name) => !owned.has(name));
    attachments.set(reference, new Set([...kept, ...scps, ...(fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : [])]));
  };
  declare('root', desired.organization.root.scps, desired.organization.root.fullAWSAccess);
  for (const unit of desired.organizationalUnits) declare(ouReference(unit.path), unit.scps, unit.fullAWSAccess);
  for (const account of members) {
    if (account.closed) attachments.delete(accountReference(account.name));
    else declare(accountReference(account.name), account.scps, account.fullAWSAccess);
  }
  // New content for vend's SCPs; a policy of another team keeps its own, since vend never rewrites it.
  const granting = new Set([...before.granting, FULL_AWS_ACCESS_POLICY_NAME]);
  const foreign = new Set(observed.policies.filter((policy) => !owned.has(policy.name)).map((policy) => policy.name));
  for (const scp of desired.scps) {
    if (foreign.has(scp.name)) continue;
    if (grantsAccess(scp.content)) granting.add(scp.name);
    else granting.delete(scp.name);
  }
  return { accountPaths, attachments, granting, enforced: true, foreignAttached: before.foreignAttached };
}

/**
 * The levels on an account's path (the root, each OU, the account) where SCPs are attached but none allows
 * anything: there every action is denied (see grantsAccess). A level with nothing attached is one AWS has not
 * created yet, and it gets FullAWSAccess when it is; before SCPs are enabled no level denies anything.
 */
export function levelsAllowingNothing(snapshot: OrganizationSnapshot, account: string): TargetReference[] {
  const path = snapshot.accountPaths.get(account);
  if (path === undefined || !snapshot.enforced) return [];
  return levelsOf(account, path).filter((level) => {
    const attached = snapshot.attachments.get(level);
    return (
      attached !== undefined &&
      attached.size > 0 &&
      !snapshot.foreignAttached.has(level) &&
      ![...attached].some((name) => snapshot.granting.has(name))
    );
  });
}

/**
 * What the catalogue says otherwise than an untagged policy of the same name: vend adopts the policy only when
 * nothing differs (plan-scps.ts), since adopting must not change what it does.
 */
export function adoptionDifferences(
  scp: Pick<DesiredScp, 'content' | 'description'>,
  policy: Pick<ObservedPolicy, 'content' | 'description'>,
): ('content' | 'description')[] {
  return [
    ...(policy.content !== scp.content ? (['content'] as const) : []),
    ...(policy.description !== scp.description ? (['description'] as const) : []),
  ];
}

/** The levels an account at `path` is under, from the root down to the account itself: `root`, `ou:…`, `account:…`. */
export function levelsOf(account: string, path: string): TargetReference[] {
  const levels: TargetReference[] = ['root'];
  const parts = path === '' ? [] : path.split('/');
  for (let depth = 1; depth <= parts.length; depth++) levels.push(ouReference(parts.slice(0, depth).join('/')));
  levels.push(accountReference(account));
  return levels;
}

/** Accounts beneath a target, at any depth; an account target is beneath itself. Sorted. */
export function accountsBeneath(snapshot: OrganizationSnapshot, target: TargetReference): string[] {
  if (target.startsWith('account:')) {
    const name = target.slice('account:'.length);
    return snapshot.accountPaths.has(name) ? [name] : [];
  }
  const path = target === 'root' ? undefined : target.slice('ou:'.length);
  return [...snapshot.accountPaths]
    .filter(([, accountPath]) => path === undefined || accountPath === path || accountPath.startsWith(`${path}/`))
    .map(([name]) => name)
    .sort(compareText);
}

/**
 * The accounts beneath `target` in `snapshot` that lack what an attachment of `scp` there gives: every one of them
 * for an SCP that allows (an Allow acts per level, grantsAccess), else those that do not have it in force through
 * another level. Sorted.
 */
export function accountsLackingAttachment(
  snapshot: OrganizationSnapshot,
  target: TargetReference,
  scp: string,
): string[] {
  const grants = snapshot.granting.has(scp);
  return accountsBeneath(snapshot, target).filter((account) => grants || !scpsInForce(snapshot, account).has(scp));
}

/** The SCPs in force for an account: attached to the root, to each OU on its path, or to the account itself. */
export function scpsInForce(snapshot: OrganizationSnapshot, account: string): Set<string> {
  const path = snapshot.accountPaths.get(account);
  if (path === undefined) return new Set();
  return new Set(levelsOf(account, path).flatMap((level) => [...(snapshot.attachments.get(level) ?? [])]));
}

/** Active accounts other than the management account: the ones SCPs and baselines act in. */
function memberAccounts(observed: ObservedState): ObservedAccount[] {
  return observed.accounts.filter(
    (account) => account.status === 'ACTIVE' && account.id !== observed.organization.managementAccountId,
  );
}
