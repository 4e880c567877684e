import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-TSF4SI5T.js";
import "./chunk-6PYUPKIC.js";
import "./chunk-EBB5VUBW.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
