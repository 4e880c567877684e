import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_KINDS,
  DRIFT_SEVERITIES
} from "./chunk-WOFMCSLJ.js";
import {
  countOf,
  listNames
} from "./chunk-PPJBV53O.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/report/drift-phrasing.ts
function driftSummaryLine(report) {
  if (report.findings.length === 0) return "none";
  const counts = DRIFT_SEVERITIES.filter((severity) => report.summary[severity] > 0).map(
    (severity) => `${report.summary[severity]} ${severity}`
  );
  return `${countOf(report.findings.length, "finding")} (${counts.join(", ")})`;
}
function driftAsideLine(report) {
  return [
    report.ignored.length > 0 ? `${report.ignored.length} ignored${ignoredCritical(report)}` : "",
    report.notChecked.length > 0 ? `${report.notChecked.length} not checked (not drift)` : ""
  ].filter(Boolean).join("; ");
}
function ignoredCritical(report) {
  const critical = report.ignored.filter((finding) => finding.severity === "critical").length;
  return critical > 0 ? ` (${critical} critical)` : "";
}
function findingHeadline(finding) {
  return `${DRIFT_KINDS[finding.kind].title}: ${finding.target}`;
}
function notCheckedLines(notChecked) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of notChecked) {
    const key = `${entry.what}
${entry.reason}`;
    groups.set(key, [...groups.get(key) ?? [], entry.target]);
  }
  return [...groups].sort(([a], [b]) => compareText(a, b)).map(([key, targets]) => {
    const [what = "", reason = ""] = key.split("\n");
    const names = targets.map((target) => target.replace(/^[a-z]+:/, ""));
    return `${what} not checked: ${reason} (${listNames(names)})`;
  });
}
var DIFF_DETAILS = /* @__PURE__ */ new Set(["scp-content", "stackset-template"]);
function detailsLabel(finding) {
  const count = finding.details?.length ?? 0;
  return DIFF_DETAILS.has(finding.kind) ? `diff (${countOf(count, "line")})` : countOf(count, "detail");
}
function changedByLine(changedBy) {
  return `by ${changedBy.principal} at ${changedBy.at} (${changedBy.event}, CloudTrail)`;
}
function silencedLines(entries) {
  const severityOf = (entry) => entry.kind !== void 0 && entry.kind in DRIFT_KINDS ? DRIFT_KINDS[entry.kind].severity : void 0;
  const critical = entries.filter((entry) => entry.id !== void 0 || severityOf(entry) === "critical").length;
  const lines = entries.map((entry) => {
    const what = entry.id !== void 0 ? `finding ${entry.id} (any severity)` : `${entry.kind} findings${entry.target === void 0 ? " everywhere" : ` at ${entry.target}`} (${severityOf(entry) ?? "unknown severity"})`;
    return `${what}, until ${entry.expires} (line ${entry.line}): ${entry.reason}`;
  });
  return {
    headline: `${countOf(entries.length, "ignore: entry", "ignore: entries")} added or changed: vend drift lists the findings ${entries.length === 1 ? "it matches" : "they match"} apart, as ignored, and they stop counting for fail-on-drift until ${entries.length === 1 ? "it expires" : "they expire"}`,
    critical,
    lines
  };
}

export {
  driftSummaryLine,
  driftAsideLine,
  ignoredCritical,
  findingHeadline,
  notCheckedLines,
  DIFF_DETAILS,
  detailsLabel,
  changedByLine,
  silencedLines
};
