import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-IRLTZGMH.js";
import "./chunk-5ZEWSE2E.js";
import "./chunk-YO3RIHPW.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-O4GSI6TQ.js";
import "./chunk-MYXJDJZ7.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-RZTR4GB5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZXZ65ENI.js";
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
