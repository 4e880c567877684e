import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-7EIJD6Q4.js";
import "./chunk-UIEC5ADA.js";
import "./chunk-LHGHZBHN.js";
import "./chunk-VQTGWKBY.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-MMWFGVIX.js";
import "./chunk-77PCNKYZ.js";
import "./chunk-VLBGVR75.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
