import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderPlanText,
  summaryLine
} from "./chunk-PZ7LPRVU.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderPlanText,
  summaryLine
};
