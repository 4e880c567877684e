import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-OK4ZDXJZ.js";
import "./chunk-BIYYKUFL.js";
import "./chunk-G7HBGFDD.js";
import "./chunk-OA6ONLSR.js";
import "./chunk-IMMVGP7Q.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-4PWDZYKM.js";
import "./chunk-3II6QTGK.js";
import "./chunk-KPFRRXIR.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
