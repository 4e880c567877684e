import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  failedVerifications,
  pendingLine,
  renderApplyText
} from "./chunk-WMEG6OSK.js";
import "./chunk-INKKAY5C.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  failedVerifications,
  pendingLine,
  renderApplyText
};
