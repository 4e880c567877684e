import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-TPDZKXDC.js";
import "./chunk-PJTREXDS.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-FVN4DBLG.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-2D6G55ZQ.js";
import "./chunk-OJHYOB4L.js";
import "./chunk-5W6NTG5J.js";
import "./chunk-NF4XXLF5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-4QSBMRAD.js";
import "./chunk-PSO4JKW4.js";
import "./chunk-MY45NLFV.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5NGZOPUI.js";
import "./chunk-Z3S7G5IJ.js";
import "./chunk-G4WGAGIN.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
