import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-PL6XWFMM.js";
import "./chunk-QFNBXJPM.js";
import "./chunk-AVXYLHUW.js";
import "./chunk-4O2ZN3OI.js";
import "./chunk-3452FLYD.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2RLQOS6K.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-GTDT27BX.js";
import "./chunk-CTTFYL65.js";
import "./chunk-XUKOO7CJ.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
