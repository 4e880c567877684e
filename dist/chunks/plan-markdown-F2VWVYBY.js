import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-7BXQQ2H4.js";
import "./chunk-3FHLXFGP.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-FKNU5FBV.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-33V4E2BE.js";
import "./chunk-SDEEHTII.js";
import "./chunk-75334X7D.js";
import "./chunk-J5KM54P4.js";
import "./chunk-WQRHXU7A.js";
import "./chunk-L6TFY7EG.js";
import "./chunk-ZC4JMJ7Y.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-T6YTWXI6.js";
import "./chunk-B6Z7Y7S2.js";
import "./chunk-SWRMEDXE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
