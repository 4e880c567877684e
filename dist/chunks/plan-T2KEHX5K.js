import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-XH2OQMOL.js";
import "./chunk-OWHNF5I3.js";
import "./chunk-HRIFEVUK.js";
import "./chunk-I25CQAB3.js";
import "./chunk-U37UUBLS.js";
import "./chunk-YATNMRCE.js";
import "./chunk-ND3QFLPZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PY7VNTIC.js";
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
import "./chunk-4AIJK2XZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
