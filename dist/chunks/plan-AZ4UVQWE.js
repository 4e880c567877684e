import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-CGDCPY67.js";
import "./chunk-JC4KHZW7.js";
import "./chunk-GTCZQ2MP.js";
import "./chunk-I2UUHMVO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-TSDFOGXN.js";
import "./chunk-YXBTANPR.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GJL5MB6Z.js";
import "./chunk-3II6QTGK.js";
import "./chunk-XNZK7DZH.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
