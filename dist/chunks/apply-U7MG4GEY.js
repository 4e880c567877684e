import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-PBITCT3P.js";
import "./chunk-UE3BD47Y.js";
import "./chunk-G26SBMOD.js";
import "./chunk-SL6NBYB3.js";
import "./chunk-ZBQYZBSP.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-L6QPLE2R.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-KLHR7WC2.js";
import "./chunk-3II6QTGK.js";
import "./chunk-F3MNYBQM.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
