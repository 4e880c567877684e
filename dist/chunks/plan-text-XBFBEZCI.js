import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  ACTION_SYMBOL,
  renderPlanText,
  summaryLine
} from "./chunk-NRD5U5YT.js";
import "./chunk-ZMOFJYRP.js";
export {
  ACTION_SYMBOL,
  renderPlanText,
  summaryLine
};
