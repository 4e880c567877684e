import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-2KFWKDSD.js";
import "./chunk-4GCAA4PD.js";
import "./chunk-UXJNFPGF.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-QQIHMVOI.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-CRRSF2FC.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
