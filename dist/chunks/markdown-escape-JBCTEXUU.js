import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-MYHF6BQG.js";
import "./chunk-XG4YZALD.js";
import "./chunk-VDZD57HC.js";
import "./chunk-ZMOFJYRP.js";
export {
  escapeMarkdown,
  fencedCode,
  inlineCode
};
