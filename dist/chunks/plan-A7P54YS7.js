import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-EALUX3WR.js";
import "./chunk-OLCRQQLX.js";
import "./chunk-TQ7QAYF4.js";
import "./chunk-LG5ZJVH7.js";
import "./chunk-FVV5ROFA.js";
import "./chunk-D4BXY5RW.js";
import "./chunk-HRZSNEJC.js";
import "./chunk-6QKDZCQQ.js";
import "./chunk-S5BP2SDY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-XUIPGBQ5.js";
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
