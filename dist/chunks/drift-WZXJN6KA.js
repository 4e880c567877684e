import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-NUWV7665.js";
import "./chunk-T55CMK62.js";
import "./chunk-WVWT7AS6.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-7ANMUYOT.js";
import "./chunk-T7LZMGPH.js";
import "./chunk-LFUPJK2O.js";
import "./chunk-V6C47S3H.js";
import "./chunk-YHXEPDXM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-LTCQWUA7.js";
import "./chunk-DEJMRCWU.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-WK6F2FRE.js";
import "./chunk-QKLZYSNB.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-EXYPE6KN.js";
import "./chunk-Z3S7G5IJ.js";
import "./chunk-DGPIR4O4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
