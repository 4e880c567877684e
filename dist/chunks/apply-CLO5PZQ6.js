import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-ZP652HMB.js";
import "./chunk-URHUSXTO.js";
import "./chunk-J4ISXCX7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-C43L7LPI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
