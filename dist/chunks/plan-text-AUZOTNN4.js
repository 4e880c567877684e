import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  renderPlanText,
  summaryLine
} from "./chunk-ZIZZJBEW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MMWFGVIX.js";
import "./chunk-77PCNKYZ.js";
import "./chunk-V5Z7YFYQ.js";
import "./chunk-VLBGVR75.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  renderPlanText,
  summaryLine
};
