import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  organizationDiagram,
  planSections,
  renderPlanComment
} from "./chunk-2HVWPCOV.js";
import "./chunk-DW2JSOMR.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-3HEGXRZC.js";
import "./chunk-NRD5U5YT.js";
import "./chunk-ZMOFJYRP.js";
export {
  organizationDiagram,
  planSections,
  renderPlanComment
};
