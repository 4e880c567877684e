import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-GVEYERXY.js";
import "./chunk-VWZHIWGD.js";
import "./chunk-URXLFT7E.js";
import "./chunk-3DOSZQI4.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SQD65BE7.js";
import "./chunk-A3DFAMH6.js";
import "./chunk-GXMBOYYO.js";
import "./chunk-HMIOQYIW.js";
import "./chunk-C33QJ7RN.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-YKEML3JF.js";
import "./chunk-4BAHNPZP.js";
import "./chunk-6E6RCHDT.js";
import "./chunk-3D5762EF.js";
import "./chunk-VUARUXGN.js";
import "./chunk-X4XDSYAD.js";
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
  runPlan,
  serializePlan
};
