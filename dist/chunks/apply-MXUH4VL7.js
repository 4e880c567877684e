import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-3V5LISLL.js";
import "./chunk-T55CMK62.js";
import "./chunk-R7RMAFI4.js";
import "./chunk-2OVPK72Q.js";
import "./chunk-VP44APPJ.js";
import "./chunk-CYCIKFCL.js";
import "./chunk-J32QFRWP.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-GKQLULO5.js";
import "./chunk-L4HPXP6F.js";
import "./chunk-E2IHRBMA.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-INKKAY5C.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
