import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-46PXFD3U.js";
import "./chunk-3MDZPP5Z.js";
import "./chunk-B3BFLAB4.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-QYG5WLN5.js";
import "./chunk-6LFSZC4S.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-WSV55DUT.js";
import "./chunk-MK73BPAP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-RIEHQCBQ.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
