import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG, OWNER_UNASSIGNED } from './desired-state.js';
import type { DesiredAccount, DesiredBaseline, DesiredState } from './desired-state.js';
import type { OrganizationDocument } from './documents.js';
import { effectiveBaselineNames } from './inheritance.js';
import type { LoadedRepository } from './repository.js';
import { effectiveQuotas } from './quotas.js';
import { minifyPolicy } from './rules/scp-rules.js';

/** Builds the desired state from a repository that passed every rule; defaults are resolved and everything is sorted. */
export function buildDesiredState(
  repository: LoadedRepository & { organization: NonNullable<LoadedRepository['organization']> },
): DesiredState {
  const organization = repository.organization.value;
  const baselines = orderBaselines(organization, repository);
  const baselineOrder = new Map(baselines.map((baseline, index) => [baseline.name, index]));
  const byName = <T extends { name: string }>(a: T, b: T) => compareText(a.name, b.name);

  return {
    organization: {
      managementAccountId: organization.managementAccountId,
      ...(organization.delegatedAdministratorAccountId
        ? { delegatedAdministratorAccountId: organization.delegatedAdministratorAccountId }
        : {}),
      homeRegion: organization.homeRegion,
      allowedRegions: [...organization.allowedRegions],
      defaultRegions: [...organization.defaultRegions],
      emailDomains: [...(organization.emailDomains ?? [])],
      requiredTags: [...(organization.requiredTags ?? [])],
      stackSets: {
        ...organization.stackSets,
        operationPreferences: { ...(organization.stackSets.operationPreferences ?? {}) },
      },
      root: {
        scps: [...(organization.root?.scps ?? [])].sort(),
        fullAWSAccess: organization.root?.fullAWSAccess !== false,
      },
      quotas: effectiveQuotas(organization),
    },
    organizationalUnits: repository.organizationalUnits.map((unit) => ({
      path: unit.path,
      name: unit.name,
      parentPath: unit.parentPath,
      scps: [...(unit.document.scps ?? [])].sort(),
      fullAWSAccess: unit.document.fullAWSAccess !== false,
      baselines: [...(unit.document.baselines ?? [])],
    })),
    scps: [...repository.scps.values()]
      .map((scp) => ({
        name: scp.name,
        description: scp.description,
        file: scp.file,
        content: minifyPolicy(scp.document),
      }))
      .sort(byName),
    baselines,
    accounts: repository.accounts
      .map(({ source, value }): DesiredAccount => {
        const tags: Record<string, string> = {
          ...(value.tags ?? {}),
          ...(value.owner === OWNER_UNASSIGNED ? {} : { Owner: value.owner }),
          [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value,
        };
        return {
          name: value.name,
          accountName: value.accountName ?? value.name,
          email: value.email,
          ou: value.ou,
          owner: value.owner,
          tags: Object.fromEntries(Object.entries(tags).sort(([a], [b]) => compareText(a, b))),
          regions: [...(value.regions ?? organization.defaultRegions)],
          baselines: effectiveBaselineNames(repository.organizationalUnits, value).sort(
            (a, b) => (baselineOrder.get(a) ?? 0) - (baselineOrder.get(b) ?? 0),
          ),
          scps: [...(value.scps ?? [])].sort(),
          fullAWSAccess: value.fullAWSAccess !== false,
          parameters: value.parameters ?? {},
          closed: value.closed === true,
          file: source.file,
          ...((value.exceptions?.length ?? 0) + (value.excludeBaselines?.length ?? 0) > 0
            ? {
                waivers: {
                  exceptions: (value.exceptions ?? []).map(({ rule, approvedBy }) => ({ rule, approvedBy })),
                  excludedBaselines: [...(value.excludeBaselines ?? [])].sort(compareText),
                },
              }
            : {}),
        };
      })
      .sort(byName),
  };
}

/** Dependencies first; among baselines that are ready at the same time, alphabetical, so the order is stable. */
function orderBaselines(organization: OrganizationDocument, repository: LoadedRepository): DesiredBaseline[] {
  const declared = organization.baselines ?? {};
  const ordered: DesiredBaseline[] = [];
  const placed = new Set<string>();
  const remaining = Object.keys(declared).sort();
  while (remaining.length > 0) {
    const next = remaining.findIndex((name) =>
      (declared[name]?.dependsOn ?? []).every((dependency) => placed.has(dependency)),
    );
    // Cycles are rejected by a rule before this runs; the fallback only keeps the loop finite.
    const [name] = remaining.splice(next < 0 ? 0 : next, 1) as [string];
    const baseline = declared[name]!;
    const template = repository.templates.get(name);
    ordered.push({
      name,
      description: baseline.description ?? '',
      templateFile: template?.file ?? baseline.template,
      templateBody: template?.body ?? '',
      ...(baseline.regions ? { regions: [...baseline.regions] } : {}),
      parameters: { ...(baseline.parameters ?? {}) },
      dependsOn: [...(baseline.dependsOn ?? [])].sort(),
    });
    placed.add(name);
  }
  return ordered;
}
