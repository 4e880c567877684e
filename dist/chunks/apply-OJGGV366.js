import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-RHSTXYNU.js";
import "./chunk-7TIHPKTP.js";
import "./chunk-T55CMK62.js";
import "./chunk-PBJUVDFR.js";
import "./chunk-GGNTNDIV.js";
import "./chunk-YY7VWWSO.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-FA7US6GA.js";
import "./chunk-RDASTG3D.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-ELTMPGV7.js";
import "./chunk-42P5RXIL.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-CICS3XCV.js";
import "./chunk-WSYOQ6VE.js";
import "./chunk-NGSVV7VV.js";
import "./chunk-W47RRRNR.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
