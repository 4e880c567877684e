import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-XZM2HSPJ.js";
import "./chunk-T55CMK62.js";
import "./chunk-CFBET4KJ.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-H4BHSWIO.js";
import "./chunk-OQJS6VI5.js";
import "./chunk-EPFWR4WN.js";
import "./chunk-4UXKB766.js";
import "./chunk-J5KM54P4.js";
import "./chunk-AOB2OHHA.js";
import "./chunk-ZVBSCCXX.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-Y27HNAG2.js";
import "./chunk-7EVFGJGA.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-I3ZFGRZU.js";
import "./chunk-2VFAZBQJ.js";
import "./chunk-XGHJCEMG.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
