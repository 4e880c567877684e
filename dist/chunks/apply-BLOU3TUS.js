import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-RIQTIUFV.js";
import "./chunk-URHUSXTO.js";
import "./chunk-ECSOKKFC.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ONHJ46SV.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-V7TLBUVK.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
