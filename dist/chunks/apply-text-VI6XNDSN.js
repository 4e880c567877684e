import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-O67JY6CX.js";
import "./chunk-5JGHCTRF.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-QJOKVOOQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-TBOZFTQP.js";
import "./chunk-XTQED6XP.js";
import "./chunk-JPCIUHXQ.js";
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
