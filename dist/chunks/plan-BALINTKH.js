import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-RLW2HUUH.js";
import "./chunk-T4BKBRHP.js";
import "./chunk-KN2BMO4F.js";
import "./chunk-IJGHA73Z.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LGXQURTB.js";
import "./chunk-4BXE5EOZ.js";
import "./chunk-KDYLMTLU.js";
import "./chunk-LHEK3N2J.js";
import "./chunk-BZQ7EWTX.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-KJUOV3YE.js";
import "./chunk-BUUO2SYF.js";
import "./chunk-FYEUKCKX.js";
import "./chunk-NKE4X7EO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AYIL4MEP.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-O2UX5VPQ.js";
import "./chunk-CG5H77VW.js";
import "./chunk-O5WAE6OF.js";
import "./chunk-2NO6KMRG.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
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
