import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-ODX6X44E.js";
import "./chunk-T55CMK62.js";
import "./chunk-7W5DOFLD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-KMWE2OME.js";
import "./chunk-WIONPTZP.js";
import "./chunk-6FDN5JGX.js";
import "./chunk-QXDXKVCC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-NCO2PVVR.js";
import "./chunk-DMCVGLWU.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N36UEY4C.js";
import "./chunk-EFEKPJPC.js";
import "./chunk-ZOCO5KVP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-OMKIT424.js";
import "./chunk-FNEYIB2N.js";
import "./chunk-HNFT6XJY.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
