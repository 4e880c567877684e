import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-63G7DGRR.js";
import "./chunk-CGET4XJ6.js";
import "./chunk-RY6CFBLJ.js";
import "./chunk-3DOSZQI4.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SQD65BE7.js";
import "./chunk-4SPSJUVP.js";
import "./chunk-FTUFMJCW.js";
import "./chunk-HMIOQYIW.js";
import "./chunk-5T5N6GKJ.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-U42T7ZZS.js";
import "./chunk-MKN6FRC7.js";
import "./chunk-3OUFE2C6.js";
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
