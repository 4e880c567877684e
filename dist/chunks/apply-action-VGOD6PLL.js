import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-XBOOFBLF.js";
import "./chunk-XB2R2IC6.js";
import "./chunk-WW7NL6ED.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-YKRPNVVO.js";
import "./chunk-T55CMK62.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-DXEJ6LVX.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-VQK3TK3E.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-PCT4V7LZ.js";
import "./chunk-NLYKTWJY.js";
import "./chunk-I4N6ULMP.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VAH4ZPSW.js";
import "./chunk-LU45E352.js";
import "./chunk-BFATTVPK.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-RGSC3X2P.js";
import "./chunk-WM3GR6FO.js";
import "./chunk-7L2PVR4H.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-UD73MHR5.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-2KN7WY7N.js";
import "./chunk-GN5WYFVX.js";
import "./chunk-2FYDPKXZ.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
