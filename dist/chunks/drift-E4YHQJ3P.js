import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runDrift
} from "./chunk-DTPW2UOK.js";
import "./chunk-3MDZPP5Z.js";
import "./chunk-LZFJUW43.js";
import "./chunk-6T2GPVQD.js";
import "./chunk-RGYWDC3E.js";
import "./chunk-5KVRVOTJ.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LL4JWEE7.js";
import "./chunk-MK73BPAP.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-2IDPHLSO.js";
import "./chunk-RIEHQCBQ.js";
import "./chunk-OFZH4PFY.js";
import "./chunk-375KX7TV.js";
import "./chunk-QIUGM3AP.js";
import "./chunk-WOFMCSLJ.js";
import "./chunk-PPJBV53O.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  runDrift
};
