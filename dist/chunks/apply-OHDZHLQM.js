import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-RXQSCO4P.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-K4HTLU7X.js";
import "./chunk-FGG4AGAH.js";
import "./chunk-G3BAZPGQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-RIYZBM7O.js";
import "./chunk-ZTB3AXRO.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-LIP54XSC.js";
import "./chunk-ZANWQTPM.js";
import "./chunk-45NQ52G4.js";
import "./chunk-HKC6ZMM2.js";
import "./chunk-XJBCYY6L.js";
import "./chunk-ODMGAIYF.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
