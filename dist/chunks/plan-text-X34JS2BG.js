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
} from "./chunk-4AIGKXLG.js";
import "./chunk-WHR7BHF4.js";
import "./chunk-T2XBC563.js";
import "./chunk-DQXZZMIK.js";
import "./chunk-AOLCIWFA.js";
import "./chunk-JZKRTD5M.js";
import "./chunk-DBBBSKM5.js";
import "./chunk-T6LCFFAT.js";
import "./chunk-ASODSGRQ.js";
import "./chunk-2KWAN7ZR.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-JKMDBCAW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-R33XGOAE.js";
import "./chunk-2VWI3X62.js";
import "./chunk-DMI42NEU.js";
import "./chunk-DEJHMZ2C.js";
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
