import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-2COCQIJE.js";
import "./chunk-VV3X3PVW.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-SIRYHMVW.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-CCXH3WT2.js";
import "./chunk-H4BHSWIO.js";
import "./chunk-4UXKB766.js";
import "./chunk-J5KM54P4.js";
import "./chunk-AOB2OHHA.js";
import "./chunk-ZVBSCCXX.js";
import "./chunk-7EVFGJGA.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-I3ZFGRZU.js";
import "./chunk-2VFAZBQJ.js";
import "./chunk-XGHJCEMG.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
