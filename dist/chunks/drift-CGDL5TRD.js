import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-RD2JXCYV.js";
import "./chunk-T55CMK62.js";
import "./chunk-U6YLHJ4H.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-7LS2IXLO.js";
import "./chunk-HX65Y6Z6.js";
import "./chunk-Y2KOWVRH.js";
import "./chunk-PSYA5PIM.js";
import "./chunk-J5KM54P4.js";
import "./chunk-KDY7HC3I.js";
import "./chunk-4VL6E3YY.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-QOI5UCWJ.js";
import "./chunk-I7S3UMYW.js";
import "./chunk-SKXHEF66.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-VLTVYCRO.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-TKLYPS3P.js";
import "./chunk-J53M7S3I.js";
import "./chunk-GTKMJIRN.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
