import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-J6VPBSNN.js";
import "./chunk-6F6YYJJQ.js";
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
import "./chunk-QOSIS6AR.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
