import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-CZGQDZ6C.js";
import "./chunk-U6VQSKH5.js";
import "./chunk-QBDFYRP3.js";
import "./chunk-ZMOFJYRP.js";
export {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
};
