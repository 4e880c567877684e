import { takenNameChecks } from './taken-names.js';
import { compareText } from '../ordering.js';
import { inactiveAccountIds } from '../observe/observed-state.js';
import { countOf, listNames } from '../report/phrasing.js';
import { flattenOrganizationalUnits } from '../config/documents.js';
import type { OrganizationDocument } from '../config/documents.js';
import { effectiveQuotas } from '../config/quotas.js';
import { ACCOUNTS_DIR } from '../config/repository.js';
import { accountCandidates, accountManifest, leftOutAccount, leftOutAccountIds } from './account-manifests.js';
import { baseName, hasNoUsableCharacters, manifestNames } from './account-names.js';
import {
  accountBaselines,
  fixedRegions,
  secretParameters,
  undeclaredAccountInstances,
  unfinishedInstances,
} from './baseline-placement.js';
import type { AccountBaselines } from './baseline-placement.js';
import type { ImportedRepository, ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import { organizationFile } from './organization-document.js';
import { adoptionFindings, organizationalUnitsToImport } from './organizational-units.js';
import { resolveOrganizationalUnits } from '../observe/organizational-unit-ids.js';
import { overrideRecordChecks } from './override-records.js';
import { catalogueAfterLeftOutAccounts, unlistedAccountAttachments } from './service-control-policies.js';
import { declaredAttachmentDifferences } from './declared-attachments.js';
import { baselinesToImport, templateFile } from './stack-set-baselines.js';
import { catalogueConflicts } from './baseline-conflicts.js';
import { manifestsFor } from './manifest-contexts.js';

export interface ImportOptions {
  /** `--ou`: the OU paths whose subtrees to import; all OUs when empty. */
  organizationalUnits: readonly string[];
  /** `--accounts-only`: the repository as it is, whose organization file is kept; only manifests are written. */
  existing?: ExistingRepository;
  /**
   * The `stackSets:` settings of an organization file already in the repository (the bootstrap stack's roles, say):
   * kept as they are, since the apply role may pass no other administration role. StackSets with other settings
   * are then reported, not adopted.
   */
  stackSetSettings?: OrganizationDocument['stackSets'];
}

export interface ExistingRepository {
  organization: OrganizationDocument;
  /**
   * The manifests the repository has: their names stay taken, and the accounts with their emails are skipped.
   * `accountName` is the AWS name the manifest gives (its accountName, else its name) and `ou` where it puts it.
   */
  accounts: readonly { name: string; email: string; accountName: string; ou: string }[];
}

/**
 * The repository that describes `live` as it is, so that right after import validate passes and the plan changes
 * nothing but ownership: the ManagedBy tag on OUs, accounts, SCPs and StackSets, and the record of parameter
 * overrides. Whatever a
 * repository cannot say as it is in AWS is left out, where vend leaves it alone, and is a finding; so is anything
 * the first plan would still change. With `existing` (--accounts-only) only manifests are written, in the terms of
 * the organization file the repository has. Pure and deterministic: the same organization gives the same files.
 *
 * @throws UsageError when `--ou` names an OU the repository could not declare.
 */
export function describeOrganization(live: LiveOrganization, options: ImportOptions): ImportedRepository {
  const { existing } = options;
  const quotas = effectiveQuotas(existing?.organization);
  const selection = organizationalUnitsToImport(live, options.organizationalUnits);
  const findings: ImportFinding[] = [
    ...live.otherPolicyTypes.map(({ type, policies }) => ({
      kind: 'left-out' as const,
      subject: `policy type ${type}`,
      message: `${countOf(policies.length, 'policy', 'policies')}${policies.length > 0 ? ` (${listNames(policies)})` : ''}: vend manages service control policies only, so these stay as they are and no file describes them.`,
    })),
    ...selection.findings,
  ];
  const imported = accountCandidates(live, selection.units, options.organizationalUnits.length === 0);
  findings.push(...imported.findings);
  const stackSets = baselinesToImport(live, options.stackSetSettings);
  if (!existing) findings.push(...adoptionFindings(live, selection.units, quotas), ...stackSets.findings);
  // Kept from an organization.yaml already here (another organization's, a copied example): its administration role
  // lives in another account, so every StackSet differs from it, which the StackSets' own findings say only one by one.
  const roleAccount = /^arn:[^:]+:iam::(\d{12}):/.exec(options.stackSetSettings?.administrationRoleArn ?? '')?.[1];
  if (!existing && roleAccount !== undefined && roleAccount !== live.organization.managementAccountId)
    findings.push({
      kind: 'check',
      subject: 'stackSets in baselines/organization.yaml',
      message: `Kept from the organization.yaml already here, its administrationRoleArn is in account ${roleAccount}, not in this organization's management account ${live.organization.managementAccountId}, where vend creates StackSets: validate refuses it (administration-role), and no StackSet found matches it. Set the role of this organization (the bootstrap stack's), or remove baselines/organization.yaml to take the settings from the StackSets found, then import again.`,
    });

  let candidates = imported.candidates;
  let baselines = stackSets.baselines;
  let regionsOf: Map<string, string[] | undefined>;
  // What the accounts not written now have: a later --accounts-only import may write them.
  const laterAccounts: { account: string; baselines: Set<string> }[] = [];
  if (existing) {
    const declared = new Set(
      flattenOrganizationalUnits(existing.organization.organizationalUnits).map((unit) => unit.path),
    );
    const manifested = new Map(existing.accounts.map((account) => [account.email.toLowerCase(), account]));
    for (const candidate of candidates) {
      const manifest = manifested.get(candidate.account.email.toLowerCase());
      if (manifest === undefined) continue;
      // A kept manifest that says otherwise than AWS is not an adoption: the first plan renames or moves the account.
      const differences = [
        manifest.accountName !== candidate.account.name
          ? `names it '${manifest.accountName}' (in AWS '${candidate.account.name}'), so the first plan renames it`
          : '',
        manifest.ou !== candidate.ou
          ? `puts it in ${manifest.ou} (in AWS ${candidate.ou || 'the root'}), so the first plan moves it`
          : '',
      ].filter(Boolean);
      findings.push({
        kind: differences.length > 0 ? 'check' : 'note',
        subject: `${candidate.account.name} (${candidate.account.id})`,
        message: `Already declared by accounts/${manifest.name}.yaml (same email), which is kept as it is${differences.length > 0 ? `, and ${differences.join('; it ')}. Make sure that manifest is this account's, or correct it before the first plan` : ''}.`,
      });
    }
    candidates = candidates.filter((candidate) => !manifested.has(candidate.account.email.toLowerCase()));
    for (const candidate of candidates.filter((candidate) => !declared.has(candidate.ou)))
      findings.push(
        leftOutAccount(
          candidate.account,
          `Its OU ${candidate.ou} is not in baselines/organization.yaml: declare it there, then import it.`,
        ),
      );
    candidates = candidates.filter((candidate) => declared.has(candidate.ou));
    // The repository's catalogue says which StackSets are baselines now, whatever import would choose.
    const catalogue = existing.organization.baselines ?? {};
    baselines = live.stackSets
      .map((stackSet) => ({ name: stackSet.name.slice(live.namePrefix.length), stackSet }))
      .filter(({ name }) => Object.hasOwn(catalogue, name))
      .sort((a, b) => compareText(a.name, b.name));
    regionsOf = new Map(baselines.map((baseline) => [baseline.name, catalogue[baseline.name]!.regions]));
  } else {
    // With --ou, the accounts of the rest of the organization count too: they are the ones a later
    // --accounts-only import writes, and fixed regions they do not fit would leave them out then.
    const everywhere =
      options.organizationalUnits.length === 0
        ? imported
        : accountCandidates(live, organizationalUnitsToImport(live, []).units, true);
    regionsOf = fixedRegions(baselines, new Set(everywhere.candidates.map((candidate) => candidate.account.id)));
    const conflicts = catalogueConflicts(baselines, regionsOf, {
      homeRegion: live.homeRegion,
      managementAccountId: live.organization.managementAccountId,
      executionRoleName: stackSets.settings?.executionRoleName,
    });
    baselines = conflicts.baselines;
    findings.push(...conflicts.findings);
  }

  const placed = new Map<string, AccountBaselines>();
  for (const candidate of candidates) {
    const placement = accountBaselines(candidate.account.id, baselines, regionsOf);
    if ('problem' in placement)
      findings.push(
        leftOutAccount(
          candidate.account,
          `A manifest cannot say what its stack instances are: ${placement.problem}. Make its instances agree in AWS (create the missing ones and delete the others: aws cloudformation create-stack-instances, delete-stack-instances; update-stack-instances for overrides), then import it (vend import --accounts-only).`,
        ),
      );
    else placed.set(candidate.account.id, placement);
  }
  candidates = candidates.filter((candidate) => placed.has(candidate.account.id));
  // Every other active member account with instances may be written later (--accounts-only, once what keeps it out
  // is settled): the baselines it has instances of count for dependsOn as a written account's do.
  if (!existing)
    for (const account of live.accounts) {
      if (placed.has(account.id) || account.status !== 'ACTIVE') continue;
      if (account.id === live.organization.managementAccountId) continue;
      const names = baselines
        .filter(({ stackSet }) => stackSet.instances.some((instance) => instance.accountId === account.id))
        .map(({ name }) => name);
      if (names.length > 0)
        laterAccounts.push({ account: `${account.name} (${account.id})`, baselines: new Set(names) });
    }

  const organization =
    existing?.organization ??
    organizationFile(
      live,
      {
        units: selection.units,
        candidates,
        placed,
        baselines,
        regionsOf,
        settings: stackSets.settings,
        quotas,
        partial: options.organizationalUnits.length > 0,
        laterAccounts,
      },
      findings,
    );
  const manifests = manifestsFor(live, organization, candidates, placed, findings);
  const { names, unavailable } = manifestNames(
    manifests.map(({ candidate }) => candidate.account),
    live.accounts.filter((account) => account.id !== live.organization.managementAccountId),
    new Set(existing?.accounts.map((account) => account.name)),
  );
  for (const { id, name } of unavailable)
    findings.push(
      leftOutAccount(
        manifests.find(({ candidate }) => candidate.account.id === id)!.candidate.account,
        `Its manifest name would be ${name}, but ${ACCOUNTS_DIR}/${name}.yaml is there already, for another account. Rename that manifest, then import it (vend import --accounts-only).`,
      ),
    );
  const accounts = manifests
    .filter(({ candidate }) => names.has(candidate.account.id))
    .map(({ candidate, context }) => {
      const name = names.get(candidate.account.id)!;
      return {
        candidate,
        file: `${ACCOUNTS_DIR}/${name}.yaml`,
        document: accountManifest(candidate, { ...context, name }),
      };
    })
    .sort((a, b) => compareText(a.file, b.file));
  for (const { candidate, document } of accounts)
    if (document.accountName !== undefined)
      findings.push({
        kind: 'renamed',
        subject: `account ${candidate.account.id} (${candidate.account.name})`,
        message: renameReason(candidate.account.name, document.name),
      });
  findings.push(...overrideRecordChecks(live, accounts));
  if (!existing) {
    // The catalogue counted every candidate as declared; some were left out since.
    const written = new Set(accounts.map(({ candidate }) => candidate.account.id));
    const after = catalogueAfterLeftOutAccounts(
      live,
      Object.keys(organization.scps ?? {}),
      new Set([live.root.id, ...selection.units.map((unit) => unit.id), ...written]),
      new Set(candidates.map(({ account }) => account.id).filter((id) => !written.has(id))),
    );
    for (const name of after.drop) delete organization.scps![name];
    findings.push(...after.findings);
  }
  // A full import writes the catalogue from what the accounts have, and says what it left out; an existing one may
  // lack an SCP an account has.
  if (existing?.organization) {
    // Declared OUs by id, each name under its own parent: never by the display path AWS's names make.
    const declaredUnits = resolveOrganizationalUnits(
      { organizationalUnits: flattenOrganizationalUnits(existing.organization.organizationalUnits) },
      live,
    ).ids;
    const keptEmails = new Set(existing.accounts.map((account) => account.email.toLowerCase()));
    findings.push(
      ...declaredAttachmentDifferences(
        live,
        existing.organization,
        declaredUnits,
        accounts.map(({ candidate }) => candidate.ou),
      ),
    );
    findings.push(
      ...unlistedAccountAttachments(
        live,
        new Set(Object.keys(existing.organization.scps ?? {})),
        new Map(accounts.map(({ candidate, document }) => [candidate.account.id, document.name])),
        // The root, the declared OUs and the accounts kept manifests declare; never the management account.
        new Set([
          ...declaredUnits.values(),
          ...live.accounts
            .filter(
              (account) =>
                keptEmails.has(account.email.toLowerCase()) && account.id !== live.organization.managementAccountId,
            )
            .map((account) => account.id),
        ]),
      ),
    );
  }
  const written = new Set(accounts.map(({ candidate }) => candidate.account.id));
  findings.push(...unfinishedInstances(baselines, written));
  const declaredEmails = new Set(existing?.accounts.map((account) => account.email.toLowerCase()));
  const declared = new Set([
    ...written,
    ...live.accounts.filter((account) => declaredEmails.has(account.email.toLowerCase())).map((account) => account.id),
  ]);
  findings.push(
    ...takenNameChecks(
      live.accounts,
      accounts.map(({ candidate, file, document }) => ({ account: candidate.account, file, document })),
      declared,
      live.organization.managementAccountId,
    ),
  );
  const inactive = inactiveAccountIds(live.accounts);
  // Accounts import left out with a reason: a later --accounts-only writes them only once that is settled.
  const refused = leftOutAccountIds(findings);
  findings.push(
    ...undeclaredAccountInstances(baselines, declared, live.organization.managementAccountId, {
      inactive,
      refused,
      members: new Set(live.accounts.map((account) => account.id)),
      partial: options.organizationalUnits.length > 0,
      names: new Map(live.accounts.map((account) => [account.id, account.name])),
    }),
  );
  findings.push(
    ...secretParameters(
      baselines,
      accounts.map(({ document }) => document),
      existing === undefined,
    ),
  );

  const leftOut = new Set(findings.filter((finding) => finding.kind === 'left-out').map((finding) => finding.subject));
  return {
    ...(existing ? {} : { organization }),
    scps: existing
      ? []
      : Object.entries(organization.scps ?? {}).map(([name, entry]) => ({
          name,
          file: `baselines/${entry.file}`,
          content: live.serviceControlPolicies.find((policy) => policy.name === name && !policy.awsManaged)!.content,
        })),
    templates: existing
      ? []
      : baselines.map(({ name, stackSet }) => ({
          baseline: name,
          file: templateFile(name, stackSet.templateBody),
          body: stackSet.templateBody,
        })),
    accounts: accounts.map(({ candidate, file, document }) => {
      const ownerTag = candidate.account.tags?.Owner;
      return {
        file,
        accountId: candidate.account.id,
        document,
        ...(ownerTag === undefined ? {} : { ownerTag }),
        ...(candidate.ownerRefused === undefined ? {} : { ownerRefused: candidate.ownerRefused }),
      };
    }),
    // What adopting an account would do means nothing for one that is left out after all.
    findings: oneEntryEach(findings.filter((finding) => finding.kind === 'left-out' || !leftOut.has(finding.subject))),
  };
}

/**
 * One finding per kind and subject, its messages in order: a StackSet with instances both in the management account
 * and in accounts without a manifest is one entry to look at, not two.
 */
function oneEntryEach(findings: readonly ImportFinding[]): ImportFinding[] {
  const merged = new Map<string, ImportFinding>();
  for (const finding of findings) {
    const key = `${finding.kind}\u0000${finding.subject}`;
    const known = merged.get(key);
    // A sentence both say (the first plan's high-impact adoption, say) is said once.
    const said = new Set(known ? sentencesOf(known.message) : []);
    const added = sentencesOf(finding.message).filter((sentence) => !said.has(sentence));
    merged.set(key, known ? { ...known, message: [known.message, ...added].join(' ') } : finding);
  }
  return [...merged.values()];
}

/** A message's sentences: each ends with a full stop before a space and a capital letter, or at the end. */
function sentencesOf(message: string): string[] {
  return message.split(/(?<=\.) (?=[A-Z])/);
}

/**
 * Why an account's manifest name is not its AWS name: a name with nothing usable is named `account`; a base name
 * another account (or a manifest already there) would also have takes the account's id.
 */
function renameReason(accountName: string, manifestName: string): string {
  const base = baseName(accountName);
  const nameless = hasNoUsableCharacters(accountName)
    ? `its name has no letter or digit a manifest name could use, so it is named ${base}`
    : undefined;
  const suffixed =
    base === manifestName
      ? undefined
      : `another account of the organization, or a manifest the repository has, would also be named ${base}, so its id is added`;
  const reasons = [nameless, suffixed].filter((reason) => reason !== undefined);
  return `Written as ${manifestName}${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}; accountName keeps its name in AWS.`;
}
