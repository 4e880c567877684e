import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-EGSCW7JJ.js";
import "./chunk-MMWUYYD5.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-2Q7MV77T.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-K6X3GLSL.js";
import "./chunk-XDADOBAZ.js";
import "./chunk-4TWY6TIF.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-4KKZWSQZ.js";
import "./chunk-DTJQL3QI.js";
import "./chunk-LFYHZXOA.js";
import "./chunk-JRK2SCG3.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2BBW672S.js";
import "./chunk-NQHI53NI.js";
import "./chunk-CDDTTD2F.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
