import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-YYS5GBBV.js";
import "./chunk-T55CMK62.js";
import "./chunk-ZMOIDIR3.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-XBP52OE4.js";
import "./chunk-5N552Q2A.js";
import "./chunk-HZASSEMV.js";
import "./chunk-YXATRP37.js";
import "./chunk-J5KM54P4.js";
import "./chunk-6672PBDP.js";
import "./chunk-NUI5ZZBY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CNS3RD5C.js";
import "./chunk-KKCBKMWL.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-NT7LURMG.js";
import "./chunk-YNDQQWV6.js";
import "./chunk-W4GDXE7Q.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
