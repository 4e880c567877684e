import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  UNREAD_OVERRIDES,
  blockedLine,
  bootstrapNotice,
  renderPlanText,
  summaryLine
} from "./chunk-DJAIDME3.js";
import "./chunk-6GMTWQBF.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-WZH7MK4J.js";
import "./chunk-YYIQ2HTX.js";
import "./chunk-IYLM3RD3.js";
import "./chunk-PJEV4GUT.js";
import "./chunk-ZY2MMUWD.js";
import "./chunk-BY6RKFF6.js";
import "./chunk-V4O4FOJV.js";
import "./chunk-VS7R6JJQ.js";
import "./chunk-YXO7JWRB.js";
import "./chunk-XG4YZALD.js";
import "./chunk-YPNVWKSV.js";
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
