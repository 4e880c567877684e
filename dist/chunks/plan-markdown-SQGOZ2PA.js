import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-BYSOSIYQ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-ZTGHIXJN.js";
import "./chunk-PVBIDB5Q.js";
import "./chunk-ZLIOTVJS.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JZ4RCLNY.js";
import "./chunk-3II6QTGK.js";
import "./chunk-T73BYEBF.js";
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
