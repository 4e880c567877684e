import { refuseNamedIamRegionMoves } from './named-iam-region-moves.js';
import { refuseOptInRegionsOfNewAccounts } from './opt-in-regions.js';
import { compareText } from '../ordering.js';
import type { DesiredState } from '../config/desired-state.js';
import type { Locate } from '../config/load-repository.js';
import type { ObservedState } from '../observe/observed-state.js';
import { computeBlastRadius } from './blast-radius.js';
import { flagFarReaching } from './far-reaching.js';
import { observedSnapshot, plannedSnapshot } from './organization-snapshot.js';
import { canonicalJson, sha256Digest } from './canonical-json.js';
import { noEchoParameters } from './no-echo-parameters.js';
import { flagWaivedCreations } from './account-waivers.js';
import { QUOTAS } from '../config/quotas.js';
import type { QuotaName } from '../config/quotas.js';
import { orderChanges } from './order-changes.js';
import { PLAN_FORMAT_VERSION } from './plan.js';
import type { Plan } from './plan.js';
import {
  flagAdoptionsThatChange,
  flagCreationsBesideOwnedAccounts,
  planAccount,
  unmanagedAccounts,
} from './plan-accounts.js';
import { plannedAccounts } from './planned-accounts.js';
import { checkAccountClosureQuota, closeAccountsLast } from './plan-account-closures.js';
import { PlanDraft } from './plan-draft.js';
import {
  flagOrganizationalUnitAdoptionsThatChange,
  planOrganizationalUnits,
  planScpPolicyType,
} from './plan-organizational-units.js';
import { refuseManagementOnlyChanges } from './plan-caller.js';
import { planParameterOverrideRecords } from './plan-parameter-overrides.js';
import { planAttachments } from './plan-scp-attachments.js';
import { planRetiredScps, planScps } from './plan-scps.js';
import { planStackSets } from './plan-stack-sets.js';
import { undeclaredInstances } from './undeclared-instances.js';
import type { UndeclaredInstance } from './plan.js';

/**
 * The plan: pure, deterministic, and complete enough for apply to act on and for reviewers to read. Each planner
 * adds the changes for one kind of resource; their order here only matters for the dependencies they name.
 * `source.locate` (RepositoryVerdict.locate) gives each problem the line and column of the declaration to fix.
 */
export function computePlan(
  desired: DesiredState,
  observed: ObservedState,
  source: { commit: string | null; locate?: Locate } = { commit: null },
): Plan {
  const draft = new PlanDraft(desired, observed);
  planScpPolicyType(draft);
  planOrganizationalUnits(draft);
  planScps(draft);
  for (const account of desired.accounts) planAccount(draft, account);
  planAttachments(draft);
  planRetiredScps(draft);
  planStackSets(draft);
  refuseOptInRegionsOfNewAccounts(draft);
  refuseNamedIamRegionMoves(draft);
  planParameterOverrideRecords(draft);
  closeAccountsLast(draft);
  checkAccountClosureQuota(draft);
  refuseManagementOnlyChanges(draft);
  flagAdoptionsThatChange(draft);
  flagOrganizationalUnitAdoptionsThatChange(draft);
  const unmanaged = unmanagedAccounts(draft);
  flagCreationsBesideOwnedAccounts(draft, unmanaged);
  flagWaivedCreations(draft);

  const ordered = orderChanges([...draft.changes.values()]);
  // The organization as observed and as the plan leaves it: what the blast radius and the accounts table read.
  const snapshots = {
    before: observedSnapshot(desired, observed),
    after: plannedSnapshot(desired, observed, draft.withheldAccounts),
  };
  const blastRadius = computeBlastRadius(ordered, desired, observed, snapshots, draft.formerAccountIds);
  const delegated = desired.organization.delegatedAdministratorAccountId;
  const declaredAs = [...draft.existingAccounts].find(([, account]) => account.id === delegated)?.[0];
  const observedAs = observed.accounts.find((account) => account.id === delegated);
  const runsFrom = declaredAs ?? (observedAs ? `${observedAs.name} (${observedAs.id})` : undefined);
  const changes = flagFarReaching(ordered, blastRadius, runsFrom);
  const summary = { create: 0, change: 0, destroy: 0 };
  for (const change of changes) summary[change.action]++;
  const body: Omit<Plan, 'digest'> = {
    formatVersion: PLAN_FORMAT_VERSION,
    commit: source.commit,
    repositoryDigest: repositoryDigest(desired),
    managementAccountId: desired.organization.managementAccountId,
    homeRegion: desired.organization.homeRegion,
    summary,
    changes,
    accounts: plannedAccounts(draft, snapshots),
    organizationalUnits: desired.organizationalUnits.map((unit) => ({
      path: unit.path,
      isNew: !draft.ouIdByPath.has(unit.path),
    })),
    unmanagedAccounts: unmanaged,
    ...withUndeclaredInstances(undeclaredInstances(draft)),
    problems: draft.problems
      .sort((a, b) => compareText(a.target, b.target) || compareText(a.message, b.message))
      .map(({ at, ...problem }) => ({ ...problem, file: at.file, ...source.locate?.(at.file, at.path) })),
    blastRadius,
    noEchoParameters: noEchoParameters(desired, observed),
    ...raisedQuotas(desired),
  };
  return { ...body, digest: sha256Digest(canonicalJson(body)) };
}

/**
 * What a plan records of the repository it was computed from; see Plan.repositoryDigest. Declarations whose order
 * carries no meaning are sorted first, so the digest depends on what the files say, not on the order they were read.
 */
export function repositoryDigest(desired: DesiredState): string {
  const byName = <T extends { name: string }>(items: readonly T[]) =>
    [...items].sort((a, b) => compareText(a.name, b.name));
  return sha256Digest(
    canonicalJson({
      ...desired,
      accounts: byName(desired.accounts),
      scps: byName(desired.scps),
      organizationalUnits: [...desired.organizationalUnits].sort((a, b) => compareText(a.path, b.path)),
    }),
  );
}

/** The quotas organization.yaml raises above AWS's published values (QUOTAS), for the reviewer: see Plan.raisedQuotas. */
function raisedQuotas(desired: DesiredState): Pick<Plan, 'raisedQuotas'> {
  const raised = (Object.keys(QUOTAS) as QuotaName[])
    .filter((name) => desired.organization.quotas[name] > QUOTAS[name].default)
    .map((name) => ({
      quota: name,
      value: desired.organization.quotas[name],
      awsValue: QUOTAS[name].default,
      description: QUOTAS[name].description,
    }));
  return raised.length > 0 ? { raisedQuotas: raised } : {};
}

/** The field only where it holds something, so a plan without such instances reads (and digests) as before. */
function withUndeclaredInstances(instances: UndeclaredInstance[]): { undeclaredInstances?: UndeclaredInstance[] } {
  return instances.length > 0 ? { undeclaredInstances: instances } : {};
}
