import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-7KZWBDG3.js";
import "./chunk-75LP3CK5.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-GWH2L4KF.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-LQB7QSBR.js";
import "./chunk-KMWE2OME.js";
import "./chunk-QXDXKVCC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-NCO2PVVR.js";
import "./chunk-DMCVGLWU.js";
import "./chunk-EFEKPJPC.js";
import "./chunk-ZOCO5KVP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-OMKIT424.js";
import "./chunk-FNEYIB2N.js";
import "./chunk-HNFT6XJY.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
