import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyRefusal,
  runApplyAction
} from "./chunk-4TIYDA5F.js";
import "./chunk-QOT2RHWZ.js";
import "./chunk-FMMHJQAP.js";
import "./chunk-25ROXWRB.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-7CF67DUZ.js";
import "./chunk-35YVF6NK.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-L4I4LO74.js";
import "./chunk-VJT6VIPL.js";
import "./chunk-OKQUQDGU.js";
import "./chunk-5GNJNXP2.js";
import "./chunk-3CMV3XMN.js";
import "./chunk-NVWBDDJH.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-DOLNHXLU.js";
import "./chunk-NK2M6GYR.js";
import "./chunk-ENU7AZHL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LUQVUKPD.js";
import "./chunk-ESJ75BXI.js";
import "./chunk-IGAP76TN.js";
import "./chunk-ERWZD7JS.js";
import "./chunk-FIBX53YH.js";
import "./chunk-3BLKRS4H.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-LOLNR32M.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-PBUMDURM.js";
import "./chunk-EFBOC2AA.js";
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
