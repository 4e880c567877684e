import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-VTGTAO2L.js";
import "./chunk-N46BYA5D.js";
import "./chunk-BO7QUQJZ.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-6K755HRR.js";
import "./chunk-PIBKUKFW.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-7G3CWXQ2.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-CRRSF2FC.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
