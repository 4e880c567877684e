import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-6MFK5U7M.js";
import "./chunk-T55CMK62.js";
import "./chunk-DV5FQPKI.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-BOEN6QHA.js";
import "./chunk-PEOVGQVR.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-MZGY6WM7.js";
import "./chunk-WD6FEJQF.js";
import "./chunk-J7QFZBNL.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-4NIACNJF.js";
import "./chunk-TI636WA2.js";
import "./chunk-JWBMGWBF.js";
import "./chunk-GCCN2XRU.js";
import "./chunk-JPXDS272.js";
import "./chunk-4ZXVCPTC.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
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
