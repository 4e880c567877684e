import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-7KGQTP66.js";
import "./chunk-WFXNMTRK.js";
import "./chunk-LZQHK7DP.js";
import "./chunk-QIVMQDZF.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-E7MAWPRN.js";
import "./chunk-RZKAI36K.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-YO3RIHPW.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-FXXFKV5F.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-BYALLJ5R.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-2VAIC7SO.js";
import "./chunk-MYV2A5WU.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N3FGSF5E.js";
import "./chunk-3CSCM5OX.js";
import "./chunk-PIXWWJ7I.js";
import "./chunk-3R3QYJO6.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-PEJSS6UY.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-FJOR2DSU.js";
import "./chunk-JATAVLAB.js";
import "./chunk-OF364UNH.js";
import "./chunk-BEDR4N4J.js";
import "./chunk-4PWIZ5MC.js";
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
