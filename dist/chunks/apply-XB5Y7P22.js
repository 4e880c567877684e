import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runApply
} from "./chunk-YGERYA7C.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-FK2UF4W3.js";
import "./chunk-MO7EQ7PV.js";
import "./chunk-LLZYIJB2.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HLX6UOQQ.js";
import "./chunk-IT34FXK6.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FLQOD7YC.js";
import "./chunk-7T43MTEL.js";
import "./chunk-466JVE2A.js";
import "./chunk-C2YO5CPB.js";
import "./chunk-ULWPNSVW.js";
import "./chunk-N2FNUB2K.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runApply
};
