import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-DHBMNOLF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-S4NPZC5F.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
};
