import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-PRTDQ7TG.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-VMHDDVOP.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-XL7QSGUL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-E6F6JQXO.js";
import "./chunk-LCFBHV2M.js";
import "./chunk-VEIT5RBT.js";
import "./chunk-TUHSIYC6.js";
import "./chunk-VODPTJZ6.js";
import "./chunk-AXY26J7O.js";
import "./chunk-3HWUNJGX.js";
import "./chunk-B2UPWVJT.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-VBSAV6GC.js";
import "./chunk-3CTZERTR.js";
import "./chunk-Q52IBWEA.js";
import "./chunk-Y3OVKJZK.js";
import "./chunk-4DXT24VN.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";
export {
  awsFailureNotRun,
  runDrift
};
