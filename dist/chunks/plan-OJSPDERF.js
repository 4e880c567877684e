import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-XJXZ6ZON.js";
import "./chunk-LHLEYVEI.js";
import "./chunk-VB2DOTJA.js";
import "./chunk-3YHIMQY6.js";
import "./chunk-5QY5ACSV.js";
import "./chunk-5S4ADUKS.js";
import "./chunk-HFVTMDK5.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-4PSB4MOZ.js";
import "./chunk-BYX5YMCV.js";
import "./chunk-KTF62QQZ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BRRPCEAD.js";
import "./chunk-FVZ2NX6H.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-JV2V6C4F.js";
import "./chunk-4TSL5J5R.js";
import "./chunk-FCHWC5EO.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
