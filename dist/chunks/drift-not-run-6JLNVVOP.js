import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-OWM6V3JK.js";
import "./chunk-4ZQCGAET.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-LG3JAJQW.js";
import "./chunk-ODNPVOQY.js";
import "./chunk-ELTMPGV7.js";
import "./chunk-42P5RXIL.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-CICS3XCV.js";
import "./chunk-KPPYFN4R.js";
import "./chunk-NGSVV7VV.js";
import "./chunk-W47RRRNR.js";
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
