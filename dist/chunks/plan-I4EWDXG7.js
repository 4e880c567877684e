import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-XEV4D62Q.js";
import "./chunk-QXP5CBDR.js";
import "./chunk-ZM4Z4VUC.js";
import "./chunk-GS7VXFUG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-GKNFDJLF.js";
import "./chunk-6MXNYTWQ.js";
import "./chunk-N4EMXLIX.js";
import "./chunk-DAZT4LEZ.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FHES4F37.js";
import "./chunk-H4J2A4VS.js";
import "./chunk-L66MKSDJ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HSIIRGOE.js";
import "./chunk-2GIN4GSV.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-FWVOLRP4.js";
import "./chunk-MBRTFLOO.js";
import "./chunk-VKWPOXRM.js";
import "./chunk-6JCYAHQL.js";
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
