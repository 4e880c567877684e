import { limitPhrase } from '../config/quotas.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import type { DesiredScp } from '../config/desired-state.js';
import { inactiveAccountIds } from '../observe/observed-state.js';
import type { ObservedPolicy, ObservedState } from '../observe/observed-state.js';
import { sha256Digest } from './canonical-json.js';
import { adoptionDifferences } from './organization-snapshot.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import type { TargetReference } from './plan.js';
import { accountReference, describeTarget, foreignOwnerReason, ouReference, scpReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { replacedScps } from './scp-replacement.js';
import { loosens } from './scp-loosening.js';

/**
 * Catalogue SCPs: created, updated, adopted, or reported when a policy vend does not own has the name and holds
 * something else.
 */
export function planScps(draft: PlanDraft): void {
  for (const scp of draft.desired.scps) {
    const existing = draft.policiesByName.get(scp.name);
    const after = { name: scp.name, description: scp.description, content: scp.content };
    const scope = { scp: scp.name, content: sha256Digest(scp.content), description: scp.description };
    if (!existing) {
      const replaces = replacedScps(draft, scp);
      const loosened = replaces.filter((replaced) => loosens(replaced.content, scp.content));
      draft.add(CHANGE_KINDS.createScp, scpReference(scp.name), {
        before: null,
        after: { ...after, ...(replaces.length > 0 ? { replaces } : {}) },
        scope,
        // Swapping a guardrail for a weaker one under a new name is as good as loosening it in place.
        highImpact: loosened.length > 0,
        highImpactReason: `it replaces ${loosened.map((replaced) => `SCP ${replaced.name} on ${replaced.targets.map(describeTarget).join(', ')}`).join(' and ')}, and may let through what that stopped (a Deny statement changed or removed, or an Allow added)`,
        description: `Create SCP ${scp.name} from ${scp.file}${replaces.length > 0 ? `, in place of ${replaces.map((replaced) => replaced.name).join(', ')}` : ''}`,
      });
    } else if (existing.awsManaged || existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
      planForeignScp(draft, scp, existing);
    } else if (existing.content !== scp.content || existing.description !== scp.description) {
      draft.add(CHANGE_KINDS.updateScp, scpReference(scp.name), {
        before: { name: existing.name, description: existing.description, content: existing.content },
        after,
        scope,
        // New content reaches every account under every target at once; and one that loosens a guardrail is as
        // good as detaching it, which the security gate sees too.
        ...contentImpact(draft, scp, existing),
        // Named by what changed: a new description alone comes from organization.yaml, not the policy's file.
        description:
          existing.content === scp.content
            ? `Update SCP ${scp.name}'s description, from ${ORGANIZATION_FILE}`
            : `Update SCP ${scp.name} from ${scp.file}${existing.description !== scp.description ? `, and its description` : ''}`,
      });
    }
  }
}

/**
 * A policy vend does not own holds the catalogue name. Vend adopts it (tags it ManagedBy: vend, and from then on
 * keeps it as the catalogue says) only when the catalogue already says exactly what it holds, content and
 * description: adopting then changes nothing the policy does, which is what `vend import` writes for each policy it
 * finds. Anything else is a problem: vend never rewrites a policy it does not own, nor takes one over by name.
 */
function planForeignScp(draft: PlanDraft, scp: DesiredScp, existing: ObservedPolicy): void {
  const differences = adoptionDifferences(scp, existing);
  if (existing.awsManaged || differences.length > 0) {
    draft.problem(
      PLAN_PROBLEMS.scpNotOwned,
      scpReference(scp.name),
      `An SCP named '${scp.name}' already exists (${existing.id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}${existing.awsManaged ? ' (AWS manages it)' : `, and its ${differences.map((field) => `${field} differs from ${field === 'content' ? scp.file : `the description in ${ORGANIZATION_FILE}`}`).join(' and its ')}`}; vend will not change a policy it does not own. Rename the catalogue entry, make it say exactly what the policy holds (vend then adopts it), or tag the policy to hand it to vend.`,
      declarationOf(scpReference(scp.name), draft.desired),
    );
    return;
  }
  // TagResource fails whole past a resource's tag limit (Organizations API Reference, TagResource: "if you exceed the
  // maximum allowed number of tags for a resource, then the entire request fails"); vend removes none of its tags.
  const held = Object.keys(existing.tags).length;
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  if (existing.tags[MANAGED_BY_TAG.key] === undefined && held >= quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      scpReference(scp.name),
      `SCP ${scp.name} (${existing.id}) holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key}; ${limitPhrase('AWS Organizations', 'tagsPerAccount', quota)}. Remove one of its tags by hand (aws organizations untag-resource --resource-id ${existing.id}), then plan again.`,
      declarationOf(scpReference(scp.name), draft.desired),
    );
  // Attached where no manifest reaches, the policy also guards other teams' accounts: once vend owns it, a content
  // change in this repository reaches them too. Adopting it is then set apart for the reviewer, with those targets.
  const declared = new Set([
    draft.observed.root.id,
    ...draft.ouIdByPath.values(),
    ...[...draft.existingAccounts.values()].map((account) => account.id),
  ]);
  // A suspended or closing account is no team's to guard any more, as the blast radius counts it (active only).
  const inactive = inactiveAccountIds(draft.observed.accounts);
  const elsewhere = enforcedTargetIds(draft, existing).filter((id) => !declared.has(id) && !inactive.has(id));
  // Another tool's ownership tag, which adoption overwrites while that tool may still act on the policy.
  const managedBy = existing.tags[MANAGED_BY_TAG.key];
  const reasons = [
    ...(managedBy !== undefined ? [foreignOwnerReason(managedBy)] : []),
    ...(elsewhere.length > 0
      ? [`once vend owns it, its content changes reach ${elsewhere.length === 1 ? 'that target' : 'those targets'} too`]
      : []),
  ];
  draft.add(CHANGE_KINDS.adoptScp, scpReference(scp.name), {
    before: { id: existing.id, name: existing.name, tags: existing.tags },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: {
      scp: scp.name,
      policyId: existing.id,
      content: sha256Digest(scp.content),
      managedBy: JSON.stringify(managedBy ?? null),
    },
    ...(reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(', and ') } : { highImpact: false }),
    description: `Adopt existing SCP ${scp.name} (${existing.id})${managedBy !== undefined ? `, tagged ${MANAGED_BY_TAG.key}: ${JSON.stringify(managedBy)} (another tool's),` : ''} whose content and description are ${scp.file}'s${elsewhere.length > 0 ? `; it is also attached to ${elsewhere.length === 1 ? 'a target' : `${elsewhere.length} targets`} the repository does not declare (${elsewhere.map((id) => observedTarget(draft.observed, id)).join(', ')})` : ''}`,
  });
}

/**
 * SCPs vend created that the catalogue no longer names. planAttachments already detaches them from declared
 * targets; once those detaches are done the policy can be deleted. Attachments to targets nobody declares are
 * left for a person to resolve, since vend does not change those targets.
 */
export function planRetiredScps(draft: PlanDraft): void {
  const catalogue = new Set(draft.desired.scps.map((scp) => scp.name));
  const declaredTargets = new Map<string, TargetReference>([[draft.observed.root.id, 'root']]);
  for (const unit of draft.desired.organizationalUnits) {
    const id = draft.ouIdByPath.get(unit.path);
    if (id) declaredTargets.set(id, ouReference(unit.path));
  }
  // Not the management account: vend detaches nothing there (planAttachments), so an attachment there stays.
  for (const [name, account] of draft.existingAccounts)
    if (!draft.isManagementAccount(name)) declaredTargets.set(account.id, accountReference(name));
  for (const policy of draft.observed.policies) {
    if (policy.awsManaged || catalogue.has(policy.name)) continue;
    if (policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id));
    if (undeclared.length > 0) {
      draft.problem(
        PLAN_PROBLEMS.scpRetiredInUse,
        scpReference(policy.name),
        `SCP '${policy.name}' (${policy.id}) is vend's but no longer in the catalogue, and it is attached to ${attachedElsewhere(draft.observed, undeclared)}. Detach it there by hand, or put it back in the catalogue.`,
        declarationOf(scpReference(policy.name), draft.desired),
      );
      continue;
    }
    draft.add(CHANGE_KINDS.deleteScp, scpReference(policy.name), {
      before: { name: policy.name, id: policy.id },
      after: null,
      scope: { scp: policy.name, policyId: policy.id },
      dependsOn: policy.targetIds.map((id) => `detach-scp:${policy.name}@${declaredTargets.get(id)}`),
      description: `Delete SCP ${policy.name} (${policy.id}): it is no longer in the catalogue`,
    });
  }
}

/** Attached (now or once applied) to the root or to more than one target. */
function reachesWidely(draft: PlanDraft, scp: string, observedTargetIds: readonly string[]): boolean {
  return (
    draft.desired.organization.root.scps.includes(scp) ||
    observedTargetIds.includes(draft.observed.root.id) ||
    declaredTargetCount(draft, scp) > 1 ||
    observedTargetIds.length > 1
  );
}

/**
 * The policy's targets its content acts on: all but the management account, which SCPs do not affect (AWS
 * Organizations User Guide, "Service control policies (SCPs)": SCPs don't affect users or roles in the management
 * account). An attachment there changes no one's permissions, whatever the policy says.
 */
function enforcedTargetIds(draft: PlanDraft, policy: ObservedPolicy): string[] {
  return policy.targetIds.filter((id) => id !== draft.observed.organization.managementAccountId);
}

/** Attached anywhere today, or declared somewhere: its content is in force for some account. */
function isAttached(draft: PlanDraft, scp: string, observedTargetIds: readonly string[]): boolean {
  return observedTargetIds.length > 0 || declaredTargetCount(draft, scp) > 0;
}

/** The root, OUs and open accounts the repository attaches the SCP to. */
function declaredTargetCount(draft: PlanDraft, scp: string): number {
  return (
    (draft.desired.organization.root.scps.includes(scp) ? 1 : 0) +
    draft.desired.organizationalUnits.filter((unit) => unit.scps.includes(scp)).length +
    draft.desired.accounts.filter((account) => !account.closed && account.scps.includes(scp)).length
  );
}

/**
 * Targets vend does not detach from, each saying why, as `OU Prod (ou-…), which the repository does not declare; and
 * to the management account (…), where …`: the undeclared ones by observedTarget, and the management account. Drift
 * words its scp-retired finding with it too, so the two never name these targets apart.
 */
export function attachedElsewhere(observed: ObservedState, ids: readonly string[]): string {
  const management = observed.organization.managementAccountId;
  const undeclared = ids.filter((id) => id !== management).map((id) => observedTarget(observed, id));
  return [
    ...(undeclared.length > 0 ? [`${undeclared.join(', ')}, which the repository does not declare`] : []),
    ...(ids.includes(management)
      ? [`the management account (${management}), where vend attaches and detaches nothing as SCPs do not apply there`]
      : []),
  ].join('; and to ');
}

/**
 * A target the repository does not declare, as AWS shows it to the person who must find it: `OU "CI/CD"
 * (ou-…)` by its path built from ids, `account Name (id)`; the bare id only for a target observe did not read.
 */
function observedTarget(observed: ObservedState, id: string): string {
  const unit = observed.organizationalUnits.find((candidate) => candidate.id === id);
  if (unit) return `OU ${unit.path} (${id})`;
  const account = observed.accounts.find((candidate) => candidate.id === id);
  return account ? `account ${account.name} (${id})` : id;
}

/**
 * Whether new content for a vend SCP is high impact, and why: it reaches more than one account at once, or it
 * loosens a guardrail in force, which is as good as detaching it.
 */
function contentImpact(
  draft: PlanDraft,
  scp: DesiredScp,
  existing: ObservedPolicy,
): { highImpact: boolean; highImpactReason?: string } {
  if (existing.content === scp.content) return { highImpact: false };
  const targets = enforcedTargetIds(draft, existing);
  // Both reasons when both hold: a guardrail loosened everywhere at once is the case a reviewer must not miss.
  const reasons = [
    // Counted by target, the root or several OUs and accounts, as reachesWidely does: not by the accounts beneath.
    reachesWidely(draft, scp.name, targets)
      ? 'new content for an SCP attached to the root or to more than one target'
      : '',
    isAttached(draft, scp.name, targets) && loosens(existing.content, scp.content)
      ? 'the new content may loosen a guardrail in force (a Deny statement changed or removed, or an Allow added)'
      : '',
  ].filter(Boolean);
  return reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(', and ') } : { highImpact: false };
}
