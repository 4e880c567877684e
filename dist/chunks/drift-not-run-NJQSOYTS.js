import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-E5LA7LIJ.js";
import "./chunk-BY7KSNX4.js";
import "./chunk-M2FVBMKN.js";
import "./chunk-5MPNU4YD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-AQDLMN6C.js";
import "./chunk-PIBKUKFW.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-7G3CWXQ2.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-SEGFAPV5.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
