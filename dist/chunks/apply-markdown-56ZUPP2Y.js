import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
} from "./chunk-N6VYVMDR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-B5Q7MCPC.js";
import "./chunk-7WSX4N64.js";
import "./chunk-V5Z7YFYQ.js";
import "./chunk-VLBGVR75.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
};
