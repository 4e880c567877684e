import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-DXVPYFOB.js";
import "./chunk-T55CMK62.js";
import "./chunk-WCICPTVY.js";
import "./chunk-BRTI3UGQ.js";
import "./chunk-5IIUAT2P.js";
import "./chunk-OT2D7QC7.js";
import "./chunk-3SMNOQOB.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-4ZQKY3N6.js";
import "./chunk-T5FKYR67.js";
import "./chunk-M3BOY7N3.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-5XRBG6QD.js";
import "./chunk-INKKAY5C.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
