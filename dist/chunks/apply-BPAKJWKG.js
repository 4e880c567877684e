import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-XOWU5I4J.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-VGMJUDCY.js";
import "./chunk-42BBUALS.js";
import "./chunk-2367WVU2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-7TJ7QEL2.js";
import "./chunk-IIBKVIJA.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-X5BGBOSQ.js";
import "./chunk-JWBMGWBF.js";
import "./chunk-GCCN2XRU.js";
import "./chunk-JPXDS272.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
