import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-V6OSYBXD.js";
import "./chunk-HKURXGMQ.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-LTCQWUA7.js";
import "./chunk-DEJMRCWU.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-EXYPE6KN.js";
import "./chunk-Z3S7G5IJ.js";
import "./chunk-DGPIR4O4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
