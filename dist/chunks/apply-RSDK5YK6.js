import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-PL5EZVJW.js";
import "./chunk-LMRZPKLC.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-T4BKBRHP.js";
import "./chunk-KN2BMO4F.js";
import "./chunk-IJGHA73Z.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LGXQURTB.js";
import "./chunk-BZQ7EWTX.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FYEUKCKX.js";
import "./chunk-NKE4X7EO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AYIL4MEP.js";
import "./chunk-O2UX5VPQ.js";
import "./chunk-O5WAE6OF.js";
import "./chunk-2NO6KMRG.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
