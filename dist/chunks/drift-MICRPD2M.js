import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-MPDO54RR.js";
import "./chunk-T55CMK62.js";
import "./chunk-SO4M7ZEH.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-XGS3UZ6O.js";
import "./chunk-BTCGKIGR.js";
import "./chunk-EE5XMHFH.js";
import "./chunk-KVR2266Y.js";
import "./chunk-JH2H5BAC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AQDLMN6C.js";
import "./chunk-PIBKUKFW.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-4LHQJ772.js";
import "./chunk-3NAHGTET.js";
import "./chunk-6T5APGHB.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-7G3CWXQ2.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-SEGFAPV5.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
