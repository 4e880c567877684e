import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-QFFPCFNX.js";
import "./chunk-VP57IG3X.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5RANUVRA.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-QXHWUAVZ.js";
import "./chunk-4U322GJ5.js";
import "./chunk-NHJ7KTAQ.js";
import "./chunk-WO2Q5MQJ.js";
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
