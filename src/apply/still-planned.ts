import { listNames } from '../name-lists.js';
import { accountsActedIn, accountsReached, instancesActedOn } from '../plan/change-accounts.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, Plan } from '../plan/plan.js';
import type { ApplyReport, PendingChange } from './apply-report.js';

/**
 * Changes the last observation still plans that this run neither applied, failed nor refused. An account this run
 * created or adopted before the endpoint went away is not still to create: what is left of its change is the move
 * into its OU, which a re-run plans once it finds the account by its email. `appliedAtRead` is how many of
 * `report.changesApplied` were made before the plan was read: only those can show in it as undone during the run.
 */
export function stillPlanned(plan: Plan, report: ApplyReport, appliedAtRead: number): PendingChange[] {
  const accounted = new Set([
    ...report.failures.map((failure) => failure.id),
    ...report.refused.map((change) => change.id),
    ...report.changesApplied.map((change) => change.id),
  ]);
  // A stack-instance change this run carried out, or that failed, for some accounts only keeps its id: what the last
  // observation still plans for the others (accounts not ready yet, operations never sent) is left to do.
  const handledAccounts = new Map<string, Set<string>>();
  for (const change of [...report.changesApplied, ...report.failures])
    handledAccounts.set(change.id, new Set([...(handledAccounts.get(change.id) ?? []), ...(change.accounts ?? [])]));
  const perInstance = (change: Change) =>
    change.kind === CHANGE_KINDS.addStackInstances ||
    change.kind === CHANGE_KINDS.updateStackInstances ||
    change.kind === CHANGE_KINDS.removeStackInstances;
  const leftOverAccounts = (change: Change) =>
    perInstance(change)
      ? accountsActedIn(change).filter((account) => !handledAccounts.get(change.id)?.has(account))
      : [];
  // What this run made and a later read plans again was changed back during the run, by hand or by another tool. The
  // approved plan still covers it, so it is not refused, but it is not done either: the report says so and exits 1.
  const madeAccounts = new Map<string, Set<string>>();
  for (const change of report.changesApplied.slice(0, appliedAtRead))
    madeAccounts.set(change.id, new Set([...(madeAccounts.get(change.id) ?? []), ...(change.accounts ?? [])]));
  const undoneAccounts = (change: Change) =>
    perInstance(change) ? accountsActedIn(change).filter((account) => madeAccounts.get(change.id)?.has(account)) : [];
  // Made again in a stage run again, and failed or refused then: that outcome is the change's, not this.
  const settled = new Set([...report.failures, ...report.refused].map((change) => change.id));
  // An account this run created or adopted was moved into its OU with it: a move planned for it since was undone.
  const placedByRun = (change: Change) =>
    change.kind === CHANGE_KINDS.moveAccount &&
    [CHANGE_KINDS.createAccount, CHANGE_KINDS.adoptAccount].some((kind) =>
      madeAccounts.has(`${kind}:${change.target}`),
    );
  const undone = (change: Change) =>
    !settled.has(change.id) &&
    ((madeAccounts.has(change.id) && (!perInstance(change) || undoneAccounts(change).length > 0)) ||
      placedByRun(change));
  const made = new Map<string, { name: string; id: string; how: string }>([
    ...report.createdAccounts.map((account) => [account.name, { ...account, how: 'created' }] as const),
    ...report.adoptedAccounts.map((account) => [account.name, { ...account, how: 'adopted' }] as const),
  ]);
  const radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
  return plan.changes
    .filter(
      (change) =>
        !accounted.has(change.id) ||
        (handledAccounts.has(change.id) && leftOverAccounts(change).length > 0) ||
        undone(change),
    )
    .map((change) => {
      const account = change.kind === CHANGE_KINDS.createAccount ? made.get(String(change.scope.account)) : undefined;
      const acted =
        accounted.has(change.id) && perInstance(change)
          ? [...leftOverAccounts(change), ...undoneAccounts(change)]
          : accountsActedIn(change);
      const members = instancesActedOn(change).filter((member) => acted.some((name) => member.startsWith(`${name}/`)));
      const heldBackBy = report.heldBack?.[change.id];
      // A change at the root, an OU, an SCP or a StackSet as a whole: the accounts it would reach, as refusals name.
      const reached = acted.length > 0 ? [] : accountsReached(radius.get(change.id));
      return {
        id: change.id,
        description: account
          ? `Move account ${account.name} (${account.id}), ${account.how} by this run, from the root to ${change.scope.ou ?? ''}`
          : acted.length < accountsActedIn(change).length
            ? `${change.description}; left to do in ${listNames(acted)}`
            : change.description,
        action: account ? ('change' as const) : change.action,
        ...(acted.length > 0 ? { accounts: acted } : {}),
        ...(reached.length > 0 ? { reaches: reached } : {}),
        ...(members.length > 0 ? { members } : {}),
        ...(undone(change) ? { undoneDuringRun: true } : {}),
        ...(heldBackBy
          ? {
              heldBackBy,
              heldBackByDescription:
                report.refused.find((refused) => refused.id === heldBackBy)?.description ?? heldBackBy,
            }
          : {}),
      };
    });
}

/**
 * A change listed as undone during the run (PendingChange.undoneDuringRun) is not also one the run applied: its
 * records leave `report.changesApplied` (for stack instances, those of the accounts where it was undone), so that
 * the report's counts add up to the plan and no account lists it as done.
 */
export function settleUndone(report: ApplyReport): void {
  for (const change of report.pending.filter((pending) => pending.undoneDuringRun))
    dropApplied(report, change.id, { accounts: change.accounts ?? [], members: change.members ?? [] });
}

/**
 * Removes what `report.changesApplied` says of change `id`, as narrowly as the records tell: the stack instances
 * `where.members` (`account/region`) where a record lists instances, else the accounts `where.accounts`, else the
 * whole record. A change applied again, or failed, in a stage run again has that outcome alone there, and keeps
 * what it did elsewhere (the regions it deployed before).
 */
export function dropApplied(
  report: ApplyReport,
  id: string,
  where: { accounts: readonly string[]; members: readonly string[] },
): void {
  report.changesApplied = report.changesApplied.flatMap((record) => {
    if (record.id !== id) return [record];
    if (where.members.length > 0 && record.members?.length) {
      const members = record.members.filter((member) => !where.members.includes(member));
      if (members.length === 0) return [];
      const accounts = record.accounts?.filter((account) => members.some((member) => member.startsWith(`${account}/`)));
      return [{ ...record, members, ...(accounts ? { accounts } : {}) }];
    }
    if (where.accounts.length === 0 || !record.accounts?.length) return [];
    const left = record.accounts.filter((account) => !where.accounts.includes(account));
    if (left.length === 0) return [];
    const members = record.members?.filter((member) => left.some((account) => member.startsWith(`${account}/`)));
    return [{ ...record, accounts: left, ...(members ? { members } : {}) }];
  });
}
