import { listNames } from '../name-lists.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredAccount } from '../config/desired-state.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * The accounts this manifest may have been before its email changed in git: active (a closed account keeps its email
 * for good, so a name re-used after it is a new account), named as the manifest (its accountName, or before an
 * accountName was added in the same edit, its name), declared by no manifest's email, and vend's: tagged
 * ManagedBy: vend, or the management account, which is one of a kind, tagged or not. Only accounts whose tags were
 * read can qualify; observeOrganization reads those of every account that carries a declared name. AWS lets
 * accounts share a name, so there may be several (one whose manifest was deleted, say): none is then told apart.
 * `besides` is the account that has the manifest's email; when there is one, an untagged management account counts
 * only if that account would be renamed to its name: a member that already has the management account's name (an
 * imported `master`, say) is the manifest's own account, not one taking the management account's place.
 */
export function formerAccountsOf(
  draft: PlanDraft,
  account: DesiredAccount,
  besides?: ObservedAccount,
): ObservedAccount[] {
  const untaggedManagementCounts = besides === undefined || besides.name !== account.accountName;
  return draft.observed.accounts.filter(
    (candidate) =>
      candidate.id !== besides?.id &&
      candidate.status === 'ACTIVE' &&
      (candidate.name === account.accountName || candidate.name === account.name) &&
      !draft.declaredEmails.has(candidate.email.toLowerCase()) &&
      (candidate.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value ||
        (untaggedManagementCounts && candidate.id === draft.desired.organization.managementAccountId)),
  );
}

/**
 * Why the account with the manifest's email must not become this manifest's, or undefined. A manifest whose email
 * was changed to that of another account would adopt, rename and move that account, while vend's own account,
 * which still carries the manifest's name and the old email, dropped out of every manifest:
 * - vend's account of this name is declared nowhere, and the account with the new email is not vend's, or is vend's
 *   under another name (another manifest's, deleted in the same edit); or
 * - emails were swapped or rotated among manifests: the account with this email is vend's, under the name another
 *   manifest declares, so renaming it would move it into another account's place. A cycle of any length shows as
 *   this on each manifest in it.
 */
export function takenOverProblem(
  draft: PlanDraft,
  account: DesiredAccount,
  existing: ObservedAccount,
): string | undefined {
  if (account.closed || existing.tags === undefined) return undefined;
  const owned = existing.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
  const renamed = existing.name !== account.accountName;
  if ((!owned || renamed) && existing.id !== draft.desired.organization.managementAccountId) {
    const formers = formerAccountsOf(draft, account, existing);
    if (formers.length > 0) {
      for (const former of formers) draft.formerAccountIds.add(former.id);
      const whose = owned
        ? `vend's account ${existing.id}, named '${existing.name}'`
        : `account ${existing.id} ('${existing.name}'), which is not vend's`;
      const one = formers.length === 1;
      return `The email in ${account.file}, ${account.email}, is that of ${whose}, while ${one ? "vend's account" : `${formers.length} of vend's accounts`} ${listAccounts(formers)} ${one ? 'carries' : 'carry'} this account's name and no manifest declares ${one ? 'it' : 'them'} any more: the email was changed to another account's. Vend does not ${owned ? 'rename' : 'adopt, rename'} or move ${existing.id} in its place. Restore the email ${one ? formers[0]!.email : 'of the one this manifest was'} in ${account.file}. To change that account's root email, change it in AWS first (StartPrimaryEmailUpdate, confirmed by the new address's owner; AWS refuses an address another account holds). If ${existing.id} is meant to be this manifest's account instead, give ${one ? `account ${formers[0]!.id}` : 'those accounts'} up first: remove ${one ? 'its' : 'their'} ${MANAGED_BY_TAG.key} tag, or declare ${one ? 'it' : 'each'} in a manifest of ${one ? 'its' : 'their'} own.`;
    }
  }
  if (!owned || !renamed) return undefined;
  // A manifest whose account has that name already takes no place: AWS lets accounts share a name.
  const other = draft.desired.accounts.find(
    (candidate) =>
      candidate !== account &&
      !candidate.closed &&
      candidate.accountName === existing.name &&
      draft.existingAccounts.get(candidate.name)?.name !== existing.name,
  );
  if (!other) return undefined;
  const otherAccount = draft.existingAccounts.get(other.name);
  if (otherAccount?.name === account.accountName)
    return `${account.file} and ${other.file} have swapped emails: ${account.email} is the email of account ${existing.id}, named '${existing.name}' as ${other.file} names its account, and ${other.email} that of an account named '${account.accountName}'. Vend does not rename two of its accounts into each other's places. Swap the emails back; an account's root email is changed in AWS (StartPrimaryEmailUpdate), and AWS refuses an address another account holds. If the two accounts are really to trade names, rename one to a third name in one pull request, then finish in the next.`;
  return `The email in ${account.file}, ${account.email}, is that of vend's account ${existing.id}, named '${existing.name}': the name ${other.file} declares${otherAccount ? `, whose email is that of account ${otherAccount.id} ('${otherAccount.name}')` : ''}. Either emails were moved among manifests, or this renames the account away from a name another manifest takes in the same edit; vend does not rename one of its accounts into a place another manifest declares. If emails were moved, put each back in its manifest: an account's root email is changed in AWS (StartPrimaryEmailUpdate), and AWS refuses an address another account holds. If the names are really to change, rename this account in one pull request, and give its old name to ${other.file} in the next.`;
}

/** `123456789012 ('payments-dev', old@example.com)`, joined with `and` for several. */
export function listAccounts(accounts: readonly ObservedAccount[]): string {
  return listNames(
    accounts.map((account) => `${account.id} ('${account.name}', ${account.email})`),
    Infinity,
  );
}
