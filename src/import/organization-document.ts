import { compareText } from '../ordering.js';
import type { ScpAttachments } from '../config/desired-state.js';
import type { OrganizationalUnitsDocument, OrganizationDocument } from '../config/documents.js';
import { QUOTAS } from '../config/quotas.js';
import type { QuotaName, Quotas } from '../config/quotas.js';
import type { AccountCandidate } from './account-manifests.js';
import { baselineDependencies } from './baseline-dependencies.js';
import { commonRegions, organizationalUnitBaselines } from './baseline-placement.js';
import type { AccountBaselines, ImportedBaseline } from './baseline-placement.js';
import type { ImportFinding } from './imported-repository.js';
import { policySize } from '../config/rules/scp-rules.js';
import type { LiveOrganization } from './live-organization.js';
import type { ImportedOrganizationalUnit } from './organizational-units.js';
import { serviceControlPoliciesToImport } from './service-control-policies.js';
import { templateFile } from './stack-set-baselines.js';

/** What baselines/organization.yaml is made of: the OUs, the accounts to be written and their baselines. */
export interface OrganizationParts {
  units: readonly ImportedOrganizationalUnit[];
  candidates: readonly AccountCandidate[];
  /** Each candidate's baselines, by account id. */
  placed: ReadonlyMap<string, AccountBaselines>;
  baselines: readonly ImportedBaseline[];
  regionsOf: ReadonlyMap<string, string[] | undefined>;
  /** The StackSet settings the baselines were chosen for. */
  settings: OrganizationDocument['stackSets'];
  quotas: Quotas;
  /** Only the subtrees `--ou` chose are imported: what the rest of the organization holds is not reported. */
  partial: boolean;
  /**
   * The baselines each active member account not written now has instances of (outside --ou's subtrees, left out,
   * under the root): a later --accounts-only import may write it, so dependsOn holds for it too, or its manifest
   * would not validate (baseline-reference).
   */
  laterAccounts?: readonly { account: string; baselines: ReadonlySet<string> }[];
}

/** A policy's size as validate measures it (scp-size): minified, in UTF-8 bytes; 0 for content that is no JSON. */
function minifiedBytes(policy: { content: string }): number {
  try {
    return policySize(JSON.parse(policy.content));
  } catch {
    return 0;
  }
}

/**
 * baselines/organization.yaml as the organization has it: its management account and home region; regions from where
 * its baselines are deployed (defaultRegions those most accounts use); its StackSet settings; the OU tree with each
 * target's catalogue SCPs, `fullAWSAccess: false` where FullAWSAccess is missing, and the baselines each complete OU's
 * accounts (two or more) all have; the SCP and baseline catalogues; and any quota it already exceeds. Findings go to
 * `findings`. Pure.
 */
export function organizationFile(
  live: LiveOrganization,
  parts: OrganizationParts,
  findings: ImportFinding[],
): OrganizationDocument {
  const { units, candidates, placed, baselines, regionsOf } = parts;
  const { regions: defaultRegions, findings: regionFindings } = commonRegions(placed.values(), live.homeRegion);
  const held = candidates.map((candidate) => ({
    ou: candidate.ou,
    baselines: new Set(placed.get(candidate.account.id)!.overrides.keys()),
  }));
  const { declared: unitBaselines, findings: unitFindings } = organizationalUnitBaselines(units, held);
  const targets = [live.root.id, ...units.map((unit) => unit.id), ...candidates.map((c) => c.account.id)];
  // A policy AWS holds is evidence of its size quota, as the attachments are of theirs: one the repository will hold
  // (attached to a target written) is not refused for it.
  const targetIds = new Set(targets);
  const largest = Math.max(
    0,
    ...live.serviceControlPolicies
      .filter((policy) => !policy.awsManaged && policy.targetIds.some((id) => targetIds.has(id)))
      .map(minifiedBytes),
  );
  const quotas = { ...parts.quotas, scpSize: Math.max(parts.quotas.scpSize, largest) };
  const scps = serviceControlPoliciesToImport(live, new Set(targets), quotas, parts.partial);
  // Raised only as far as an SCP the catalogue holds needs: one left out (a name it cannot hold) is no evidence.
  const proven = provenQuotas({
    scpSize: Math.max(0, ...scps.catalogue.map(minifiedBytes)),
    // Every SCP attached counts, those left out of the catalogue too: the plan counts them against the quota.
    scpsPerTarget: Math.max(
      ...targets.map((id) => live.serviceControlPolicies.filter((policy) => policy.targetIds.includes(id)).length),
    ),
    organizationalUnitDepth: Math.max(0, ...units.map((unit) => unit.path.split('/').length)),
  });
  findings.push(...regionFindings, ...unitFindings, ...scps.findings, ...proven.findings);
  const dependencies = baselineDependencies(baselines, [
    ...candidates.map((candidate, index) => ({
      account: `${candidate.account.name} (${candidate.account.id})`,
      baselines: held[index]!.baselines,
    })),
    ...(parts.laterAccounts ?? []),
  ]);
  findings.push(...dependencies.findings);
  const regions = [
    live.homeRegion,
    ...defaultRegions,
    ...[...regionsOf.values()].flatMap((fixed) => fixed ?? []),
    ...[...placed.values()].flatMap((account) => account.regions ?? []),
    // Every region a written baseline has instances in, whichever account: an --ou import or an account left out
    // now is written later by --accounts-only, whose manifests must find their regions allowed.
    ...baselines.flatMap(({ stackSet }) => stackSet.instances.map((instance) => instance.region)),
  ];
  const root = attachmentFields(scps.attachmentsOf(live.root.id));
  const templateFiles = new Map(
    baselines.map(({ name, stackSet }) => [name, templateFile(name, stackSet.templateBody)]),
  );
  return {
    managementAccountId: live.organization.managementAccountId,
    homeRegion: live.homeRegion,
    allowedRegions: [...new Set(regions)].sort(compareText),
    defaultRegions,
    stackSets: parts.settings,
    ...(Object.keys(root).length > 0 ? { root } : {}),
    organizationalUnits: organizationalUnitsDocument(units, scps.attachmentsOf, unitBaselines),
    ...(scps.catalogue.length > 0
      ? {
          scps: Object.fromEntries(
            scps.catalogue.map(({ name, file, description }) => [
              name,
              { file: file.slice('baselines/'.length), ...(description ? { description } : {}) },
            ]),
          ),
        }
      : {}),
    ...(baselines.length > 0
      ? { baselines: baselinesDocument(baselines, templateFiles, regionsOf, dependencies.dependsOn) }
      : {}),
    ...(proven.quotas ? { quotas: proven.quotas } : {}),
  };
}

/** An attachment target, as the organization file writes it: nothing when it keeps the defaults. */
function attachmentFields(attachments: ScpAttachments): { scps?: string[]; fullAWSAccess?: false } {
  return {
    ...(attachments.scps.length > 0 ? { scps: attachments.scps } : {}),
    ...(attachments.fullAWSAccess ? {} : { fullAWSAccess: false as const }),
  };
}

/** The nested `organizationalUnits` of the OUs imported, with their attachments and the baselines they declare. */
export function organizationalUnitsDocument(
  units: readonly ImportedOrganizationalUnit[],
  attachmentsOf: (id: string) => ScpAttachments,
  baselines: ReadonlyMap<string, string[]>,
): OrganizationalUnitsDocument {
  const documents = new Map<string | null, OrganizationalUnitsDocument>([[null, {}]]);
  for (const unit of units) {
    const children: OrganizationalUnitsDocument = {};
    documents.set(unit.path, children);
    const declared = baselines.get(unit.path) ?? [];
    documents.get(unit.parentPath)![unit.name] = {
      ...attachmentFields(attachmentsOf(unit.id)),
      ...(declared.length > 0 ? { baselines: declared } : {}),
    };
  }
  // Children are filled in after their parent's entry exists; only non-empty child maps are written.
  for (const unit of units) {
    const children = documents.get(unit.path)!;
    if (Object.keys(children).length > 0) documents.get(unit.parentPath)![unit.name]!.organizationalUnits = children;
  }
  return documents.get(null)!;
}

/**
 * The catalogue entry of each baseline: its template file, its fixed regions, what it depends on, its StackSet's
 * parameters.
 */
export function baselinesDocument(
  baselines: readonly ImportedBaseline[],
  templateFiles: ReadonlyMap<string, string>,
  regionsOf: ReadonlyMap<string, string[] | undefined>,
  dependsOn: ReadonlyMap<string, string[]>,
): NonNullable<OrganizationDocument['baselines']> {
  return Object.fromEntries(
    [...baselines]
      .sort((a, b) => compareText(a.name, b.name))
      .map(({ name, stackSet }) => {
        const regions = regionsOf.get(name);
        return [
          name,
          {
            template: templateFiles.get(name)!.slice('baselines/'.length),
            ...(regions ? { regions } : {}),
            ...(dependsOn.has(name) ? { dependsOn: dependsOn.get(name)! } : {}),
            // In name order: DescribeStackSet returns them in the order the last update sent, so a re-import after
            // vend's first apply would otherwise rewrite a file nothing changed in.
            ...(Object.keys(stackSet.parameters).length > 0
              ? {
                  parameters: Object.fromEntries(
                    Object.entries(stackSet.parameters).sort(([a], [b]) => compareText(a, b)),
                  ),
                }
              : {}),
          },
        ];
      }),
  );
}

/**
 * Quota overrides the organization proves: when AWS already holds more than a quota's default (more SCPs on one
 * target, a deeper OU tree), AWS's quota is at least that, and validate would otherwise refuse what exists.
 */
export function provenQuotas(observed: Partial<Record<QuotaName, number>>): {
  quotas?: OrganizationDocument['quotas'];
  findings: ImportFinding[];
} {
  const raised = Object.entries(observed).filter(
    ([name, value]) => value !== undefined && value > QUOTAS[name as QuotaName].default,
  );
  if (raised.length === 0) return { findings: [] };
  return {
    quotas: Object.fromEntries(raised),
    findings: raised.map(([name, value]) => ({
      kind: 'note' as const,
      subject: `quotas.${name}`,
      message: `Set to ${value}: the organization already holds that much (${QUOTAS[name as QuotaName].description}), above vend's default of ${QUOTAS[name as QuotaName].default}, so AWS's quota is at least that. validate warns about it (rule quota-override) and asks for the AWS page that shows the new value: here the organization itself is that evidence, so keep it while the organization holds what needs it.`,
    })),
  };
}
