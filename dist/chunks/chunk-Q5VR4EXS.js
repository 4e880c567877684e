import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  getOctokit,
  info
} from "./chunk-7YSM7LA2.js";
import {
  neutralizeWorkflowCommands
} from "./chunk-5GNJNXP2.js";
import {
  VEND_VERSION
} from "./chunk-XEJZL3EO.js";
import {
  visibleLine
} from "./chunk-XG4YZALD.js";

// src/github/octokit.ts
function createGitHubClient(token, baseUrl) {
  return getOctokit(token, { userAgent: `vend/${VEND_VERSION}`, ...baseUrl === void 0 ? {} : { baseUrl } });
}

// src/action/action-log.ts
function logInfo(text) {
  info(neutralizeWorkflowCommands(text));
}
function logProgress(text) {
  logInfo(visibleLine(text));
}

export {
  createGitHubClient,
  logInfo,
  logProgress
};
