import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-WB55XWVP.js";
import "./chunk-CFS56KXC.js";
import "./chunk-FFEBRVBR.js";
import "./chunk-EBVD4LIW.js";
import "./chunk-PBGH4C6K.js";
import "./chunk-7NLW6CFS.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PIE67JVQ.js";
import "./chunk-VGJJ6WVU.js";
import "./chunk-T7DZGQD6.js";
import "./chunk-4OSVKFET.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BNCHGAWO.js";
import "./chunk-25MYSQ7Z.js";
import "./chunk-7L2PVR4H.js";
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
