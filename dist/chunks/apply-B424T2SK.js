import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-DW7VMLKF.js";
import "./chunk-EK5WZMHC.js";
import "./chunk-FBL75H3W.js";
import "./chunk-YGHDIS3H.js";
import "./chunk-6CA2D65B.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-T4PCBMHR.js";
import "./chunk-V6A2T6SJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-OHCE4U6G.js";
import "./chunk-3II6QTGK.js";
import "./chunk-XNZK7DZH.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
