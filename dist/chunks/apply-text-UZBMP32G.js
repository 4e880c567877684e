import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-WENMTOP6.js";
import "./chunk-4JYPBCJ3.js";
import "./chunk-XG4YZALD.js";
import "./chunk-UT5MSQI3.js";
import "./chunk-Z3S7G5IJ.js";
import "./chunk-UOC5PA6K.js";
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
