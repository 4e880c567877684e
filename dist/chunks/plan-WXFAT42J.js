import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-BFCN7Q4P.js";
import "./chunk-LTAYIL6W.js";
import "./chunk-J2TTSSZS.js";
import "./chunk-LG5ZJVH7.js";
import "./chunk-U3NEBWND.js";
import "./chunk-D4BXY5RW.js";
import "./chunk-2UZ564AW.js";
import "./chunk-MDO63TJW.js";
import "./chunk-ZE3QEETF.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-GD2A4S5K.js";
import "./chunk-OWIM4TZY.js";
import "./chunk-OS576ORI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-GJYRT4YL.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-VCJK3AYF.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
