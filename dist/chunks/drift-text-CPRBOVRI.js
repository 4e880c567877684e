import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-ORWV3OXQ.js";
import "./chunk-BEDSRCLT.js";
import "./chunk-WH6TS2FA.js";
import "./chunk-CPH3JRSB.js";
import "./chunk-EKOCY6A4.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-RUN4TA4U.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-B33HR6JC.js";
import "./chunk-4TRFEVVL.js";
import "./chunk-LWRKBLF4.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
