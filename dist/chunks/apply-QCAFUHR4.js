import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-GOSBEPGT.js";
import "./chunk-T55CMK62.js";
import "./chunk-5QY5ACSV.js";
import "./chunk-5S4ADUKS.js";
import "./chunk-HFVTMDK5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-BYX5YMCV.js";
import "./chunk-KTF62QQZ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BRRPCEAD.js";
import "./chunk-FVZ2NX6H.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-4JYPBCJ3.js";
import "./chunk-JV2V6C4F.js";
import "./chunk-FCHWC5EO.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
