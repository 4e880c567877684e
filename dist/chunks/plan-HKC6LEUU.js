import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-PAAGRNVC.js";
import "./chunk-YZICWBMK.js";
import "./chunk-4MNMYKOQ.js";
import "./chunk-X7HR5MA3.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3SFCOPGX.js";
import "./chunk-XXAVUX4L.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-YWRODJHT.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
