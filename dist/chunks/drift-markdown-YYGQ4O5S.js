import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-ZTZFM3FB.js";
import "./chunk-KJ3XQXGH.js";
import "./chunk-IF7OQU5E.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-WP27I6DD.js";
import "./chunk-PTWG5UMO.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-NTKFMNZO.js";
import "./chunk-5J7422LD.js";
import "./chunk-AT3ZD5UU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
