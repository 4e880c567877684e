import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/markdown-escape.ts
function escapeMarkdown(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (character) => `\\${character}`).replace(/:(?=(?:[a-z0-9+-]|\\_)+:)/g, "&#58;").replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, "$1&#64;");
}
function inlineCode(text) {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ")}\``;
}

export {
  escapeMarkdown,
  inlineCode
};
