import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-Z45JJHTA.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-QATHJSQN.js";
import "./chunk-4RIDDN6V.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ZPXGDPRA.js";
import "./chunk-57CUDBS3.js";
import "./chunk-S4F2OXRI.js";
import "./chunk-NU4XMDX5.js";
import "./chunk-BB3ERQ3N.js";
import "./chunk-WJMLBWO6.js";
import "./chunk-VZKJL6AN.js";
import "./chunk-BEDSRCLT.js";
import "./chunk-WH6TS2FA.js";
import "./chunk-CPH3JRSB.js";
import "./chunk-EKOCY6A4.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-RUN4TA4U.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-ZMB7CL63.js";
import "./chunk-B33HR6JC.js";
import "./chunk-4TRFEVVL.js";
import "./chunk-LWRKBLF4.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
