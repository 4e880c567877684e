import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-ASTF7OA5.js";
import "./chunk-MZCDPC3O.js";
import "./chunk-65NWJX7Z.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-DDSXOLYI.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-6CAZ6BW3.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-UHECBFWO.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-QY4UUKOJ.js";
import "./chunk-BFR3DTL6.js";
import "./chunk-I4X6N2HD.js";
import "./chunk-J5KM54P4.js";
import "./chunk-OCNOESGU.js";
import "./chunk-OGY2C7ID.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-I2RY4W2T.js";
import "./chunk-HMTJ6VZY.js";
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
