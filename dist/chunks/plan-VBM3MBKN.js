import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-CSMNYI4B.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-AV6W6ZPC.js";
import "./chunk-NQCK2DNQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-PDG5QN3F.js";
import "./chunk-NPAAH27Y.js";
import "./chunk-QJOKVOOQ.js";
import "./chunk-BEGUSEOB.js";
import "./chunk-RUVVSFFX.js";
import "./chunk-JD7IW4IJ.js";
import "./chunk-YEYXOFLM.js";
import "./chunk-3NG5PXRT.js";
import "./chunk-3K6XJCSD.js";
import "./chunk-IOPIKRM5.js";
import "./chunk-JHSOU4NQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-TBOZFTQP.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-4EMML2Q2.js";
import "./chunk-XTQED6XP.js";
import "./chunk-EO6QO4PO.js";
import "./chunk-JPCIUHXQ.js";
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
