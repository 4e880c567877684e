import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-RASIAAFQ.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-65NNQ47E.js";
import "./chunk-KJUOV3YE.js";
import "./chunk-BUUO2SYF.js";
import "./chunk-FYEUKCKX.js";
import "./chunk-NKE4X7EO.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AYIL4MEP.js";
import "./chunk-CG5H77VW.js";
import "./chunk-O5WAE6OF.js";
import "./chunk-2NO6KMRG.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
