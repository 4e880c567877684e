import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  operationPreferencesNotice,
  renderPlanText,
  summaryLine
} from "./chunk-Z46FYS35.js";
import "./chunk-ZUTTORWH.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-4DHXVD72.js";
import "./chunk-O5QNLFJV.js";
import "./chunk-MI6OMFEU.js";
import "./chunk-J5KM54P4.js";
import "./chunk-IBYKP5CB.js";
import "./chunk-LPXPKMCA.js";
import "./chunk-NGVT7VFK.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-6EF4JMAM.js";
import "./chunk-KPYH63QA.js";
import "./chunk-3G2F4E5G.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  operationPreferencesNotice,
  renderPlanText,
  summaryLine
};
