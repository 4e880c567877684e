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
} from "./chunk-DBUMB7ZP.js";
import "./chunk-BDNNI7LD.js";
import "./chunk-PWL7VJGM.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-WHR7BHF4.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-JKMDBCAW.js";
import "./chunk-2VWI3X62.js";
import "./chunk-DEJHMZ2C.js";
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
