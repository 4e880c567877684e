import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-HON35ADT.js";
import "./chunk-W4COWCPZ.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-SARXIO7Z.js";
import "./chunk-JASO6LCD.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-6TLGKJK5.js";
import "./chunk-3G26XPXD.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-NHVE63U3.js";
import "./chunk-LI2J643O.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
