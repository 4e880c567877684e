import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-Z2AEQXVQ.js";
import "./chunk-T55CMK62.js";
import "./chunk-Z35UQ3QB.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-XOHJOHNC.js";
import "./chunk-KGH2TBIG.js";
import "./chunk-IUWRSGPZ.js";
import "./chunk-J6OENYEY.js";
import "./chunk-ECOFD6F2.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2OI5EXOW.js";
import "./chunk-BJ6WY36Y.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-YDEVV7FX.js";
import "./chunk-57OUBYEJ.js";
import "./chunk-67DALGZP.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-TSP7M7MX.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ON4RG25Y.js";
import "./chunk-QGPAIWF2.js";
import "./chunk-XG4YZALD.js";
import "./chunk-XSBVNBEQ.js";
import "./chunk-YPNVWKSV.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
