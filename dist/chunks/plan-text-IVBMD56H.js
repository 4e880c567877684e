import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-JPLXKF6Y.js";
import "./chunk-T35DDGAL.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-QYN6UTEW.js";
import "./chunk-4US2C4VG.js";
import "./chunk-LG5ZJVH7.js";
import "./chunk-OT5PENYO.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-OWIM4TZY.js";
import "./chunk-OS576ORI.js";
import "./chunk-GJYRT4YL.js";
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
