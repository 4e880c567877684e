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
} from "./chunk-IYYZX4U2.js";
import "./chunk-HUBYLY2Q.js";
import "./chunk-YYHPKTA2.js";
import "./chunk-EYJG3DSX.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-QWUACDKI.js";
import "./chunk-HVZNCTVL.js";
import "./chunk-ZTUNYET5.js";
import "./chunk-WODCSNNZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-EOLVKLVQ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-S4557P2O.js";
import "./chunk-V47C4AGH.js";
import "./chunk-SDI4LXGK.js";
import "./chunk-5DDE6BWO.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
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
