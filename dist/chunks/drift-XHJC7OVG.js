import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-CE472LH5.js";
import "./chunk-Y6S6ONCF.js";
import "./chunk-Y4QSEW4N.js";
import "./chunk-HS6JKDKY.js";
import "./chunk-RC3HSUST.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QR3H4DZA.js";
import "./chunk-V6A2T6SJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-7D2CTJKA.js";
import "./chunk-XJCUC2YM.js";
import "./chunk-3II6QTGK.js";
import "./chunk-SDOGI3X4.js";
import "./chunk-PPJBV53O.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
