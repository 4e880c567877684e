import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  accountTableCut,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-73MKC7DU.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-CO2KWA4G.js";
import "./chunk-VEWJGOAV.js";
import "./chunk-VZT62DT7.js";
import "./chunk-IT34FXK6.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-3F4MGO6Y.js";
import "./chunk-TD5Y3GBZ.js";
import "./chunk-FLQOD7YC.js";
import "./chunk-7T43MTEL.js";
import "./chunk-466JVE2A.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-C2YO5CPB.js";
import "./chunk-5WTKJB4Z.js";
import "./chunk-ULWPNSVW.js";
import "./chunk-N2FNUB2K.js";
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
