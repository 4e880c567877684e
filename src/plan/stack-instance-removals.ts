import { compareText } from '../ordering.js';
import { countOf } from '../name-lists.js';
import type { ObservedStackSet } from '../observe/observed-state.js';
import { CHANGE_KINDS } from './plan.js';
import { removalEffect, removalScope } from './template-change.js';
import { compareInstances } from './stack-instance-targets.js';
import { accountReference, stackSetReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * The removal of a baseline's stack instances that no declared account and region wants any more, or nothing when
 * every instance is wanted. `wantedKeys` holds `accountId/region` of the wanted instances; `accountNameById` maps
 * the organization's account ids to manifest names. `templateAtRemoval` is the template the StackSet holds when the
 * removal runs: the repository's when this plan updates or adopts the StackSet (updates run in an earlier stage),
 * else the deployed one. Returns the change id, after marking its accounts updated.
 */
export function planInstanceRemovals(
  draft: PlanDraft,
  baseline: string,
  stackSet: string,
  existing: ObservedStackSet | undefined,
  wantedKeys: ReadonlySet<string>,
  accountNameById: ReadonlyMap<string, string>,
  templateAtRemoval: string | undefined,
): string | undefined {
  const stale = (existing?.instances ?? [])
    .filter((instance) => {
      const account = accountNameById.get(instance.accountId);
      // A closed account's stacks stay until it leaves the organization: StackSet operations skip suspended
      // accounts (CloudFormation API Reference, StackInstanceComprehensiveStatus: SKIPPED_SUSPENDED_ACCOUNT), so a
      // removal planned there would be skipped and planned again on every run.
      return (
        account !== undefined &&
        !draft.withheldAccounts.has(account) &&
        draft.existingAccounts.get(account)?.status === 'ACTIVE' &&
        !wantedKeys.has(`${instance.accountId}/${instance.region}`)
      );
    })
    .sort(compareInstances);
  if (!existing || stale.length === 0) return undefined;
  const template = templateAtRemoval ?? existing.templateBody;
  const accounts = [...new Set(stale.map((instance) => accountNameById.get(instance.accountId)!))];
  const removal = draft.add(CHANGE_KINDS.removeStackInstances, stackSetReference(stackSet), {
    before: {
      stackSet,
      instances: stale.map((instance) => ({
        account: accountNameById.get(instance.accountId)!,
        accountId: instance.accountId,
        region: instance.region,
      })),
    },
    after: null,
    scope: {
      stackSet,
      members: stale.map((instance) => `${accountNameById.get(instance.accountId)!}/${instance.region}`),
      ...removalScope(template),
    },
    description: `Remove ${countOf(stale.length, `${baseline} stack instance`)} (${removalEffect(template, stale.length)})`,
    // An instance a move leaves unwanted is still wanted where the account is, if the move fails: the removal
    // waits for the moves of accounts whose OU today declares the baseline (not for a region edit elsewhere).
    dependsOn: accounts
      .filter((account) => inheritedWhereItIs(draft, account, baseline))
      .map((account) => `${CHANGE_KINDS.moveAccount}:${accountReference(account)}`),
    accounts,
  });
  draft.markUpdated(accounts);
  return removal;
}

/**
 * A StackSet update redeploys every instance, those this plan then removes too (updates run in an earlier stage than
 * removals): its description says how many of the instances it counts go next, so a reviewer does not read them as
 * kept. Nothing for a change that is not an update.
 */
export function noteRemovalsAfterUpdate(draft: PlanDraft, updateId: string | undefined, removalId: string): void {
  const update = updateId === undefined ? undefined : draft.changes.get(updateId);
  const removed = draft.changes.get(removalId)?.scope.members;
  if (update?.kind !== CHANGE_KINDS.updateStackSet || !Array.isArray(removed)) return;
  update.description += `; ${removed.length === 1 ? 'one of them is' : `${removed.length} of them are`} then removed by this plan`;
}

/** Whether the account's OU today, or one above it, declares the baseline: a move away would drop it. */
function inheritedWhereItIs(draft: PlanDraft, account: string, baseline: string): boolean {
  return draft.desired.organizationalUnits.some(
    (unit) => unit.baselines.includes(baseline) && draft.holdsToday(unit.path, account),
  );
}

/**
 * Instances are removed in reverse dependency order: the boundary baseline must outlive the roles whose
 * PermissionsBoundary names its policy, or deleting that policy fails.
 */
export function removeDependentsFirst(draft: PlanDraft, removalByBaseline: Map<string, string>): void {
  const dependsOnByName = new Map(draft.desired.baselines.map((baseline) => [baseline.name, baseline.dependsOn]));
  const dependenciesOf = (name: string, found = new Set<string>()): Set<string> => {
    for (const dependency of dependsOnByName.get(name) ?? []) {
      if (found.has(dependency)) continue;
      found.add(dependency);
      dependenciesOf(dependency, found);
    }
    return found;
  };
  for (const [dependent, removal] of removalByBaseline) {
    for (const dependency of dependenciesOf(dependent)) {
      const dependencyRemoval = draft.changes.get(removalByBaseline.get(dependency) ?? '');
      if (dependencyRemoval)
        dependencyRemoval.dependsOn = [...new Set([...dependencyRemoval.dependsOn, removal])].sort(compareText);
    }
  }
}
