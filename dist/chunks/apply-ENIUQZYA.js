import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-4TITV4UX.js";
import "./chunk-T55CMK62.js";
import "./chunk-IX5FGKDD.js";
import "./chunk-B6DNKWCE.js";
import "./chunk-AO4RTMMX.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-UIGXUBL7.js";
import "./chunk-2VGDUL6G.js";
import "./chunk-IZCVXJPO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-7P3MMRJI.js";
import "./chunk-GPW6B5RT.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-SRD7ZPW4.js";
import "./chunk-LC6EWB5D.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
