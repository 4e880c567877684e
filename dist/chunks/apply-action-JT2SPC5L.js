import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-7WUH2UWS.js";
import "./chunk-VZD5YFYR.js";
import "./chunk-CRYCTYOQ.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-3ZGENPV3.js";
import "./chunk-T55CMK62.js";
import "./chunk-IF7OQU5E.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-USDHCYYW.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-VQK3TK3E.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-X467ZICN.js";
import "./chunk-HZEDD27A.js";
import "./chunk-UGMBZZRQ.js";
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
import "./chunk-B3CL236H.js";
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
