import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-2APHF6T5.js";
import "./chunk-4LAYOQD5.js";
import "./chunk-V6NELCVX.js";
import "./chunk-EFYT6AFP.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-MZW5T344.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-BM6LLRCW.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-7XE4MEVW.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-C3SE2QOA.js";
import "./chunk-YIM4KBRU.js";
import "./chunk-AWEATFMT.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-53SHNI3B.js";
import "./chunk-BIA6WW76.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-EXRWALGJ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-K7YARDDT.js";
import "./chunk-6I5CYBFK.js";
import "./chunk-7YEM5LYO.js";
import "./chunk-I6DVYXUG.js";
import "./chunk-ERRBZCIV.js";
import "./chunk-PUUM4JGA.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
