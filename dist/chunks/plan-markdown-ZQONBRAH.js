import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-XA6CSVGF.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-Z46WEYHK.js";
import "./chunk-QUXQPQQS.js";
import "./chunk-IIBKVIJA.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-SUJVEC3G.js";
import "./chunk-7P27DWTG.js";
import "./chunk-X5BGBOSQ.js";
import "./chunk-JWBMGWBF.js";
import "./chunk-GCCN2XRU.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JPXDS272.js";
import "./chunk-4ZXVCPTC.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
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
