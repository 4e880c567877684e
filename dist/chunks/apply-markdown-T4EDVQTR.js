import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
} from "./chunk-E5S7ZXY6.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-QOSIS6AR.js";
import "./chunk-3HEGXRZC.js";
import "./chunk-Q2FHK52D.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
};
