import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredScp } from '../config/desired-state.js';
import type { PlanDraft } from './plan-draft.js';

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
 * Sorted by name. Pure.
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
  for (const target of targets)
    for (const policy of observed.policies)
      if (
        policy.name !== scp.name &&
        policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value &&
        policy.targetIds.includes(target.id!) &&
        !target.declared.includes(policy.name)
      ) {
        const entry = replaced.get(policy.name) ?? { name: policy.name, content: policy.content, targets: [] };
        entry.targets.push(target.reference);
        replaced.set(policy.name, entry);
      }
  return [...replaced.values()].sort((a, b) => compareText(a.name, b.name));
}
