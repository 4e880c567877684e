import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-M2BZY7HF.js";
import "./chunk-6RNL3CDX.js";
import "./chunk-7UCYBKF2.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-VW2E5JSN.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-YK3I3XDZ.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-YCPUID2A.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-UMJBVIJW.js";
import "./chunk-FU5APA7V.js";
import "./chunk-NIXQ5VCM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PIE67JVQ.js";
import "./chunk-T7DZGQD6.js";
import "./chunk-SM7NQBMM.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-DY74QFOW.js";
import "./chunk-25MYSQ7Z.js";
import "./chunk-ZOCO5KVP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-ZSQGX7JN.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-7U6OUKPP.js";
import "./chunk-DWF7BZ2M.js";
import "./chunk-VTIZNVA4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
