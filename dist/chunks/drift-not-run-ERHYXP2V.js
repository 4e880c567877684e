import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-V4S54A64.js";
import "./chunk-HUBH4G2Y.js";
import "./chunk-DWE436KV.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-VRYFBA3T.js";
import "./chunk-2OI5EXOW.js";
import "./chunk-ZRZQS6JC.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-2SQRE3YI.js";
import "./chunk-5XRBG6QD.js";
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
