import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-PO5OV5MA.js";
import "./chunk-3B4YC4DD.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-3NG5PXRT.js";
import "./chunk-3K6XJCSD.js";
import "./chunk-IOPIKRM5.js";
import "./chunk-JHSOU4NQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-TBOZFTQP.js";
import "./chunk-XTQED6XP.js";
import "./chunk-EO6QO4PO.js";
import "./chunk-JPCIUHXQ.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
