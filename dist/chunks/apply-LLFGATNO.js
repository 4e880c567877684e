import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-IHLCOJUQ.js";
import "./chunk-QPMDGOE5.js";
import "./chunk-ER65AIEV.js";
import "./chunk-ITDAI5PV.js";
import "./chunk-HRYTITIK.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QZV6FSQD.js";
import "./chunk-YXBTANPR.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-GJL5MB6Z.js";
import "./chunk-3II6QTGK.js";
import "./chunk-XNZK7DZH.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
