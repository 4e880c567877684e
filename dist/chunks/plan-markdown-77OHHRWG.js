import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-ZHZMCZWD.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-S5P2SHVB.js";
import "./chunk-ITQPEMD2.js";
import "./chunk-LRU3BFUN.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-CV5BWFDJ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-FHHF5OCH.js";
import "./chunk-MLSMY7FN.js";
import "./chunk-7WEIBJNK.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-GRLE6KVL.js";
import "./chunk-VEZ57RDY.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-XG4YZALD.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
