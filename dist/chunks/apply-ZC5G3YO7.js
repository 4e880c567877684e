import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-32U3VENB.js";
import "./chunk-T55CMK62.js";
import "./chunk-YUIOSRUC.js";
import "./chunk-FE6MPMCB.js";
import "./chunk-PBM3UPLX.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-I7ZVXXKN.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CFA3AWXE.js";
import "./chunk-BYSFPRNH.js";
import "./chunk-ZSIFW3NW.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-INKKAY5C.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
