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
} from "./chunk-YX5OHBDI.js";
import "./chunk-NL5EBFTW.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-FOXF7L6P.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-LI2J643O.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
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
