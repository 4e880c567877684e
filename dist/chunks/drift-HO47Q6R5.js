import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-WHTP3P4M.js";
import "./chunk-T55CMK62.js";
import "./chunk-TVJ2R5OI.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-33AZYOOA.js";
import "./chunk-MPDQABHC.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SQD65BE7.js";
import "./chunk-EHHLCGOH.js";
import "./chunk-HMIOQYIW.js";
import "./chunk-TVOPL2AD.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-ZIV2VNYY.js";
import "./chunk-3OUFE2C6.js";
import "./chunk-Y4Y22PEY.js";
import "./chunk-CJEHZ2XA.js";
import "./chunk-BPLTR4XE.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-NVAZKSEP.js";
import "./chunk-FSNY2JKU.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
