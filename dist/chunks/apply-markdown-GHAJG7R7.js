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
} from "./chunk-2UFZQLWQ.js";
import "./chunk-GSW3GUWF.js";
import "./chunk-FZWTAQQ2.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-VLELVD5H.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-TK2RRAXT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VJOHLRKE.js";
import "./chunk-NX775YIT.js";
import "./chunk-ZFP5D5UX.js";
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
