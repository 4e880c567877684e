import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-5W43QUJU.js";
import "./chunk-WIB52C4I.js";
import "./chunk-U772CEHD.js";
import "./chunk-OQJS6VI5.js";
import "./chunk-EPFWR4WN.js";
import "./chunk-4UXKB766.js";
import "./chunk-J5KM54P4.js";
import "./chunk-AOB2OHHA.js";
import "./chunk-ZVBSCCXX.js";
import "./chunk-LB53QIQP.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-FB6J5CNE.js";
import "./chunk-7EVFGJGA.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-I3ZFGRZU.js";
import "./chunk-2VFAZBQJ.js";
import "./chunk-XGHJCEMG.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
