import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  accountTableCut,
  bootstrapWarning,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-Z4232OT6.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-LI7PHQPB.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-JJ6AWXI2.js";
import "./chunk-R5CN5WEN.js";
import "./chunk-LCFBHV2M.js";
import "./chunk-VEIT5RBT.js";
import "./chunk-TUHSIYC6.js";
import "./chunk-VODPTJZ6.js";
import "./chunk-BCYMKS3K.js";
import "./chunk-AXY26J7O.js";
import "./chunk-3HWUNJGX.js";
import "./chunk-B2UPWVJT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VBSAV6GC.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-3CTZERTR.js";
import "./chunk-Q52IBWEA.js";
import "./chunk-Y3OVKJZK.js";
import "./chunk-4DXT24VN.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  accountTableCut,
  bootstrapWarning,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
