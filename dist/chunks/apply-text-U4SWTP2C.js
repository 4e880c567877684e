import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-C7MRTKYQ.js";
import "./chunk-TJEZAQTE.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-G4O6MQ67.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZJQHDZ2N.js";
import "./chunk-4L3755WU.js";
import "./chunk-FAF2KR2Y.js";
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
