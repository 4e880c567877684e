import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-YRTSBXM6.js";
import "./chunk-UXMPO4CL.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-3IZB5S6K.js";
import "./chunk-OCNOESGU.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-72GDTKZM.js";
import "./chunk-5J6SXVKC.js";
import "./chunk-DTI66BHF.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
