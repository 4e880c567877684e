import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-WPRJBKGV.js";
import "./chunk-DOLNHXLU.js";
import "./chunk-7LMQRV5G.js";
import "./chunk-2NC2VHAY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N3CSX2XD.js";
import "./chunk-P3VWA6OB.js";
import "./chunk-FTEAURFY.js";
import "./chunk-BNIQ4CWW.js";
import "./chunk-FUNERACT.js";
import "./chunk-KUWF7GQT.js";
import "./chunk-74KVC2VG.js";
import "./chunk-54IJXHL5.js";
import "./chunk-GK5GMERG.js";
import "./chunk-MWRDFQPT.js";
import "./chunk-PIJP4L7L.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IF3XHX4K.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-CTMRJC2X.js";
import "./chunk-VN5H7K4N.js";
import "./chunk-PNPOG5V4.js";
import "./chunk-GU4XEXLS.js";
import "./chunk-SXW3B73J.js";
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
