import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-J2OUTRY6.js";
import "./chunk-FCZGYNPN.js";
import "./chunk-UIBK6NR6.js";
import "./chunk-AD3IKTBG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-JMJW66UR.js";
import "./chunk-YXBTANPR.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-2IYIVHDW.js";
import "./chunk-3II6QTGK.js";
import "./chunk-5TDC3XTT.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
