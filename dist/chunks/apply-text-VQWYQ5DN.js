import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  renderApplyText
} from "./chunk-76ISLDCH.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  renderApplyText
};
