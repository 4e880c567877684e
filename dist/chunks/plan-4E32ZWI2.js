import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-2GHS7DI5.js";
import "./chunk-PTGXIZOZ.js";
import "./chunk-MLSMY7FN.js";
import "./chunk-XOHOXTLL.js";
import "./chunk-Z27WUEJ7.js";
import "./chunk-TY4UWCQU.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-DRP2NMF7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-D6732RXK.js";
import "./chunk-PA55HMIX.js";
import "./chunk-BY7TRITL.js";
import "./chunk-AZNZSHZR.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
