import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-FBRF7FEW.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-YKEML3JF.js";
import "./chunk-4BAHNPZP.js";
import "./chunk-6E6RCHDT.js";
import "./chunk-3D5762EF.js";
import "./chunk-VUARUXGN.js";
import "./chunk-PMUJQOGZ.js";
import "./chunk-NVAZKSEP.js";
import "./chunk-FSNY2JKU.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
