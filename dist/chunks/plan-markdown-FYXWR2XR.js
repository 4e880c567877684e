import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-5T4ARYFT.js";
import "./chunk-GGLYDLJH.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-77KRFPUU.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-MEZPLMWV.js";
import "./chunk-UFB5VNNG.js";
import "./chunk-ODIIUYVR.js";
import "./chunk-MHCX34GM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-QIXMMK33.js";
import "./chunk-2HLLZDZ5.js";
import "./chunk-7P7TRTGF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-3QXJANYR.js";
import "./chunk-4TSL5J5R.js";
import "./chunk-S5NTD34Y.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
