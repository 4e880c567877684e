import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-RZTAWCFQ.js";
import {
  VEND_VERSION
} from "./chunk-XEJZL3EO.js";

// src/github/octokit.ts
function createGitHubClient(token, baseUrl) {
  return getOctokit(token, { userAgent: `vend/${VEND_VERSION}`, ...baseUrl === void 0 ? {} : { baseUrl } });
}

export {
  createGitHubClient
};
