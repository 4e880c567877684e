import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-KFNH4PNJ.js";
import "./chunk-4FQIEHSY.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-HWLB5PPK.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-NLBLPHJC.js";
import "./chunk-JUN3NZZL.js";
import "./chunk-NLX2OT32.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-QFLCFIQQ.js";
import "./chunk-ZDKKXLFQ.js";
import "./chunk-M6QRWV7C.js";
import "./chunk-5JR5HAVF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-Z4CDB343.js";
import "./chunk-NQHI53NI.js";
import "./chunk-TAI5P4HU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
