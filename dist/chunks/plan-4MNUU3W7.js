import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-RAWMTTKL.js";
import "./chunk-HMPDYHOK.js";
import "./chunk-NHAIJ4ZY.js";
import "./chunk-W3AM5HRC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
