import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-QWKRZ6CF.js";
import "./chunk-HN3VSVCL.js";
import "./chunk-VLELVD5H.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-SCO6BSBL.js";
import "./chunk-7YXPQSDT.js";
import "./chunk-Z7VOLEMT.js";
import "./chunk-GH536CWV.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VJOHLRKE.js";
import "./chunk-NX775YIT.js";
import "./chunk-SP7OTNUO.js";
import "./chunk-ZFP5D5UX.js";
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
