import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-WONDBBWO.js";
import "./chunk-42ZYQZNH.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-LZVOIGWM.js";
import "./chunk-EUFUG4SK.js";
import "./chunk-2F3IV7NE.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-P3RLV5QZ.js";
import "./chunk-JNU6DWQ5.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-D223KJIG.js";
import "./chunk-H5SKS4UC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-WZ4OE4TS.js";
import "./chunk-LAU5JJLL.js";
import "./chunk-LHNTJZ5I.js";
import "./chunk-XQBAVSGR.js";
import "./chunk-BREP4LFV.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
