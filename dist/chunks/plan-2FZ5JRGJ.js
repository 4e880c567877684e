import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-7YH25P7A.js";
import "./chunk-EA4YUWT3.js";
import "./chunk-COIBNIAY.js";
import "./chunk-77HUW5QG.js";
import "./chunk-FSTULHJ2.js";
import "./chunk-Y2GOSHRQ.js";
import "./chunk-G3Y4UBPE.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-B4LZR5RL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DRD5ELVZ.js";
import "./chunk-PNS4DOW3.js";
import "./chunk-NBLSMMBO.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
