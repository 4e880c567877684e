import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-7GMYCVMB.js";
import "./chunk-UH62JE55.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5RANUVRA.js";
import "./chunk-MPMVCMMT.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MYHF6BQG.js";
import "./chunk-PJUGNKVP.js";
import "./chunk-CJE3D5RM.js";
import "./chunk-PJDZWQBJ.js";
import "./chunk-6WOHOKM4.js";
import "./chunk-AII4XWZX.js";
import "./chunk-XAM34E4P.js";
import "./chunk-5JPQ6TG7.js";
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
