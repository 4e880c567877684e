import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-YLNP3FYZ.js";
import "./chunk-P36FYNMW.js";
import "./chunk-V4GI57BL.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-EPSCBG3W.js";
import "./chunk-JLWYZAHY.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TIRWCU34.js";
import "./chunk-NQHI53NI.js";
import "./chunk-6SRWCWAB.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
