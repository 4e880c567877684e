import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-OO2RY3GB.js";
import "./chunk-2MND7SZK.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-H33Z4QKB.js";
import "./chunk-PRT2WOOK.js";
import "./chunk-U65VDDEO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-I576CQWD.js";
import "./chunk-FQQ66EKS.js";
import "./chunk-PVHKEN4E.js";
import "./chunk-JDKYSSEC.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-SCDHPVGZ.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-Z5FTXGMY.js";
import "./chunk-NQHI53NI.js";
import "./chunk-3ZWH33MC.js";
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
