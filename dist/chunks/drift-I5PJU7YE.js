import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-ZEWN6IBN.js";
import "./chunk-T55CMK62.js";
import "./chunk-HN33NDFI.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-QQDABBTY.js";
import "./chunk-4MJZJAOZ.js";
import "./chunk-CMEM7LRX.js";
import "./chunk-CZTIU6T7.js";
import "./chunk-J5KM54P4.js";
import "./chunk-VFTQAQRX.js";
import "./chunk-6TIJAXRQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QEIQQ6A3.js";
import "./chunk-VCUYH7IQ.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-S4NPZC5F.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
