import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-FEJR5XDG.js";
import "./chunk-KRQTWUIB.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-3CSCM5OX.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-ZXZ65ENI.js";
import "./chunk-OF364UNH.js";
import "./chunk-4PWIZ5MC.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
};
