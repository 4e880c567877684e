import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  HIDDEN_CHARACTER,
  codePointOf
} from "./chunk-BREP4LFV.js";

// src/report/visible-text.ts
var SHOWN_AS_CODE_POINT = new RegExp(`${HIDDEN_CHARACTER.source}|\\r`, "gu");
function visible(text) {
  return text.replace(SHOWN_AS_CODE_POINT, codePoint);
}
function codePoint(character) {
  return `<${codePointOf(character)}>`;
}
var LINE_BREAK = /\n/g;
function visibleLine(text) {
  return visible(text).replace(LINE_BREAK, codePoint);
}

export {
  visible,
  visibleLine
};
