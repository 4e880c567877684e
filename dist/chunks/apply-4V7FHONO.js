import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-23EP7YGN.js";
import "./chunk-T55CMK62.js";
import "./chunk-2UC7Z3ZF.js";
import "./chunk-UAULQKZH.js";
import "./chunk-X2GJANJK.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-CXCVGVIL.js";
import "./chunk-JLWYZAHY.js";
import "./chunk-SJAZKEXG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-4QZWPXKR.js";
import "./chunk-XEKLZZL7.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-TIRWCU34.js";
import "./chunk-6SRWCWAB.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
