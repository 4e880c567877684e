import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-KJ7ANMQQ.js";
import "./chunk-AHSQQA43.js";
import "./chunk-PGERQCTB.js";
import "./chunk-WL3X4F32.js";
import "./chunk-JFGU7QLZ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-IIMOCSYC.js";
import "./chunk-CSQOJCMA.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-JJ2IURYU.js";
import "./chunk-HNFQAOTD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-C6NRF634.js";
import "./chunk-C35XHTVP.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
