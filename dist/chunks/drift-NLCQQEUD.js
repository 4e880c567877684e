import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-6WQELN56.js";
import "./chunk-T55CMK62.js";
import "./chunk-O7MUPX7V.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-OYYA2IKY.js";
import "./chunk-ODIIUYVR.js";
import "./chunk-B6EXUGLH.js";
import "./chunk-STC2OFCW.js";
import "./chunk-5CZSFTA7.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-QIXMMK33.js";
import "./chunk-2HLLZDZ5.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-OMDHL5HE.js";
import "./chunk-7P7TRTGF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-3QXJANYR.js";
import "./chunk-4TSL5J5R.js";
import "./chunk-S5NTD34Y.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
