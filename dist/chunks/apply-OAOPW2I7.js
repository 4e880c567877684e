import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-QMN6GLL5.js";
import "./chunk-HMHVFOUZ.js";
import "./chunk-GBDAHAFR.js";
import "./chunk-3V2YEKK7.js";
import "./chunk-TY4UWCQU.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-N6C6NVMN.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-IWD3SQQM.js";
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
