import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-NEPJG2Q3.js";
import "./chunk-T55CMK62.js";
import "./chunk-6FA25KIR.js";
import "./chunk-OG6EYOC5.js";
import "./chunk-PJEV4GUT.js";
import "./chunk-ZY2MMUWD.js";
import "./chunk-VHEXWDMI.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LYKCSNTN.js";
import "./chunk-BY6RKFF6.js";
import "./chunk-V4O4FOJV.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-YXO7JWRB.js";
import "./chunk-INKKAY5C.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
