import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-6M5B23DU.js";
import "./chunk-TMLDTDJ7.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-NLGPDKGT.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-X2YXLHQW.js";
import "./chunk-XETJP56O.js";
import "./chunk-W2KZ7GWZ.js";
import "./chunk-RFVKBQBV.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IMRCDQPP.js";
import "./chunk-JKWTNFSR.js";
import "./chunk-EARSUCSL.js";
import "./chunk-JIW5ZMTQ.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-JIRYQOAG.js";
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
