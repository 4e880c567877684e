import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-HQT2Y2AC.js";
import "./chunk-AXIZJ2RP.js";
import "./chunk-ITDAI5PV.js";
import "./chunk-HRYTITIK.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QZV6FSQD.js";
import "./chunk-YXBTANPR.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-2JQYVYOJ.js";
import "./chunk-3II6QTGK.js";
import "./chunk-XNZK7DZH.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
