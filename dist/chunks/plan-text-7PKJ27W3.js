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
} from "./chunk-IA2ERW2X.js";
import "./chunk-UM3HK3RA.js";
import "./chunk-6UCTT37I.js";
import "./chunk-PQT4EUZR.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-SARXIO7Z.js";
import "./chunk-JASO6LCD.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-6TLGKJK5.js";
import "./chunk-3G26XPXD.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-EN7POMHK.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-NHVE63U3.js";
import "./chunk-LI2J643O.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
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
