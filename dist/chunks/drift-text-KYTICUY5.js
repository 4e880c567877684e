import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-QK7BGGVF.js";
import "./chunk-VILXNDQM.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-6672PBDP.js";
import "./chunk-NUI5ZZBY.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-NT7LURMG.js";
import "./chunk-YNDQQWV6.js";
import "./chunk-W4GDXE7Q.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
