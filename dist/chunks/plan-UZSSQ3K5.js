import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-57KJEXWU.js";
import "./chunk-W4FTO57W.js";
import "./chunk-YRWMP633.js";
import "./chunk-M2USMOKJ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HB5UV7MP.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-KLHR7WC2.js";
import "./chunk-3II6QTGK.js";
import "./chunk-F3MNYBQM.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
