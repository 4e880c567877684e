import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-AOXBM77Y.js";
import "./chunk-4WA4INPT.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-WWDJE3BD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-F3MNYBQM.js";
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
