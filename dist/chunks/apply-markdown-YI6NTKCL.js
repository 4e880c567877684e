import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
} from "./chunk-6UMS65E6.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-6ZZ6YESD.js";
import "./chunk-DIVQLFNX.js";
import "./chunk-DHVRZ7B4.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
};
