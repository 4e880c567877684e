import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-KNT2BFG2.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-B2FOM2AZ.js";
import "./chunk-U7GOM2UM.js";
import "./chunk-E4GB4NEQ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-YJ3Q6IJP.js";
import "./chunk-OOSERXYV.js";
import "./chunk-UR33ZAST.js";
import "./chunk-5RO5SIU4.js";
import "./chunk-AGUSTD7B.js";
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
