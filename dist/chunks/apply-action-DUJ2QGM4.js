import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-R6RHZ3AL.js";
import "./chunk-RDKF23AH.js";
import "./chunk-EMZJ6VNN.js";
import "./chunk-RB7TBP3Z.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-YGERYA7C.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-LDQKCLEN.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-DL5GNGBG.js";
import "./chunk-CZGQDZ6C.js";
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
import "./chunk-5WTKJB4Z.js";
import "./chunk-ULWPNSVW.js";
import "./chunk-N2FNUB2K.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
