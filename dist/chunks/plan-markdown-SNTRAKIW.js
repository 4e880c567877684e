import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-SS7XNSH6.js";
import "./chunk-SJOA26A4.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5RANUVRA.js";
import "./chunk-MPMVCMMT.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MYHF6BQG.js";
import "./chunk-HH2QTBIP.js";
import "./chunk-QXIBHLUA.js";
import "./chunk-VXHPT24M.js";
import "./chunk-LSYQWWJF.js";
import "./chunk-QBRYYIXH.js";
import "./chunk-NOSM4UH5.js";
import "./chunk-CAGE5ASI.js";
import "./chunk-GJYRT4YL.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
