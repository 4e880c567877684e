import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-LFEFAOQR.js";
import "./chunk-XG4YZALD.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
};
