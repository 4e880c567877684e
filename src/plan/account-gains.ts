import { compareText } from '../ordering.js';
import type { ObservedState } from '../observe/observed-state.js';
import type { OrganizationSnapshot } from './organization-snapshot.js';
import { scpsInForce } from './organization-snapshot.js';
import type { PlannedAccount } from './plan.js';

/**
 * What an existing account gains and loses once the plan is applied: the SCPs in force, from the organization as
 * observed and as planned (both snapshots, so an SCP someone else attached counts the same on both sides), and the
 * stack instances of vend's StackSets (`baseline/region`: tagged ManagedBy vend, or of a declared baseline about
 * to be adopted; another team's StackSet that only shares the prefix loses nothing), deployed now against those its
 * manifest gets. Undefined when nothing differs. Pure.
 */
export function accountGainsAndLosses(
  account: { name: string; id: string; baselines: PlannedAccount['baselines'] },
  snapshots: { before: OrganizationSnapshot; after: OrganizationSnapshot },
  observed: ObservedState,
  stackSets: { namePrefix: string; declaredBaselines: ReadonlySet<string> },
): PlannedAccount['gainsAndLosses'] {
  const { namePrefix, declaredBaselines } = stackSets;
  const scpsBefore = scpsInForce(snapshots.before, account.name);
  const scpsAfter = scpsInForce(snapshots.after, account.name);
  const instancesBefore = observed.stackSets
    .filter(
      (stackSet) =>
        stackSet.name.startsWith(namePrefix) &&
        (stackSet.managedByVend || declaredBaselines.has(stackSet.name.slice(namePrefix.length))),
    )
    .flatMap((stackSet) =>
      stackSet.instances
        .filter((instance) => instance.accountId === account.id)
        .map((instance) => `${stackSet.name.slice(namePrefix.length)}/${instance.region}`),
    );
  const instancesAfter = account.baselines.flatMap(({ name, regions }) => regions.map((region) => `${name}/${region}`));
  const gains = { scps: difference(scpsAfter, scpsBefore), instances: difference(instancesAfter, instancesBefore) };
  const loses = { scps: difference(scpsBefore, scpsAfter), instances: difference(instancesBefore, instancesAfter) };
  const none = [gains, loses].every((side) => side.scps.length === 0 && side.instances.length === 0);
  return none ? undefined : { gains, loses };
}

function difference(from: Iterable<string>, to: Iterable<string>): string[] {
  const kept = new Set(to);
  return [...new Set(from)].filter((item) => !kept.has(item)).sort(compareText);
}
