import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-Z26SSTMS.js";
import "./chunk-T55CMK62.js";
import "./chunk-ZGM4HMLA.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-V4XRFZAG.js";
import "./chunk-HLP2NAYH.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ZFERSFM3.js";
import "./chunk-XS2NQZBW.js";
import "./chunk-OLD62EQA.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FB3MWHPY.js";
import "./chunk-MZBYASA7.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZANWQTPM.js";
import "./chunk-45NQ52G4.js";
import "./chunk-HKC6ZMM2.js";
import "./chunk-A2H565DK.js";
import "./chunk-XJBCYY6L.js";
import "./chunk-ODMGAIYF.js";
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
