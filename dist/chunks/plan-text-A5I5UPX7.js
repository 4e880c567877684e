import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-6Z2AW5RZ.js";
import "./chunk-4PY3SSWZ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-D3JP7NPP.js";
import "./chunk-7LS2IXLO.js";
import "./chunk-PSYA5PIM.js";
import "./chunk-J5KM54P4.js";
import "./chunk-KDY7HC3I.js";
import "./chunk-4VL6E3YY.js";
import "./chunk-I7S3UMYW.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TKLYPS3P.js";
import "./chunk-J53M7S3I.js";
import "./chunk-GTKMJIRN.js";
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
