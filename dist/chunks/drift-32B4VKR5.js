import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-XV4S4QPG.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-JZ6SBF5T.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-5QYCZ5M2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-OHFSZCKM.js";
import "./chunk-YVQMTYDQ.js";
import "./chunk-NV2H7ZPU.js";
import "./chunk-CVRKXCP7.js";
import "./chunk-V5IA7S6P.js";
import "./chunk-QYG6FACV.js";
import "./chunk-W3SIUIU2.js";
import "./chunk-G5GNCZER.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZJQHDZ2N.js";
import "./chunk-WV7VIUTC.js";
import "./chunk-4L3755WU.js";
import "./chunk-DYIMPU6O.js";
import "./chunk-FAF2KR2Y.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
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
