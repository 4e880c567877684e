import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-6U7OADYW.js";
import "./chunk-7GPXJEY2.js";
import "./chunk-MGEPQTEQ.js";
import "./chunk-WCPORNTP.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
