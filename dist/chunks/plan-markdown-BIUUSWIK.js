import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-ULD2QTTQ.js";
import "./chunk-TZUTH7HW.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-4RZSTHVK.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-RI6QDAS7.js";
import "./chunk-MMRAUHCV.js";
import "./chunk-CYK5N427.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IIUIDIEU.js";
import "./chunk-PNB7E5OJ.js";
import "./chunk-OT4C3PMH.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5PYAKNEV.js";
import "./chunk-MSRRMWRT.js";
import "./chunk-NRSQTNCM.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
