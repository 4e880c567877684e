import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-VUAMDGYL.js";
import "./chunk-PRKHYO7E.js";
import "./chunk-SWPCBQYH.js";
import "./chunk-W2KZ7GWZ.js";
import "./chunk-5OCGSWLQ.js";
import "./chunk-5U2GAGS5.js";
import "./chunk-RFVKBQBV.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IMRCDQPP.js";
import "./chunk-JKWTNFSR.js";
import "./chunk-PQFK7RGS.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DFND3WKQ.js";
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
