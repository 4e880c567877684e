import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  accountTableCut,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-YZ52SE6U.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-KO7LDYRO.js";
import "./chunk-RAKNANOO.js";
import "./chunk-3AHVIIRI.js";
import "./chunk-STDHHEH4.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-OAUA3HSF.js";
import "./chunk-AX7LDYUD.js";
import "./chunk-VKPMGD6F.js";
import "./chunk-DXXX7EXM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HEEY34OQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-X5RVHK6G.js";
import "./chunk-6LJU2TJ7.js";
import "./chunk-QQFW5QO5.js";
import "./chunk-VUFHG2PD.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  accountTableCut,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
