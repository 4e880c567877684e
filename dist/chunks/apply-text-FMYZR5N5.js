import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-YEXKHMNV.js";
import "./chunk-Q5UHW7IV.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-5EFZI2GH.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-MA46HIPY.js";
import "./chunk-ATS52MMC.js";
import "./chunk-DIW6QY4A.js";
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
