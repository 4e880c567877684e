import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-IDXJFQD7.js";
import "./chunk-YTK22JPR.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5RANUVRA.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-IHPVQPU4.js";
import "./chunk-4RYP2ETQ.js";
import "./chunk-NHJ7KTAQ.js";
import "./chunk-VP44APPJ.js";
import "./chunk-CYCIKFCL.js";
import "./chunk-L4HPXP6F.js";
import "./chunk-E2IHRBMA.js";
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
