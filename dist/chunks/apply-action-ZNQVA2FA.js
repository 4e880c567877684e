import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-I7UOVOOG.js";
import "./chunk-XO2TP3LD.js";
import "./chunk-JYTNKBDV.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-RFACQFXR.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-S6PY6AXS.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-U6YLHJ4H.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-HX65Y6Z6.js";
import "./chunk-Y2KOWVRH.js";
import "./chunk-PSYA5PIM.js";
import "./chunk-J5KM54P4.js";
import "./chunk-4VL6E3YY.js";
import "./chunk-LCGM52LM.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QOI5UCWJ.js";
import "./chunk-I7S3UMYW.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3VYLTWRS.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TKLYPS3P.js";
import "./chunk-J53M7S3I.js";
import "./chunk-GTKMJIRN.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
