import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { AccountDocument } from '../config/documents.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import type { ImportFinding } from './imported-repository.js';

/**
 * Written manifests that the first plan will refuse (account-email-taken): an active account tagged ManagedBy: vend
 * (the management account too, which never gets a manifest) that import did not write, and no kept manifest declares, carries the manifest's name while the manifest's own
 * account is not tagged as vend's. The plan reads that as vend's account with its email changed in git to another
 * account's (plan/account-identity.ts, formerAccountsOf), and adopts nothing. Import says so, with the way out, so
 * that "it should only adopt" is not contradicted by the first plan. Pure.
 */
export function takenNameChecks(
  accounts: readonly ObservedAccount[],
  written: readonly { account: ObservedAccount; file: string; document: AccountDocument }[],
  /** Accounts a manifest declares: written now, or kept from before (by id). */
  declared: ReadonlySet<string>,
  managementAccountId: string,
): ImportFinding[] {
  const formers = accounts.filter(
    (account) =>
      !declared.has(account.id) &&
      account.status === 'ACTIVE' &&
      account.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value,
  );
  return written.flatMap(({ account, file, document }) => {
    if (account.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) return [];
    const names = new Set([document.name, document.accountName ?? document.name]);
    const taking = formers.filter((former) => names.has(former.name));
    if (taking.length === 0) return [];
    const listed = taking.map((former) => `${former.id} (${former.email})`).join(', ');
    return [
      {
        kind: 'check' as const,
        subject: `account ${account.id} (${account.name})`,
        message: `${file} carries the name of vend's account ${listed}, tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} but not written: the first plan refuses ${file} (account-email-taken), reading it as that account with its email changed in git, and adopts nothing. If vend does not manage ${taking.length === 1 ? 'that account' : 'those accounts'}, remove the tag (${taking.map((former) => `aws organizations untag-resource --resource-id ${former.id} --tag-keys ${MANAGED_BY_TAG.key}`).join('; ')})${taking.some((former) => former.id === managementAccountId) ? '' : `; else write ${taking.length === 1 ? 'its' : 'their'} manifest first (vend import --accounts-only, once what keeps ${taking.length === 1 ? 'it' : 'them'} out is settled)`}.`,
      },
    ];
  });
}
