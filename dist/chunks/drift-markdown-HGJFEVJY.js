import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-MSPYDEZN.js";
import "./chunk-YOBI5OCI.js";
import "./chunk-YXBTANPR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-JN3GD4ED.js";
import "./chunk-IZVXPCQJ.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
