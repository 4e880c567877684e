import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  renderDriftText
} from "./chunk-HEI4YZQY.js";
import "./chunk-OKAYP6YS.js";
import "./chunk-HT334TBS.js";
import "./chunk-TKTTTUC5.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-X4XDSYAD.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-PBUMDURM.js";
import "./chunk-EFBOC2AA.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  renderDriftText
};
