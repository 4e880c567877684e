import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-2HJ55QTL.js";
import "./chunk-OFVOQ3SU.js";
import "./chunk-4GEF6CPE.js";
import "./chunk-TTMLKYXL.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-OEAZ2J6O.js";
import "./chunk-B34JVPHQ.js";
import "./chunk-T55CMK62.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-VKZPA2TD.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-F2LWR6BR.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-2P2U6ZT7.js";
import "./chunk-GZMIUHX6.js";
import "./chunk-WNQA7UKS.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LUWSQBYC.js";
import "./chunk-GZAQ75SW.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-L5WQUVHE.js";
import "./chunk-32MJK6XE.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-DVWIE3JE.js";
import "./chunk-EDOUULNP.js";
import "./chunk-WTK2WUHA.js";
import "./chunk-EL65LV6D.js";
import "./chunk-6VB6LZDG.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  applyRefusal,
  runApplyAction
};
