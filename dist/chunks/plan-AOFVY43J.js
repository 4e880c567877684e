import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-PPFYIK5R.js";
import "./chunk-ERKAKD4E.js";
import "./chunk-UC2ZGWBM.js";
import "./chunk-QGRT276T.js";
import "./chunk-TLUUNANZ.js";
import "./chunk-BEH2VJQQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-NCO2PVVR.js";
import "./chunk-7PKIT3NF.js";
import "./chunk-MBX52SLO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-AGWGE5DH.js";
import "./chunk-EFEKPJPC.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-TXSE4YIB.js";
import "./chunk-FNEYIB2N.js";
import "./chunk-HNFT6XJY.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
