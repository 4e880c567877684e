import { limitPhrase } from '../config/quotas.js';
import { MANAGED_BY_TAG, OWNER_UNASSIGNED, PARAMETER_OVERRIDES_TAG } from '../config/desired-state.js';
import type { DesiredAccount } from '../config/desired-state.js';
import { declarationOf } from './declarations.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { accountReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * An existing account's tags, read as `tags`: the undeclared ones removed, then the declared ones set, so the
 * account never holds both at once. Organizations refuses a TagResource that would take a resource past 50 tags
 * (AWS Organizations User Guide, "Quotas": "Number of tags that you can attach to a root, OU, or account: 50"), so
 * the removals come first; where the account would still pass 50 at some step (the adoption's ManagedBy tag comes
 * before either, the parameter-overrides record changes after both), that is a problem (tag-limit).
 */
export function planAccountTags(
  draft: PlanDraft,
  account: DesiredAccount,
  read: { tags: Readonly<Record<string, string>>; adopting: boolean; adoptId: string | undefined },
): void {
  const { tags, adopting, adoptId } = read;
  const reference = accountReference(account.name);
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  const held = Object.keys(tags).length;
  const { toSet, toRemove } = accountTagDifferences(account, tags, adopting);
  // The most the account holds at once: after the adoption's ManagedBy tag, and after the declared tags are set (the
  // undeclared ones gone, but the parameter-overrides record, which changes last, still there).
  const adopted = held + (adopting && !Object.hasOwn(tags, MANAGED_BY_TAG.key) ? 1 : 0);
  const tagged = adopted - toRemove.length + Object.keys(toSet).filter((key) => !Object.hasOwn(tags, key)).length;
  if (Math.max(adopted, tagged) > quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      reference,
      adopted > quota
        ? `Account ${account.name} holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key} before the undeclared ones are removed; ${limitPhrase('AWS Organizations', 'tagsPerAccount', quota)}. Remove a tag the manifest does not declare from the account by hand (aws organizations untag-resource), then plan again.`
        : `Account ${account.name} would hold ${tagged} tags once apply sets its declared ones, since its tags that change last (the parameter-overrides record) are still there; ${limitPhrase('AWS Organizations', 'tagsPerAccount', quota)}. Declare fewer tags in ${account.file}, or merge this in two steps: first the change to its baselines' parameters, then the tags.`,
      declarationOf(reference, draft.desired, 'tags'),
    );
  const untagId =
    toRemove.length > 0
      ? draft.add(CHANGE_KINDS.untagAccount, reference, {
          before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
          after: null,
          scope: { account: account.name, members: toRemove },
          dependsOn: [adoptId],
          description: `Remove undeclared tag${toRemove.length === 1 ? '' : 's'} ${toRemove.join(', ')} from ${account.name}`,
          accounts: [account.name],
        })
      : undefined;
  if (Object.keys(toSet).length > 0) {
    draft.add(CHANGE_KINDS.tagAccount, reference, {
      before: Object.fromEntries(
        Object.keys(toSet)
          .filter((key) => Object.hasOwn(tags, key))
          .map((key) => [key, tags[key]]),
      ),
      after: toSet,
      scope: { account: account.name, members: Object.entries(toSet).map((entry) => JSON.stringify(entry)) },
      dependsOn: [adoptId, untagId],
      description: `Set tag${Object.keys(toSet).length === 1 ? '' : 's'} ${Object.keys(toSet).join(', ')} on ${account.name}`,
      accounts: [account.name],
    });
  }
  if (!draft.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
    draft.accountStatus.set(account.name, 'updated');
}

/**
 * The tags apply sets (key → declared value) and removes (keys, sorted) to give an account, whose tags read `tags`,
 * the tags its manifest declares. An account being adopted gets its ManagedBy tag from the adoption. Pure.
 */
export function accountTagDifferences(
  account: DesiredAccount,
  tags: Readonly<Record<string, string>>,
  adopting = false,
): { toSet: Record<string, string>; toRemove: string[] } {
  const toSet = Object.fromEntries(
    Object.entries(account.tags).filter(
      ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key),
    ),
  );
  // The parameter-overrides record is kept with the StackSets it describes (plan-parameter-overrides.ts), an
  // unassigned owner leaves whatever Owner tag the account has, and tags with the aws: prefix are AWS's: "You can't
  // edit or delete tag keys or values with this prefix" (Tagging AWS resources, "Tag naming limits").
  const kept = (key: string) =>
    key === PARAMETER_OVERRIDES_TAG ||
    (key === 'Owner' && account.owner === OWNER_UNASSIGNED) ||
    key.toLowerCase().startsWith('aws:');
  const toRemove = Object.keys(tags)
    .filter((key) => !Object.hasOwn(account.tags, key) && !kept(key))
    .sort();
  return { toSet, toRemove };
}
