import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/plan/canonical-json.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value).sort().filter((key) => value[key] !== void 0).map((key) => [key, sortKeys(value[key])])
    );
  }
  return value;
}
function sha256Digest(text) {
  return `sha256:${createHash("sha256").update(text).digest("hex")}`;
}

export {
  canonicalJson,
  sha256Digest
};
