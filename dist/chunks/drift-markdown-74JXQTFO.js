import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-VO5IPQXG.js";
import "./chunk-CNYK7XJM.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-4X4KBDKK.js";
import "./chunk-3GVOE7GY.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-L5OAWFDV.js";
import "./chunk-ZJTOV44A.js";
import "./chunk-V6KY754X.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
