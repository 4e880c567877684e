import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-R23NRJWZ.js";
import "./chunk-J4TI7ZGU.js";
import "./chunk-JHBFGCC7.js";
import "./chunk-SSNMY65T.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-7XP63YMV.js";
import "./chunk-GP26P3R7.js";
import "./chunk-3GLJIOCR.js";
import "./chunk-LJXIZZ5D.js";
import "./chunk-246WHLV6.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-RFXPZZXN.js";
import "./chunk-5JGC2VNM.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-4ROWHWLT.js";
import "./chunk-FOXF7L6P.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-PQHNRRFB.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-NHVE63U3.js";
import "./chunk-LI2J643O.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
