import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplyRefusedComment,
  renderApplySummary
} from "./chunk-OF2J6B3I.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-IPL3UJTR.js";
import "./chunk-4JYPBCJ3.js";
import "./chunk-XG4YZALD.js";
import "./chunk-JV2V6C4F.js";
import "./chunk-4TSL5J5R.js";
import "./chunk-FCHWC5EO.js";
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
