import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-JOHL2HS7.js";
import "./chunk-4GGTKRGF.js";
import "./chunk-YGRH37D4.js";
import "./chunk-VOSA2Q2G.js";
import "./chunk-ZLPMJKWD.js";
import "./chunk-B7ESZSDB.js";
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
