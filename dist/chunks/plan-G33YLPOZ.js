import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-ONWRSD2U.js";
import "./chunk-NH46YLX2.js";
import "./chunk-3GPXEBWU.js";
import "./chunk-4KEQW3RF.js";
import "./chunk-FZX5U2VM.js";
import "./chunk-5O6J3DOI.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-EGMSLJQQ.js";
import "./chunk-AFPREOBE.js";
import "./chunk-H7BXKMUQ.js";
import "./chunk-TF7VG3TO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-IAAHW3TN.js";
import "./chunk-XFU5WWYD.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-Z65NIVMB.js";
import "./chunk-KWKOFJCN.js";
import "./chunk-HZXDRUKE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
