import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-P4NC677D.js";
import "./chunk-MI63KWBM.js";
import "./chunk-PGERQCTB.js";
import "./chunk-CXKQBHXD.js";
import "./chunk-27OBYAVL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-L6QPLE2R.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-4WA4INPT.js";
import "./chunk-WWDJE3BD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-F3MNYBQM.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
