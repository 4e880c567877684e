import type { Change } from '../plan/plan.js';
import { changeIdOfKey, reviewedChangeKey } from '../plan/reviewed-change.js';
import type { RefusedChange, ReviewedPlanSummary } from './apply-report.js';

export interface DestructiveDecision {
  /** Non-destructive changes, and destructive ones that passed all three checks. */
  allowed: Change[];
  refused: RefusedChange[];
}

/**
 * A destructive change runs only when all three hold: allow-destructive is set, reviewers saw this very change
 * (same id and same scope) in the reviewed plan, and the fresh plan still wants it (the caller passes only fresh
 * changes, so a reviewed change that is no longer needed never runs).
 */
export function guardDestructiveChanges(
  changes: readonly Change[],
  options: { allowDestructive: boolean; reviewed: ReviewedPlanSummary },
): DestructiveDecision {
  const reviewedKeys = new Set(options.reviewed.destructive);
  const reviewedIds = new Set(options.reviewed.destructive.map(changeIdOfKey));
  const reviewedName = `the reviewed plan (${options.reviewed.source}${options.reviewed.note ? `: ${options.reviewed.note}` : ''})`;
  const allowed: Change[] = [];
  const refused: RefusedChange[] = [];
  for (const change of changes) {
    if (!change.destructive) {
      allowed.push(change);
      continue;
    }
    const reviewed = reviewedKeys.has(reviewedChangeKey(change));
    if (options.allowDestructive && reviewed) {
      allowed.push(change);
      continue;
    }
    const reason =
      !reviewed && reviewedIds.has(change.id)
        ? `${capitalize(reviewedName)} lists this change, but it now does something else (${change.description}) than what reviewers approved. Re-plan in a pull request so reviewers see it as it is now.`
        : !options.allowDestructive
          ? reviewed
            ? `allow-destructive is not set. ${capitalize(reviewedName)} lists this change; set allow-destructive (--allow-destructive) and re-run apply to perform it.`
            : `allow-destructive is not set, and ${reviewedName} does not list this change. Let reviewers see it in a pull request's plan, then apply with allow-destructive.`
          : `${capitalize(reviewedName)} does not list this change, so no reviewer approved it. Re-plan in a pull request (or pass the reviewed plan with --plan) and apply again.`;
    refused.push({ id: change.id, description: change.description, reason });
  }
  return { allowed, refused };
}

function capitalize(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}
