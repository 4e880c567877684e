import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-EPDA4PNK.js";
import "./chunk-T55CMK62.js";
import "./chunk-WXW5DDHY.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-Y6T6B6EZ.js";
import "./chunk-PMT6RKB2.js";
import "./chunk-AKYD6NHV.js";
import "./chunk-L6KWCCS5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VQTFGJTO.js";
import "./chunk-WP27I6DD.js";
import "./chunk-PTWG5UMO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BRBCLL25.js";
import "./chunk-MST7U2QF.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-NTKFMNZO.js";
import "./chunk-5J7422LD.js";
import "./chunk-AT3ZD5UU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
