import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-IOJ7JIPK.js";
import "./chunk-44UYJQN2.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-M2FVBMKN.js";
import "./chunk-5MPNU4YD.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-LUBA4F5F.js";
import "./chunk-XGS3UZ6O.js";
import "./chunk-BTCGKIGR.js";
import "./chunk-JH2H5BAC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AQDLMN6C.js";
import "./chunk-PIBKUKFW.js";
import "./chunk-3NAHGTET.js";
import "./chunk-6T5APGHB.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-7G3CWXQ2.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-SEGFAPV5.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
