import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-2J3ROHJV.js";
import "./chunk-JR56NHBU.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HFJZ7A7K.js";
import "./chunk-AILWXWHG.js";
import "./chunk-NGXUDXY4.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
};
