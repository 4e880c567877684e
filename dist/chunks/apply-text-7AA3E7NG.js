import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-BDNNI7LD.js";
import "./chunk-PWL7VJGM.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-WHR7BHF4.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-JKMDBCAW.js";
import "./chunk-2VWI3X62.js";
import "./chunk-DEJHMZ2C.js";
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
