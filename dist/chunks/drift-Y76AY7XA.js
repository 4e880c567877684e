import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-DIKW47QJ.js";
import "./chunk-ICR4P5WI.js";
import "./chunk-QXQ5LABG.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-ZPRY3KKL.js";
import "./chunk-WBCT3ZCJ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-KZNDKDYW.js";
import "./chunk-3YVM4WT6.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-MLSMY7FN.js";
import "./chunk-7WEIBJNK.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-GRLE6KVL.js";
import "./chunk-VEZ57RDY.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
