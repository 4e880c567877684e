import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-OMYXIEE4.js";
import "./chunk-LN3UONEO.js";
import "./chunk-QFC4QH2R.js";
import "./chunk-K2E6VPU2.js";
import "./chunk-YJU4SA4D.js";
import "./chunk-UXWYWKEA.js";
import "./chunk-V7H3C42N.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2OI5EXOW.js";
import "./chunk-ZRZQS6JC.js";
import "./chunk-UC7HALOJ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-K7Y44A5H.js";
import "./chunk-W34AVO73.js";
import "./chunk-UXCYJNFL.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-2SQRE3YI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-D2TZBGIT.js";
import "./chunk-5XRBG6QD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
