import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-C6DNNNKZ.js";
import "./chunk-76G4QHRR.js";
import "./chunk-Q2ZNZ56I.js";
import "./chunk-D3XOMOKG.js";
import "./chunk-U5FTROMI.js";
import "./chunk-O4JYDL77.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-D7SQHEPW.js";
import "./chunk-XAXZHJ43.js";
import "./chunk-EQK2PKY5.js";
import "./chunk-7VU47AOY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-VNJ363QZ.js";
import "./chunk-YRHUFTBB.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-T6WGQEED.js";
import "./chunk-N2LNCGM2.js";
import "./chunk-NBKBUMA4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
