import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-E7465L6T.js";
import "./chunk-QDRMY5VW.js";
import "./chunk-S2IKBGOA.js";
import "./chunk-UUDEN35V.js";
import "./chunk-AZCZ362N.js";
import "./chunk-OVP74C7A.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-4QEGCWRX.js";
import "./chunk-PV4NYDGX.js";
import "./chunk-AL3LH3KN.js";
import "./chunk-GYYMKYW7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LNQOLFRV.js";
import "./chunk-L7JWXYTR.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-2O3YDE45.js";
import "./chunk-NQHI53NI.js";
import "./chunk-Q5VR4JBV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
