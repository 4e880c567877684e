import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-3VYLTWRS.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TKLYPS3P.js";
import "./chunk-J53M7S3I.js";
import "./chunk-GTKMJIRN.js";
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
