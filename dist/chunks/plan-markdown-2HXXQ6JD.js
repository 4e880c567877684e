import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-O35KJ7LK.js";
import "./chunk-MI3OJRS5.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-SFKWSZJS.js";
import "./chunk-IF7OQU5E.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-R4YP5CAW.js";
import "./chunk-VFCVFVKF.js";
import "./chunk-UGMBZZRQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VAH4ZPSW.js";
import "./chunk-SEF2JMVE.js";
import "./chunk-LU45E352.js";
import "./chunk-WM3GR6FO.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2KN7WY7N.js";
import "./chunk-GN5WYFVX.js";
import "./chunk-2FYDPKXZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
