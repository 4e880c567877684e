import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-7GKRUPD7.js";
import "./chunk-KAY63WG4.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-S4F2OXRI.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-RUN4TA4U.js";
import "./chunk-B33HR6JC.js";
import "./chunk-LWRKBLF4.js";
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
