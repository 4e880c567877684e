import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  organizationDiagram,
  planSections,
  renderPlanComment
} from "./chunk-JNPVBYVK.js";
import "./chunk-YI5YFEKY.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-3HEGXRZC.js";
import "./chunk-PZ7LPRVU.js";
import "./chunk-ZMOFJYRP.js";
export {
  organizationDiagram,
  planSections,
  renderPlanComment
};
