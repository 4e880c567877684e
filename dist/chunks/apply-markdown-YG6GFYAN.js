import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
} from "./chunk-6NH7ZZME.js";
import "./chunk-URHUSXTO.js";
import "./chunk-76ISLDCH.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-3HEGXRZC.js";
import "./chunk-ZMOFJYRP.js";
export {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
};
