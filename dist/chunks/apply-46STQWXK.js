import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-5KGKW3VG.js";
import "./chunk-QXQ5LABG.js";
import "./chunk-ZPRY3KKL.js";
import "./chunk-WBCT3ZCJ.js";
import "./chunk-P52YGCRM.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-KZNDKDYW.js";
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
