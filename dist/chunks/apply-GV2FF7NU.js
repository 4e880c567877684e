import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-AFLFLXRB.js";
import "./chunk-T55CMK62.js";
import "./chunk-B6UYW4JT.js";
import "./chunk-STC2OFCW.js";
import "./chunk-MHCX34GM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2HLLZDZ5.js";
import "./chunk-EHV5XKRE.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-V7SAF6T4.js";
import "./chunk-7P7TRTGF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-3QXJANYR.js";
import "./chunk-S5NTD34Y.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
