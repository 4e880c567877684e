import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-43VTFLEG.js";
import "./chunk-5KPR5VNL.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-UW2UEJC7.js";
import "./chunk-IF7OQU5E.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-NH46YLX2.js";
import "./chunk-3GPXEBWU.js";
import "./chunk-5O6J3DOI.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-EGMSLJQQ.js";
import "./chunk-AFPREOBE.js";
import "./chunk-H7BXKMUQ.js";
import "./chunk-XFU5WWYD.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-Z65NIVMB.js";
import "./chunk-KWKOFJCN.js";
import "./chunk-HZXDRUKE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
