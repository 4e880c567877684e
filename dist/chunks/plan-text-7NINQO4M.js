import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-WBNCBX76.js";
import "./chunk-4ORXXKD7.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-IOQQQCP2.js";
import "./chunk-GAHK5OAM.js";
import "./chunk-6B3YAJQ3.js";
import "./chunk-PBM3UPLX.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-BYSFPRNH.js";
import "./chunk-ZSIFW3NW.js";
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
