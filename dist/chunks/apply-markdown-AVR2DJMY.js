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
} from "./chunk-BOZA5E7X.js";
import "./chunk-SZ4SVWCH.js";
import "./chunk-HD35EYIH.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-57RQ4K7A.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-YLFQJUG5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2RLQOS6K.js";
import "./chunk-GTDT27BX.js";
import "./chunk-XUKOO7CJ.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
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
