import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-X2OE27K2.js";
import "./chunk-N6GLRHYL.js";
import "./chunk-SSKUDMSJ.js";
import "./chunk-JUXIPWO7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3SUCC67P.js";
import "./chunk-XXAVUX4L.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GCZV6KW5.js";
import "./chunk-YWRODJHT.js";
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
