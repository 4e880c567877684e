import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-XPNRPAOL.js";
import "./chunk-3FFJWXH7.js";
import "./chunk-ZOLCGFWW.js";
import "./chunk-YEXKHMNV.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-3FHDXKZM.js";
import "./chunk-Q5UHW7IV.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-K3T33J3S.js";
import "./chunk-YS5PUWBO.js";
import "./chunk-ZBZD4RJG.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-2QYRMMTV.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-BPMJJDC7.js";
import "./chunk-GL4KHRHG.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HHJIWNEY.js";
import "./chunk-5EFZI2GH.js";
import "./chunk-W3BL55VQ.js";
import "./chunk-GNQBQEN3.js";
import "./chunk-J7MB4YTT.js";
import "./chunk-SXHGKPFC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-MA46HIPY.js";
import "./chunk-XJ6IFUJG.js";
import "./chunk-ATS52MMC.js";
import "./chunk-6RWDLQHC.js";
import "./chunk-DIW6QY4A.js";
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
