import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-Z5W2CLBS.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-RSBGG3KR.js";
import "./chunk-JNG5LUMO.js";
import "./chunk-4V4LKNEV.js";
import "./chunk-J5KM54P4.js";
import "./chunk-HAEDJYIL.js";
import "./chunk-KAE3MV73.js";
import "./chunk-HSIIRGOE.js";
import "./chunk-2GIN4GSV.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-STA54LRF.js";
import "./chunk-MBRTFLOO.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-6JCYAHQL.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
