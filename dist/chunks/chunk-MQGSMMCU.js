import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/name-lists.ts
var LISTED_NAMES = 8;
function listNames(names, max = LISTED_NAMES) {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0];
  if (names.length <= max + 1) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

export {
  listNames
};
