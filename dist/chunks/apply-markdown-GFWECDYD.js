import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER,
  FAILED_HEADING,
  applySections,
  renderApplyComment,
  renderApplyFailedComment,
  renderApplyRefusedComment,
  renderApplySummary,
  renderApplySupersededComment
} from "./chunk-R7PD5YSV.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-DHBMNOLF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-S4NPZC5F.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER,
  FAILED_HEADING,
  applySections,
  renderApplyComment,
  renderApplyFailedComment,
  renderApplyRefusedComment,
  renderApplySummary,
  renderApplySupersededComment
};
