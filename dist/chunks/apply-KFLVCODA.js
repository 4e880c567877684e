import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-M3I73XCP.js";
import "./chunk-T55CMK62.js";
import "./chunk-LFUPJK2O.js";
import "./chunk-V6C47S3H.js";
import "./chunk-YHXEPDXM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-DEJMRCWU.js";
import "./chunk-27TL27O5.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-WK6F2FRE.js";
import "./chunk-QKLZYSNB.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NCA6KTMD.js";
import "./chunk-LHWWX62A.js";
import "./chunk-EXYPE6KN.js";
import "./chunk-DGPIR4O4.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
