import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-JUM6TWVM.js";
import "./chunk-T55CMK62.js";
import "./chunk-DDAJAMPX.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-ZEP7VBMI.js";
import "./chunk-UIZY2RCG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HNZOS7B4.js";
import "./chunk-UM3HK3RA.js";
import "./chunk-6UCTT37I.js";
import "./chunk-PQT4EUZR.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-JASO6LCD.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-6TLGKJK5.js";
import "./chunk-3G26XPXD.js";
import "./chunk-EN7POMHK.js";
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
