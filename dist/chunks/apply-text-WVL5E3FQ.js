import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  pendingLine,
  renderApplyText
} from "./chunk-ZJCA5XR4.js";
import "./chunk-VKXDSZ44.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5CERZ4YU.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  pendingLine,
  renderApplyText
};
