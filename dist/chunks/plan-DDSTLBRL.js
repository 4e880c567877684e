import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-7L4REHNF.js";
import "./chunk-PVS75QTZ.js";
import "./chunk-UYWPZY57.js";
import "./chunk-G3BAZPGQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-RIYZBM7O.js";
import "./chunk-C6CONDPP.js";
import "./chunk-2PTJKTB2.js";
import "./chunk-UAAAPOZE.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-3ZONHMIC.js";
import "./chunk-AOWYEWAS.js";
import "./chunk-B43JVAZS.js";
import "./chunk-ZANWQTPM.js";
import "./chunk-45NQ52G4.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-HKC6ZMM2.js";
import "./chunk-A2H565DK.js";
import "./chunk-XJBCYY6L.js";
import "./chunk-ODMGAIYF.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
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
