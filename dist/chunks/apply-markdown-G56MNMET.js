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
} from "./chunk-EKRSW43M.js";
import "./chunk-WUDD5ALS.js";
import "./chunk-42ZYQZNH.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-2RIQ6IN5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-WZ4OE4TS.js";
import "./chunk-XT7MNSRJ.js";
import "./chunk-XQBAVSGR.js";
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
