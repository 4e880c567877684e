import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-A2EFFCWP.js";
import "./chunk-4PY3SSWZ.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-KDY7HC3I.js";
import "./chunk-4VL6E3YY.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TKLYPS3P.js";
import "./chunk-J53M7S3I.js";
import "./chunk-GTKMJIRN.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
