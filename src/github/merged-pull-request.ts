import { compareText } from '../ordering.js';
import type { GitHubClient } from './octokit.js';

/** The hidden marker of the plan comment on a pull request. */
export const PLAN_COMMENT_MARKER = '<!-- vend:plan -->';

export interface MergedPullRequest {
  number: number;
  url: string;
  title: string;
  mergedAt: string;
  mergeCommitSha: string | null;
}

/**
 * Finds the pull request whose merge put `commitSha` on the default branch, to comment the apply's plan and
 * result on it. Only pull requests of this repository count: from one of its own branches, merged into
 * `defaultBranch`. A fork's pull request or one merged into another branch may contain the same commit, but its
 * thread is not where this apply's reviewers look. The pull request whose merge commit is the sha wins;
 * otherwise (rebase merges) the most recently merged one that contains it.
 *
 * Source: GitHub REST "List pull requests associated with a commit" (repos/list-pull-requests-associated-with-commit).
 */
export async function findMergedPullRequest(
  octokit: GitHubClient,
  target: { owner: string; repo: string; commitSha: string; defaultBranch: string },
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
    .filter(
      (pr) =>
        pr.merged_at !== null &&
        pr.base.repo.full_name.toLowerCase() === fullName &&
        pr.head.repo?.full_name.toLowerCase() === fullName &&
        pr.base.ref === target.defaultBranch,
    )
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

/**
 * The commit at the tip of `branch` now. Apply compares it with the commit it was started for, so a re-run of an old
 * workflow run can never roll the organization back to an older commit.
 *
 * Source: GitHub REST "Get a reference" (git/get-ref), `object.sha`.
 */
export async function branchTip(
  octokit: GitHubClient,
  target: { owner: string; repo: string; branch: string },
): Promise<string> {
  const { data } = await octokit.rest.git.getRef({
    owner: target.owner,
    repo: target.repo,
    ref: `heads/${target.branch}`,
  });
  return data.object.sha.toLowerCase();
}
