import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-IHRI3PTJ.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-PVS75QTZ.js";
import "./chunk-UYWPZY57.js";
import "./chunk-G3BAZPGQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-RIYZBM7O.js";
import "./chunk-UAAAPOZE.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-B43JVAZS.js";
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
