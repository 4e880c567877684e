import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-AWVKOOYL.js";
import "./chunk-T55CMK62.js";
import "./chunk-VFC32STY.js";
import "./chunk-6VLZAAH5.js";
import "./chunk-NLX2OT32.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-QFLCFIQQ.js";
import "./chunk-M6QRWV7C.js";
import "./chunk-GHYQGGQ3.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-45N7B6DA.js";
import "./chunk-5JR5HAVF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-Z4CDB343.js";
import "./chunk-TAI5P4HU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
