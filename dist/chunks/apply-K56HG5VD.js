import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-DEGGLL66.js";
import "./chunk-T55CMK62.js";
import "./chunk-2QVFBFVF.js";
import "./chunk-HDCTHANA.js";
import "./chunk-HRZSNEJC.js";
import "./chunk-6QKDZCQQ.js";
import "./chunk-S5BP2SDY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-XUIPGBQ5.js";
import "./chunk-OWIM4TZY.js";
import "./chunk-OS576ORI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-INKKAY5C.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
