import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  pendingLine,
  renderApplyText
} from "./chunk-X3NJTS2V.js";
import "./chunk-LHWWX62A.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5NGZOPUI.js";
import "./chunk-Z3S7G5IJ.js";
import "./chunk-G4WGAGIN.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  pendingLine,
  renderApplyText
};
