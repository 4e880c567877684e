import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  planSections,
  renderPlanComment
} from "./chunk-PKJMHJJG.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-H2KS34U7.js";
import "./chunk-KY6QZFUZ.js";
import "./chunk-XHP55QLH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-GYZHUUYB.js";
import "./chunk-PPJBV53O.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  planSections,
  renderPlanComment
};
