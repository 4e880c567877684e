import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-VFFZ2BTF.js";
import "./chunk-AE4DHUZO.js";
import "./chunk-LLMZOLHF.js";
import "./chunk-IYLM3RD3.js";
import "./chunk-KK2CGQKR.js";
import "./chunk-OG6EYOC5.js";
import "./chunk-SJQLFWOV.js";
import "./chunk-ZY2MMUWD.js";
import "./chunk-7VWICZVE.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-R2I4LFDJ.js";
import "./chunk-BY6RKFF6.js";
import "./chunk-V4O4FOJV.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GJYRT4YL.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
