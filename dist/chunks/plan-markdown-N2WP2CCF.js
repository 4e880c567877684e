import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-BKL46IM2.js";
import "./chunk-5PVTDGF7.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-V4GI57BL.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-4OGYZ6LR.js";
import "./chunk-EMWOQBNX.js";
import "./chunk-X2GJANJK.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-CXCVGVIL.js";
import "./chunk-EPSCBG3W.js";
import "./chunk-JLWYZAHY.js";
import "./chunk-XEKLZZL7.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TIRWCU34.js";
import "./chunk-NQHI53NI.js";
import "./chunk-6SRWCWAB.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
