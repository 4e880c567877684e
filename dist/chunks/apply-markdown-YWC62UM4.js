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
} from "./chunk-Q6LMBAPZ.js";
import "./chunk-FHE6YW4E.js";
import "./chunk-YCVCVMKJ.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-65NNQ47E.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-EOLVKLVQ.js";
import "./chunk-V47C4AGH.js";
import "./chunk-5DDE6BWO.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
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
