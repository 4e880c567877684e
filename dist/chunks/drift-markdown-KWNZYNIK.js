import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-V53SNMOJ.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-RFXPZZXN.js";
import "./chunk-5JGC2VNM.js";
import "./chunk-AGAWWC5X.js";
import "./chunk-4ROWHWLT.js";
import "./chunk-FOXF7L6P.js";
import "./chunk-DVFO3UNZ.js";
import "./chunk-NHVE63U3.js";
import "./chunk-LI2J643O.js";
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
