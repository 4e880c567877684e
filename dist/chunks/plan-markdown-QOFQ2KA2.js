import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-5XDSALPJ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-MLFNURRQ.js";
import "./chunk-5QI2J2MZ.js";
import "./chunk-BIA6WW76.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-NTIUXAM7.js";
import "./chunk-KO7LIDVA.js";
import "./chunk-EXRWALGJ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-K7YARDDT.js";
import "./chunk-6I5CYBFK.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-7YEM5LYO.js";
import "./chunk-I6DVYXUG.js";
import "./chunk-ERRBZCIV.js";
import "./chunk-PUUM4JGA.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
