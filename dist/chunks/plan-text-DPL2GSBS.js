import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-74LDL4D4.js";
import "./chunk-EBB5VUBW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-TYIA7N2D.js";
import "./chunk-EHBQ6627.js";
import "./chunk-IYLM3RD3.js";
import "./chunk-DKLEXQDT.js";
import "./chunk-TOVSDN6E.js";
import "./chunk-BY6RKFF6.js";
import "./chunk-V4O4FOJV.js";
import "./chunk-GJYRT4YL.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
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
