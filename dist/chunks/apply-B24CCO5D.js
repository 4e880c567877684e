import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-OLNF23BR.js";
import "./chunk-LK6NZZY3.js";
import "./chunk-UB2N3YZQ.js";
import "./chunk-VDZE5YBI.js";
import "./chunk-XNURZM7J.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-UAYRA6UP.js";
import "./chunk-3YVM4WT6.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-7WEIBJNK.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-GRLE6KVL.js";
import "./chunk-VEZ57RDY.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
