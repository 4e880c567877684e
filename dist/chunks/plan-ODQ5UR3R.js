import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-ZMHHVMPX.js";
import "./chunk-5H3XV27M.js";
import "./chunk-4JJC5FCS.js";
import "./chunk-3GZR2RVM.js";
import "./chunk-BFR3DTL6.js";
import "./chunk-KMNMJV4Y.js";
import "./chunk-J5KM54P4.js";
import "./chunk-3IZB5S6K.js";
import "./chunk-OCNOESGU.js";
import "./chunk-GQ3PONTP.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3QR3EVUV.js";
import "./chunk-S76SK6OK.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-72GDTKZM.js";
import "./chunk-5J6SXVKC.js";
import "./chunk-DTI66BHF.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
