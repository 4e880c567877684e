import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-PDQPKOLV.js";
import "./chunk-BBJRQFPQ.js";
import "./chunk-4OAKR32K.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-4PSB4MOZ.js";
import "./chunk-BYX5YMCV.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-JV2V6C4F.js";
import "./chunk-4TSL5J5R.js";
import "./chunk-FCHWC5EO.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
