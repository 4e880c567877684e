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
} from "./chunk-FQETEGHQ.js";
import "./chunk-2RIQ6IN5.js";
import "./chunk-6N2NB4SX.js";
import "./chunk-25G74SSJ.js";
import "./chunk-JNU6DWQ5.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-PFSPYE3M.js";
import "./chunk-T4B2LZQM.js";
import "./chunk-D223KJIG.js";
import "./chunk-H5SKS4UC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-WZ4OE4TS.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LAU5JJLL.js";
import "./chunk-XT7MNSRJ.js";
import "./chunk-LHNTJZ5I.js";
import "./chunk-XQBAVSGR.js";
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
