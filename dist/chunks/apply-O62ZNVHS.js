import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-26ECPJCK.js";
import "./chunk-ND62BTSW.js";
import "./chunk-QF73KMBX.js";
import "./chunk-TA6UJCLS.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
