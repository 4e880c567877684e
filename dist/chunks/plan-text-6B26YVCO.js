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
} from "./chunk-4KQEKTD7.js";
import "./chunk-3CSCM5OX.js";
import "./chunk-PUJEZEG5.js";
import "./chunk-44DEI6UD.js";
import "./chunk-PIXWWJ7I.js";
import "./chunk-3R3QYJO6.js";
import "./chunk-KFK27B5R.js";
import "./chunk-MYXJDJZ7.js";
import "./chunk-2HKK5EPL.js";
import "./chunk-PEJSS6UY.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-FJOR2DSU.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JATAVLAB.js";
import "./chunk-OF364UNH.js";
import "./chunk-BEDR4N4J.js";
import "./chunk-4PWIZ5MC.js";
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
