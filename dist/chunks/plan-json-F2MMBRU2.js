import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  shownEdit
} from "./chunk-DBB7SFPN.js";
import "./chunk-FIBX53YH.js";
import {
  maskNoEchoDefaults,
  noEchoIn
} from "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-EFBOC2AA.js";
import "./chunk-BREP4LFV.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";

// src/report/plan-json.ts
var MASK = "****";
function withoutSecrets(plan) {
  const masked = structuredClone(plan);
  for (const change of masked.changes) {
    const secret = new Set(masked.noEchoParameters[String(change.scope.stackSet)] ?? []);
    const [beforeBody, afterBody] = [templateBodyOf(change.before), templateBodyOf(change.after)];
    for (const body of [beforeBody, afterBody]) for (const name of noEchoIn(body ?? "")) secret.add(name);
    if (secret.size === 0) continue;
    change.before = maskIn(change.before, secret);
    change.after = maskIn(change.after, secret);
    if (beforeBody !== void 0) withTemplateBody(change.before, maskNoEchoDefaults(beforeBody, [...secret]));
    if (afterBody !== void 0) withTemplateBody(change.after, maskNoEchoDefaults(afterBody, [...secret], beforeBody));
  }
  return masked;
}
function templateBodyOf(side) {
  const body = side?.templateBody;
  return typeof body === "string" ? body : void 0;
}
function withTemplateBody(side, body) {
  side.templateBody = body;
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
function mainDriftJson(mainDrift) {
  if ("unavailable" in mainDrift) return { ...mainDrift };
  const named = (changes) => changes.map(({ id, description }) => ({ id, description }));
  return {
    ...mainDrift.behind ? { behind: mainDrift.behind } : {},
    corrections: named(mainDrift.corrections),
    correctionSummary: mainDrift.correctionSummary,
    alsoCorrecting: named(mainDrift.alsoCorrecting),
    accepted: mainDrift.accepted.map(({ id, description }) => ({
      id,
      description,
      findings: mainDrift.acceptedFindings?.[id] ?? [],
      ...mainDrift.acceptedLeaves?.[id] ? { leaves: mainDrift.acceptedLeaves[id] } : {}
    })),
    ...mainDrift.branchEdits ? { branchEdits: mainDrift.branchEdits.map(shownEdit) } : {},
    ...mainDrift.silenced ? { silenced: mainDrift.silenced } : {},
    ...mainDrift.undoesIgnored ? { undoesIgnored: mainDrift.undoesIgnored } : {},
    ...mainDrift.renamedByHand ? { renamedByHand: mainDrift.renamedByHand } : {},
    ...mainDrift.problemsOnMain ? { problemsOnMain: mainDrift.problemsOnMain } : {}
  };
}
export {
  mainDriftJson,
  withoutSecrets
};
