import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  runPlan,
  serializePlan
} from "./chunk-2XKKYH5L.js";
import "./chunk-DOLNHXLU.js";
import "./chunk-NK2M6GYR.js";
import "./chunk-ENU7AZHL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LUQVUKPD.js";
import "./chunk-J2AY37PU.js";
import "./chunk-ESJ75BXI.js";
import "./chunk-EV2NZFX4.js";
import "./chunk-GAOTOHXA.js";
import "./chunk-IGAP76TN.js";
import "./chunk-ERWZD7JS.js";
import "./chunk-U6YPZKU4.js";
import "./chunk-DBB7SFPN.js";
import "./chunk-M3UDQYU5.js";
import "./chunk-FIBX53YH.js";
import "./chunk-3BLKRS4H.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-LOLNR32M.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-PBUMDURM.js";
import "./chunk-EFBOC2AA.js";
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
