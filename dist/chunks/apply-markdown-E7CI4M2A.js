import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
} from "./chunk-AOAN57GK.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-ZP425SOE.js";
import "./chunk-INPRLQNP.js";
import "./chunk-I4M7T4N2.js";
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
