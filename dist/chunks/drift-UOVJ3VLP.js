import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-ZB4XIXGV.js";
import "./chunk-G7FOBZSP.js";
import "./chunk-PGERQCTB.js";
import "./chunk-5TN763OU.js";
import "./chunk-RRLCGVG2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HB5UV7MP.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZLIOTVJS.js";
import "./chunk-KLHR7WC2.js";
import "./chunk-3II6QTGK.js";
import "./chunk-F3MNYBQM.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
