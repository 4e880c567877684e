import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-6KLUQLE7.js";
import "./chunk-W4H6K4NC.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-TSZTIOS7.js";
import "./chunk-T6IDBTED.js";
import "./chunk-AJZ33OJS.js";
import "./chunk-JRWR4K33.js";
import "./chunk-5LHJMUYQ.js";
import "./chunk-ZCHTYBNZ.js";
import "./chunk-HW5AZJU7.js";
import "./chunk-I5IUKFL7.js";
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
