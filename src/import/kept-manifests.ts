import { OWNER_UNASSIGNED } from '../config/desired-state.js';
import { flattenOrganizationalUnits } from '../config/documents.js';
import type { AccountDocument, OrganizationDocument, Parsed } from '../config/documents.js';
import { effectiveBaselineNames } from '../config/inheritance.js';
import { compareText } from '../ordering.js';
import { canonicalJson } from '../plan/canonical-json.js';
import type { ImportFinding } from './imported-repository.js';

/**
 * Manifests a person renamed since an earlier import (accounts/deep.yaml to deep-dive.yaml) still describe their
 * accounts, by email, the join key. The imported manifest for such an account is not written beside them, which
 * would give the account two manifests (validate's unique-account-email) and, with --force, undo the rename: the
 * person's file is kept. A kept file is the repository's word for its account, so the first plan acts on whatever
 * it says beyond its name: each one that differs from the account as AWS holds it is a `check` finding naming what
 * the plan would do (close, move, attach, detach, rename…), the others a `note`.
 *
 * Removes the kept accounts' files from `files`; returns the findings and the ids of the accounts whose imported
 * manifest gave way (`accountIds`, parallel to `accounts`), so that findings about that manifest can be dropped.
 */
export function keepRenamedManifests(
  manifests: readonly Parsed<AccountDocument>[],
  accounts: readonly { file: string; accountId: string; document: AccountDocument }[],
  organization: OrganizationDocument,
  files: Map<string, string>,
): { findings: ImportFinding[]; accountIds: Set<string> } {
  const declared = new Map(manifests.map((manifest) => [manifest.value.email.toLowerCase(), manifest]));
  const accountIds = new Set<string>();
  const findings = accounts.flatMap(({ file, accountId, document }) => {
    const kept = declared.get(document.email.toLowerCase());
    if (kept === undefined || kept.source.file === file) return [];
    files.delete(file);
    accountIds.add(accountId);
    const effects = planEffects(kept.value, document, organization);
    const written = `It describes the account with email ${document.email}, which this import would have written as ${file}: kept as it is, so the account has one manifest.`;
    return [
      effects.length === 0
        ? {
            kind: 'note' as const,
            subject: kept.source.file,
            message: `${written} Remove it first to have import write the account anew.`,
          }
        : {
            kind: 'check' as const,
            subject: kept.source.file,
            message: `${written} It says more than AWS holds, so the first plan ${effects.join('; ')}. Make it match the account, or remove it and import again.`,
          },
    ];
  });
  return { findings, accountIds };
}

/**
 * For --accounts-only, which keeps every manifest the repository has: each one whose account AWS holds otherwise, as
 * a `check` finding naming what the first plan does beyond adopting it (attach or detach SCPs, deploy or delete
 * baselines, change tags or overrides, close it). `accounts` are the manifests import would write for the whole
 * organization; a rename or a move describeOrganization names already, a closure pendingManifestFindings. Pure.
 */
export function keptManifestEffects(
  manifests: readonly Parsed<AccountDocument>[],
  accounts: readonly { document: AccountDocument }[],
  organization: OrganizationDocument,
): ImportFinding[] {
  const asImported = new Map(accounts.map(({ document }) => [document.email.toLowerCase(), document]));
  return manifests.flatMap((kept) => {
    const document = asImported.get(kept.value.email.toLowerCase());
    const effects =
      document === undefined
        ? []
        : planEffects(kept.value, document, organization).filter(
            (effect) => !/^(renames it|moves it|closes the account)/.test(effect),
          );
    if (effects.length === 0) return [];
    return [
      {
        kind: 'check' as const,
        subject: kept.source.file,
        message: `Kept as it is, and it says more than AWS holds, so the first plan ${effects.join('; ')}: more than adopting the account. Make it match the account if that is not meant, or review that change in the first plan.`,
      },
    ];
  });
}

/**
 * What the plan would change on an account described by `kept` rather than by `imported`, its manifest as AWS
 * holds it, each as a clause ("moves it from Sandbox to Workloads/Prod"). Compared as the desired state resolves
 * them: the name in AWS, regions from the defaults, baselines inherited from the OU path. Empty when they agree.
 */
function planEffects(kept: AccountDocument, imported: AccountDocument, organization: OrganizationDocument): string[] {
  const units = flattenOrganizationalUnits(organization.organizationalUnits);
  const effects: string[] = [];
  if (kept.closed === true) effects.push('closes the account');
  const [keptName, awsName] = [kept.accountName ?? kept.name, imported.accountName ?? imported.name];
  if (keptName !== awsName)
    effects.push(`renames it in AWS from ${JSON.stringify(awsName)} to ${JSON.stringify(keptName)}`);
  if (kept.ou !== imported.ou) effects.push(`moves it from ${imported.ou} to ${kept.ou}`);
  effects.push(...setChanges('SCP', imported.scps ?? [], kept.scps ?? [], 'attaches', 'detaches'));
  if ((kept.fullAWSAccess !== false) !== (imported.fullAWSAccess !== false))
    effects.push(`${kept.fullAWSAccess === false ? 'detaches' : 'attaches'} FullAWSAccess`);
  const [keptBaselines, awsBaselines] = [kept, imported].map((account) => effectiveBaselineNames(units, account));
  effects.push(...setChanges('baseline', awsBaselines!, keptBaselines!, 'deploys', 'deletes the stack instances of'));
  const regionsOf = (account: AccountDocument) => account.regions ?? organization.defaultRegions;
  if (keptBaselines!.length > 0)
    effects.push(
      ...setChanges(
        'region',
        regionsOf(imported),
        regionsOf(kept),
        'deploys its baselines to',
        'deletes its stack instances in',
      ),
    );
  if (canonicalJson(kept.parameters ?? {}) !== canonicalJson(imported.parameters ?? {}))
    effects.push('changes its parameter overrides');
  // An unassigned owner leaves the Owner tag as AWS has it (planAccount).
  const changedTags = differingKeys(tagsOf(imported), tagsOf(kept)).filter(
    (key) => key !== 'Owner' || kept.owner !== OWNER_UNASSIGNED,
  );
  if (changedTags.length > 0) effects.push(`changes its tags ${changedTags.join(', ')}`);
  return effects;
}

function setChanges(
  noun: string,
  from: readonly string[],
  to: readonly string[],
  gain: string,
  loss: string,
): string[] {
  const [before, after] = [new Set(from), new Set(to)];
  const added = [...after].filter((name) => !before.has(name)).sort(compareText);
  const removed = [...before].filter((name) => !after.has(name)).sort(compareText);
  const list = (names: string[]) => `${noun}${names.length === 1 ? '' : 's'} ${names.join(', ')}`;
  return [
    ...(added.length > 0 ? [`${gain} ${list(added)}`] : []),
    ...(removed.length > 0 ? [`${loss} ${list(removed)}`] : []),
  ];
}

/** The tags the account carries by the manifest, Owner among them, as the desired state builds them. */
function tagsOf(account: AccountDocument): Record<string, string> {
  return { ...(account.tags ?? {}), ...(account.owner === OWNER_UNASSIGNED ? {} : { Owner: account.owner }) };
}

function differingKeys(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]).sort(compareText);
}
