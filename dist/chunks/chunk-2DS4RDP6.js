import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  findStickyComment
} from "./chunk-6GYWG4PY.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/github/merged-pull-request.ts
var PLAN_COMMENT_MARKER = "<!-- vend:plan -->";
var META_OPEN = "<!-- vend:plan-meta ";
var META_CLOSE = " -->";
var DIGEST = /^sha256:[0-9a-f]{64}$/;
var MAX_CHANGE_ID_LENGTH = 512;
var MAX_DESTRUCTIVE_CHANGES = 1e4;
function renderPlanMeta(meta) {
  const checked = toPlanMeta(meta);
  if (!checked) {
    throw new Error(
      `Invalid plan meta. Expected a digest of the form 'sha256:<64 hex digits>' and destructive change ids of 1-${MAX_CHANGE_ID_LENGTH} printable characters.`
    );
  }
  const json = JSON.stringify(checked).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${META_OPEN}${json}${META_CLOSE}`;
}
function parsePlanMeta(body) {
  const start = body.indexOf(META_OPEN);
  if (start < 0 || body.indexOf(META_OPEN, start + 1) >= 0) return void 0;
  const end = body.indexOf(META_CLOSE, start + META_OPEN.length);
  if (end < 0) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(body.slice(start + META_OPEN.length, end));
  } catch {
    return void 0;
  }
  return toPlanMeta(parsed);
}
function toPlanMeta(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const keys = Object.keys(value).sort();
  if (keys.length !== 2 || keys[0] !== "destructive" || keys[1] !== "digest") return void 0;
  const { digest, destructive } = value;
  if (typeof digest !== "string" || !DIGEST.test(digest)) return void 0;
  if (!Array.isArray(destructive) || destructive.length > MAX_DESTRUCTIVE_CHANGES) return void 0;
  const ids = [];
  for (const id of destructive) {
    if (typeof id !== "string" || id.length === 0 || id.length > MAX_CHANGE_ID_LENGTH) return void 0;
    if (/[\u0000-\u001f\u007f]/.test(id)) return void 0;
    ids.push(id);
  }
  return { digest, destructive: ids };
}
async function findMergedPullRequest(octokit, target) {
  const pulls = await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner: target.owner,
    repo: target.repo,
    commit_sha: target.commitSha,
    per_page: 100
  });
  const fullName = `${target.owner}/${target.repo}`.toLowerCase();
  const sha = target.commitSha.toLowerCase();
  const merged = pulls.filter((pr2) => pr2.merged_at !== null && pr2.base.repo.full_name.toLowerCase() === fullName).sort(
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
async function findReviewedPlan(octokit, target) {
  const pullRequest = await findMergedPullRequest(octokit, target);
  if (!pullRequest) return void 0;
  const planComment = await findStickyComment(octokit, {
    owner: target.owner,
    repo: target.repo,
    issueNumber: pullRequest.number,
    marker: target.marker ?? PLAN_COMMENT_MARKER,
    ...target.botLogin === void 0 ? {} : { botLogin: target.botLogin }
  });
  return { pullRequest, planComment, meta: planComment && parsePlanMeta(planComment.body) };
}

export {
  PLAN_COMMENT_MARKER,
  renderPlanMeta,
  findReviewedPlan
};
