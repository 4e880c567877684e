import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-VCR3EPWE.js";
import "./chunk-T55CMK62.js";
import "./chunk-3F2BXTZD.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-SDEEHTII.js";
import "./chunk-I3AJFZ5V.js";
import "./chunk-ER263J5Z.js";
import "./chunk-75334X7D.js";
import "./chunk-J5KM54P4.js";
import "./chunk-WQRHXU7A.js";
import "./chunk-L6TFY7EG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-B2BELMJY.js";
import "./chunk-ZC4JMJ7Y.js";
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
