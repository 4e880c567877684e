import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  operationPreferencesNotice,
  renderPlanText,
  stackSetHomeNotice,
  summaryLine
} from "./chunk-FE6S653I.js";
import "./chunk-K4455XNR.js";
import "./chunk-CSJMHQBQ.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-RT7TTBPN.js";
import "./chunk-MTZ5KNBY.js";
import "./chunk-X5BGBOSQ.js";
import "./chunk-EB4AHLG2.js";
import "./chunk-MJ5ZVKCG.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JPXDS272.js";
import "./chunk-4ZXVCPTC.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
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
  operationPreferencesNotice,
  renderPlanText,
  stackSetHomeNotice,
  summaryLine
};
