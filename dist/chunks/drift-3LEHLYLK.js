import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-BLFRMKX2.js";
import "./chunk-T55CMK62.js";
import "./chunk-AJ5KE3WJ.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-WYV6LUMO.js";
import "./chunk-BTCGKIGR.js";
import "./chunk-ZKO4MVNR.js";
import "./chunk-HDNYMZJW.js";
import "./chunk-FIDVFBNI.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-6K755HRR.js";
import "./chunk-PIBKUKFW.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-NIAGRF5U.js";
import "./chunk-RM3H227U.js";
import "./chunk-6T5APGHB.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-7G3CWXQ2.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-CRRSF2FC.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
