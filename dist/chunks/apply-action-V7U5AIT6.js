import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-UNVLJVYS.js";
import "./chunk-76T4RYGU.js";
import "./chunk-FA37S7YE.js";
import "./chunk-XSENIKQ7.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-DZH5BIBE.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-MKWO5WB3.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-TN4B32H7.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-QXP5CBDR.js";
import "./chunk-ZM4Z4VUC.js";
import "./chunk-GS7VXFUG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-GKNFDJLF.js";
import "./chunk-DAZT4LEZ.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-L66MKSDJ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HSIIRGOE.js";
import "./chunk-2GIN4GSV.js";
import "./chunk-FWVOLRP4.js";
import "./chunk-MBRTFLOO.js";
import "./chunk-VKWPOXRM.js";
import "./chunk-6JCYAHQL.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
