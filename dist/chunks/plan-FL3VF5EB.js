import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-HDWZGU3K.js";
import "./chunk-BOEN6QHA.js";
import "./chunk-PEOVGQVR.js";
import "./chunk-4OYCSMW3.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-MZGY6WM7.js";
import "./chunk-2MI6LBGV.js";
import "./chunk-WD6FEJQF.js";
import "./chunk-J7QFZBNL.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-VXXUHL7T.js";
import "./chunk-4NIACNJF.js";
import "./chunk-TI636WA2.js";
import "./chunk-JWBMGWBF.js";
import "./chunk-GCCN2XRU.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JPXDS272.js";
import "./chunk-4ZXVCPTC.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
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
