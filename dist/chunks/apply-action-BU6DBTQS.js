import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-EGPHLU5Q.js";
import "./chunk-6RNL3CDX.js";
import "./chunk-JMTYE2N3.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-S4MHOJRF.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-YK3I3XDZ.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-YCPUID2A.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-EBVD4LIW.js";
import "./chunk-PBGH4C6K.js";
import "./chunk-7NLW6CFS.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-PIE67JVQ.js";
import "./chunk-T7DZGQD6.js";
import "./chunk-4OSVKFET.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-BNCHGAWO.js";
import "./chunk-25MYSQ7Z.js";
import "./chunk-7L2PVR4H.js";
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
