import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-S4ARKGYH.js";
import "./chunk-T55CMK62.js";
import "./chunk-IDYLHIBD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-MMRAUHCV.js";
import "./chunk-BFKU52GE.js";
import "./chunk-XNWQ2VEX.js";
import "./chunk-CYK5N427.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IIUIDIEU.js";
import "./chunk-PNB7E5OJ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-M3STFECE.js";
import "./chunk-OT4C3PMH.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5PYAKNEV.js";
import "./chunk-MSRRMWRT.js";
import "./chunk-NRSQTNCM.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
