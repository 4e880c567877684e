import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-Z3SSD7SK.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2BBW672S.js";
import "./chunk-NQHI53NI.js";
import "./chunk-CDDTTD2F.js";
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
