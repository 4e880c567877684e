import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-66FWNWJJ.js";
import "./chunk-EOZVKLID.js";
import "./chunk-L4I4LO74.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-U6YPZKU4.js";
import "./chunk-DBB7SFPN.js";
import "./chunk-M3UDQYU5.js";
import "./chunk-FIBX53YH.js";
import "./chunk-3BLKRS4H.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-PBUMDURM.js";
import "./chunk-EFBOC2AA.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
};
