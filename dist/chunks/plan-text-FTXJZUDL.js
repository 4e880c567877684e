import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-UIXAIK7G.js";
import "./chunk-UXJNFPGF.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-SNL3R6UU.js";
import "./chunk-FO77VUGT.js";
import "./chunk-I25CQAB3.js";
import "./chunk-VO6PYN3W.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-QQIHMVOI.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-U5ZPK47J.js";
import "./chunk-I7WP4H74.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-CRRSF2FC.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
};
