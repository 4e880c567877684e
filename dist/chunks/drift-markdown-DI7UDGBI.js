import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-UYEKDWGB.js";
import "./chunk-F2GOCKZQ.js";
import "./chunk-CZGQDZ6C.js";
import "./chunk-NTIUXAM7.js";
import "./chunk-KO7LIDVA.js";
import "./chunk-EXRWALGJ.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-K7YARDDT.js";
import "./chunk-6I5CYBFK.js";
import "./chunk-I6DVYXUG.js";
import "./chunk-ERRBZCIV.js";
import "./chunk-PUUM4JGA.js";
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
