import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-JUIM5E3X.js";
import "./chunk-BUVG7WQT.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-YXL4DC4F.js";
import "./chunk-OUM2SH5D.js";
import "./chunk-BTCGKIGR.js";
import "./chunk-JH2H5BAC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-5UQRBWEL.js";
import "./chunk-PIBKUKFW.js";
import "./chunk-3NAHGTET.js";
import "./chunk-6T5APGHB.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-7G3CWXQ2.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-CRRSF2FC.js";
import "./chunk-MQGSMMCU.js";
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
