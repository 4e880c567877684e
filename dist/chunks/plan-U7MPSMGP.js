import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-DNR3SNV5.js";
import "./chunk-2P2U6ZT7.js";
import "./chunk-GZMIUHX6.js";
import "./chunk-WNQA7UKS.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LUWSQBYC.js";
import "./chunk-PJFIMN52.js";
import "./chunk-6RKC5FNT.js";
import "./chunk-SCJANFIB.js";
import "./chunk-GZAQ75SW.js";
import "./chunk-CTPOSWCJ.js";
import "./chunk-7J6XZ2UR.js";
import "./chunk-W7Y3PL4Y.js";
import "./chunk-L5WQUVHE.js";
import "./chunk-32MJK6XE.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-DVWIE3JE.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-EDOUULNP.js";
import "./chunk-WTK2WUHA.js";
import "./chunk-EL65LV6D.js";
import "./chunk-6VB6LZDG.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  runPlan,
  serializePlan
};
