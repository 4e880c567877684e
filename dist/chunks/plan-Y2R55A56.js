import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-UEV2XYXJ.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-WW2ERRCZ.js";
import "./chunk-DYOVIEH6.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-UBGRVW3H.js";
import "./chunk-XJCQH3KB.js";
import "./chunk-WHR7BHF4.js";
import "./chunk-AEIQG33U.js";
import "./chunk-L5LM2EIF.js";
import "./chunk-P5OUMY4Z.js";
import "./chunk-U2FS2WFD.js";
import "./chunk-TP3VPCDD.js";
import "./chunk-U5FQ4EB7.js";
import "./chunk-5ZL4HPUI.js";
import "./chunk-2KWAN7ZR.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-JKMDBCAW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-D2R3TN24.js";
import "./chunk-2VWI3X62.js";
import "./chunk-DMI42NEU.js";
import "./chunk-DEJHMZ2C.js";
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
