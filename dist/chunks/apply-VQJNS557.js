import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-LMWUR3UE.js";
import "./chunk-JR56NHBU.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-AYZTXPY3.js";
import "./chunk-UVLEOH45.js";
import "./chunk-QO5VQRA2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ISKXOU4N.js";
import "./chunk-2NKHDCWK.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-7S7GEUIG.js";
import "./chunk-N7ZI4X5Q.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HFJZ7A7K.js";
import "./chunk-6X3UM3OI.js";
import "./chunk-TW3HB63M.js";
import "./chunk-NGXUDXY4.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
