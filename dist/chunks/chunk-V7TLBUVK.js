import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  canonicalJson,
  sha256Digest
} from "./chunk-GC7XXYZB.js";

// src/plan/reviewed-change.ts
function reviewedChangeKey(change) {
  const scope = sha256Digest(canonicalJson({ before: change.before, after: change.after })).slice("sha256:".length);
  return `${change.id}@${scope.slice(0, 16)}`;
}
function changeIdOfKey(key) {
  const at = key.lastIndexOf("@");
  return at < 0 ? key : key.slice(0, at);
}

export {
  reviewedChangeKey,
  changeIdOfKey
};
