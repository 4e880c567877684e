import { CHANGE_KINDS } from './plan.js';
import { ouReference } from './plan-draft.js';
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
  for (const unit of draft.desired.organizationalUnits) {
    if (draft.ouIdByPath.has(unit.path)) continue;
    // Creating it would add one more OU of that name: the plan's problem already says which to keep.
    if (draft.ambiguousOrganizationalUnits.some((path) => unit.path === path || unit.path.startsWith(`${path}/`)))
      continue;
    draft.add(CHANGE_KINDS.createOrganizationalUnit, ouReference(unit.path), {
      before: null,
      after: { name: unit.name, parent: ouReference(unit.parentPath ?? '') },
      scope: { ou: unit.path },
      dependsOn: [`create-ou:${ouReference(unit.parentPath ?? '')}`],
      description: `Create OU ${unit.path}${lookalike(unit)}`,
    });
  }
}
