import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  leftOutAccountIds
} from "./chunk-6PXRWF7C.js";
import {
  countDiagnostics,
  diagnosticsJson,
  formatDiagnosticLine,
  validationSummaryLine
} from "./chunk-NVWBDDJH.js";
import "./chunk-3AUGWUJC.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-JJIYTWUR.js";
import {
  countOf
} from "./chunk-EFBOC2AA.js";
import {
  visibleLine
} from "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";

// src/report/import-text.ts
var SECTIONS = [
  { kind: "check", heading: "Look at these before you merge: the first plan would do more than adopt" },
  {
    kind: "replaced",
    heading: "Look at these before you merge: --force replaced files whose settings differed from what AWS holds, edits the plan cannot see as undone"
  },
  {
    kind: "inferred",
    heading: "Look at these before you merge: inferred from today\u2019s accounts, they decide what new accounts get"
  },
  { kind: "left-out", heading: "Not written: vend leaves them as they are" },
  { kind: "inactive", heading: "Suspended or closing accounts: listed, not written" },
  { kind: "renamed", heading: "Names that had to change" },
  { kind: "note", heading: "Notes" }
];
function renderImportText(outcome, repository) {
  const { report } = outcome;
  const lines = [
    `vend import: organization ${report.organizationId} (management account ${report.managementAccountId}) into ${repository}`
  ];
  if (outcome.status === "refused") {
    lines.push(
      `Nothing was written: ${countOf(report.refused.length, "file")} it would write ${report.refused.length === 1 ? "exists" : "exist"} already. Pass --force to replace ${report.refused.length === 1 ? "it" : "them"}, or import into another --repo.`,
      ...report.refused.map((file) => `  ${file}`)
    );
    return lines.join("\n");
  }
  const manifests = report.written.filter((file) => file.startsWith("accounts/") && file.endsWith(".yaml")).length;
  lines.push(
    report.mode === "accounts-only" ? `Wrote ${countOf(manifests, "account manifest")}; baselines/organization.yaml is kept as it is.` : `Wrote baselines/organization.yaml, ${countOf(report.written.filter((file) => file.startsWith("baselines/scps/")).length, "SCP file")}, ${countOf(report.written.filter((file) => file.startsWith("baselines/stacksets/")).length, "template")} and ${countOf(manifests, "account manifest")}.`
  );
  const toCheck = report.findings.some((finding) => finding.kind === "check");
  for (const { kind, heading } of SECTIONS) {
    const findings = report.findings.filter((finding) => finding.kind === kind);
    if (findings.length === 0) continue;
    const shown = kind === "inferred" && toCheck ? heading.replace("before you merge:", "before you merge too:") : heading;
    lines.push("", `${shown} (${findings.length}):`);
    for (const finding of findings) lines.push(`  - ${visibleLine(finding.subject)}: ${visibleLine(finding.message)}`);
  }
  const { diagnostics, fileCount } = outcome.validation;
  const warningsByRule = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics.filter((candidate) => candidate.severity === "warning"))
    warningsByRule.set(diagnostic.rule, (warningsByRule.get(diagnostic.rule) ?? 0) + 1);
  lines.push(
    "",
    ...diagnostics.filter((diagnostic) => diagnostic.severity === "error").map(formatDiagnosticLine),
    `${validationSummaryLine(diagnostics, fileCount)}${warningsByRule.size > 0 ? ` Warnings: ${[...warningsByRule].map(([rule, count]) => `${count} ${rule}`).join(", ")}.` : ""}`,
    countDiagnostics(diagnostics).errors > 0 ? "Fix the errors above, then run vend plan." : manifests === 0 && report.mode === "accounts-only" && !report.findings.some((finding) => finding.kind === "check") ? "Nothing to review: no account was written (see the notes and what was not written above)." : report.findings.some((finding) => finding.kind === "check") ? `Next: settle what is to check above, then vend plan: until then it does more than adopt (ManagedBy: vend).${leftOutNote(leftOutAccountIds(report.findings).size)}` : report.findings.some((finding) => finding.kind === "replaced") ? `Next: put back what --force replaced and is still wanted (git diff shows it), then vend plan: it should only adopt (ManagedBy: vend) what it found.${leftOutNote(leftOutAccountIds(report.findings).size)}` : `Next: review the files, then vend plan: it should only adopt (ManagedBy: vend) what it found.${leftOutNote(leftOutAccountIds(report.findings).size)}`
  );
  return lines.join("\n");
}
function renderImportJson(outcome) {
  const validation = outcome.status === "written" ? { validation: diagnosticsJson(outcome.validation.diagnostics) } : {};
  const status = outcome.status === "written" && outcome.report.written.length === 0 ? "nothing-written" : outcome.status;
  return JSON.stringify({ status, ...outcome.report, ...validation }, null, 2);
}
function leftOutNote(count) {
  if (count === 0) return "";
  return ` ${count === 1 ? "One active account was" : `${count} active accounts were`} left out (under Not written): ${count === 1 ? "it stays" : "they stay"} unmanaged until settled, so import exits 1.`;
}
export {
  renderImportJson,
  renderImportText
};
