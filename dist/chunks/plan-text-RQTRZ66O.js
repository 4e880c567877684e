import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-T6SPQVEE.js";
import "./chunk-O3OSD6FQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-76G4QHRR.js";
import "./chunk-Q2ZNZ56I.js";
import "./chunk-O4JYDL77.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-D7SQHEPW.js";
import "./chunk-XAXZHJ43.js";
import "./chunk-EQK2PKY5.js";
import "./chunk-YRHUFTBB.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-T6WGQEED.js";
import "./chunk-N2LNCGM2.js";
import "./chunk-NBKBUMA4.js";
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
