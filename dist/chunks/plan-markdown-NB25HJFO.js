import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-4B5PP6CQ.js";
import "./chunk-LKOVCNFQ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-VILXNDQM.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-WWFRDJEO.js";
import "./chunk-XBP52OE4.js";
import "./chunk-YXATRP37.js";
import "./chunk-J5KM54P4.js";
import "./chunk-6672PBDP.js";
import "./chunk-NUI5ZZBY.js";
import "./chunk-KKCBKMWL.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-NT7LURMG.js";
import "./chunk-YNDQQWV6.js";
import "./chunk-W4GDXE7Q.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
