import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  changedByLine,
  detailsLabel,
  driftAsideLine,
  driftSummaryLine,
  findingHeadline,
  notCheckedLines
} from "./chunk-OKXUL4TW.js";
import "./chunk-WOFMCSLJ.js";
import {
  ansi,
  plain
} from "./chunk-X4XDSYAD.js";
import "./chunk-PPJBV53O.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";

// src/report/drift-text.ts
function renderDriftText(report, options = {}) {
  const paint = options.colour ? ansi : plain;
  const lines = [];
  if (report.findings.length === 0) lines.push("No drift. The organization matches the repository.");
  for (const finding of report.findings) lines.push(...findingLines(finding, paint), "");
  if (report.ignored.length > 0) {
    lines.push(`Ignored by baselines/organization.yaml (${report.ignored.length}):`);
    for (const finding of report.ignored)
      lines.push(
        `  ${finding.severity} ${findingHeadline(finding)} [${finding.id}]: ${finding.ignoredBy.reason} (ignore entry at line ${finding.ignoredBy.line}, expires ${finding.ignoredBy.expires})`
      );
    lines.push("");
  }
  if (report.notChecked.length > 0) {
    lines.push("Not checked (reported, not drift):");
    for (const line of notCheckedLines(report.notChecked)) lines.push(`  ${line}`);
    lines.push("");
  }
  const aside = driftAsideLine(report);
  lines.push(
    `${paint("bold", `Drift: ${driftSummaryLine(report)}.`)}${aside ? ` ${aside}.` : ""}`,
    `Compared with commit ${report.commit?.slice(0, 12) ?? "(not a git checkout)"}${report.uncommittedChanges ? " and the uncommitted changes to accounts/ and baselines/" : ""} at ${report.checkedAt}.`
  );
  return lines.join("\n");
}
function findingLines(finding, paint) {
  const style = finding.severity === "critical" ? "problem" : finding.severity === "high" ? "highImpact" : "bold";
  const details = finding.details ?? [];
  return [
    `${paint(style, finding.severity.toUpperCase())} ${findingHeadline(finding)}  [${finding.id}, first seen ${finding.firstSeen}]`,
    `  expected: ${finding.expected}`,
    `  actual:   ${finding.actual}`,
    `  restore:  ${finding.restore}`,
    `  accept:   ${finding.accept}`,
    ...finding.changedBy ? [`  changed:  ${changedByLine(finding.changedBy)}`] : [],
    ...details.length > 0 ? [`  ${detailsLabel(finding)}:`, ...details.map((line) => `    ${line}`)] : []
  ];
}
export {
  renderDriftText
};
