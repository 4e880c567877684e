import { compareText } from '../ordering.js';
import { inactiveAccountIds } from '../observe/observed-state.js';
import { FULL_AWS_ACCESS_POLICY_NAME } from '../config/desired-state.js';
import type { DesiredState } from '../config/desired-state.js';
import type { ObservedState } from '../observe/observed-state.js';
import { CHANGE_KINDS } from './plan.js';
import type { BlastRadius, Change, MoveBlastRadius, ScpBlastRadius, StackSetBlastRadius } from './plan.js';
import {
  AccountNames,
  accountsBeneath,
  levelsAllowingNothing,
  levelsOf,
  scpsInForce,
} from './organization-snapshot.js';
import type { OrganizationSnapshot } from './organization-snapshot.js';

/**
 * What each SCP, StackSet and move change reaches, for reviewers. Pure: a function of the planned changes and of
 * the desired and observed states they were planned from. Changes of other kinds reach only their own target and
 * get no entry. Sorted by change id.
 */
export function computeBlastRadius(
  changes: readonly Change[],
  desired: DesiredState,
  observed: ObservedState,
  { before, after }: { before: OrganizationSnapshot; after: OrganizationSnapshot },
  formerAccountIds: ReadonlySet<string> = new Set(),
): BlastRadius[] {
  const names = new AccountNames(desired, observed);
  // A manifest's account whose email was edited in git (PlanDraft.formerAccountIds) is vend's, named in a problem,
  // not another team's, though no manifest has its email now.
  const declared = new Set([
    ...desired.accounts.map((account) => account.name),
    ...[...formerAccountIds].map((id) => names.ofId(id)),
  ]);
  const radius: BlastRadius[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case CHANGE_KINDS.attachScp:
      case CHANGE_KINDS.detachScp:
        radius.push(withUndeclared(attachmentRadius(change, before, after), declared));
        break;
      case CHANGE_KINDS.updateScp:
        radius.push(withUndeclared(contentRadius(change, before, after), declared));
        break;
      // Adopting is an UpdateStackSet too (its tag): it redeploys every instance, as a new template does.
      case CHANGE_KINDS.updateStackSet:
      case CHANGE_KINDS.adoptStackSet:
        radius.push(stackSetRadius(change, changes, desired, observed, names, declared));
        break;
      case CHANGE_KINDS.moveAccount:
        radius.push(moveRadius(change, desired, observed, before, after));
        break;
      default:
        break;
    }
  }
  return radius.sort((a, b) => compareText(a.changeId, b.changeId));
}

/** A field of a change's `before` or `after`, when that side is an object. */
export function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * An attachment acts once accounts are in their new OUs (attachments run after moves, detachments last), so it
 * reaches the accounts beneath its target in the planned organization. Of those, attaching affects the ones that
 * did not have the SCP in force; detaching the ones that had it and will not keep it through another attachment.
 */
function attachmentRadius(change: Change, before: OrganizationSnapshot, after: OrganizationSnapshot): ScpBlastRadius {
  const scp = String(change.scope.scp);
  const accounts = existingFirst(accountsBeneath(after, change.target), before);
  const attaching = change.kind === CHANGE_KINDS.attachScp;
  // An Allow acts per level: one attached elsewhere on the path does not stand in for it (grantsAccess).
  const grants = (attaching ? after : before).granting.has(scp);
  const affected: string[] = [];
  const elsewhere: string[] = [];
  const keptThroughThis: string[] = [];
  // An account moved beneath the target, or one whose other attachment the plan takes away, may have the SCP today
  // through it; after the plan only this attachment gives it, which is not "through another attachment".
  const others = attaching ? withoutAttachment(after, change.target, scp) : after;
  const atNewPaths = { ...before, accountPaths: after.accountPaths };
  for (const account of accounts) {
    const has = scpsInForce(others, account).has(scp);
    // An account the plan creates had nothing before: it gains the SCP from this attachment only where an attachment
    // that stands today on its new path (one at the root, say) does not give it. Another new one does not count:
    // two new attachments over the same new accounts must not each call the other the one they had.
    const had = before.accountPaths.has(account)
      ? scpsInForce(before, account).has(scp)
      : scpsInForce(atNewPaths, account).has(scp);
    if (grants) affected.push(account);
    else if (had && has) elsewhere.push(account);
    else if (attaching && had) keptThroughThis.push(account);
    else if (attaching ? !had : had) affected.push(account);
  }
  // An Allow attached where FullAWSAccess is not widens the allow list there (as new content adding an Allow does).
  const attachedBefore = before.attachments.get(change.target);
  const widens =
    attaching &&
    grants &&
    before.enforced &&
    attachedBefore !== undefined &&
    attachedBefore.size > 0 &&
    !attachedBefore.has(FULL_AWS_ACCESS_POLICY_NAME);
  return {
    changeId: change.id,
    kind: 'scp',
    targets: [change.target],
    accounts,
    affected,
    elsewhere,
    ...(keptThroughThis.length > 0 ? { keptThroughThis } : {}),
    ...(widens ? { widensAllowList: true as const } : {}),
    ...(grants ? { allowsPerLevel: true as const } : {}),
    ...deniedEverything(accounts, before, after),
  };
}

/** The snapshot without one SCP attached at one target: where else an account would have the SCP from. */
function withoutAttachment(snapshot: OrganizationSnapshot, target: string, scp: string): OrganizationSnapshot {
  const attachments = new Map(snapshot.attachments);
  const remaining = new Set(attachments.get(target));
  remaining.delete(scp);
  attachments.set(target, remaining);
  return { ...snapshot, attachments };
}

/** Sets apart the affected accounts no manifest declares: another team's, which the change reaches all the same. */
function withUndeclared(radius: ScpBlastRadius, declared: ReadonlySet<string>): ScpBlastRadius {
  const undeclared = radius.affected.filter((account) => !declared.has(account));
  return undeclared.length > 0 ? { ...radius, undeclared } : radius;
}

/** The accounts the plan leaves allowed nothing at some level, that were not before (levelsAllowingNothing). */
function deniedEverything(
  accounts: readonly string[],
  before: OrganizationSnapshot,
  after: OrganizationSnapshot,
): { deniedEverything?: string[] } {
  const denied = accounts.filter(
    (account) =>
      levelsAllowingNothing(after, account).length > 0 && levelsAllowingNothing(before, account).length === 0,
  );
  return denied.length > 0 ? { deniedEverything: denied } : {};
}

/**
 * Accounts that exist today before those the plan creates, each part in its order: a trimmed list ("and 4 more") must
 * not hide, behind a pull request's new accounts, an existing one whose running workloads the change reaches at once.
 */
function existingFirst(accounts: readonly string[], before: OrganizationSnapshot): string[] {
  return [
    ...accounts.filter((account) => before.accountPaths.has(account)),
    ...accounts.filter((account) => !before.accountPaths.has(account)),
  ];
}

/**
 * New content reaches every account the SCP is in force for: where it is attached now (the update runs before
 * attachments change) and where it will be attached once the plan is applied.
 */
function contentRadius(change: Change, before: OrganizationSnapshot, after: OrganizationSnapshot): ScpBlastRadius {
  const scp = String(change.scope.scp);
  const targets = new Set<string>();
  const accounts = new Set<string>();
  for (const snapshot of [before, after]) {
    for (const [target, attached] of snapshot.attachments) if (attached.has(scp)) targets.add(target);
    for (const account of snapshot.accountPaths.keys())
      if (scpsInForce(snapshot, account).has(scp)) accounts.add(account);
  }
  const sorted = existingFirst([...accounts].sort(compareText), before);
  // A new description alone changes nothing in force: it affects no account, here or in apply's report.
  const contentChanged = fieldOf(change.before, 'content') !== fieldOf(change.after, 'content');
  return {
    changeId: change.id,
    kind: 'scp',
    targets: [...targets].sort(compareText),
    accounts: sorted,
    affected: contentChanged ? sorted : [],
    elsewhere: [],
    ...deniedEverything(contentChanged ? sorted : [], before, after),
  };
}

/**
 * A new template or parameters redeploy every instance the StackSet has; an instance that overrides a changed
 * parameter keeps its own value (CloudFormation User Guide, "Override parameters on stack instances"). Instances the
 * plan adds to it come after the update (their changes depend on it), so they deploy what it brings as well.
 */
function stackSetRadius(
  change: Change,
  changes: readonly Change[],
  desired: DesiredState,
  observed: ObservedState,
  names: AccountNames,
  declared: ReadonlySet<string>,
): StackSetBlastRadius {
  const stackSet = observed.stackSets.find((candidate) => `stackset:${candidate.name}` === change.target);
  const baseline = desired.baselines.find(
    (candidate) => `stackset:${desired.organization.stackSets.namePrefix}${candidate.name}` === change.target,
  );
  // StackSet operations skip the instances of suspended or closing accounts (SKIPPED_SUSPENDED_ACCOUNT): no reach.
  const inactive = inactiveAccountIds(observed.accounts);
  // An override this plan changes is changed after the update (its change depends on it): the update meets the
  // instance with the overrides it has now, the change's `before`.
  const overridesBefore = new Map(
    changes
      .filter((other) => other.kind === CHANGE_KINDS.updateStackInstances && other.target === change.target)
      .flatMap((other) => Object.entries((other.before ?? {}) as Record<string, Record<string, unknown> | undefined>)),
  );
  const instances = (stackSet?.instances ?? [])
    .filter((instance) => !inactive.has(instance.accountId))
    .map((instance) => {
      const account = names.ofId(instance.accountId);
      const manifest = desired.accounts.find((candidate) => candidate.name === account);
      // A declared account ends up with its manifest's overrides (the plan reconciles them); another keeps AWS's.
      const final = manifest ? (manifest.parameters[baseline?.name ?? ''] ?? {}) : instance.parameterOverrides;
      const member = `${account}/${instance.region}`;
      const now = overridesBefore.has(member) ? (overridesBefore.get(member) ?? {}) : final;
      return {
        account,
        region: instance.region,
        // Kept through the update and after it; one this plan removes gives way to the new value in its own change.
        overrides: new Set(Object.keys(now).filter((parameter) => Object.hasOwn(final, parameter))),
        later: new Set(Object.keys(final).filter((parameter) => !Object.hasOwn(now, parameter))),
      };
    });
  const additions = changes
    .filter((other) => other.kind === CHANGE_KINDS.addStackInstances && other.target === change.target)
    .map((other) => ({
      targets: (fieldOf(other.after, 'instances') as { account: string; region: string }[] | undefined) ?? [],
      overrides: (fieldOf(other.after, 'parameterOverrides') as Record<string, unknown> | undefined) ?? {},
    }));
  const added = additions
    .flatMap(({ targets }) => targets)
    .map(({ account, region }) => `${account}/${region}`)
    .sort(compareText);
  const addedOverriding = Object.fromEntries(
    changedParameters(change).flatMap((parameter) => {
      const accounts = [
        ...new Set(
          additions
            .filter(({ overrides }) => Object.hasOwn(overrides, parameter))
            .flatMap(({ targets }) => targets.map(({ account }) => account)),
        ),
      ].sort(compareText);
      return accounts.length > 0 ? [[parameter, accounts]] : [];
    }),
  );
  // Another team's accounts first: a trimmed list ("and 5 more") must not hide the stacks that are not vend's.
  const reached = [...new Set(instances.map(({ account }) => account))].sort(compareText);
  const undeclared = reached.filter((account) => !declared.has(account));
  const accounts = [...undeclared, ...reached.filter((account) => declared.has(account))];
  // Neither is another team's account: the management account is the organization's own, and an account that left
  // it is nobody's in it.
  const management = names.ofId(observed.organization.managementAccountId);
  const members = new Set(observed.accounts.map((account) => account.id));
  const outsideOrganization = [
    ...new Set((stackSet?.instances ?? []).map(({ accountId }) => accountId).filter((id) => !members.has(id))),
  ].sort(compareText);
  const skipped = (stackSet?.instances ?? []).filter((instance) => inactive.has(instance.accountId)).length;
  const accountsWhere = (holds: (instance: (typeof instances)[number]) => boolean) =>
    [...new Set(instances.filter(holds).map(({ account }) => account))].sort(compareText);
  const overriddenBy = Object.fromEntries(
    changedParameters(change).flatMap((parameter) => {
      const keeping = accountsWhere(({ overrides }) => overrides.has(parameter));
      return keeping.length > 0 ? [[parameter, keeping]] : [];
    }),
  );
  const overriddenLater = Object.fromEntries(
    changedParameters(change).flatMap((parameter) => {
      const later = accountsWhere(({ later }) => later.has(parameter));
      return later.length > 0 ? [[parameter, later]] : [];
    }),
  );
  return {
    changeId: change.id,
    kind: 'stackset',
    instances: instances.map(({ account, region }) => `${account}/${region}`).sort(compareText),
    accounts,
    ...(undeclared.length > 0 ? { undeclared } : {}),
    ...(undeclared.includes(management) ? { management } : {}),
    ...(outsideOrganization.length > 0 ? { outsideOrganization } : {}),
    ...(skipped > 0 ? { skipped } : {}),
    ...(Object.keys(overriddenBy).length > 0 ? { overriddenBy } : {}),
    ...(Object.keys(overriddenLater).length > 0 ? { overriddenLater } : {}),
    ...(added.length > 0 ? { added } : {}),
    ...(Object.keys(addedOverriding).length > 0 ? { addedOverriding } : {}),
  };
}

/** The StackSet parameters whose value an update changes, sorted. */
function changedParameters(change: Change): string[] {
  const parametersOf = (side: unknown) =>
    ((side as { parameters?: Record<string, unknown> } | null)?.parameters ?? {}) as Record<string, unknown>;
  const before = parametersOf(change.before);
  const after = parametersOf(change.after);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((parameter) => before[parameter] !== after[parameter])
    .sort(compareText);
}

/**
 * SCPs in force before and after, and baselines: those vend's StackSets deploy to the account now, against those
 * its manifest gets in the new OU.
 */
function moveRadius(
  change: Change,
  desired: DesiredState,
  observed: ObservedState,
  before: OrganizationSnapshot,
  after: OrganizationSnapshot,
): MoveBlastRadius {
  const name = change.target.slice('account:'.length);
  const account = desired.accounts.find((candidate) => candidate.name === name);
  const accountId = observed.accounts.find(
    (candidate) => candidate.email.toLowerCase() === account?.email.toLowerCase(),
  )?.id;
  const { namePrefix } = desired.organization.stackSets;
  const baselinesBefore = observed.stackSets
    .filter((stackSet) => stackSet.instances.some((instance) => instance.accountId === accountId))
    .map((stackSet) => stackSet.name.slice(namePrefix.length));
  const difference = (from: Iterable<string>, to: Iterable<string>) => {
    const kept = new Set(to);
    return [...new Set(from)].filter((item) => !kept.has(item)).sort(compareText);
  };
  // The move's own effect, against today as the accounts table has it: an SCP it has today and not after, attached
  // today at a level the move leaves, is lost with that level (even where the plan also detaches it there); one it has
  // after and not today, attached after at a level the move enters, is gained. An SCP swapped at the root, or one a
  // drift correction re-attaches, is a change of its own.
  const oldPath = before.accountPaths.get(name);
  const newPath = after.accountPaths.get(name);
  const scpsToday = scpsInForce(before, name);
  const scpsAfter = scpsInForce(after, name);
  const oldLevels = oldPath === undefined ? [] : levelsOf(name, oldPath);
  const newLevels = newPath === undefined ? [] : levelsOf(name, newPath);
  const left = oldLevels.filter((level) => !newLevels.includes(level));
  const entered = newLevels.filter((level) => !oldLevels.includes(level));
  const lost = [...scpsToday].filter(
    (scp) => !scpsAfter.has(scp) && left.some((level) => before.attachments.get(level)?.has(scp)),
  );
  const gained = [...scpsAfter].filter(
    (scp) => !scpsToday.has(scp) && entered.some((level) => after.attachments.get(level)?.has(scp)),
  );
  // Where it stays, the organization after the plan: what the move alone changes, for the interim below.
  const scpsBefore =
    oldPath === undefined ? scpsToday : scpsInForce({ ...after, accountPaths: new Map([[name, oldPath]]) }, name);
  // The baselines its OUs give it, at the old path and the new: those are what the move changes; a baseline the
  // manifest adds or drops in the same edit is that edit's, and its stack-instance change says so.
  const inherited = (path: string | undefined) =>
    new Set(
      desired.organizationalUnits
        .filter((unit) => path !== undefined && (path === unit.path || path.startsWith(`${unit.path}/`)))
        .flatMap((unit) => unit.baselines),
    );
  const inheritedBefore = inherited(oldPath);
  const inheritedAfter = inherited(account?.ou);
  const baselinesAfter = account?.baselines ?? [];
  // Moves run before detachments (destructive, last): in its new OU the account is first under what is still
  // attached there, and stays so if those detachments are refused. Only what the levels it enters hold: an SCP on
  // the root or a shared parent is over it today, wherever it moves.
  const interim =
    newPath === undefined
      ? []
      : difference(
          scpsInForce({ ...before, accountPaths: new Map([[name, newPath]]) }, name),
          new Set([...scpsAfter, ...scpsBefore, ...scpsToday]),
        ).filter((scp) => entered.some((level) => before.attachments.get(level)?.has(scp)));
  const deniedAt = levelsAllowingNothing(after, name);
  const deniedAtOldPath =
    oldPath === undefined ? [] : levelsAllowingNothing({ ...after, accountPaths: new Map([[name, oldPath]]) }, name);
  return {
    changeId: change.id,
    kind: 'move',
    gains: {
      scps: [...gained].sort(compareText),
      baselines: difference(baselinesAfter, baselinesBefore).filter(
        (baseline) => inheritedAfter.has(baseline) && !inheritedBefore.has(baseline),
      ),
    },
    loses: {
      scps: [...lost].sort(compareText),
      baselines: difference(baselinesBefore, baselinesAfter).filter(
        (baseline) => inheritedBefore.has(baseline) && !inheritedAfter.has(baseline),
      ),
    },
    ...(interim.length > 0 ? { untilDetached: interim } : {}),
    ...(deniedAt.length > 0 && levelsAllowingNothing(before, name).length === 0
      ? { deniedEverythingAt: deniedAt }
      : {}),
    ...(deniedAt.length === 0 && deniedAtOldPath.length > 0 ? { leavesDeniedEverythingAt: deniedAtOldPath } : {}),
  };
}
