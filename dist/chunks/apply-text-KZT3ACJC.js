import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-25ROXWRB.js";
import "./chunk-35YVF6NK.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-ESJ75BXI.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-EFBOC2AA.js";
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
