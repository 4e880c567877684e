import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-RS2EHQRP.js";
import "./chunk-WP5PJJOY.js";
import "./chunk-ZJCIDKSC.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-PYUABYGG.js";
import "./chunk-35M3ZQNV.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-UT5MSQI3.js";
import "./chunk-Z3S7G5IJ.js";
import "./chunk-UOC5PA6K.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
