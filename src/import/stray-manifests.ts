import type { AccountDocument, Parsed } from '../config/documents.js';
import { ACCOUNTS_DIR, ORGANIZATION_FILE } from '../config/repository.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import { compareText } from '../ordering.js';
import type { ImportFinding } from './imported-repository.js';

/**
 * Manifests in accounts/ that this import did not write (`names`, file names in the directory): from before, perhaps
 * of the example organization. Each is a `check`, saying what the first plan does with it, by its email, the join
 * key: adopt an account the organization has (as the manifest says, so moving, tagging or renaming it where it
 * differs), close it (closed: true), refuse while that account is suspended, leave the management account where it
 * is, or create a new account. A closed manifest whose account is closed or gone asks for nothing: only a `note`. `manifests` are the repository's as read before the import; a file that did not load is named as such.
 */
export function strayManifestFindings(
  names: readonly string[],
  written: ReadonlySet<string>,
  manifests: readonly Parsed<AccountDocument>[],
  live: { accounts: readonly ObservedAccount[]; managementAccountId: string },
): ImportFinding[] {
  const byFile = new Map(manifests.map((manifest) => [manifest.source.file, manifest.value]));
  return names
    .filter((name) => /\.ya?ml$/.test(name) && !written.has(`${ACCOUNTS_DIR}/${name}`))
    .sort(compareText)
    .map((name) => strayManifestFinding(`${ACCOUNTS_DIR}/${name}`, byFile.get(`${ACCOUNTS_DIR}/${name}`), live));
}

/**
 * For --accounts-only, whose repository's own manifests are meant to be there: those that make the first plan do
 * more than adopt (create an account no one has yet, close one, or refuse a suspended one), so that the report does
 * not promise a plan that only adopts. Pure.
 */
export function pendingManifestFindings(
  manifests: readonly Parsed<AccountDocument>[],
  live: { accounts: readonly ObservedAccount[]; managementAccountId: string },
): ImportFinding[] {
  return manifests
    .filter(({ value }) => {
      const account = accountOf(value, live.accounts);
      return account
        ? account.id !== live.managementAccountId && (value.closed === true) === (account.status === 'ACTIVE')
        : value.closed !== true;
    })
    .sort((a, b) => compareText(a.source.file, b.source.file))
    .map(({ source, value }) =>
      strayManifestFinding(
        source.file,
        value,
        live,
        "It is the repository's, not this import's, and the first plan does more than adopt with it.",
      ),
    );
}

function accountOf(manifest: AccountDocument, accounts: readonly ObservedAccount[]): ObservedAccount | undefined {
  return accounts.find((candidate) => candidate.email.toLowerCase() === manifest.email.toLowerCase());
}

const NOT_WRITTEN = 'It was there before and this import did not write it.';

function strayManifestFinding(
  file: string,
  manifest: AccountDocument | undefined,
  live: { accounts: readonly ObservedAccount[]; managementAccountId: string },
  whose = NOT_WRITTEN,
): ImportFinding {
  const account = manifest && accountOf(manifest, live.accounts);
  // A closed manifest asks for nothing where the account is closed or gone (AWS removes closed accounts after
  // 90 days), so it is only noted; for an open account, it is the account's closing.
  if (manifest?.closed && (!account || account.status !== 'ACTIVE'))
    return {
      kind: 'note' as const,
      subject: file,
      message: `${whose} It says closed: true, and ${account ? `account ${account.name} (${account.id}) is ${account.status.toLowerCase()}` : `no account of this organization has its email, ${manifest.email}`}: the plan does nothing with it. Keep it as a record, or remove it.`,
    };
  const what = !manifest
    ? 'It does not load as a manifest (vend validate says why): fix it, or remove it.'
    : manifest.closed && account && account.id !== live.managementAccountId
      ? `It describes account ${account.name} (${account.id}), by its email, and says closed: true: the plan closes that account. Remove the file, or the closed: true, unless that is meant.`
      : !account
        ? `No account of this organization has its email, ${manifest.email}: the plan would create that account. Remove it if it describes no account you want (the example repository's manifests, say).`
        : account.id === live.managementAccountId
          ? `It describes the management account (${account.id}), by its email: the plan never moves or closes that account, and SCPs do not apply to it. Import writes that account as managementAccountId in ${ORGANIZATION_FILE}, with no manifest: keep the file only if its settings (baselines, tags) are meant.`
          : account.status !== 'ACTIVE'
            ? `It describes account ${account.name} (${account.id}), by its email, which is ${account.status.toLowerCase()}: the plan refuses to go ahead while a manifest declares it open. Remove the file, or set closed: true.`
            : `It describes account ${account.name} (${account.id}, in ${account.parentPath || 'the root'}), by its email: the plan adopts that account as the file says, moving, tagging or renaming it where the file differs from AWS. Compare the two (this report may say why import did not write the account), then keep the file, fix it, or remove it.`;
  return {
    kind: 'check' as const,
    subject: file,
    message: `${whose} ${what}`,
  };
}
