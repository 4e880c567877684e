import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-QP7A3MZW.js";
import "./chunk-RLEJZNRD.js";
import "./chunk-Q4TOYMIE.js";
import "./chunk-O67JY6CX.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-VF4V3AC4.js";
import "./chunk-5JGHCTRF.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-3B4YC4DD.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-4Z6FURU2.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-KCB6IHVZ.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-AV6W6ZPC.js";
import "./chunk-NQCK2DNQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-PDG5QN3F.js";
import "./chunk-QJOKVOOQ.js";
import "./chunk-JD7IW4IJ.js";
import "./chunk-YEYXOFLM.js";
import "./chunk-IOPIKRM5.js";
import "./chunk-JHSOU4NQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-TBOZFTQP.js";
import "./chunk-4EMML2Q2.js";
import "./chunk-XTQED6XP.js";
import "./chunk-EO6QO4PO.js";
import "./chunk-JPCIUHXQ.js";
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
