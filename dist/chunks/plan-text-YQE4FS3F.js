import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  renderPlanText,
  summaryLine
} from "./chunk-VS4DRRYR.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-4PWDZYKM.js";
import "./chunk-3II6QTGK.js";
import "./chunk-KPFRRXIR.js";
import "./chunk-DHVRZ7B4.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-XJYZN6HM.js";
import "./chunk-ZMOFJYRP.js";
export {
  UNREAD_OVERRIDES,
  blockedLine,
  renderPlanText,
  summaryLine
};
