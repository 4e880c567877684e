import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-7W7IGOJY.js";
import "./chunk-UIEC5ADA.js";
import "./chunk-LHGHZBHN.js";
import "./chunk-VQTGWKBY.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-MMWFGVIX.js";
import "./chunk-77PCNKYZ.js";
import "./chunk-VLBGVR75.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
