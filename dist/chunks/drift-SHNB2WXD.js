import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-Y6VFOHTY.js";
import "./chunk-T55CMK62.js";
import "./chunk-DDAJAMPX.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-J4TI7ZGU.js";
import "./chunk-JHBFGCC7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-7XP63YMV.js";
import "./chunk-3GLJIOCR.js";
import "./chunk-LJXIZZ5D.js";
import "./chunk-246WHLV6.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-5JGC2VNM.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-4ROWHWLT.js";
import "./chunk-FOXF7L6P.js";
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
  awsFailureNotRun,
  runDrift
};
