import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/version.ts
var VEND_VERSION = "0.1.0";

export {
  VEND_VERSION
};
