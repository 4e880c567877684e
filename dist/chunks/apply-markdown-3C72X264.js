import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
} from "./chunk-E76BSWZL.js";
import "./chunk-H2KS34U7.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-KY6QZFUZ.js";
import "./chunk-ERU7XQPY.js";
import "./chunk-PPJBV53O.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
};
