import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-KNRJXZNP.js";
import "./chunk-IG5ZKUCW.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-N46BYA5D.js";
import "./chunk-BO7QUQJZ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-YXIQ4QKH.js";
import "./chunk-JGRYWGPC.js";
import "./chunk-BTCGKIGR.js";
import "./chunk-JH2H5BAC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-6K755HRR.js";
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
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
