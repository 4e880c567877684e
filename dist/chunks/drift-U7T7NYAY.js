import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-YQC56BT4.js";
import "./chunk-T55CMK62.js";
import "./chunk-ALWKCH7H.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-HRIFEVUK.js";
import "./chunk-I25CQAB3.js";
import "./chunk-U37UUBLS.js";
import "./chunk-YATNMRCE.js";
import "./chunk-ND3QFLPZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PY7VNTIC.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HR4N5E3J.js";
import "./chunk-U5ZPK47J.js";
import "./chunk-I7WP4H74.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-4AIJK2XZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
