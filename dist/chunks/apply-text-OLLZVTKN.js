import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
} from "./chunk-VFB5IXBN.js";
import "./chunk-3ZXO2YJ4.js";
import "./chunk-XG4YZALD.js";
import "./chunk-L5OAWFDV.js";
import "./chunk-ZJTOV44A.js";
import "./chunk-V6KY754X.js";
import "./chunk-VDZD57HC.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";
export {
  applySummaryLine,
  approvalLine,
  notDeployedPhrase,
  pendingLine,
  renderApplyText
};
