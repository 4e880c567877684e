import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-SCRLHJF3.js";
import "./chunk-T55CMK62.js";
import "./chunk-O4W3ZHRI.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-XDADOBAZ.js";
import "./chunk-FW6SPY4K.js";
import "./chunk-WMB3M3TZ.js";
import "./chunk-4TWY6TIF.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-4KKZWSQZ.js";
import "./chunk-DTJQL3QI.js";
import "./chunk-LFYHZXOA.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-VCEARCEN.js";
import "./chunk-JRK2SCG3.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2BBW672S.js";
import "./chunk-NQHI53NI.js";
import "./chunk-CDDTTD2F.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
