import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-ZUEHHCFH.js";
import "./chunk-J4ISXCX7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-C43L7LPI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
