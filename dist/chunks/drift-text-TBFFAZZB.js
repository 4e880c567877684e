import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-7K56KCYZ.js";
import "./chunk-HZYUAILJ.js";
import "./chunk-T5SX3M4K.js";
import "./chunk-UMR5UEVX.js";
import "./chunk-Y4Y22PEY.js";
import "./chunk-CJEHZ2XA.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-B7OCXMLV.js";
import "./chunk-FSNY2JKU.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
