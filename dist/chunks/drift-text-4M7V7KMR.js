import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-JKJ6IA2Y.js";
import "./chunk-3F4MGO6Y.js";
import "./chunk-TD5Y3GBZ.js";
import "./chunk-FLQOD7YC.js";
import "./chunk-7T43MTEL.js";
import "./chunk-466JVE2A.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-5WTKJB4Z.js";
import "./chunk-ULWPNSVW.js";
import "./chunk-N2FNUB2K.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
