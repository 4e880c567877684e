import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  createGitHubClient,
  logInfo
} from "./chunk-HH5BGNIR.js";
import {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER
} from "./chunk-4BI2WGJO.js";
import {
  findMergedPullRequest
} from "./chunk-DW2JSOMR.js";
import {
  findStickyComment,
  upsertStickyComment
} from "./chunk-XHJNJQKU.js";
import {
  warning
} from "./chunk-ZTQSF5NF.js";
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
      botLogin: author.commentAuthor
    });
    logInfo(`${comment.kind === "plan" ? "Plan" : "Apply"} comment ${result.action}: ${result.url}`);
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
  if (!options.recordsChanges) {
    let existing;
    try {
      existing = await findStickyComment(createGitHubClient(settings.githubToken), {
        owner: event.owner,
        repo: event.repo,
        issueNumber: pullRequest.number,
        marker: APPLY_COMMENT_MARKER,
        botLogin: settings.commentAuthor
      });
    } catch (error) {
      warning(`Could not read the apply comment on pull request #${pullRequest.number}: ${errorMessage(error)}.`);
    }
    if (existing?.body.startsWith(`${APPLY_COMMENT_MARKER}
${APPLIED_HEADING}`)) {
      logInfo(`The apply comment on pull request #${pullRequest.number} records what apply did; it is left as it is.`);
      return;
    }
  }
  await postStickyComment(settings, event, {
    pullRequestNumber: pullRequest.number,
    marker: APPLY_COMMENT_MARKER,
    body,
    kind
  });
}

export {
  postStickyComment,
  commentOnMergedPullRequest
};
