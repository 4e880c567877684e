import { compareText } from '../ordering.js';
import type { BlastRadius, Change } from './plan.js';

/**
 * The stack instances a change deploys, updates or removes, as `account/region`, accounts named as in
 * accountsActedIn; none for any other change. From `after.instances` where a change has them, since apply narrows
 * those to the accounts that are ready, and from the scope's members otherwise.
 */
export function instancesActedOn(change: Change): string[] {
  if (!change.target.startsWith('stackset:') || !change.scope.members) return [];
  const instances = (change.after as { instances?: unknown } | null)?.instances;
  return Array.isArray(instances)
    ? instances.map((instance) => {
        const { account, region } = instance as { account?: unknown; region?: unknown };
        return `${String(account)}/${String(region)}`;
      })
    : [...change.scope.members];
}

/**
 * The accounts a change acts in, for reports by account: the account it targets, or the accounts of the stack
 * instances it deploys, updates or removes (instancesActedOn). Declared accounts by manifest name, others by id (no
 * manifest name looks like an id). A change to the root, an OU, an SCP or a StackSet as a whole acts in none
 * itself. Sorted.
 */
export function accountsActedIn(change: Change): string[] {
  if (change.target.startsWith('account:')) return [change.target.slice('account:'.length)];
  const accounts = instancesActedOn(change).map((member) => member.slice(0, member.lastIndexOf('/')));
  return [...new Set(accounts)].sort(compareText);
}

/** The accounts an organization-wide change reaches: whose SCPs in force change, or whose instances redeploy. */
export function accountsReached(entry: BlastRadius | undefined): string[] {
  if (entry?.kind === 'scp') return entry.affected;
  if (entry?.kind === 'stackset') return entry.accounts;
  return [];
}
