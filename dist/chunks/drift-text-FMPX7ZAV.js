import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-LJK3J6CS.js";
import "./chunk-SARXIO7Z.js";
import "./chunk-JASO6LCD.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-6TLGKJK5.js";
import "./chunk-3G26XPXD.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-NHVE63U3.js";
import "./chunk-LI2J643O.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
