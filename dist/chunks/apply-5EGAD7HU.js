import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-4ALBZP6N.js";
import "./chunk-T55CMK62.js";
import "./chunk-WIONPTZP.js";
import "./chunk-6FDN5JGX.js";
import "./chunk-QXDXKVCC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-DMCVGLWU.js";
import "./chunk-WX22EWF4.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N36UEY4C.js";
import "./chunk-EFEKPJPC.js";
import "./chunk-ZOCO5KVP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-OMKIT424.js";
import "./chunk-HNFT6XJY.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
