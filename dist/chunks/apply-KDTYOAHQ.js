import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-DZO6WWJH.js";
import "./chunk-T55CMK62.js";
import "./chunk-PMT6RKB2.js";
import "./chunk-AKYD6NHV.js";
import "./chunk-L6KWCCS5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VQTFGJTO.js";
import "./chunk-PTWG5UMO.js";
import "./chunk-QW4EAJC7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BRBCLL25.js";
import "./chunk-MST7U2QF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-NTKFMNZO.js";
import "./chunk-AT3ZD5UU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
