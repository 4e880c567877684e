import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-OHYXGJKF.js";
import "./chunk-T55CMK62.js";
import "./chunk-P76YGZUE.js";
import "./chunk-Y7VDQB42.js";
import "./chunk-5DC53OYL.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-SLQI36LP.js";
import "./chunk-PZEWF2TD.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ZFY33FPX.js";
import "./chunk-2N7PRXZX.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-SZOBXY3O.js";
import "./chunk-W4GDXE7Q.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
