import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import "./chunk-ZMOFJYRP.js";

// src/report/plan-json.ts
var MASK = "****";
function withoutSecrets(plan) {
  const masked = structuredClone(plan);
  for (const change of masked.changes) {
    const secret = new Set(masked.noEchoParameters[String(change.scope.stackSet)] ?? []);
    if (secret.size === 0) continue;
    change.before = maskIn(change.before, secret);
    change.after = maskIn(change.after, secret);
  }
  return masked;
}
function maskIn(value, secret) {
  if (Array.isArray(value)) return value.map((item) => maskIn(item, secret));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      secret.has(key) && (typeof child === "string" || typeof child === "number") ? MASK : maskIn(child, secret)
    ])
  );
}
export {
  withoutSecrets
};
