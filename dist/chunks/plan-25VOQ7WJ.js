import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-4VTLLNZK.js";
import "./chunk-BRLICEZW.js";
import "./chunk-GBM2WHQO.js";
import "./chunk-D6F2LFL7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-N3KC55BE.js";
import "./chunk-4VZSHJUO.js";
import "./chunk-DY7WDFVT.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-HNFQAOTD.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-C6NRF634.js";
import "./chunk-C35XHTVP.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
