import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  renderApplyText
} from "./chunk-7WSX4N64.js";
import "./chunk-V5Z7YFYQ.js";
import "./chunk-VLBGVR75.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  renderApplyText
};
