import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-BTNYQWFJ.js";
import "./chunk-T55CMK62.js";
import "./chunk-5EJIC5WB.js";
import "./chunk-UZBMVWC3.js";
import "./chunk-DZ5HAXPD.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-35M3ZQNV.js";
import "./chunk-YTJLIRKB.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-RXM5D4KU.js";
import "./chunk-6J6BAUDT.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-4JYPBCJ3.js";
import "./chunk-UT5MSQI3.js";
import "./chunk-UOC5PA6K.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
