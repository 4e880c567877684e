import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-F2N4KH5O.js";
import "./chunk-5GTFM27U.js";
import "./chunk-Q6LMBAPZ.js";
import "./chunk-FHE6YW4E.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-4MFGDJPF.js";
import "./chunk-YCVCVMKJ.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-RVDEHRAL.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-ZWUAH7H6.js";
import "./chunk-65NNQ47E.js";
import "./chunk-V7HIGPHU.js";
import "./chunk-MGLLEAUL.js";
import "./chunk-PMNZM43H.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-5Q53T67R.js";
import "./chunk-EYJG3DSX.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-ZTUNYET5.js";
import "./chunk-WODCSNNZ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-EOLVKLVQ.js";
import "./chunk-S4557P2O.js";
import "./chunk-V47C4AGH.js";
import "./chunk-SDI4LXGK.js";
import "./chunk-5DDE6BWO.js";
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
