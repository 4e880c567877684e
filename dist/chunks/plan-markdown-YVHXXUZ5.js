import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-AYZI4QTL.js";
import "./chunk-QCFF5W7I.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-EBB5VUBW.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-R7MC4DP7.js";
import "./chunk-U64BNSKU.js";
import "./chunk-IYLM3RD3.js";
import "./chunk-PJEV4GUT.js";
import "./chunk-ZY2MMUWD.js";
import "./chunk-BY6RKFF6.js";
import "./chunk-V4O4FOJV.js";
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
