import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/github/merged-pull-request.ts
var PLAN_COMMENT_MARKER = "<!-- vend:plan -->";
async function findMergedPullRequest(octokit, target) {
  const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: target.owner,
    repo: target.repo,
    commit_sha: target.commitSha,
    per_page: 100
  });
  const fullName = `${target.owner}/${target.repo}`.toLowerCase();
  const sha = target.commitSha.toLowerCase();
  const merged = pulls.filter(
    (pr2) => pr2.merged_at !== null && pr2.base.repo.full_name.toLowerCase() === fullName && pr2.head.repo?.full_name.toLowerCase() === fullName && pr2.base.ref === target.defaultBranch
  ).sort(
    (a, b) => Number(b.merge_commit_sha?.toLowerCase() === sha) - Number(a.merge_commit_sha?.toLowerCase() === sha) || compareText(b.merged_at ?? "", a.merged_at ?? "")
  );
  const pr = merged[0];
  if (!pr) return void 0;
  return {
    number: pr.number,
    url: pr.html_url,
    title: pr.title,
    mergedAt: pr.merged_at ?? "",
    mergeCommitSha: pr.merge_commit_sha
  };
}
async function branchTip(octokit, target) {
  const { data } = await octokit.rest.git.getRef({
    owner: target.owner,
    repo: target.repo,
    ref: `heads/${target.branch}`
  });
  return data.object.sha.toLowerCase();
}

export {
  PLAN_COMMENT_MARKER,
  findMergedPullRequest,
  branchTip
};
