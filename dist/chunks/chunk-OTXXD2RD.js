import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/config/drift-declarations.ts
import { createHash } from "node:crypto";
function declaredExceptions(repository) {
  return repository.accounts.flatMap(
    ({ source, value }) => (value.exceptions ?? []).map((exception, index) => ({
      account: value.name,
      file: source.file,
      ...source.positionOf(["exceptions", index, "expires"]),
      rule: exception.rule,
      reason: exception.reason,
      approvedBy: exception.approvedBy,
      expires: exception.expires
    }))
  );
}
function driftIgnoreEntries(repository) {
  const organization = repository.organization;
  if (!organization) return [];
  return (organization.value.ignore ?? []).map((entry, index) => {
    const names = entry.id === void 0 ? void 0 : criticalFindingOf(repository, entry.id);
    return {
      ...entry,
      ...names ? { names } : {},
      line: organization.source.positionOf(["ignore", index]).line,
      expiresAt: organization.source.positionOf(["ignore", index, "expires"])
    };
  });
}
function findingFingerprint(kind, target) {
  return createHash("sha256").update(`${kind}
${target}`).digest("hex").slice(0, 12);
}
var FORESEEN_CRITICAL_KINDS = ["scp-missing", "scp-content", "scp-detached", "account-left-organization"];
function criticalFindingOf(repository, id) {
  if (findingFingerprint("scp-policy-type-disabled", "root") === id)
    return { kind: "scp-policy-type-disabled", target: "root" };
  for (const kind of FORESEEN_CRITICAL_KINDS)
    for (const { target } of declaredCriticalTargets(repository, kind))
      if (findingFingerprint(kind, target) === id) return { kind, target };
  return void 0;
}
function declaredCriticalTargets(repository, kind) {
  const organization = repository.organization?.value;
  const scps = Object.keys(organization?.scps ?? {});
  switch (kind) {
    case "scp-missing":
    case "scp-content":
      return scps.map((name) => ({ name, target: `scp:${name}` }));
    case "scp-detached":
      return [
        { place: "root", attached: organization?.root?.scps },
        ...repository.organizationalUnits.map((unit) => ({ place: `ou:${unit.path}`, attached: unit.document.scps })),
        ...repository.accounts.map(({ value }) => ({ place: `account:${value.name}`, attached: value.scps }))
      ].flatMap(({ place, attached }) => (attached ?? []).map((name) => ({ name, target: `scp:${name}@${place}` })));
    case "account-left-organization":
      return repository.accounts.map(({ value }) => ({ name: value.name, target: `account:${value.name}` }));
    default:
      return [];
  }
}
function targetPatternMatches(pattern, target) {
  return pattern === target || patternExpression(pattern).test(target);
}
function patternExpression(pattern) {
  const parts = pattern.split("/");
  const source = parts.map((part, index) => {
    const last = index === parts.length - 1;
    if (part === "**") return last ? ".*" : "(?:[^/]*/)*";
    return `${part.split("*").map(escapeForExpression).join("[^/]*")}${last ? "" : "/"}`;
  }).join("");
  return new RegExp(`^${source}$`, "s");
}
function escapeForExpression(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

export {
  declaredExceptions,
  driftIgnoreEntries,
  findingFingerprint,
  criticalFindingOf,
  declaredCriticalTargets,
  targetPatternMatches
};
