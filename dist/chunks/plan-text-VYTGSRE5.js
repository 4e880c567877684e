import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-HAK2BEJH.js";
import "./chunk-4U2L2SEV.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-ERKAKD4E.js";
import "./chunk-UC2ZGWBM.js";
import "./chunk-BEH2VJQQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-NCO2PVVR.js";
import "./chunk-7PKIT3NF.js";
import "./chunk-EFEKPJPC.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TXSE4YIB.js";
import "./chunk-FNEYIB2N.js";
import "./chunk-HNFT6XJY.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
};
