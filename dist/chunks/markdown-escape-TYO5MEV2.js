import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-65NNQ47E.js";
import "./chunk-B2X7NINT.js";
import "./chunk-GDYLH2EC.js";
import "./chunk-ZMOFJYRP.js";
export {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
};
