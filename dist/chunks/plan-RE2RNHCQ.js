import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-K6XNSYN6.js";
import "./chunk-QYG5WLN5.js";
import "./chunk-6LFSZC4S.js";
import "./chunk-UE2SZIOK.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-WSV55DUT.js";
import "./chunk-MK73BPAP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GCZV6KW5.js";
import "./chunk-RIEHQCBQ.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
