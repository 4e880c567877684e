import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/ordering.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareText
};
