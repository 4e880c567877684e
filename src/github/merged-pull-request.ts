import { compareText } from '../ordering.js';
import type { GitHubClient } from './octokit.js';
import { findStickyComment } from './sticky-comment.js';
import type { StickyComment } from './sticky-comment.js';

/** The hidden marker of the plan comment on a pull request. */
export const PLAN_COMMENT_MARKER = '<!-- vend:plan -->';

/** What reviewers saw in the plan comment: the plan's digest and the ids of its destructive changes. */
export interface PlanMeta {
  digest: string;
  destructive: string[];
}

export interface MergedPullRequest {
  number: number;
  url: string;
  title: string;
  mergedAt: string;
  mergeCommitSha: string | null;
}

export interface ReviewedPlan {
  pullRequest: MergedPullRequest;
  /** The bot's plan comment, when the pull request has one. */
  planComment: StickyComment | undefined;
  /** Undefined when there is no plan comment, or its meta block is missing, duplicated or malformed. */
  meta: PlanMeta | undefined;
}

const META_OPEN = '<!-- vend:plan-meta ';
const META_CLOSE = ' -->';
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const MAX_CHANGE_ID_LENGTH = 512;
const MAX_DESTRUCTIVE_CHANGES = 10_000;

/**
 * Renders the machine-readable block that the plan comment carries:
 * `<!-- vend:plan-meta {"digest":"sha256:…","destructive":["id1",…]} -->`.
 */
export function renderPlanMeta(meta: PlanMeta): string {
  const checked = toPlanMeta(meta);
  if (!checked) {
    throw new Error(
      `Invalid plan meta. Expected a digest of the form 'sha256:<64 hex digits>' and destructive change ids of 1-${MAX_CHANGE_ID_LENGTH} printable characters.`,
    );
  }
  // With <, > and & escaped, no change id can end the HTML comment early or open another one.
  const json = JSON.stringify(checked).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${META_OPEN}${json}${META_CLOSE}`;
}

/**
 * Reads the block back from a comment body. Anything but exactly one block holding exactly the expected
 * shape gives undefined, so an edited comment can widen nothing: apply then treats the plan as unreviewed.
 */
export function parsePlanMeta(body: string): PlanMeta | undefined {
  const start = body.indexOf(META_OPEN);
  if (start < 0 || body.indexOf(META_OPEN, start + 1) >= 0) return undefined;
  const end = body.indexOf(META_CLOSE, start + META_OPEN.length);
  if (end < 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.slice(start + META_OPEN.length, end));
  } catch {
    return undefined;
  }
  return toPlanMeta(parsed);
}

function toPlanMeta(value: unknown): PlanMeta | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value).sort();
  if (keys.length !== 2 || keys[0] !== 'destructive' || keys[1] !== 'digest') return undefined;
  const { digest, destructive } = value as Record<string, unknown>;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) return undefined;
  if (!Array.isArray(destructive) || destructive.length > MAX_DESTRUCTIVE_CHANGES) return undefined;
  const ids: string[] = [];
  for (const id of destructive) {
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_CHANGE_ID_LENGTH) return undefined;
    // eslint-disable-next-line no-control-regex -- change ids are plain text; control characters mean tampering
    if (/[\u0000-\u001f\u007f]/.test(id)) return undefined;
    ids.push(id);
  }
  return { digest, destructive: ids };
}

/**
 * Finds the pull request whose merge put `commitSha` on the branch. The pull request whose merge commit is
 * the sha wins; otherwise (rebase merges) the most recently merged one that contains it.
 */
export async function findMergedPullRequest(
  octokit: GitHubClient,
  target: { owner: string; repo: string; commitSha: string },
): Promise<MergedPullRequest | undefined> {
  const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: target.owner,
    repo: target.repo,
    commit_sha: target.commitSha,
    per_page: 100,
  });
  const fullName = `${target.owner}/${target.repo}`.toLowerCase();
  const sha = target.commitSha.toLowerCase();
  const merged = pulls
    .filter((pr) => pr.merged_at !== null && pr.base.repo.full_name.toLowerCase() === fullName)
    .sort(
      (a, b) =>
        Number(b.merge_commit_sha?.toLowerCase() === sha) - Number(a.merge_commit_sha?.toLowerCase() === sha) ||
        compareText(b.merged_at ?? '', a.merged_at ?? ''),
    );
  const pr = merged[0];
  if (!pr) return undefined;
  return {
    number: pr.number,
    url: pr.html_url,
    title: pr.title,
    mergedAt: pr.merged_at ?? '',
    mergeCommitSha: pr.merge_commit_sha,
  };
}

/** The merged pull request for `commitSha` and the plan its reviewers saw, read from the bot's plan comment. */
export async function findReviewedPlan(
  octokit: GitHubClient,
  target: { owner: string; repo: string; commitSha: string; marker?: string; botLogin?: string },
): Promise<ReviewedPlan | undefined> {
  const pullRequest = await findMergedPullRequest(octokit, target);
  if (!pullRequest) return undefined;
  const planComment = await findStickyComment(octokit, {
    owner: target.owner,
    repo: target.repo,
    issueNumber: pullRequest.number,
    marker: target.marker ?? PLAN_COMMENT_MARKER,
    ...(target.botLogin === undefined ? {} : { botLogin: target.botLogin }),
  });
  return { pullRequest, planComment, meta: planComment && parsePlanMeta(planComment.body) };
}
