import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-GFOEKX2V.js";
import "./chunk-URHUSXTO.js";
import "./chunk-DWP46MKQ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-C43L7LPI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
