import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-J7P6L2SA.js";
import "./chunk-NKWONK54.js";
import "./chunk-DBMV57JP.js";
import "./chunk-5VLB5V5W.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-NRIKAK2S.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-H57N3Y7Q.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-TVJ2R5OI.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-VWZHIWGD.js";
import "./chunk-URXLFT7E.js";
import "./chunk-3DOSZQI4.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-SQD65BE7.js";
import "./chunk-C33QJ7RN.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-6E6RCHDT.js";
import "./chunk-3D5762EF.js";
import "./chunk-VUARUXGN.js";
import "./chunk-BPLTR4XE.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-NVAZKSEP.js";
import "./chunk-FSNY2JKU.js";
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
