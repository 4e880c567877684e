import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-YNNL4IRV.js";
import "./chunk-T55CMK62.js";
import "./chunk-5N552Q2A.js";
import "./chunk-HZASSEMV.js";
import "./chunk-YXATRP37.js";
import "./chunk-J5KM54P4.js";
import "./chunk-NUI5ZZBY.js";
import "./chunk-RMYA5RXX.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CNS3RD5C.js";
import "./chunk-KKCBKMWL.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-NT7LURMG.js";
import "./chunk-W4GDXE7Q.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
