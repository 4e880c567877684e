import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-5NBAXP6N.js";
import "./chunk-TMHTGNHE.js";
import "./chunk-VO3YF5OG.js";
import "./chunk-AHTZ3W7H.js";
import "./chunk-RA56E7AX.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3NXAZIKZ.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-2IYIVHDW.js";
import "./chunk-3II6QTGK.js";
import "./chunk-5TDC3XTT.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
