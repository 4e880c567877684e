import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-UQJVVGTN.js";
import "./chunk-4RZSTHVK.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-IIUIDIEU.js";
import "./chunk-PNB7E5OJ.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-5PYAKNEV.js";
import "./chunk-MSRRMWRT.js";
import "./chunk-NRSQTNCM.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
