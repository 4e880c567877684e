import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-AFHD6HCX.js";
import "./chunk-QH375XID.js";
import "./chunk-RMUV4MKT.js";
import "./chunk-YX4G2WHA.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-PL5EZVJW.js";
import "./chunk-LMRZPKLC.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-KRJ33YIX.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-KGKN4NYC.js";
import "./chunk-65NNQ47E.js";
import "./chunk-T4BKBRHP.js";
import "./chunk-KN2BMO4F.js";
import "./chunk-IJGHA73Z.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LGXQURTB.js";
import "./chunk-BZQ7EWTX.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-FYEUKCKX.js";
import "./chunk-NKE4X7EO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AYIL4MEP.js";
import "./chunk-O2UX5VPQ.js";
import "./chunk-CG5H77VW.js";
import "./chunk-O5WAE6OF.js";
import "./chunk-2NO6KMRG.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
