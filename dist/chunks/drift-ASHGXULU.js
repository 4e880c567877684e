import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  awsFailureNotRun,
  runDrift
} from "./chunk-RSJIKJXJ.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-2QYRMMTV.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-MYJDUMNE.js";
import "./chunk-BPMJJDC7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-HHJIWNEY.js";
import "./chunk-2MSC7BUE.js";
import "./chunk-YZBPHCZN.js";
import "./chunk-W3BL55VQ.js";
import "./chunk-GNQBQEN3.js";
import "./chunk-3NKZ66ZJ.js";
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
