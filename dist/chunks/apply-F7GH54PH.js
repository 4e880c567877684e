import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-GRZE4IQ5.js";
import "./chunk-T55CMK62.js";
import "./chunk-UUDEN35V.js";
import "./chunk-AZCZ362N.js";
import "./chunk-OVP74C7A.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-4QEGCWRX.js";
import "./chunk-AL3LH3KN.js";
import "./chunk-GYYMKYW7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LNQOLFRV.js";
import "./chunk-L7JWXYTR.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-2O3YDE45.js";
import "./chunk-Q5VR4JBV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
