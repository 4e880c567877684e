import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplyRefusedComment,
  renderApplySummary
} from "./chunk-DTV63YX3.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-ZJCA5XR4.js";
import "./chunk-VKXDSZ44.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5CERZ4YU.js";
import "./chunk-YPNVWKSV.js";
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
