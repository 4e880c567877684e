import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-WXXY3SMB.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-PXE7XBO2.js";
import "./chunk-L63ETNV4.js";
import "./chunk-JEQKOK2I.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-KZIIKM47.js";
import "./chunk-3U5U76ZI.js";
import "./chunk-OUGTZ7JN.js";
import "./chunk-EB4AHLG2.js";
import "./chunk-MJ5ZVKCG.js";
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
