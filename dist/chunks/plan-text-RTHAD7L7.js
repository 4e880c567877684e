import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-NVWNUJHQ.js";
import "./chunk-JJ2IURYU.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-HNFQAOTD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-C6NRF634.js";
import "./chunk-C35XHTVP.js";
import "./chunk-XG4YZALD.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
};
