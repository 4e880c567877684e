import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-WAIVKEI7.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-TZY36XUR.js";
import "./chunk-FSTULHJ2.js";
import "./chunk-Y2GOSHRQ.js";
import "./chunk-G3Y4UBPE.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-B4LZR5RL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DRD5ELVZ.js";
import "./chunk-PNS4DOW3.js";
import "./chunk-NBLSMMBO.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
