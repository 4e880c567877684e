import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-APBLB3M5.js";
import "./chunk-RFNRCYRQ.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-PV4NYDGX.js";
import "./chunk-AL3LH3KN.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2O3YDE45.js";
import "./chunk-NQHI53NI.js";
import "./chunk-Q5VR4JBV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
