import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-PDY3FEIA.js";
import "./chunk-X2YXLHQW.js";
import "./chunk-XETJP56O.js";
import "./chunk-W2KZ7GWZ.js";
import "./chunk-5OCGSWLQ.js";
import "./chunk-5U2GAGS5.js";
import "./chunk-RFVKBQBV.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IMRCDQPP.js";
import "./chunk-JKWTNFSR.js";
import "./chunk-4PNTPXSF.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QSJZSDU2.js";
import "./chunk-EARSUCSL.js";
import "./chunk-JIW5ZMTQ.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-JIRYQOAG.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-SEGFAPV5.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
