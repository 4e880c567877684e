import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  getOctokit,
  info
} from "./chunk-OKQUQDGU.js";
import {
  neutralizeWorkflowCommands
} from "./chunk-5GNJNXP2.js";
import {
  VEND_VERSION
} from "./chunk-XEJZL3EO.js";
import {
  visibleLine
} from "./chunk-JWIVJMBW.js";

// src/github/octokit.ts
function createGitHubClient(token, baseUrl) {
  return getOctokit(token, { userAgent: `vend/${VEND_VERSION}`, ...baseUrl === void 0 ? {} : { baseUrl } });
}
function gitHubFailureHint(error, permission) {
  const { status, response, request } = error ?? {};
  if (request === void 0) return "";
  if (response === void 0) return " GitHub did not answer: re-run the job once it does.";
  if (status === 403) return ` The job's token needs ${permission}.`;
  if (status === 404) return ` GitHub answered 404: it does not exist, or the job's token lacks ${permission}.`;
  return "";
}

// src/action/action-log.ts
function logInfo(text) {
  info(neutralizeWorkflowCommands(text));
}
function logProgress(text) {
  logInfo(visibleLine(text));
}

// src/action/default-branch.ts
function defaultBranchRefusal(event, allowNonDefaultBranch, guard) {
  const { command, does } = guard;
  if (!event.ref.startsWith("refs/heads/")) {
    return [`${command} ${does} only from a branch, not from '${event.ref}'.`, guard.insteadOfOtherRef].filter(Boolean).join(" ");
  }
  if (allowNonDefaultBranch) return void 0;
  const defaultBranch = event.defaultBranch ?? (event.eventName === "schedule" ? event.ref.slice("refs/heads/".length) : void 0);
  if (!defaultBranch) {
    return `${command} cannot tell the repository's default branch from the '${event.eventName}' event, so it refuses to ${guard.refusesTo} from ${event.ref}.`;
  }
  if (event.ref !== `refs/heads/${defaultBranch}`) {
    return `${command} ${does} only from the default branch 'refs/heads/${defaultBranch}', not '${event.ref}'. ${guard.insteadOfOtherBranch}`;
  }
  return void 0;
}

export {
  createGitHubClient,
  gitHubFailureHint,
  logInfo,
  logProgress,
  defaultBranchRefusal
};
