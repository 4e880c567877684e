import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-I2NL7SL4.js";
import "./chunk-CEZNXYEJ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5RANUVRA.js";
import "./chunk-MPMVCMMT.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MYHF6BQG.js";
import "./chunk-4ZYCRL27.js";
import "./chunk-UUEUMC4S.js";
import "./chunk-LG5ZJVH7.js";
import "./chunk-HRZSNEJC.js";
import "./chunk-6QKDZCQQ.js";
import "./chunk-OWIM4TZY.js";
import "./chunk-OS576ORI.js";
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
