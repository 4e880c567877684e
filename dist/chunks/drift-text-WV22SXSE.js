import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-GA2ULJP6.js";
import "./chunk-U42T7ZZS.js";
import "./chunk-MKN6FRC7.js";
import "./chunk-3OUFE2C6.js";
import "./chunk-3D5762EF.js";
import "./chunk-VUARUXGN.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-NVAZKSEP.js";
import "./chunk-FSNY2JKU.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
