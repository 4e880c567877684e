import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  shownEdit
} from "./chunk-DBB7SFPN.js";
import {
  prettyPolicy,
  summarizeTemplateChange,
  templateGrantLines,
  unifiedDiff
} from "./chunk-M3UDQYU5.js";
import {
  LISTED_NAMES,
  ORGANIZATION_FILE,
  countOf,
  formatCount,
  listNames
} from "./chunk-EFBOC2AA.js";
import {
  DRIFT_KINDS,
  DRIFT_SEVERITIES,
  severityRank
} from "./chunk-BP5JTKJ7.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/report/drift-phrasing.ts
function driftSummaryLine(report, unverified = 0) {
  const carried = unverified > 0 ? ` + ${formatCount(unverified)} not checked again` : "";
  if (report.findings.length === 0) return `none${carried}`;
  const counts = DRIFT_SEVERITIES.filter((severity) => report.summary[severity] > 0).map(
    (severity) => `${formatCount(report.summary[severity])} ${severity}`
  );
  return `${countOf(report.findings.length, "finding")} (${counts.join(", ")})${carried}`;
}
function driftAsideLine(report, ignoredUnverified = []) {
  const ignored = report.ignored.length + ignoredUnverified.length;
  return [
    ignored > 0 ? `${formatCount(ignored)} ignored${ignoredParts(report, ignoredUnverified)}` : "",
    report.notChecked.length > 0 ? `${notCheckedCount(report.notChecked)} not made (not drift)` : ""
  ].filter(Boolean).join("; ");
}
function ignoredParts(report, ignoredUnverified) {
  const critical = criticalIgnored(report, ignoredUnverified);
  const parts = [
    critical > 0 ? `${formatCount(critical)} critical` : "",
    ignoredUnverified.length > 0 ? `${ignoredUnverified.length} not checked again` : ""
  ];
  const said = parts.filter(Boolean);
  return said.length > 0 ? ` (${said.join("; ")})` : "";
}
function ignoredCritical(report, ignoredUnverified = []) {
  const critical = criticalIgnored(report, ignoredUnverified);
  return critical > 0 ? ` (${critical} critical)` : "";
}
function criticalIgnored(report, ignoredUnverified) {
  return [...report.ignored.map((finding) => finding.severity), ...ignoredUnverified].filter(
    (severity) => severity === "critical"
  ).length;
}
function driftHeadline(report, carried = {}) {
  const ignoredUnverified = carried.ignoredUnverified ?? [];
  const ignored = report.ignored.length + ignoredUnverified.length;
  return `${driftSummaryLine(report, carried.unverified ?? 0)}${ignored > 0 ? `; ${ignored} ignored${ignoredParts(report, ignoredUnverified)}` : ""}`;
}
function findingHeadline(finding) {
  return `${DRIFT_KINDS[finding.kind].title}: ${finding.target}`;
}
function notCheckedCount(notChecked) {
  return countOf(notChecked.length, "check");
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
    const names = targets.filter((target) => target !== "organization").map((target) => target.replace(/^[a-z]+:/, ""));
    const checks = targets.length > 1 ? ` (${countOf(targets.length, "check")})` : "";
    return `${what} not checked${checks}: ${reason}${names.length > 0 ? ` (${listNames(names)})` : ""}`;
  });
}
var DIFF_DETAILS = /* @__PURE__ */ new Set(["scp-content", "stackset-template"]);
function shownDetails(finding) {
  const details = finding.details ?? [];
  return details.length > 0 && details.length <= LISTED_NAMES + 1 && finding.actual.endsWith(listNames(details)) ? [] : details;
}
function detailsLabel(finding) {
  const count = finding.details?.length ?? 0;
  return DIFF_DETAILS.has(finding.kind) ? `diff (${countOf(count, "line")})` : countOf(count, "detail");
}
function changedByLine(changedBy) {
  return `by ${changedBy.principal} at ${changedBy.at} (the latest ${changedBy.event} that could have made it, CloudTrail)`;
}
var PLAIN = { text: (text) => text, code: (text) => text };
function shortened(text, length) {
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length).join("")}\u2026` : text;
}
function silencedLines(entries, reasonLength = Infinity, { text, code } = PLAIN) {
  const severityOf = (entry) => entry.kind !== void 0 && Object.hasOwn(DRIFT_KINDS, entry.kind) ? DRIFT_KINDS[entry.kind].severity : void 0;
  const lines = entries.map((entry) => {
    const what = entry.id !== void 0 ? entry.names ? `finding ${code(entry.id)}, which is ${text(entry.names.kind)} at ${code(entry.names.target)} (critical)` : `finding ${code(entry.id)} (any severity)` : `${text(entry.kind ?? "")} findings${entry.target === void 0 ? " everywhere" : ` at ${code(entry.target)}`} (${severityOf(entry) ?? "unknown severity"})`;
    return {
      text: `${what}, until ${text(entry.expires)} (line ${entry.line}): ${text(shortened(entry.reason, reasonLength))}`,
      critical: entry.id !== void 0 || severityOf(entry) === "critical",
      kind: entry.kind ?? "finding id"
    };
  });
  const critical = lines.filter((line) => line.critical).length;
  lines.sort((a, b) => Number(b.critical) - Number(a.critical));
  return {
    headline: `${countOf(entries.length, "ignore: entry", "ignore: entries")} added or changed: vend drift lists the findings ${entries.length === 1 ? "it matches" : "they match"} apart, as ignored, and they stop counting for fail-on-drift until ${entries.length === 1 ? "it expires" : "they expire"}`,
    critical,
    lines
  };
}
function acceptedLines(mainDrift, { text, code } = PLAIN) {
  const findingsOf = (change) => mainDrift.acceptedFindings?.[change.id] ?? [];
  const leavesOf = (change) => mainDrift.acceptedLeaves?.[change.id] ?? [];
  const rank = (change) => Math.min(
    DRIFT_SEVERITIES.length,
    ...findingsOf(change).map((finding) => severityRank(finding.severity)),
    ...leavesOf(change).length > 0 ? [severityRank("critical")] : []
  );
  const sorted = [...mainDrift.accepted].sort((a, b) => rank(a) - rank(b) || compareText(a.id, b.id));
  const lines = sorted.map((change) => {
    const findings2 = findingsOf(change).map(
      (finding) => `${finding.severity}: ${text(DRIFT_KINDS[finding.kind].title)}: ${code(finding.target)}`
    );
    const left = leavesOf(change);
    const leaving2 = left.length > 0 ? `, leaving ${left.length === 1 ? "an SCP" : "SCPs"} main keeps in force for it: ${text(left.join(", "))}` : "";
    return findings2.length > 0 ? `${text(change.description)} (${findings2.join("; ")})${leaving2}` : `${text(change.description)}${leaving2}`;
  });
  const findings = new Map(
    sorted.flatMap(findingsOf).map((finding) => [finding.id, finding.severity])
  );
  const count = (severity) => [...findings.values()].filter((rated2) => rated2 === severity).length;
  const critical = count("critical");
  const high = count("high");
  const leaving = sorted.filter((change) => leavesOf(change).length > 0).length;
  if (critical + high === 0) return { lines };
  const rated = [critical > 0 ? `${formatCount(critical)} critical` : "", high > 0 ? `${formatCount(high)} high` : ""].filter(Boolean).join(" and ");
  const one = critical + high === 1;
  const leavingNote = leaving > 0 ? ` It also leaves ${countOf(leaving, "account")} out from under SCPs main keeps in force (named below), as grave as those SCPs detached.` : "";
  if (mainDrift.behind)
    return {
      lines,
      caution: {
        severity: "high",
        text: `${countOf(critical + high, "finding")} of main's plan that vend drift would rate ${rated} ${one ? "is" : "are"} not in this branch's plan. This branch lacks ${newestCommits(mainDrift.behind)}, so ${one ? "it" : "they"} may be main's own newer ${one ? "change" : "changes"}, not drift: update the branch from main and plan again before approving.`
      }
    };
  return {
    lines,
    caution: {
      severity: critical + leaving > 0 ? "critical" : "high",
      text: `Merging accepts drift that vend drift rates ${rated}: someone changed ${one ? "it" : "them"} in AWS by hand, and this makes main agree, so apply will not restore ${one ? "it" : "them"} and the drift issue stops reporting ${one ? "it" : "them"}.${leavingNote} Had AWS still matched main, this plan would hold the opposite change (for an SCP detached by hand, a destructive detach) and apply would need its approval; here no change stands for ${one ? "it" : "them"}, and no apply approval or allow-destructive covers ${one ? "it" : "them"}. Approve only if the change by hand was meant; otherwise restore main in AWS (vend apply on main) and plan again.`
    }
  };
}
function branchEditNote(edit) {
  const shown = shownEdit(edit);
  const diff = edit.of === "SCP content" ? unifiedDiff(prettyPolicy(edit.main), prettyPolicy(edit.branch)).lines : unifiedDiff(shown.main, shown.branch).lines;
  const grants = edit.of === "template" ? templateGrantLines(summarizeTemplateChange(edit.main, edit.branch)) : [];
  const loosening = edit.loosens ? ": against main, this pull request may loosen it (a Deny statement removed or changed, or an Allow added)" : grants.length > 0 ? `: against main, this pull request grants more: ${grants.join("; ")}` : (edit.leaves?.length ?? 0) > 0 ? `: against main, the account leaves ${edit.leaves.length === 1 ? "an SCP" : "SCPs"} in force for it there: ${edit.leaves.join(", ")}` : "";
  return {
    caution: edit.loosens === true || grants.length > 0 || (edit.leaves?.length ?? 0) > 0,
    text: `${edit.resource} drifted from main outside git, so the plan's diff for it runs from what the organization has, not from main, and does not show what this pull request changes in main's ${edit.of}${loosening}. Main \u2192 this branch:`,
    diff
  };
}
function ignoreExpiredLine(expired) {
  return `reported again: its ignore: entry (${ignoreExpiryPlace(expired)}) expired on ${expired.expires}; renew it with a new reason and expiry, or fix the drift`;
}
function ignoreExpiryPlace(expired) {
  return `${ORGANIZATION_FILE}:${expired.line}:${expired.column}`;
}
function correctionWhere(change) {
  const members = change.scope.members;
  if (!change.destructive || !Array.isArray(members) || members.length === 0) return "";
  return `: ${listNames(members.map((member) => String(member).replace("/", " in ")))}`;
}
function behindNote(commits) {
  return `This branch does not contain ${newestCommits(commits)} to accounts/ or baselines/: its plan shows what main changed since as this pull request undoing it, and merging keeps main's changes. Update the branch from main (merge or rebase) for the plan of what merging makes.`;
}
function newestCommits(commits) {
  return commits === 1 ? "main's newest commit" : `main's newest ${formatCount(commits)} commits`;
}

export {
  driftSummaryLine,
  driftAsideLine,
  ignoredCritical,
  driftHeadline,
  findingHeadline,
  notCheckedCount,
  notCheckedLines,
  DIFF_DETAILS,
  shownDetails,
  detailsLabel,
  changedByLine,
  shortened,
  silencedLines,
  acceptedLines,
  branchEditNote,
  ignoreExpiredLine,
  ignoreExpiryPlace,
  correctionWhere,
  behindNote
};
