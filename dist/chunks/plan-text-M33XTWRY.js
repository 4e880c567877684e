import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  blockedLine,
  renderPlanText,
  summaryLine
} from "./chunk-XHP55QLH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-GYZHUUYB.js";
import "./chunk-PPJBV53O.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  blockedLine,
  renderPlanText,
  summaryLine
};
