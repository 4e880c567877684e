import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-2HSRWGYZ.js";
import "./chunk-URHUSXTO.js";
import "./chunk-BWKV4KN2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-C43L7LPI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
