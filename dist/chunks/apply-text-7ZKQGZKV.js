import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  renderApplyText
} from "./chunk-INPRLQNP.js";
import "./chunk-I4M7T4N2.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  renderApplyText
};
