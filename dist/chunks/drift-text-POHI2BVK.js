import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-C775JOBE.js";
import "./chunk-KJUOV3YE.js";
import "./chunk-BUUO2SYF.js";
import "./chunk-FYEUKCKX.js";
import "./chunk-NKE4X7EO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AYIL4MEP.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-CG5H77VW.js";
import "./chunk-O5WAE6OF.js";
import "./chunk-2NO6KMRG.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
