import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-QJGN67L2.js";
import "./chunk-PJUGNKVP.js";
import "./chunk-CJE3D5RM.js";
import "./chunk-PJDZWQBJ.js";
import "./chunk-5NH3GC26.js";
import "./chunk-4AGHC2HF.js";
import "./chunk-6WOHOKM4.js";
import "./chunk-AII4XWZX.js";
import "./chunk-UANGRPQA.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CISEDWWZ.js";
import "./chunk-XAM34E4P.js";
import "./chunk-5JPQ6TG7.js";
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
