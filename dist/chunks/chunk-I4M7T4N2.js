import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  HIDDEN_CHARACTER
} from "./chunk-XJYZN6HM.js";

// src/report/visible-text.ts
var SHOWN_AS_CODE_POINT = new RegExp(`${HIDDEN_CHARACTER.source}|\\r`, "gu");
function visible(text) {
  return text.replace(
    SHOWN_AS_CODE_POINT,
    (character) => `<U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}
var LINE_BREAK = /\n/g;
function visibleLine(text) {
  return visible(text).replace(
    LINE_BREAK,
    (character) => `<U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}

export {
  visible,
  visibleLine
};
