import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-W6VRW6XB.js";
import "./chunk-UW2UEJC7.js";
import "./chunk-IF7OQU5E.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-AFPREOBE.js";
import "./chunk-H7BXKMUQ.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-Z65NIVMB.js";
import "./chunk-KWKOFJCN.js";
import "./chunk-HZXDRUKE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
