import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-S34TNAKI.js";
import "./chunk-RQNISNWL.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-SDO57S7W.js";
import "./chunk-CV5BWFDJ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-PTGXIZOZ.js";
import "./chunk-MLSMY7FN.js";
import "./chunk-TY4UWCQU.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-BY7TRITL.js";
import "./chunk-AZNZSHZR.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-VO3CDJ3V.js";
import "./chunk-MYHF6BQG.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
