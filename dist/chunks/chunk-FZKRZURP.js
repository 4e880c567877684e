import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  getOctokit,
  info,
  warning
} from "./chunk-RZTAWCFQ.js";
import {
  errorMessage
} from "./chunk-VN2LCTDB.js";
import {
  VEND_VERSION
} from "./chunk-XEJZL3EO.js";
import {
  upsertStickyComment
} from "./chunk-6GYWG4PY.js";

// src/github/octokit.ts
function createGitHubClient(token, baseUrl) {
  return getOctokit(token, { userAgent: `vend/${VEND_VERSION}`, ...baseUrl === void 0 ? {} : { baseUrl } });
}

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
    info(`${comment.kind === "plan" ? "Plan" : "Apply"} comment ${result.action}: ${result.url}`);
  } catch (error) {
    warning(
      `Could not post the ${comment.kind} comment on pull request #${comment.pullRequestNumber}: ${errorMessage(error)}. Give the workflow 'pull-requests: write'.`
    );
  }
}

export {
  createGitHubClient,
  postStickyComment
};
