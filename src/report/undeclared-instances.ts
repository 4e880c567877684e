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
  const management = instances.some((instance) => instance.management);
  return {
    heading: `${countOf(instances.length, 'stack instance')} of vend's StackSets ${instances.length === 1 ? 'stands' : 'stand'} in accounts no manifest declares${management ? ', the management account among them' : ''}. Apply leaves ${instances.length === 1 ? 'it' : 'them'} as ${instances.length === 1 ? 'it is' : 'they are'} (vend deletes no stack in an account it does not manage), and vend drift reports ${instances.length === 1 ? 'it' : 'each'}: delete ${instances.length === 1 ? 'it' : 'them'} by hand (DeleteStackInstances), or declare the account.`,
    lines: [
      ...instances
        .slice(0, shown)
        .map(
          (instance) =>
            `${instance.stackSet} in ${instance.management ? `the management account ${instance.accountId} (${instance.account}), where no SCP limits its roles` : `${instance.account} (${instance.accountId})`}, ${instance.region}`,
        ),
      ...(instances.length > shown ? [`… and ${instances.length - shown} more, listed in the plan file`] : []),
    ],
  };
}

/** The clause a "matches" sentence takes when such instances stand: never "matches" without it. */
export function undeclaredInstancesClause(instances: readonly UndeclaredInstance[] | undefined): string {
  if (!instances || instances.length === 0) return '';
  return `, but for ${countOf(instances.length, 'stack instance')} of vend's StackSets in accounts no manifest declares, which apply leaves as ${instances.length === 1 ? 'it is' : 'they are'} (listed below)`;
}
