import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-BUUQAJCY.js";
import "./chunk-QN4QNICI.js";
import "./chunk-BOZA5E7X.js";
import "./chunk-SZ4SVWCH.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-25T6INGU.js";
import "./chunk-HD35EYIH.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-57RQ4K7A.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-LKCQEMOL.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-CUIOG5YZ.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-XKLMQLFB.js";
import "./chunk-B65K666A.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3JLLWX3W.js";
import "./chunk-YLFQJUG5.js";
import "./chunk-ZY5BMGSJ.js";
import "./chunk-LVWR5AUO.js";
import "./chunk-4O2ZN3OI.js";
import "./chunk-3452FLYD.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2RLQOS6K.js";
import "./chunk-QG2KLQJI.js";
import "./chunk-GTDT27BX.js";
import "./chunk-CTTFYL65.js";
import "./chunk-XUKOO7CJ.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
