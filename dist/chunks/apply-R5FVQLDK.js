import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-DGCSUN7W.js";
import "./chunk-LZFJUW43.js";
import "./chunk-RGYWDC3E.js";
import "./chunk-5KVRVOTJ.js";
import "./chunk-6SCBCEP6.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LL4JWEE7.js";
import "./chunk-MK73BPAP.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-RIEHQCBQ.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
