import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-YYKAVT3E.js";
import "./chunk-K3T33J3S.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-UDANDX3T.js";
import "./chunk-3NKZ66ZJ.js";
import "./chunk-J7MB4YTT.js";
import "./chunk-SXHGKPFC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-MA46HIPY.js";
import "./chunk-ATS52MMC.js";
import "./chunk-6RWDLQHC.js";
import "./chunk-DIW6QY4A.js";
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
