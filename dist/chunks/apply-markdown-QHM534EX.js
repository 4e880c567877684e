import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
} from "./chunk-2PDNWYQA.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-JN3GD4ED.js";
import "./chunk-5R2YUCKD.js";
import "./chunk-IZVXPCQJ.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
};
