import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-EK6WGNQO.js";
import "./chunk-NTGYM2RM.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-VFTQAQRX.js";
import "./chunk-6TIJAXRQ.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-QO7WDGKC.js";
import "./chunk-S4NPZC5F.js";
import "./chunk-AMUK2T2P.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
