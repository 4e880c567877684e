import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-CGCZWILM.js";
import "./chunk-T55CMK62.js";
import "./chunk-GWAM7STW.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-CC4IPW4N.js";
import "./chunk-ABSFEK24.js";
import "./chunk-B5YYAAVT.js";
import "./chunk-3DG6RZQH.js";
import "./chunk-Z5KMULJW.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PY7VNTIC.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-G4FRZGFR.js";
import "./chunk-JZ3BJVM6.js";
import "./chunk-OYYKCGLR.js";
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
