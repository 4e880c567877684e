import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-3YTG7IC2.js";
import "./chunk-P4EYOUN2.js";
import "./chunk-NTM7I6AK.js";
import "./chunk-SA2CIAFO.js";
import "./chunk-T2ORWUGD.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-CMIXUISI.js";
import "./chunk-3II6QTGK.js";
import "./chunk-WALMZAZJ.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
