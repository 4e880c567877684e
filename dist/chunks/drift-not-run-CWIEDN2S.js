import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-FHWCVT3P.js";
import "./chunk-PVMG7ZO5.js";
import "./chunk-YO3RIHPW.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-KFK27B5R.js";
import "./chunk-MYXJDJZ7.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-PEJSS6UY.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-FJOR2DSU.js";
import "./chunk-OF364UNH.js";
import "./chunk-BEDR4N4J.js";
import "./chunk-4PWIZ5MC.js";
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
