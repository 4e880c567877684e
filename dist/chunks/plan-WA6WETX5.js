import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-7ETXBKFY.js";
import "./chunk-ECSOKKFC.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ONHJ46SV.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
