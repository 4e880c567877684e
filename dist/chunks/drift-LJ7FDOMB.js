import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-3XVIPIOU.js";
import "./chunk-T55CMK62.js";
import "./chunk-CGNRIBTX.js";
import "./chunk-VXHPT24M.js";
import "./chunk-WBYQ3LLL.js";
import "./chunk-L7V6FIAQ.js";
import "./chunk-I6I5DWSF.js";
import "./chunk-RQBGCDRI.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-YQGYIVI5.js";
import "./chunk-NOSM4UH5.js";
import "./chunk-CAGE5ASI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GJYRT4YL.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
