import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-33OKMJO4.js";
import "./chunk-HKWT4G6A.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-ECFSIQKB.js";
import "./chunk-OX2MHUPH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-OWHNF5I3.js";
import "./chunk-HRIFEVUK.js";
import "./chunk-I25CQAB3.js";
import "./chunk-ND3QFLPZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PY7VNTIC.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-U5ZPK47J.js";
import "./chunk-I7WP4H74.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-4AIJK2XZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary
};
