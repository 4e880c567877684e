import type { Change, Plan } from '../plan/plan.js';
import { changesById, isCovered } from '../plan/saved-plan.js';
import type { RefusedChange } from './apply-report.js';

/**
 * What authorises an apply. A saved plan approves exactly its changes. Without one, the plan apply computes first
 * is the approved one: shown and confirmed at a terminal, or taken as it is with --auto-approve.
 */
export type Approval =
  | { kind: 'saved-plan'; source: string; plan: Plan }
  | { kind: 'first-plan'; source: string; confirm?: (plan: Plan) => Promise<boolean> };

export interface ApprovalDecision {
  /** Changes within the approved plan: non-destructive, or destructive with allow-destructive. */
  allowed: Change[];
  refused: RefusedChange[];
}

/** The sentence every refusal of an unapproved change ends with. */
export function notApprovedReason(source: string): string {
  return `It is not in the approved plan (${source}): the organization or the repository changed since that plan was made. Plan again and have the new plan approved.`;
}

/**
 * Splits a stage's fresh changes into those apply may carry out and those it refuses. A change runs only when the
 * approved plan covers it (same id and scope, or a scope that contains it) and, if destructive, allow-destructive
 * is set. Pure.
 */
export function authorizeChanges(
  changes: readonly Change[],
  options: { approved: Plan; source: string; allowDestructive: boolean },
): ApprovalDecision {
  const approved = changesById(options.approved);
  const allowed: Change[] = [];
  const refused: RefusedChange[] = [];
  for (const change of changes) {
    if (!isCovered(change, approved)) {
      refused.push({ id: change.id, description: change.description, reason: notApprovedReason(options.source) });
    } else if (change.destructive && !options.allowDestructive) {
      refused.push({
        id: change.id,
        description: change.description,
        reason:
          'It is destructive. It is in the approved plan, but apply carries out destructive changes only with allow-destructive (--allow-destructive).',
      });
    } else allowed.push(change);
  }
  return { allowed, refused };
}
