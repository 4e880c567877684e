import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-XWARPFJL.js";
import "./chunk-SPMQPBH7.js";
import "./chunk-Q4B5GIWU.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-Q46RAEV3.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-QGPAIWF2.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-W44EITC5.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
