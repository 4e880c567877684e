import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-LSUCM325.js";
import "./chunk-T55CMK62.js";
import "./chunk-OQJS6VI5.js";
import "./chunk-EPFWR4WN.js";
import "./chunk-4UXKB766.js";
import "./chunk-J5KM54P4.js";
import "./chunk-ZVBSCCXX.js";
import "./chunk-SJAI3NDS.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-Y27HNAG2.js";
import "./chunk-7EVFGJGA.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-I3ZFGRZU.js";
import "./chunk-XGHJCEMG.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
