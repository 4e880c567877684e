import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-ITF3472N.js";
import "./chunk-MZCDPC3O.js";
import "./chunk-65NWJX7Z.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-YZEYQPPL.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-6CAZ6BW3.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-UHECBFWO.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-3GZR2RVM.js";
import "./chunk-BFR3DTL6.js";
import "./chunk-KMNMJV4Y.js";
import "./chunk-J5KM54P4.js";
import "./chunk-OCNOESGU.js";
import "./chunk-GQ3PONTP.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-3QR3EVUV.js";
import "./chunk-S76SK6OK.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-MJSCAB3L.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-72GDTKZM.js";
import "./chunk-5J6SXVKC.js";
import "./chunk-DTI66BHF.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
