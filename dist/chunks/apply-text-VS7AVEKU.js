import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-OJVJEOOT.js";
import "./chunk-4MTWP7ER.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-R5CN5WEN.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VBSAV6GC.js";
import "./chunk-Q52IBWEA.js";
import "./chunk-4DXT24VN.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
};
