import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  formatCount
} from "./chunk-SXW3B73J.js";

// src/name-lists.ts
function countOf(count, singular, plural = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
var LISTED_NAMES = 8;
function listNames(names, max = LISTED_NAMES) {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0];
  if (names.length <= max + 1) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(", ")} and ${formatCount(names.length - max)} more`;
}

export {
  countOf,
  LISTED_NAMES,
  listNames
};
