import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-6Q7XFU23.js";
import "./chunk-Q3JKJRGC.js";
import "./chunk-PGERQCTB.js";
import "./chunk-PMDMFH7K.js";
import "./chunk-5FPOC7IY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-B34QJC6A.js";
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
