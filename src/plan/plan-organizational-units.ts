import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { formatCount, limitPhrase } from '../config/quotas.js';
import { countOf, listNames } from '../name-lists.js';
import { compareText } from '../ordering.js';
import { shellQuoted } from '../shell-quoted.js';
import { declarationOf } from './declarations.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { foreignOwnerReason, ouReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';

/** SCPs can only exist once the policy type is enabled on the root; AWS then attaches FullAWSAccess everywhere. */
export function planScpPolicyType(draft: PlanDraft): void {
  if (draft.observed.root.scpPolicyTypeEnabled) return;
  draft.add(CHANGE_KINDS.enableScpType, 'root', {
    before: { SERVICE_CONTROL_POLICY: 'DISABLED' },
    after: { SERVICE_CONTROL_POLICY: 'ENABLED' },
    scope: { policyType: 'SERVICE_CONTROL_POLICY' },
    highImpact: true,
    highImpactReason: 'SCPs start to act on every account, and AWS attaches FullAWSAccess everywhere',
    description: 'Enable service control policies on the root',
  });
}

/**
 * Declared OUs that do not exist yet, each after its parent. A nested path that reads like the name of an OU someone
 * else made (a top-level OU named literally `CI/CD`) says so: vend creates `CD` under `CI`, and a reviewer must not
 * take the two for one another.
 */
export function planOrganizationalUnits(draft: PlanDraft): void {
  const lookalikes = new Map(
    draft.observed.organizationalUnits
      .filter((unit) => unit.name.includes('/'))
      .map((unit) => [unit.name, unit] as const),
  );
  const lookalike = (unit: { path: string; name: string; parentPath: string | null }) => {
    const other = lookalikes.get(unit.path);
    return other
      ? ` (${unit.name} under ${unit.parentPath ?? 'the root'}; not the existing OU named "${other.name}", which is not vend's)`
      : '';
  };
  const observedById = new Map(draft.observed.organizationalUnits.map((unit) => [unit.id, unit]));
  const declaredIds = new Set(draft.ouIdByPath.values());
  const created: string[] = [];
  for (const unit of draft.desired.organizationalUnits) {
    const existing = observedById.get(draft.ouIdByPath.get(unit.path) ?? '');
    if (existing) {
      planAdoption(draft, unit.path, existing);
      continue;
    }
    // Creating it would add one more OU of that name: the plan's problem already says which to keep.
    if (draft.ambiguousOrganizationalUnits.some((path) => unit.path === path || unit.path.startsWith(`${path}/`)))
      continue;
    leftBehind(draft, unit, declaredIds);
    draft.add(CHANGE_KINDS.createOrganizationalUnit, ouReference(unit.path), {
      before: null,
      after: { name: unit.name, parent: ouReference(unit.parentPath ?? '') },
      scope: { ou: unit.path },
      // Under an OU this plan adopts, not before the adoption: if tagging it fails, nothing is made in it.
      dependsOn: [`create-ou:${ouReference(unit.parentPath ?? '')}`, `adopt-ou:${ouReference(unit.parentPath ?? '')}`],
      description: `Create OU ${unit.path}${lookalike(unit)}`,
    });
    created.push(unit.path);
  }
  organizationalUnitQuota(draft, created);
}

/**
 * The organization's OU quota counts every OU in it, other teams' too, which only the plan sees: validate counts the
 * declared ones. Past it, CreateOrganizationalUnit fails with OU_NUMBER_LIMIT_EXCEEDED after earlier OUs and the
 * SCP policy type were made, and the accounts meant for the rest are never created (Organizations API Reference,
 * ConstraintViolationException; AWS Organizations User Guide, "Quotas for AWS Organizations").
 */
function organizationalUnitQuota(draft: PlanDraft, created: readonly string[]): void {
  const existing = draft.observed.organizationalUnits.length;
  const quota = draft.desired.organization.quotas.organizationalUnits;
  if (created.length === 0 || existing + created.length <= quota) return;
  draft.problem(
    PLAN_PROBLEMS.organizationalUnitQuota,
    ouReference(created[0]!),
    `The organization has ${formatCount(existing)} OUs, other teams' included, and this plan creates ${formatCount(created.length)} more (${listNames(created)}): ${formatCount(existing + created.length)}, where ${limitPhrase('AWS', 'organizationalUnits', quota)}. Delete OUs no one uses (an OU must hold no accounts and no OUs to be deleted), or declare fewer, then plan again. The quotas page offers no increase; only if AWS has raised it for everyone since this vend, set quotas.organizationalUnits in baselines/organization.yaml.`,
    declarationOf(ouReference(created[0]!), draft.desired),
  );
}

/**
 * A declared OU the plan would create under a parent that holds an OU tagged ManagedBy: vend that organization.yaml
 * no longer declares: vend's OU, renamed in AWS or in the repository; or one of that name elsewhere, moved in the
 * repository, which AWS cannot do to an OU. Creating the declared one would leave it behind
 * with its SCPs while its accounts move out, and the next plan would show nothing (the issue's "never by a display
 * name"): a problem that says how to rename it, or give it up. OUs whose tags were not read do not qualify.
 */
function leftBehind(
  draft: PlanDraft,
  unit: { path: string; name: string; parentPath: string | null },
  declaredIds: ReadonlySet<string>,
): void {
  const parentId = draft.ouIdByPath.get(unit.parentPath ?? '');
  // A declared account there goes where its manifest says, never to an OU organization.yaml does not declare: the
  // plan moves it out, so only the others stay behind.
  const closed = new Set(draft.desired.accounts.filter((account) => account.closed).map((account) => account.name));
  const movingOut = new Set(
    [...draft.existingAccounts].filter(([name]) => !closed.has(name)).map(([, account]) => account.id),
  );
  for (const other of draft.observed.organizationalUnits) {
    // Beside it, or elsewhere with its name: vend's OU moved in the repository, which AWS cannot do to an OU.
    const sibling = parentId !== undefined && other.parentId === parentId;
    if ((!sibling && other.name !== unit.name) || declaredIds.has(other.id)) continue;
    if (other.tags?.[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const scps = draft.observed.policies
      .filter((policy) => !policy.awsManaged && policy.targetIds.includes(other.id))
      .map((policy) => policy.name)
      .sort(compareText);
    const accounts = draft.observed.accounts.filter(
      (account) => account.parentId === other.id && !movingOut.has(account.id),
    ).length;
    const children = draft.observed.organizationalUnits
      .filter((child) => child.parentId === other.id)
      .map((child) => JSON.stringify(child.name))
      .sort(compareText);
    const holds = [
      ...(scps.length > 0 ? [`SCP${scps.length === 1 ? '' : 's'} ${listNames(scps)}`] : []),
      ...(accounts > 0 ? [countOf(accounts, 'account')] : []),
      ...(children.length > 0 ? [`child OU${children.length === 1 ? '' : 's'} ${listNames(children)}`] : []),
    ];
    const where = other.path.includes('/') ? other.path.slice(0, other.path.lastIndexOf('/')) : 'the root';
    if (!sibling) {
      draft.problem(
        PLAN_PROBLEMS.organizationalUnitRenamed,
        ouReference(unit.path),
        `OU ${unit.path} would be created while vend's OU ${JSON.stringify(other.name)} (${other.id}) under ${where}, tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}, is no longer declared: vend's OU, moved in the repository. AWS cannot move an OU, so it would stay behind${holds.length > 0 ? ` with its ${holds.join(' and ')}` : ''}, unmanaged, its SCPs still acting on whatever is left there. Keep ${other.path} declared while its accounts move to ${unit.path}; once it is empty, delete it (aws organizations delete-organizational-unit --organizational-unit-id ${other.id}) and remove it from organization.yaml.`,
        declarationOf(ouReference(unit.path), draft.desired),
      );
      continue;
    }
    draft.problem(
      PLAN_PROBLEMS.organizationalUnitRenamed,
      ouReference(unit.path),
      `OU ${unit.path} would be created beside OU ${JSON.stringify(other.name)} (${other.id}) under ${unit.parentPath ?? 'the root'}, which is tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} and which organization.yaml no longer declares: vend's OU, renamed in AWS or in the repository. It would stay behind${holds.length > 0 ? ` with its ${holds.join(' and ')}` : ''}, unmanaged. If ${unit.name} is that OU, rename it in AWS to match (aws organizations update-organizational-unit --organizational-unit-id ${other.id} --name=${shellQuoted(unit.name)}), and plan again: its SCPs, accounts and child OUs stay with it. If it is a new OU, declare ${JSON.stringify(other.name)} too, or move its accounts out${children.length > 0 ? ', delete its child OUs (AWS moves no OU, and deletes one only when it holds no accounts and no OUs)' : ''} and delete it (aws organizations delete-organizational-unit), then plan again.`,
      declarationOf(ouReference(unit.path), draft.desired),
    );
  }
}

/**
 * An OU found at a declared path that is not tagged ManagedBy: vend was made outside vend (vend tags the OUs it
 * creates), or lost its tag: the plan adopts it as such, by its id, so a reviewer sees that the declared OU is an
 * existing one, and whose, before SCPs are attached to it or accounts moved into it. Only OUs whose tags were read
 * qualify.
 */
function planAdoption(
  draft: PlanDraft,
  path: string,
  existing: { id: string; name: string; tags?: Record<string, string> },
): void {
  const managedBy = existing.tags?.[MANAGED_BY_TAG.key];
  if (existing.tags === undefined || managedBy === MANAGED_BY_TAG.value) return;
  // Organizations refuses a 51st tag on an OU (User Guide, "Quotas": 50 per root, OU or account); vend removes none.
  const held = Object.keys(existing.tags).length;
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  if (managedBy === undefined && held >= quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      ouReference(path),
      `OU ${path} (${existing.id}) holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key}; ${limitPhrase('AWS Organizations', 'tagsPerAccount', quota)}. Remove one of its tags by hand (aws organizations untag-resource), then plan again.`,
      declarationOf(ouReference(path), draft.desired),
    );
  // The management account needs no manifest (managementAccountId names it), as the unmanaged-accounts list has it.
  const undeclared = draft.observed.accounts.filter(
    (account) =>
      account.status === 'ACTIVE' &&
      account.parentId === existing.id &&
      account.id !== draft.observed.organization.managementAccountId &&
      !draft.declaredEmails.has(account.email.toLowerCase()),
  ).length;
  draft.add(CHANGE_KINDS.adoptOrganizationalUnit, ouReference(path), {
    // Another tool's ownership tag, which adoption overwrites: the reviewer sees whose OU this was.
    before: { id: existing.id, ...(managedBy !== undefined ? { managedBy } : {}) },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: { ou: path, ouId: existing.id, managedBy: JSON.stringify(managedBy ?? null) },
    ...(managedBy !== undefined
      ? {
          highImpact: true,
          highImpactReason: foreignOwnerReason(managedBy),
        }
      : {}),
    description: `Adopt existing OU ${path} (${existing.id}), ${managedBy !== undefined ? `tagged ${MANAGED_BY_TAG.key}: ${JSON.stringify(managedBy)} (another tool's)` : `not tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} (made outside vend, or its tag removed)`}${undeclared > 0 ? `; ${undeclared === 1 ? '1 account' : `${undeclared} accounts`} in it no manifest declares` : ''}`,
  });
}

/**
 * An OU adopted in the same plan that attaches or detaches an SCP on it, or moves or creates an account or creates
 * an OU in it, is set apart as high impact, as an adopted account that changes in the same plan is: another team's
 * OU changes hands and changes at once. Runs once every other change is planned.
 */
export function flagOrganizationalUnitAdoptionsThatChange(draft: PlanDraft): void {
  for (const [id, adoption] of draft.changes) {
    if (adoption.kind !== CHANGE_KINDS.adoptOrganizationalUnit) continue;
    const path = String(adoption.scope.ou);
    const others = [...draft.changes.values()].filter(
      (change) =>
        ((change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.detachScp) &&
          change.scope.target === ouReference(path)) ||
        ((change.kind === CHANGE_KINDS.moveAccount || change.kind === CHANGE_KINDS.createAccount) &&
          change.scope.ou === path) ||
        (change.kind === CHANGE_KINDS.createOrganizationalUnit &&
          String(change.scope.ou).slice(0, String(change.scope.ou).lastIndexOf('/')) === path),
    );
    if (others.length === 0) continue;
    const reason =
      (adoption.before as { managedBy?: string } | null)?.managedBy !== undefined
        ? "another team's OU changes hands and changes in the same plan"
        : 'an OU made outside vend is adopted and changed in the same plan';
    draft.changes.set(id, {
      ...adoption,
      highImpact: true,
      highImpactReason: adoption.highImpactReason ? `${adoption.highImpactReason}, and ${reason}` : reason,
      description: `${adoption.description}; this plan also changes it (${others.length === 1 ? '1 change' : `${others.length} changes`} below)`,
    });
  }
}
