import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-YX4G2WHA.js";
import "./chunk-LMRZPKLC.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AYIL4MEP.js";
import "./chunk-CG5H77VW.js";
import "./chunk-2NO6KMRG.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
};
