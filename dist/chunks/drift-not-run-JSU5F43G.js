import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-2EHJSXF5.js";
import "./chunk-HEM3VOIW.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-7AKB327G.js";
import "./chunk-UOBQX7OX.js";
import "./chunk-UMR5UEVX.js";
import "./chunk-Y4Y22PEY.js";
import "./chunk-CJEHZ2XA.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-B7OCXMLV.js";
import "./chunk-FSNY2JKU.js";
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
