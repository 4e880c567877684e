import { compareText } from '../ordering.js';
import type { ObservedState } from '../observe/observed-state.js';
import type { OrganizationSnapshot } from './organization-snapshot.js';
import { scpsInForce } from './organization-snapshot.js';
import type { PlannedAccount } from './plan.js';

/**
 * What an existing account gains and loses once the plan is applied: the SCPs in force, from the organization as
 * observed and as planned (both snapshots, so an SCP someone else attached counts the same on both sides), and the
 * stack instances of vend's StackSets (`baseline/region`), deployed now against those its manifest gets. Undefined
 * when nothing differs. Pure.
 */
export function accountGainsAndLosses(
  account: { name: string; baselines: PlannedAccount['baselines'] },
  snapshots: { before: OrganizationSnapshot; after: OrganizationSnapshot },
  /** The account's instances of vend's StackSets now (deployedInstances). */
  instancesBefore: readonly string[],
): PlannedAccount['gainsAndLosses'] {
  const scpsBefore = scpsInForce(snapshots.before, account.name);
  const scpsAfter = scpsInForce(snapshots.after, account.name);
  const instancesAfter = account.baselines.flatMap(({ name, regions }) => regions.map((region) => `${name}/${region}`));
  const gains = { scps: difference(scpsAfter, scpsBefore), instances: difference(instancesAfter, instancesBefore) };
  const loses = { scps: difference(scpsBefore, scpsAfter), instances: difference(instancesBefore, instancesAfter) };
  const none = [gains, loses].every((side) => side.scps.length === 0 && side.instances.length === 0);
  return none ? undefined : { gains, loses };
}

/**
 * Account id → its stack instances of vend's StackSets as `baseline/region`, read once for every account: tagged
 * ManagedBy vend, or of a declared baseline about to be adopted; another team's StackSet that only shares the
 * prefix is not vend's to count.
 */
export function deployedInstances(
  observed: ObservedState,
  stackSets: { namePrefix: string; declaredBaselines: ReadonlySet<string> },
): Map<string, string[]> {
  const { namePrefix, declaredBaselines } = stackSets;
  const byAccount = new Map<string, string[]>();
  for (const stackSet of observed.stackSets) {
    const baseline = stackSet.name.slice(namePrefix.length);
    if (!stackSet.name.startsWith(namePrefix) || !(stackSet.managedByVend || declaredBaselines.has(baseline))) continue;
    for (const instance of stackSet.instances)
      byAccount.set(instance.accountId, [
        ...(byAccount.get(instance.accountId) ?? []),
        `${baseline}/${instance.region}`,
      ]);
  }
  return byAccount;
}

function difference(from: Iterable<string>, to: Iterable<string>): string[] {
  const kept = new Set(to);
  return [...new Set(from)].filter((item) => !kept.has(item)).sort(compareText);
}
