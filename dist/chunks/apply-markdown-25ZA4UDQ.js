import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplyRefusedComment,
  renderApplySummary
} from "./chunk-5SIV4NXY.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-7PQW4M4S.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2O3YDE45.js";
import "./chunk-NQHI53NI.js";
import "./chunk-Q5VR4JBV.js";
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
