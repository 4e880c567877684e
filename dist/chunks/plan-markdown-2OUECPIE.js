import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-2ML5NV3W.js";
import "./chunk-AVIQ5YOJ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-4ORXXKD7.js";
import "./chunk-VO3CDJ3V.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-MYHF6BQG.js";
import "./chunk-PVD66CO6.js";
import "./chunk-G4ZDTZFD.js";
import "./chunk-HA3KNR44.js";
import "./chunk-ONERA7RC.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-PGDN7KJ4.js";
import "./chunk-IN2YULBI.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-XG4YZALD.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
