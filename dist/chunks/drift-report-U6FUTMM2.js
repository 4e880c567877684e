import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_REPORT_FORMAT_VERSION,
  compareFindings,
  findingId,
  findingsAtOrAbove,
  makeFinding,
  observedDigest,
  summarize
} from "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  DRIFT_REPORT_FORMAT_VERSION,
  compareFindings,
  findingId,
  findingsAtOrAbove,
  makeFinding,
  observedDigest,
  summarize
};
