import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-V5WRJCYR.js";
import "./chunk-T55CMK62.js";
import "./chunk-3F2BXTZD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-INTTICVL.js";
import "./chunk-YBBH6ZCE.js";
import "./chunk-ER263J5Z.js";
import "./chunk-XBG42Q2J.js";
import "./chunk-J5KM54P4.js";
import "./chunk-WQRHXU7A.js";
import "./chunk-L6TFY7EG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LGOWYMMT.js";
import "./chunk-IXLEEHU4.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-XG4YZALD.js";
import "./chunk-T6YTWXI6.js";
import "./chunk-B6Z7Y7S2.js";
import "./chunk-SWRMEDXE.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
