import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  organizationDiagram,
  planSections,
  renderPlanComment
} from "./chunk-5IOMGAQH.js";
import "./chunk-2DS4RDP6.js";
import "./chunk-V7TLBUVK.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-6GYWG4PY.js";
import "./chunk-3HEGXRZC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NRD5U5YT.js";
import "./chunk-ZMOFJYRP.js";
export {
  organizationDiagram,
  planSections,
  renderPlanComment
};
