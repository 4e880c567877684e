import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-QQSXCLES.js";
import "./chunk-YOBI5OCI.js";
import "./chunk-YXBTANPR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-ZP425SOE.js";
import "./chunk-I4M7T4N2.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
