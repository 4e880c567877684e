import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-VZLGQVCV.js";
import "./chunk-ABLG5VMZ.js";
import "./chunk-CYR7BD2W.js";
import "./chunk-66WGI5MF.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-EZKBYHUI.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-T55CMK62.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-DWCIMWGF.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-DV5FQPKI.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-BOEN6QHA.js";
import "./chunk-PEOVGQVR.js";
import "./chunk-4OYCSMW3.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-MZGY6WM7.js";
import "./chunk-J7QFZBNL.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-TI636WA2.js";
import "./chunk-JWBMGWBF.js";
import "./chunk-GCCN2XRU.js";
import "./chunk-JPXDS272.js";
import "./chunk-4ZXVCPTC.js";
import "./chunk-ER6EAEGD.js";
import "./chunk-AXKYC4BF.js";
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
