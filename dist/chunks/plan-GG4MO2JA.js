import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-UIH3ZQYG.js";
import "./chunk-MWLT5FGU.js";
import "./chunk-3GW375BT.js";
import "./chunk-NOYEJQ66.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
