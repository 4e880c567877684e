import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-YN27QZD3.js";
import "./chunk-R5HJFOU3.js";
import "./chunk-LI7PHQPB.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-BCYMKS3K.js";
import "./chunk-AXY26J7O.js";
import "./chunk-3HWUNJGX.js";
import "./chunk-B2UPWVJT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VBSAV6GC.js";
import "./chunk-Q52IBWEA.js";
import "./chunk-Y3OVKJZK.js";
import "./chunk-4DXT24VN.js";
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
