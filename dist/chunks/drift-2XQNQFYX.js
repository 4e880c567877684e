import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-LEQY2GM3.js";
import "./chunk-SBOJQJBH.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-2CFBTIDM.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-MLSMY7FN.js";
import "./chunk-FTZU2OH7.js";
import "./chunk-Z4C6EQKJ.js";
import "./chunk-FGCNKQT6.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DPRA5F63.js";
import "./chunk-EDLCEX6D.js";
import "./chunk-BY7TRITL.js";
import "./chunk-AZNZSHZR.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-PPJBV53O.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
