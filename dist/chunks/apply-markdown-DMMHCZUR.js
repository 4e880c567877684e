import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment,
  renderApplySummary
} from "./chunk-LOUM6XBQ.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-7VXLMDWD.js";
import "./chunk-IOUQPAY2.js";
import "./chunk-NPGD6322.js";
import "./chunk-I7KRWZUF.js";
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
