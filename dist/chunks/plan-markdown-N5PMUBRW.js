import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-JGNYHSEI.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-IOUQPAY2.js";
import "./chunk-4UVBFWLO.js";
import "./chunk-ZLIOTVJS.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-GJL5MB6Z.js";
import "./chunk-3II6QTGK.js";
import "./chunk-XNZK7DZH.js";
import "./chunk-I7KRWZUF.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
