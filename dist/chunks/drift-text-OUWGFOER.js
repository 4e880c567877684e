import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-LCVO3EG3.js";
import "./chunk-LG3JAJQW.js";
import "./chunk-ODNPVOQY.js";
import "./chunk-ELTMPGV7.js";
import "./chunk-42P5RXIL.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-CICS3XCV.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-KPPYFN4R.js";
import "./chunk-NGSVV7VV.js";
import "./chunk-W47RRRNR.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
