import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-QQQ323YQ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-A7SJSPG4.js";
import "./chunk-ITQPEMD2.js";
import "./chunk-JAVPI5AV.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-CV5BWFDJ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-XO2NH5JP.js";
import "./chunk-S3J7XDOF.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-RG6NIMRL.js";
import "./chunk-G74K5LKD.js";
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
