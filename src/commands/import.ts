import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AWS_REGIONS, AWS_REGIONS_SOURCE } from '../config/aws-regions.js';
import { errorMessage } from '../errors.js';
import { ACCOUNTS_DIR, ORGANIZATION_FILE, readRepository } from '../config/repository.js';
import { countDiagnostics } from '../report/diagnostics-report.js';
import { leftOutAccountIds } from '../import/account-manifests.js';
import { describeOrganization } from '../import/describe-organization.js';
import type { ExistingRepository } from '../import/describe-organization.js';
import type { ImportFinding } from '../import/imported-repository.js';
import { keepRenamedManifests, keptManifestEffects } from '../import/kept-manifests.js';
import { pendingManifestFindings, strayManifestFindings } from '../import/stray-manifests.js';
import { readLiveOrganization } from '../import/read-live-organization.js';
import { renderRepository } from '../import/render-repository.js';
import { replacedSettingsFindings } from '../import/replaced-settings.js';
import { checkTargets, writeRepository } from '../import/write-repository.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { createAwsClients, destroyAwsClients, missingCredentialsReason } from '../observe/aws-clients.js';
import { describeAwsError } from '../observe/aws-errors.js';
import { EnvironmentError, UsageError } from '../settings/settings.js';
import type { VendSettings } from '../settings/settings.js';
import { runValidate } from './validate.js';
import type { ValidateResult } from './validate.js';

/** The StackSet name prefix of the bootstrap stack's default (StackSetNamePrefix), when the repository names none. */
const DEFAULT_NAME_PREFIX = 'vend-';

export interface ImportReport {
  organizationId: string;
  managementAccountId: string;
  /** `accounts-only` writes manifests only, in the terms of the repository's own organization file. */
  mode: 'organization' | 'accounts-only';
  /** Repository-relative paths written, sorted; empty when the import was refused. */
  written: string[];
  /** Files that exist already and were not replaced (without --force): why nothing was written. */
  refused: string[];
  findings: ImportFinding[];
}

export type ImportOutcome =
  | { status: 'refused'; report: ImportReport }
  /** `validation` is what vend validate says of the repository once the files are written. */
  | { status: 'written'; report: ImportReport; validation: ValidateResult };

export interface ImportDependencies {
  /** Injected in tests; otherwise built from the default credential chain, in its region (the home region). */
  clients?: AwsClients;
  now?: Date;
}

/**
 * Reads the organization (read-only), describes it as a repository, writes that repository's files and validates
 * it. Without --force nothing is written when any of the files exists. With --accounts-only the repository's
 * organization file is kept and read for its StackSet prefix, OUs and catalogues; without it, an organization file
 * already there lends its StackSet settings (prefix, permission model and roles, as the bootstrap stack made them).
 *
 * @throws UsageError (exit 2) for --accounts-only without a valid organization file, --ou that names no OU or
 *   with --force over a whole organization file; EnvironmentError (exit 2) for no AWS credentials or region,
 *   credentials of another organization than --accounts-only's file, or a file it cannot write (a symbolic link on
 *   its path, say), found before the first write; PreflightError for credentials that are not the management
 *   account's.
 */
export async function runImport(settings: VendSettings, dependencies: ImportDependencies = {}): Promise<ImportOutcome> {
  const root = settings.repositoryRoot;
  // Part of the organization, forced over a repository that declares more, would shrink its organization file to
  // that part and leave the other manifests pointing at OUs it no longer declares; without --force it is refused
  // anyway, and "pass --force" would send the person round in a circle.
  if (
    !settings.accountsOnly &&
    (settings.importOrganizationalUnits ?? []).length > 0 &&
    existsSync(join(root, ORGANIZATION_FILE))
  )
    throw new UsageError(
      `vend import --ou writes a whole ${ORGANIZATION_FILE}, declaring only ${settings.importOrganizationalUnits!.join(', ')}, and this repository has one${settings.force ? ' that --force would replace' : ''}. To adopt another part of the organization here: declare its OUs, their SCPs and baselines in ${ORGANIZATION_FILE} (vend import --ou into an empty --repo writes those entries, to copy), then vend import --accounts-only --ou writes the manifests of their accounts. To start over with part of the organization, remove ${ORGANIZATION_FILE} first.`,
    );
  const existing = settings.accountsOnly ? existingRepository(root) : undefined;
  // Read once, before anything is written: its StackSet settings and the manifests a person may have renamed.
  const current = readRepository(root).repository;
  const configured = current.organization?.value.stackSets;
  // Its stackSets: names the prefix of the StackSets to import and the roles; a file that does not load would be
  // replaced as if it named the defaults, and StackSets of another prefix left out without a word.
  if (!existing && !current.organization && existsSync(join(root, ORGANIZATION_FILE)))
    throw new UsageError(
      `${root}/${ORGANIZATION_FILE} exists but does not load (run vend validate), so vend import cannot read its stackSets: settings, the name prefix and roles of the StackSets to import. Fix it, or remove it to import with the defaults (prefix ${DEFAULT_NAME_PREFIX}); its other settings are replaced with what the organization holds.`,
    );
  const namePrefix = existing?.organization.stackSets.namePrefix ?? configured?.namePrefix ?? DEFAULT_NAME_PREFIX;
  const clients =
    dependencies.clients ?? createAwsClients(existing ? { region: existing.organization.homeRegion } : {});
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials)
      throw new EnvironmentError(
        `No AWS credentials are available (${missingCredentials}). vend import reads the organization with the management account's credentials: configure them, and AWS_REGION for its home region.`,
      );
    // The SDK refuses a Region that is no hostname component ("us-east-1 ") as it refuses a missing one.
    const region = await clients.cloudFormation.config.region().then(
      (value) => ({ value }),
      (error: unknown) => ({ refused: /not accepted/i.test(errorMessage(error)) ? errorMessage(error) : undefined }),
    );
    const homeRegion = 'value' in region ? region.value : undefined;
    if (!homeRegion)
      throw new EnvironmentError(
        'refused' in region && region.refused
          ? `The configured AWS Region is not valid (${region.refused}). Set AWS_REGION to the organization's home region, such as us-east-1, where its StackSets are administered.`
          : "No AWS region is configured. Set AWS_REGION to the organization's home region, where its StackSets are administered.",
      );
    // It becomes homeRegion, which validate holds to the known Regions: a typo is named here, not met as whatever
    // error the endpoint for a Region that does not exist gives.
    if (!Object.hasOwn(AWS_REGIONS, homeRegion))
      throw new EnvironmentError(
        `The configured AWS Region ${JSON.stringify(homeRegion)} is not one vend knows (${AWS_REGIONS_SOURCE}). Set AWS_REGION to the organization's home region, such as us-east-1, where its StackSets are administered.`,
      );
    let live;
    try {
      live = await readLiveOrganization(clients, { namePrefix });
    } catch (error) {
      throw describeAwsError(error, 'Reading the organization');
    }
    // Manifests of one organization in a repository that declares another would validate, and plan would refuse the
    // credentials only after they are written.
    const declared = existing ? String(existing.organization.managementAccountId) : undefined;
    if (declared !== undefined && declared !== live.organization.managementAccountId)
      throw new EnvironmentError(
        `${ORGANIZATION_FILE} declares management account ${declared}, but these credentials read organization ${live.organization.id}, whose management account is ${live.organization.managementAccountId}. vend import --accounts-only adds manifests to the repository of the same organization: use that organization's credentials, or import this one into its own repository.`,
      );
    const imported = describeOrganization(live, {
      organizationalUnits: settings.importOrganizationalUnits ?? [],
      ...(existing ? { existing } : {}),
      ...(configured ? { stackSetSettings: configured } : {}),
    });
    const files = renderRepository(imported, live.organization.id);
    // --accounts-only keeps every manifest: described as import would write them all, what each kept one does more.
    const kept = existing
      ? {
          findings: keptManifestEffects(
            current.accounts,
            describeOrganization(live, {
              organizationalUnits: [],
              existing: { ...existing, accounts: [] },
              ...(configured ? { stackSetSettings: configured } : {}),
            }).accounts,
            existing.organization,
          ),
          accountIds: new Set<string>(),
        }
      : keepRenamedManifests(current.accounts, imported.accounts, imported.organization!, files);
    // The kept manifest stands for its account: what import says of the manifest it did not write is moot.
    const moot = (finding: ImportFinding) =>
      finding.kind === 'renamed' && [...kept.accountIds].some((id) => finding.subject.startsWith(`account ${id} `));
    // Every target is checked before the first write, so that the import writes all its files or none.
    const existingTargets = checkTargets(root, files.keys());
    const report: ImportReport = {
      organizationId: live.organization.id,
      managementAccountId: live.organization.managementAccountId,
      mode: existing ? 'accounts-only' : 'organization',
      written: [],
      refused: settings.force ? [] : existingTargets,
      findings: [
        ...imported.findings.filter((finding) => !moot(finding)),
        ...kept.findings,
        // --force writes the files from the organization: what only the repository held is named, not lost quietly.
        ...(settings.force
          ? replacedSettingsFindings(current, files, existingTargets, (file) => textOf(join(root, file)))
          : []),
      ],
    };
    if (report.refused.length > 0) return { status: 'refused', report };
    writeRepository(root, files, { replace: settings.force === true });
    report.written = [...files.keys()].sort();
    const liveAccounts = { accounts: live.accounts, managementAccountId: live.organization.managementAccountId };
    report.findings.push(
      ...(existing
        ? // The repository's own manifests are meant to be there; only those that make the plan more than adopt count.
          pendingManifestFindings(current.accounts, liveAccounts)
        : strayManifestFindings(
            filesIn(join(root, ACCOUNTS_DIR)),
            new Set([...files.keys(), ...kept.findings.map((finding) => finding.subject)]),
            current.accounts,
            liveAccounts,
          )),
    );
    return { status: 'written', report, validation: runValidate(settings, dependencies.now) };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
  }
}

/**
 * Whether an import left something for a person to do: a finding to check, an active member account it could not
 * write (unmanaged until someone acts), or a repository that does not validate.
 */
export function importExitCode(outcome: ImportOutcome): 0 | 1 {
  if (outcome.status === 'refused') return 1;
  // --accounts-only that wrote no manifest did nothing a person asked for: an --ou of accounts already declared,
  // or of OUs the organization file does not declare.
  const wroteNothing =
    outcome.report.mode === 'accounts-only' && !outcome.report.written.some((file) => file.endsWith('.yaml'));
  if (wroteNothing) return 1;
  const needsAttention =
    // Settings --force dropped are lost unless a person puts them back: as much to act on as a plan that does more.
    outcome.report.findings.some((finding) => finding.kind === 'check' || finding.kind === 'replaced') ||
    leftOutAccountIds(outcome.report.findings).size > 0;
  return needsAttention || countDiagnostics(outcome.validation.diagnostics).errors > 0 ? 1 : 0;
}

/** --accounts-only works in the terms of the organization file the repository has, which must load. */
function existingRepository(root: string): ExistingRepository {
  const { repository, diagnostics } = readRepository(root);
  const organization = repository.organization?.value;
  const broken = diagnostics.filter((diagnostic) => diagnostic.file === ORGANIZATION_FILE);
  if (!organization || broken.length > 0)
    throw new UsageError(
      `vend import --accounts-only writes account manifests for the organization file ${root}/${ORGANIZATION_FILE}, which ${organization ? 'does not validate (run vend validate)' : 'is missing'}. Import the whole organization first, without --accounts-only.`,
    );
  return {
    organization,
    accounts: repository.accounts.map(({ value }) => ({
      name: value.name,
      email: value.email,
      accountName: value.accountName ?? value.name,
      ou: value.ou,
    })),
  };
}

/** The names in a directory; none when it does not exist. */
function filesIn(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

/** A file's text, or undefined where it cannot be read as one (checkTargets has refused links already). */
function textOf(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
