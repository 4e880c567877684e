import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-3AUGWUJC.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-ZMOFJYRP.js";
export {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
};
