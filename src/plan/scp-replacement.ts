import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredScp } from '../config/desired-state.js';
import type { PlanDraft } from './plan-draft.js';
import { accountsBeneath, accountsLackingAttachment, plannedSnapshot } from './organization-snapshot.js';
import type { OrganizationSnapshot } from './organization-snapshot.js';

/** A vend SCP a new one takes the place of (replacedScps). */
export interface ReplacedScp {
  name: string;
  content: string;
  /** Where: `root`, `ou:Path` or `account:name`. */
  targets: string[];
}

/**
 * The vend SCPs that `scp`, new in this plan, takes the place of: attached today to a target where the repository
 * now attaches `scp` and no longer them. A rename with new content is a detach, a delete and a new SCP, so a reviewer
 * would see the new content whole and the old one nowhere; comparing the two shows what the swap lets through.
 * An SCP that stays in force for every account beneath the target (attached lower down instead, movedWithin) is
 * not replaced there. Sorted by name. Pure.
 */
export function replacedScps(draft: PlanDraft, scp: DesiredScp): ReplacedScp[] {
  const { desired, observed } = draft;
  const targets: { id: string | undefined; reference: string; declared: readonly string[] }[] = [
    { id: observed.root.id, reference: 'root', declared: desired.organization.root.scps },
    ...desired.organizationalUnits.map((unit) => ({
      id: draft.ouIdByPath.get(unit.path),
      reference: `ou:${unit.path}`,
      declared: unit.scps,
    })),
    ...desired.accounts
      .filter((account) => !account.closed)
      .map((account) => ({
        id: draft.existingAccounts.get(account.name)?.id,
        reference: `account:${account.name}`,
        declared: account.scps,
      })),
  ].filter((target) => target.id !== undefined && target.declared.includes(scp.name));
  const replaced = new Map<string, ReplacedScp>();
  const planned = lazySnapshot(draft);
  for (const target of targets)
    for (const policy of observed.policies)
      if (
        policy.name !== scp.name &&
        policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value &&
        policy.targetIds.includes(target.id!) &&
        !target.declared.includes(policy.name) &&
        !movedWithin(planned(), target.reference, policy.name)
      ) {
        const entry = replaced.get(policy.name) ?? { name: policy.name, content: policy.content, targets: [] };
        entry.targets.push(target.reference);
        replaced.set(policy.name, entry);
      }
  return [...replaced.values()].sort((a, b) => compareText(a.name, b.name));
}

/** The organization as the plan leaves it, computed once and only when asked for: most plans swap no SCP. */
export function lazySnapshot(draft: PlanDraft): () => OrganizationSnapshot {
  let snapshot: OrganizationSnapshot | undefined;
  return () => (snapshot ??= plannedSnapshot(draft.desired, draft.observed, draft.withheldAccounts));
}

/**
 * Whether an SCP detached from `target` stays in force, after the plan, for every account beneath it, through an
 * attachment lower down or elsewhere on each account's path: then it moved rather than went, and whatever is attached
 * at the target in the same plan does not take its place. Never for an SCP that allows (an Allow acts only at the
 * level it is attached, grantsAccess), nor where no account is beneath: there nothing keeps it.
 */
export function movedWithin(planned: OrganizationSnapshot, target: string, scp: string): boolean {
  return accountsBeneath(planned, target).length > 0 && accountsLackingAttachment(planned, target, scp).length === 0;
}
