import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-PAX6GD6U.js";
import "./chunk-VUPTH5LW.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-54IJXHL5.js";
import "./chunk-GK5GMERG.js";
import "./chunk-MWRDFQPT.js";
import "./chunk-PIJP4L7L.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-IF3XHX4K.js";
import "./chunk-VN5H7K4N.js";
import "./chunk-PNPOG5V4.js";
import "./chunk-GU4XEXLS.js";
import "./chunk-SXW3B73J.js";
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
