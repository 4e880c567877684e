import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-AAADNWHU.js";
import "./chunk-HLDWMWS2.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-65NNQ47E.js";
import "./chunk-QWUACDKI.js";
import "./chunk-HVZNCTVL.js";
import "./chunk-ZTUNYET5.js";
import "./chunk-WODCSNNZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-EOLVKLVQ.js";
import "./chunk-V47C4AGH.js";
import "./chunk-SDI4LXGK.js";
import "./chunk-5DDE6BWO.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
