import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-E52SU2Y5.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-OAUA3HSF.js";
import "./chunk-AX7LDYUD.js";
import "./chunk-VKPMGD6F.js";
import "./chunk-DXXX7EXM.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-HEEY34OQ.js";
import "./chunk-6LJU2TJ7.js";
import "./chunk-QQFW5QO5.js";
import "./chunk-VUFHG2PD.js";
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
