import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  changedByLine,
  detailsLabel,
  driftAsideLine,
  driftSummaryLine,
  findingHeadline,
  ignoreExpiredLine,
  notCheckedCount,
  notCheckedLines,
  shownDetails
} from "./chunk-U6YPZKU4.js";
import {
  ansi,
  plain
} from "./chunk-X4XDSYAD.js";
import {
  visibleLine
} from "./chunk-JWIVJMBW.js";

// src/report/drift-text.ts
function renderDriftText(report, options = {}) {
  const colour = options.colour ? ansi : plain;
  const paint = (style, text) => colour(style, visibleLine(text));
  const lines = [];
  if (report.findings.length === 0)
    lines.push(
      report.ignored.length === 0 ? "No drift. The organization matches the repository." : `No drift outside the ignore list; the organization differs from the repository only in the ${report.ignored.length === 1 ? "finding" : `${report.ignored.length} findings`} ignored below.`
    );
  for (const finding of report.findings) lines.push(...findingLines(finding, paint), "");
  if (report.ignored.length > 0) {
    lines.push(`Ignored by baselines/organization.yaml (${report.ignored.length}):`);
    for (const finding of report.ignored)
      lines.push(
        visibleLine(
          `  ${finding.severity} ${findingHeadline(finding)} [${finding.id}]: ${finding.ignoredBy.reason} (ignore entry at line ${finding.ignoredBy.line}, expires ${finding.ignoredBy.expires})`
        )
      );
    lines.push("");
  }
  if (report.notChecked.length > 0) {
    lines.push(`Not checked (reported, not drift): ${notCheckedCount(report.notChecked)} not made`);
    for (const line of notCheckedLines(report.notChecked)) lines.push(`  ${visibleLine(line)}`);
    lines.push("");
  }
  const aside = driftAsideLine(report);
  lines.push(
    // As the action's step log says it: the summary, then what is set aside, one sentence.
    `${paint("bold", `Drift: ${driftSummaryLine(report)}`)}${aside ? `; ${aside}` : ""}.`,
    `Compared with commit ${report.commit?.slice(0, 12) ?? "(not a git checkout)"}${report.uncommittedChanges ? " and the uncommitted changes to accounts/ and baselines/" : ""} at ${report.checkedAt}.`
  );
  return lines.join("\n");
}
function findingLines(finding, paint) {
  const style = finding.severity === "critical" ? "problem" : finding.severity === "high" ? "highImpact" : "bold";
  const details = shownDetails(finding);
  const v = visibleLine;
  return [
    `${paint(style, finding.severity.toUpperCase())} ${v(findingHeadline(finding))}  [${finding.id}, first seen ${finding.firstSeen}]`,
    `  expected: ${v(finding.expected)}`,
    `  actual:   ${v(finding.actual)}`,
    `  restore:  ${v(finding.restore)}`,
    `  accept:   ${v(finding.accept)}`,
    ...finding.changedBy ? [`  changed:  ${v(changedByLine(finding.changedBy))}`] : [],
    ...finding.ignoreExpired ? [`  ${ignoreExpiredLine(finding.ignoreExpired)}`] : [],
    ...details.length > 0 ? [`  ${v(detailsLabel(finding))}:`, ...details.map((line) => `    ${v(line)}`)] : []
  ];
}

export {
  renderDriftText
};
