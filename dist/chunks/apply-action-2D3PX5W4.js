import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-YXYRBJRI.js";
import "./chunk-VXKXLD6D.js";
import "./chunk-GMZXUGRA.js";
import "./chunk-7GKRUPD7.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-T7VJLFKT.js";
import "./chunk-KAY63WG4.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-RR7U24MX.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-VTWGVLVO.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-QATHJSQN.js";
import "./chunk-4RIDDN6V.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ZPXGDPRA.js";
import "./chunk-S4F2OXRI.js";
import "./chunk-WJMLBWO6.js";
import "./chunk-VZKJL6AN.js";
import "./chunk-CPH3JRSB.js";
import "./chunk-EKOCY6A4.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-RUN4TA4U.js";
import "./chunk-ZMB7CL63.js";
import "./chunk-B33HR6JC.js";
import "./chunk-4TRFEVVL.js";
import "./chunk-LWRKBLF4.js";
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
