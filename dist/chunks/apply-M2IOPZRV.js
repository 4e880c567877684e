import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-FL75YWL6.js";
import "./chunk-RSERT3QP.js";
import "./chunk-HXZY6NDR.js";
import "./chunk-FPKMRUVR.js";
import "./chunk-KOM5OWAR.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-7I2KS6RA.js";
import "./chunk-3II6QTGK.js";
import "./chunk-V4W5FZNI.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
