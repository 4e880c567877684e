import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-LE2JPOFK.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-FHES4F37.js";
import "./chunk-H4J2A4VS.js";
import "./chunk-L66MKSDJ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HSIIRGOE.js";
import "./chunk-2GIN4GSV.js";
import "./chunk-MBRTFLOO.js";
import "./chunk-VKWPOXRM.js";
import "./chunk-6JCYAHQL.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
