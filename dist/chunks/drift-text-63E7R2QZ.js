import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-3U4RWYNX.js";
import "./chunk-BCYMKS3K.js";
import "./chunk-AXY26J7O.js";
import "./chunk-3HWUNJGX.js";
import "./chunk-B2UPWVJT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VBSAV6GC.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-Q52IBWEA.js";
import "./chunk-Y3OVKJZK.js";
import "./chunk-4DXT24VN.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
