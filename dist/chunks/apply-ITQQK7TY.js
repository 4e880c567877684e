import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-LXWZ6B7O.js";
import "./chunk-2CFBTIDM.js";
import "./chunk-FTZU2OH7.js";
import "./chunk-Z4C6EQKJ.js";
import "./chunk-FGCNKQT6.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-Q3UDUCCC.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DPRA5F63.js";
import "./chunk-EDLCEX6D.js";
import "./chunk-BY7TRITL.js";
import "./chunk-AZNZSHZR.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
