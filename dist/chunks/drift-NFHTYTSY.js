import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-Q37E2KWB.js";
import "./chunk-T55CMK62.js";
import "./chunk-EHH7YZYJ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-PBJUVDFR.js";
import "./chunk-GGNTNDIV.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-FA7US6GA.js";
import "./chunk-HQQXSOO5.js";
import "./chunk-HPWHEFAD.js";
import "./chunk-RDASTG3D.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-ODNPVOQY.js";
import "./chunk-ELTMPGV7.js";
import "./chunk-42P5RXIL.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-CICS3XCV.js";
import "./chunk-WSYOQ6VE.js";
import "./chunk-KPPYFN4R.js";
import "./chunk-NGSVV7VV.js";
import "./chunk-W47RRRNR.js";
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
