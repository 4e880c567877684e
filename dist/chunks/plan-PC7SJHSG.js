import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-OZVSER2H.js";
import "./chunk-JVHHXCWR.js";
import "./chunk-53ERBFDD.js";
import "./chunk-K433FYCY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ANC6GTWZ.js";
import "./chunk-RIXFOLYZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-XO2NH5JP.js";
import "./chunk-S3J7XDOF.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-RG6NIMRL.js";
import "./chunk-G74K5LKD.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
