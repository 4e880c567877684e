import { readFileSync } from 'node:fs';
import type { PlanMeta } from '../github/merged-pull-request.js';
import { canonicalJson, sha256Digest } from '../plan/canonical-json.js';
import { reviewedChangeKey } from '../plan/reviewed-change.js';
import type { ReviewedPlanSummary } from './apply-report.js';

export const NO_REVIEWED_PLAN: ReviewedPlanSummary = { source: 'none', destructive: [] };

/**
 * Reads the destructive changes (id and scope) a `vend plan --out` file authorises. A file that cannot be read, was edited
 * after vend wrote it, or belongs to another organization authorises nothing; that is reported, not fatal,
 * because it must never stop the non-destructive part of an apply.
 */
export function reviewedPlanFromFile(file: string, managementAccountId: string): ReviewedPlanSummary {
  const source = `plan file ${file}`;
  const unusable = (note: string): ReviewedPlanSummary => ({ source, destructive: [], note });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return unusable(`it could not be read as JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return unusable('it is not a vend plan (expected a JSON object)');
  const { digest, changes, managementAccountId: planAccount, ...rest } = parsed as Record<string, unknown>;
  if (typeof digest !== 'string' || !Array.isArray(changes))
    return unusable('it is not a vend plan (no digest or changes)');
  // The digest is a checksum, not a signature: it catches accidental edits and truncation. Whoever can write the
  // file can recompute it, which is why the file's own destructive changes are re-scoped against the fresh plan.
  if (sha256Digest(canonicalJson({ ...rest, changes, managementAccountId: planAccount })) !== digest) {
    return unusable('its content does not match its digest, so it was edited after vend wrote it');
  }
  if (planAccount !== managementAccountId) {
    return unusable(`it was computed for management account ${String(planAccount)}, not ${managementAccountId}`);
  }
  const destructive = changes.flatMap((change) => {
    const { id, destructive: isDestructive, before, after } = (change ?? {}) as Record<string, unknown>;
    return isDestructive === true && typeof id === 'string' ? [reviewedChangeKey({ id, before, after })] : [];
  });
  return { source, digest, destructive };
}

/** The plan comment's meta block of the merged pull request; a missing or tampered block authorises nothing. */
export function reviewedPlanFromPullRequest(
  pullRequest: { number: number },
  meta: PlanMeta | undefined,
): ReviewedPlanSummary {
  const source = `pull request #${pullRequest.number}`;
  if (!meta) return { source, destructive: [], note: 'it has no intact vend plan comment' };
  return { source, digest: meta.digest, destructive: [...meta.destructive] };
}
