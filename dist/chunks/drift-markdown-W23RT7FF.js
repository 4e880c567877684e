import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-MYVUSNJX.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-VJQ2TDZ7.js";
import "./chunk-Z6KP5WIL.js";
import "./chunk-LIP54XSC.js";
import "./chunk-ZANWQTPM.js";
import "./chunk-45NQ52G4.js";
import "./chunk-A2H565DK.js";
import "./chunk-XJBCYY6L.js";
import "./chunk-ODMGAIYF.js";
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
