import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  renderApplyText
} from "./chunk-DIVQLFNX.js";
import "./chunk-DHVRZ7B4.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  renderApplyText
};
