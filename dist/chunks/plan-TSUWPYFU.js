import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-VJSGAVLA.js";
import "./chunk-SNL3R6UU.js";
import "./chunk-FO77VUGT.js";
import "./chunk-I25CQAB3.js";
import "./chunk-2NUSAUP2.js";
import "./chunk-6W5Y3Q4B.js";
import "./chunk-VO6PYN3W.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-QQIHMVOI.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-GDNK676N.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HR4N5E3J.js";
import "./chunk-U5ZPK47J.js";
import "./chunk-I7WP4H74.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-FBPWGYTZ.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-CRRSF2FC.js";
import "./chunk-MQGSMMCU.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
