import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-57DOFCWB.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-XKLMQLFB.js";
import "./chunk-B65K666A.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3JLLWX3W.js";
import "./chunk-LNTTG34Z.js";
import "./chunk-YLFQJUG5.js";
import "./chunk-UCIOUDFG.js";
import "./chunk-DYATPCMS.js";
import "./chunk-ZY5BMGSJ.js";
import "./chunk-LVWR5AUO.js";
import "./chunk-QFNBXJPM.js";
import "./chunk-AVXYLHUW.js";
import "./chunk-4O2ZN3OI.js";
import "./chunk-3452FLYD.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2RLQOS6K.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-QG2KLQJI.js";
import "./chunk-GTDT27BX.js";
import "./chunk-CTTFYL65.js";
import "./chunk-XUKOO7CJ.js";
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
