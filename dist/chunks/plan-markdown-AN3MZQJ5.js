import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-5ZDF5V4R.js";
import "./chunk-CGQJ5AQT.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-B5Q7MCPC.js";
import "./chunk-ZIZZJBEW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MMWFGVIX.js";
import "./chunk-77PCNKYZ.js";
import "./chunk-V5Z7YFYQ.js";
import "./chunk-VLBGVR75.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
