import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-OCMYTVVR.js";
import "./chunk-4NPLMI2F.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-XXL6MKGL.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-XZORUUYR.js";
import "./chunk-XOHJOHNC.js";
import "./chunk-KGH2TBIG.js";
import "./chunk-ECOFD6F2.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2OI5EXOW.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-57OUBYEJ.js";
import "./chunk-67DALGZP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-ON4RG25Y.js";
import "./chunk-QGPAIWF2.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
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
