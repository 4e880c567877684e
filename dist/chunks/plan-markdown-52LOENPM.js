import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-V2ZBEGNN.js";
import "./chunk-BF2MFV4S.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5RANUVRA.js";
import "./chunk-MPMVCMMT.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MYHF6BQG.js";
import "./chunk-PEJ54G4R.js";
import "./chunk-CGNRIBTX.js";
import "./chunk-VXHPT24M.js";
import "./chunk-I6I5DWSF.js";
import "./chunk-RQBGCDRI.js";
import "./chunk-NOSM4UH5.js";
import "./chunk-CAGE5ASI.js";
import "./chunk-GJYRT4YL.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
