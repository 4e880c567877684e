import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-PX4S4QLM.js";
import "./chunk-4TSKW7JS.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-QPHYHDXV.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-LLGKUDXQ.js";
import "./chunk-2GOIDCYE.js";
import "./chunk-NIXQ5VCM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PIE67JVQ.js";
import "./chunk-VGJJ6WVU.js";
import "./chunk-T7DZGQD6.js";
import "./chunk-25MYSQ7Z.js";
import "./chunk-ZOCO5KVP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-7U6OUKPP.js";
import "./chunk-DWF7BZ2M.js";
import "./chunk-VTIZNVA4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
