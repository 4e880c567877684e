import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-YN4D6GJ3.js";
import "./chunk-ICEIPJW5.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-5H3XV27M.js";
import "./chunk-4JJC5FCS.js";
import "./chunk-KMNMJV4Y.js";
import "./chunk-J5KM54P4.js";
import "./chunk-3IZB5S6K.js";
import "./chunk-OCNOESGU.js";
import "./chunk-S76SK6OK.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-72GDTKZM.js";
import "./chunk-5J6SXVKC.js";
import "./chunk-DTI66BHF.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
};
