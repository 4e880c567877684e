import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-UXMCNW5N.js";
import "./chunk-RNGNVUST.js";
import "./chunk-EKRSW43M.js";
import "./chunk-WUDD5ALS.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-WONDBBWO.js";
import "./chunk-42ZYQZNH.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-AXZ5BLYX.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-B6QCMG73.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-LZVOIGWM.js";
import "./chunk-EUFUG4SK.js";
import "./chunk-2F3IV7NE.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-P3RLV5QZ.js";
import "./chunk-2RIQ6IN5.js";
import "./chunk-JNU6DWQ5.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-D223KJIG.js";
import "./chunk-H5SKS4UC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-WZ4OE4TS.js";
import "./chunk-LAU5JJLL.js";
import "./chunk-XT7MNSRJ.js";
import "./chunk-LHNTJZ5I.js";
import "./chunk-XQBAVSGR.js";
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
