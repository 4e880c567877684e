import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-TJNFACMF.js";
import "./chunk-T55CMK62.js";
import "./chunk-4MJZJAOZ.js";
import "./chunk-CMEM7LRX.js";
import "./chunk-CZTIU6T7.js";
import "./chunk-J5KM54P4.js";
import "./chunk-6TIJAXRQ.js";
import "./chunk-GQUMGZOO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QEIQQ6A3.js";
import "./chunk-VCUYH7IQ.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
