import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-RFUDKNH6.js";
import "./chunk-CT35BO6U.js";
import "./chunk-HURHG3R5.js";
import "./chunk-RX6XE4TP.js";
import "./chunk-WCICPTVY.js";
import "./chunk-BRTI3UGQ.js";
import "./chunk-5IIUAT2P.js";
import "./chunk-OT2D7QC7.js";
import "./chunk-3SMNOQOB.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-4ZQKY3N6.js";
import "./chunk-T5FKYR67.js";
import "./chunk-M3BOY7N3.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-D2TZBGIT.js";
import "./chunk-5XRBG6QD.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
