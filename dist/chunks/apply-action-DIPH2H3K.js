import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-PD4QLH4U.js";
import "./chunk-WPDXQBQY.js";
import "./chunk-5A7ZXTMI.js";
import "./chunk-UL34GAXF.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-RHSTXYNU.js";
import "./chunk-7TIHPKTP.js";
import "./chunk-T55CMK62.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-BG2ZQRO5.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-EHH7YZYJ.js";
import "./chunk-CZGQDZ6C.js";
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
import "./chunk-KPPYFN4R.js";
import "./chunk-NGSVV7VV.js";
import "./chunk-W47RRRNR.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
