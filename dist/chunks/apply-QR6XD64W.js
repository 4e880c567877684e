import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-3433T2KQ.js";
import "./chunk-5ZGYREBJ.js";
import "./chunk-BOHE3NWW.js";
import "./chunk-A2CG4QFI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-GYZHUUYB.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
