import type { UndeclaredInstance } from '../plan/plan.js';
import { countOf } from './phrasing.js';

/** How many undeclared stack instances a report names before it counts the rest. */
export const NAMED_UNDECLARED_INSTANCES = 20;

/**
 * The heading over Plan.undeclaredInstances, and one line per instance (at most `shown`, then a count): what apply
 * does about them (nothing) and where each is, the management account said as such. Plain text; callers escape it.
 */
export function undeclaredInstanceLines(
  instances: readonly UndeclaredInstance[],
  shown = NAMED_UNDECLARED_INSTANCES,
): { heading: string; lines: string[] } {
  const management = instances.filter((instance) => instance.management).length;
  const outside = instances.filter((instance) => instance.outsideOrganization).length;
  const one = instances.length === 1;
  const outsidePhrase =
    outside === 0 ? '' : outside === 1 ? ', one outside the organization' : `, ${outside} outside the organization`;
  const where =
    management === instances.length
      ? 'the management account, which no manifest declares'
      : outside === instances.length
        ? `${one ? 'an account' : 'accounts'} outside the organization`
        : `accounts no manifest declares${management > 0 ? ', the management account among them' : ''}${outsidePhrase}`;
  // Declaring the management account adopts it; declaring another account manages it as any other.
  const declare = management === instances.length ? 'declare the management account' : 'declare the account';
  return {
    heading: `${countOf(instances.length, 'stack instance')} of vend's StackSets ${one ? 'stands' : 'stand'} in ${where}. Apply removes none of them (vend deletes no stack in an account it does not manage), though an update of ${one ? 'its' : 'their'} StackSet redeploys ${one ? 'it' : 'them'} with the rest, and vend drift reports each: delete ${one ? 'it' : 'them'} by hand (DeleteStackInstances), or ${declare}.`,
    lines: [
      ...instances
        .slice(0, shown)
        .map(
          (instance) =>
            `${instance.stackSet} in ${instance.management ? `the management account ${instance.accountId} (${instance.account}), where no SCP limits its roles` : instance.outsideOrganization ? `${instance.accountId}, which is not in the organization (it left, or was removed)` : `${instance.account} (${instance.accountId})`}, ${instance.region}${instance.status ? statusNote(instance.status) : ''}`,
        ),
      ...(instances.length > shown
        ? [`… and ${instances.length - shown} more (vend plan --format json lists every one)`]
        : []),
    ],
  };
}

/** Why a status other than CURRENT matters here: apply neither retries nor repairs an instance it does not manage. */
function statusNote(status: string): string {
  return status === 'OUTDATED'
    ? ' (OUTDATED: an operation did not finish there, a failed update say, and apply does not retry it)'
    : ` (${status})`;
}

/**
 * The clause a "matches" sentence takes while `count` such instances stand (Plan.undeclaredInstances, or
 * ApplyReport.undeclaredInstances): never "matches" without it. `where` says where they are listed.
 */
export function undeclaredInstancesClause(count: number | undefined, where: string): string {
  if (!count) return '';
  return `, but for ${countOf(count, 'stack instance')} of vend's StackSets in accounts no manifest declares, which apply does not remove (${where})`;
}
