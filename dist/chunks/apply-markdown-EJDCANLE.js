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
} from "./chunk-F5NKAEAA.js";
import "./chunk-OJVJEOOT.js";
import "./chunk-4MTWP7ER.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-LI7PHQPB.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-R5CN5WEN.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VBSAV6GC.js";
import "./chunk-Q52IBWEA.js";
import "./chunk-4DXT24VN.js";
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
