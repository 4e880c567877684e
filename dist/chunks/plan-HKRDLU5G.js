import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-O6YWQCM7.js";
import "./chunk-PVD66CO6.js";
import "./chunk-G4ZDTZFD.js";
import "./chunk-HA3KNR44.js";
import "./chunk-IQJWEJDG.js";
import "./chunk-WIFUG54E.js";
import "./chunk-ONERA7RC.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-3GYJYOME.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-CAHW22E4.js";
import "./chunk-PGDN7KJ4.js";
import "./chunk-IN2YULBI.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
