import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-O4FJUOGL.js";
import "./chunk-57RQ4K7A.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-QFNBXJPM.js";
import "./chunk-AVXYLHUW.js";
import "./chunk-4O2ZN3OI.js";
import "./chunk-3452FLYD.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-2RLQOS6K.js";
import "./chunk-GTDT27BX.js";
import "./chunk-CTTFYL65.js";
import "./chunk-XUKOO7CJ.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
