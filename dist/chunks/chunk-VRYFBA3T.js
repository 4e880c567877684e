import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  visible,
  visibleLine
} from "./chunk-XG4YZALD.js";

// src/report/markdown-escape.ts
var JOINER = "\u2060";
function escapeMarkdown(text) {
  return visibleLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!$]/g, (character) => `\\${character}`).replace(/#(?=\d)/g, `#${JOINER}`).replace(/\bGH-(?=\d)/gi, (gh) => `${gh.slice(0, 2)}${JOINER}-`).replace(/:(?=(?:[a-z0-9+-]|\\_)+:)/g, `:${JOINER}`).replace(/@(?=[A-Za-z0-9])/g, `${JOINER}@${JOINER}`).replace(/:\/\//g, `:/${JOINER}/`).replace(/\bwww\./gi, `www${JOINER}.`);
}
function inlineCode(text) {
  return `\`${visibleLine(text).replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}
function codeSpan(text) {
  const shown = visibleLine(text);
  const longestRun = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = /^`|`$/.test(shown) ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}
function fencedCode(language, lines) {
  const longestRun = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = "`".repeat(longestRun + 1);
  return [`${fence}${language}`, ...lines.map((line) => visible(line.replace(/\r/g, ""))), fence].join("\n");
}

export {
  escapeMarkdown,
  inlineCode,
  codeSpan,
  fencedCode
};
