import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-NNQZM7FE.js";
import "./chunk-D7VPSAJH.js";
import "./chunk-QQDABBTY.js";
import "./chunk-4MJZJAOZ.js";
import "./chunk-CMEM7LRX.js";
import "./chunk-CZTIU6T7.js";
import "./chunk-J5KM54P4.js";
import "./chunk-VFTQAQRX.js";
import "./chunk-6TIJAXRQ.js";
import "./chunk-GQUMGZOO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QEIQQ6A3.js";
import "./chunk-VCUYH7IQ.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-S4NPZC5F.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
