import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-5F4QBO6N.js";
import "./chunk-MDKGNYB4.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-BEDSRCLT.js";
import "./chunk-WH6TS2FA.js";
import "./chunk-CPH3JRSB.js";
import "./chunk-EKOCY6A4.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-RUN4TA4U.js";
import "./chunk-B33HR6JC.js";
import "./chunk-4TRFEVVL.js";
import "./chunk-LWRKBLF4.js";
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
