import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplyRefusedComment,
  renderApplySummary
} from "./chunk-ADEGH5LS.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-Z3SSD7SK.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2BBW672S.js";
import "./chunk-NQHI53NI.js";
import "./chunk-CDDTTD2F.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplyRefusedComment,
  renderApplySummary
};
