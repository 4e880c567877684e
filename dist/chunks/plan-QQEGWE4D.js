import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-HD52BIEZ.js";
import "./chunk-7UWFNW2D.js";
import "./chunk-XA2AXCQK.js";
import "./chunk-SFYRZZIE.js";
import "./chunk-VCSGVVW2.js";
import "./chunk-3DG6RZQH.js";
import "./chunk-EMHKEWQK.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PY7VNTIC.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-NYLZXJMA.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SXWMR6I7.js";
import "./chunk-JZ3BJVM6.js";
import "./chunk-5Y77THNL.js";
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
