import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-TNQNO5P2.js";
import "./chunk-PMDMFH7K.js";
import "./chunk-5FPOC7IY.js";
import "./chunk-EYA3GOBF.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-B34QJC6A.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-WWDJE3BD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-F3MNYBQM.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
