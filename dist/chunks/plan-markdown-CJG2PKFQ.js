import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-TXILTQLV.js";
import "./chunk-BZCGACKE.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-NTGYM2RM.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-D7VPSAJH.js";
import "./chunk-QQDABBTY.js";
import "./chunk-CZTIU6T7.js";
import "./chunk-J5KM54P4.js";
import "./chunk-VFTQAQRX.js";
import "./chunk-6TIJAXRQ.js";
import "./chunk-VCUYH7IQ.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-S4NPZC5F.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
