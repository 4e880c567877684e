import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-KTVXOTIY.js";
import "./chunk-2MND7SZK.js";
import "./chunk-5TSOCZYG.js";
import "./chunk-LFEFAOQR.js";
import "./chunk-FQQ66EKS.js";
import "./chunk-PVHKEN4E.js";
import "./chunk-ETJIYOCL.js";
import "./chunk-NPS6IHCF.js";
import "./chunk-XG4YZALD.js";
import "./chunk-Z5FTXGMY.js";
import "./chunk-NQHI53NI.js";
import "./chunk-3ZWH33MC.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
};
