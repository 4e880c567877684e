import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-KHM7OXRV.js";
import "./chunk-D3N72H5T.js";
import "./chunk-UIXHA3VN.js";
import "./chunk-QY4UUKOJ.js";
import "./chunk-BFR3DTL6.js";
import "./chunk-I4X6N2HD.js";
import "./chunk-J5KM54P4.js";
import "./chunk-3IZB5S6K.js";
import "./chunk-OCNOESGU.js";
import "./chunk-OGY2C7ID.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-I2RY4W2T.js";
import "./chunk-HMTJ6VZY.js";
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
