import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER,
  FAILED_HEADING,
  REFUSED_HEADING,
  applySections,
  renderApplyComment,
  renderApplyFailedComment,
  renderApplyNotRunComment,
  renderApplyRefusedComment,
  renderApplySummary,
  renderApplySupersededComment
} from "./chunk-2IRGD5GQ.js";
import "./chunk-AEAXNMT5.js";
import "./chunk-4EMHIE3N.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-VUPTH5LW.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-FTEAURFY.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IF3XHX4K.js";
import "./chunk-VN5H7K4N.js";
import "./chunk-GU4XEXLS.js";
import "./chunk-SXW3B73J.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER,
  FAILED_HEADING,
  REFUSED_HEADING,
  applySections,
  renderApplyComment,
  renderApplyFailedComment,
  renderApplyNotRunComment,
  renderApplyRefusedComment,
  renderApplySummary,
  renderApplySupersededComment
};
