import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-DTUAJKHW.js";
import "./chunk-4ORXXKD7.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-EA4YUWT3.js";
import "./chunk-COIBNIAY.js";
import "./chunk-77HUW5QG.js";
import "./chunk-G3Y4UBPE.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-PNS4DOW3.js";
import "./chunk-NBLSMMBO.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-WOFMCSLJ.js";
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
