import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  renderPlanText,
  summaryLine
} from "./chunk-K6NWHZJV.js";
import "./chunk-ZLIOTVJS.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-GJL5MB6Z.js";
import "./chunk-3II6QTGK.js";
import "./chunk-XNZK7DZH.js";
import "./chunk-I4M7T4N2.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  renderPlanText,
  summaryLine
};
