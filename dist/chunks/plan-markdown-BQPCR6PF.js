import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-QGN57MYT.js";
import "./chunk-RWD2BGSV.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-CNYK7XJM.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-XZNFWWLC.js";
import "./chunk-DD4TRKQG.js";
import "./chunk-RGAX3P7K.js";
import "./chunk-J5KM54P4.js";
import "./chunk-4X4KBDKK.js";
import "./chunk-3GVOE7GY.js";
import "./chunk-3DDMPKXN.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-L5OAWFDV.js";
import "./chunk-ZJTOV44A.js";
import "./chunk-V6KY754X.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
