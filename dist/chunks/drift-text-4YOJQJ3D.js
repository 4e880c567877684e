import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-V7ROZYVU.js";
import "./chunk-2C6DQEPG.js";
import "./chunk-QYG6FACV.js";
import "./chunk-W3SIUIU2.js";
import "./chunk-G5GNCZER.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZJQHDZ2N.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-4L3755WU.js";
import "./chunk-DYIMPU6O.js";
import "./chunk-FAF2KR2Y.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
