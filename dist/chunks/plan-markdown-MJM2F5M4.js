import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-BA75PVEZ.js";
import "./chunk-HOZDT3SP.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-B4IFHBKU.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-3KHKGZA2.js";
import "./chunk-XARIBLG3.js";
import "./chunk-IW6FJXAU.js";
import "./chunk-J5KM54P4.js";
import "./chunk-6672PBDP.js";
import "./chunk-SLQI36LP.js";
import "./chunk-2N7PRXZX.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-SZOBXY3O.js";
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
