import { compareText } from '../ordering.js';
import type { Change } from './plan.js';

/**
 * The accounts a change acts in, for reports by account: the account it targets, or the accounts of the stack
 * instances it deploys, updates or removes. Declared accounts by manifest name, others by id (no manifest name
 * looks like an id). A change to the root, an OU, an SCP or a StackSet as a whole acts in none itself. Sorted.
 *
 * Instances are read from `after.instances` where a change has them, since apply narrows those to the accounts
 * that are ready, and from the scope's `account/region` members otherwise.
 */
export function accountsActedIn(change: Change): string[] {
  if (change.target.startsWith('account:')) return [change.target.slice('account:'.length)];
  if (!change.target.startsWith('stackset:') || !change.scope.members) return [];
  const instances = (change.after as { instances?: unknown } | null)?.instances;
  const accounts = Array.isArray(instances)
    ? instances.map((instance) => String((instance as { account?: unknown }).account))
    : change.scope.members.map((member) => member.slice(0, member.lastIndexOf('/')));
  return [...new Set(accounts)].sort(compareText);
}
