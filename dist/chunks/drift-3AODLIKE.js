import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-CCRAQ34P.js";
import "./chunk-T55CMK62.js";
import "./chunk-ZGM4HMLA.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-K4HTLU7X.js";
import "./chunk-FGG4AGAH.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-RIYZBM7O.js";
import "./chunk-FE7GA7PP.js";
import "./chunk-ZTB3AXRO.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-Z6KP5WIL.js";
import "./chunk-LIP54XSC.js";
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
