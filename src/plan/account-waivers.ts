import { CHANGE_KINDS } from './plan.js';
import { accountReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { listNames } from '../name-lists.js';

/**
 * A new account whose manifest waives guardrails for itself (rule exceptions, baselines its OU gives left out) is set
 * apart as high impact, with what it waives and whom the manifest names as approving it. `approvedBy` is text in a
 * file the pull request writes, so it proves nothing: the stricter review must see it. Without this, a pull request
 * that only adds an account, with its root email outside the organization's domain and no baselines, read as a plain
 * creation and went to the ordinary review. Existing accounts show what a waiver changes (a baseline left out is a
 * destructive instance removal); an exception alone changes nothing in AWS.
 */
export function flagWaivedCreations(draft: PlanDraft): void {
  for (const account of draft.desired.accounts) {
    const { waivers } = account;
    if (!waivers) continue;
    const id = `${CHANGE_KINDS.createAccount}:${accountReference(account.name)}`;
    const change = draft.changes.get(id);
    if (!change) continue;
    // The description names what is waived; the reason says why that needs the stricter review, and whom the
    // manifest names as approving it, so the two read together without repeating each other.
    const waived = [
      ...(waivers.exceptions.length > 0 ? [`waives ${listNames(waivers.exceptions.map(({ rule }) => rule))}`] : []),
      ...(waivers.excludedBaselines.length > 0
        ? [
            `leaves out baseline${waivers.excludedBaselines.length === 1 ? '' : 's'} ${listNames(waivers.excludedBaselines)}`,
          ]
        : []),
    ].join(' and ');
    const approvals = waivers.exceptions.map(
      ({ rule, approvedBy }) => `approvedBy ${JSON.stringify(approvedBy)} for ${rule}`,
    );
    const reason = `only its manifest's own text approves what it waives${approvals.length > 0 ? ` (${listNames(approvals)})` : ''}`;
    draft.changes.set(id, {
      ...change,
      highImpact: true,
      highImpactReason: change.highImpactReason ? `${change.highImpactReason}, and ${reason}` : reason,
      description: `${change.description}; its manifest ${waived}`,
    });
  }
}
