import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-GWIDIWLB.js";
import "./chunk-S64JYNMH.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-PFSPYE3M.js";
import "./chunk-T4B2LZQM.js";
import "./chunk-D223KJIG.js";
import "./chunk-H5SKS4UC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-WZ4OE4TS.js";
import "./chunk-XT7MNSRJ.js";
import "./chunk-LHNTJZ5I.js";
import "./chunk-XQBAVSGR.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
