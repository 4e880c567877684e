import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-3PB5OJ7V.js";
import "./chunk-LLGKUDXQ.js";
import "./chunk-2GOIDCYE.js";
import "./chunk-UMJBVIJW.js";
import "./chunk-FU5APA7V.js";
import "./chunk-NIXQ5VCM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PIE67JVQ.js";
import "./chunk-VGJJ6WVU.js";
import "./chunk-T7DZGQD6.js";
import "./chunk-SM7NQBMM.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DY74QFOW.js";
import "./chunk-25MYSQ7Z.js";
import "./chunk-ZOCO5KVP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-7U6OUKPP.js";
import "./chunk-DWF7BZ2M.js";
import "./chunk-VTIZNVA4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
