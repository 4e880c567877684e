import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-BTHMJ6PS.js";
import "./chunk-BNC4XD4N.js";
import "./chunk-XZC2ZQGW.js";
import "./chunk-DYVQ7CWX.js";
import "./chunk-ZPI2GOR2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-45A7PHRI.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-JZ4RCLNY.js";
import "./chunk-3II6QTGK.js";
import "./chunk-T73BYEBF.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
