import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-V3QQ7U2T.js";
import "./chunk-IBNGNP5H.js";
import "./chunk-DOGCIX3V.js";
import "./chunk-C7MRTKYQ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-YHDI4XPG.js";
import "./chunk-TJEZAQTE.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-4VBYI6UO.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-WSKB7ZQC.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-JZ6SBF5T.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-5QYCZ5M2.js";
import "./chunk-OWULYWO2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-OHFSZCKM.js";
import "./chunk-G4O6MQ67.js";
import "./chunk-CVRKXCP7.js";
import "./chunk-V5IA7S6P.js";
import "./chunk-W3SIUIU2.js";
import "./chunk-G5GNCZER.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZJQHDZ2N.js";
import "./chunk-WV7VIUTC.js";
import "./chunk-4L3755WU.js";
import "./chunk-DYIMPU6O.js";
import "./chunk-FAF2KR2Y.js";
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
