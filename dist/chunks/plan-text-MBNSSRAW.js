import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  droppedOrganizationalUnitsNotice,
  operationPreferencesNotice,
  renderPlanText,
  stackSetHomeNotice,
  summaryLine
} from "./chunk-TXYNPO47.js";
import "./chunk-5EFZI2GH.js";
import "./chunk-2MSC7BUE.js";
import "./chunk-YZBPHCZN.js";
import "./chunk-W3BL55VQ.js";
import "./chunk-GNQBQEN3.js";
import "./chunk-UDANDX3T.js";
import "./chunk-3NKZ66ZJ.js";
import "./chunk-J7MB4YTT.js";
import "./chunk-SXHGKPFC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-MA46HIPY.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-XJ6IFUJG.js";
import "./chunk-ATS52MMC.js";
import "./chunk-6RWDLQHC.js";
import "./chunk-DIW6QY4A.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  droppedOrganizationalUnitsNotice,
  operationPreferencesNotice,
  renderPlanText,
  stackSetHomeNotice,
  summaryLine
};
