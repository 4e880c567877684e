import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  createGitHubClient,
  logInfo
} from "./chunk-Q5VR4EXS.js";
import {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER
} from "./chunk-EX3AB573.js";
import {
  findMergedPullRequest
} from "./chunk-DW2JSOMR.js";
import {
  upsertStickyComment
} from "./chunk-YS5PUWBO.js";
import {
  warning
} from "./chunk-7YSM7LA2.js";
import {
  errorMessage
} from "./chunk-3CMV3XMN.js";

// src/action/post-sticky-comment.ts
async function postStickyComment(author, event, comment) {
  try {
    const result = await upsertStickyComment(createGitHubClient(author.githubToken), {
      owner: event.owner,
      repo: event.repo,
      issueNumber: comment.pullRequestNumber,
      marker: comment.marker,
      body: comment.body,
      botLogin: author.commentAuthor,
      ...comment.keep ? { keep: comment.keep } : {}
    });
    logInfo(
      result.action === "kept" ? `The ${comment.kind} comment records what an earlier run did; it is left as it is: ${result.url}` : `${comment.kind === "plan" ? "Plan" : "Apply"} comment ${result.action}: ${result.url}`
    );
  } catch (error) {
    warning(
      `Could not post the ${comment.kind} comment on pull request #${comment.pullRequestNumber}: ${errorMessage(error)}. Give the workflow 'pull-requests: write'.`
    );
  }
}
async function commentOnMergedPullRequest(settings, event, body, kind, options = {}) {
  if (!settings.githubToken || !event.defaultBranch) return;
  let pullRequest;
  try {
    pullRequest = await findMergedPullRequest(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      commitSha: event.sha,
      defaultBranch: event.defaultBranch
    });
  } catch (error) {
    warning(`Could not look up the pull request merged as ${event.sha}: ${errorMessage(error)}.`);
    return;
  }
  if (!pullRequest) {
    logInfo(`No pull request of this repository was merged into ${event.defaultBranch} as ${event.sha}; no comment.`);
    return;
  }
  await postStickyComment(settings, event, {
    pullRequestNumber: pullRequest.number,
    marker: APPLY_COMMENT_MARKER,
    body,
    kind,
    ...options.recordsChanges ? {} : { keep: (existing) => existing.startsWith(`${APPLY_COMMENT_MARKER}
${APPLIED_HEADING}`) }
  });
}

export {
  postStickyComment,
  commentOnMergedPullRequest
};
