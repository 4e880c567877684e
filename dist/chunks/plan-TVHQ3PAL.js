import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-EOK46FK3.js";
import "./chunk-V6LSTHZO.js";
import "./chunk-PP2ZOCSI.js";
import "./chunk-ABSFEK24.js";
import "./chunk-B5YYAAVT.js";
import "./chunk-3DG6RZQH.js";
import "./chunk-Z5KMULJW.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PY7VNTIC.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-KOHRWU2C.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-TQYA4YOF.js";
import "./chunk-JZ3BJVM6.js";
import "./chunk-OYYKCGLR.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ON4RG25Y.js";
import "./chunk-QGPAIWF2.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-4AIJK2XZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
