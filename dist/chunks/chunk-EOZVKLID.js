import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  fitComment
} from "./chunk-L4I4LO74.js";
import {
  codeSpan,
  escapeMarkdown,
  fencedCode
} from "./chunk-3AUGWUJC.js";
import {
  DIFF_DETAILS,
  changedByLine,
  detailsLabel,
  driftAsideLine,
  driftHeadline,
  ignoreExpiredLine,
  notCheckedCount,
  notCheckedLines,
  shortened,
  shownDetails
} from "./chunk-U6YPZKU4.js";
import {
  countOf,
  formatCount,
  listNames
} from "./chunk-EFBOC2AA.js";
import {
  DRIFT_KINDS,
  DRIFT_SEVERITIES
} from "./chunk-BP5JTKJ7.js";

// src/report/drift-markdown.ts
var DRIFT_ISSUE_MARKER = "<!-- vend:drift -->";
var TRIM_RANK = { info: 6, low: 5, medium: 4, high: 3 };
var TRIM_RANK_NOT_CHECKED = 2;
var TRIM_RANK_IGNORED = 1;
function renderDriftIssueBody(report, context = {}) {
  return fitComment(driftSections(report, context), {
    seeAlso: context.runUrl ? "the job summary of the workflow run that checked" : "the output of `vend drift`"
  });
}
function driftSections(report, context) {
  const [state, ...smallerStates] = context.state ?? [];
  const everyOneIn = context.everyFindingIn ?? (context.runUrl ? "the job summary of this run, and in `vend drift --format json`" : "the output of `vend drift --format text` or `--format json`");
  const sections = [
    { keep: true, markdown: header(report, context) },
    // Kept, and the first kept section to shrink: to its smallest state before a critical finding loses a line.
    ...state ? [{ keep: true, trimRank: 1, markdown: state, compact: smallerStates }] : []
  ];
  for (const severity of DRIFT_SEVERITIES) {
    const findings = report.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    const heading = `### ${capitalized(severity)} (${formatCount(findings.length)})`;
    const markdown = [heading, "", ...findings.map((finding) => findingItem(finding))].join("\n");
    sections.push(
      severity === "critical" ? (
        // Hundreds of critical findings shrink to one line each, then to counts by kind, but never go.
        { keep: true, markdown, compact: criticalCompact(heading, findings, everyOneIn) }
      ) : { keep: false, trimRank: TRIM_RANK[severity], markdown }
    );
  }
  const unverified = context.unverified ?? [];
  if (unverified.length > 0)
    sections.push({
      keep: true,
      markdown: [
        `### Not checked again (${formatCount(unverified.length)})`,
        "",
        `${unverified.length === 1 ? "This finding" : "These findings"} of an earlier check could not be checked this time (see what was not checked, below), so ${unverified.length === 1 ? "it stays" : "they stay"} open until a check sees ${unverified.length === 1 ? "it" : "them"} gone:`,
        ...unverified.map((label) => `- ${escapeMarkdown(label)}`)
      ].join("\n")
    });
  const ignoredCritical = report.ignored.filter((finding) => finding.severity === "critical");
  const ignoredOther = report.ignored.filter((finding) => finding.severity !== "critical");
  if (ignoredCritical.length > 0) {
    const render = (lines, closing) => [
      `### Critical, ignored (${formatCount(ignoredCritical.length)})`,
      "",
      "Held back by ignore: in baselines/organization.yaml until each entry expires; still not as main declares.",
      ...lines,
      ...closing ? ["", closing] : []
    ].join("\n");
    sections.push({
      keep: true,
      // They shrink before the state and the critical findings that are not ignored: an entry's long reason, repeated
      // for each finding it holds back, must never push a guardrail newly lost out of the issue.
      trimRank: 2,
      markdown: render(ignoredCritical.map((finding) => ignoredItem(finding))),
      compact: [
        render(ignoredCritical.map((finding) => ignoredItem(finding, SHORT_REASON))),
        render(ignoredCritical.map((finding) => ignoredItem(finding, 0))),
        render(countsByEntry(ignoredCritical), `_Each one in full in ${everyOneIn}._`)
      ]
    });
  }
  if (ignoredOther.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK_IGNORED,
      markdown: collapsed(
        `${countOf(ignoredOther.length, "ignored finding")} (ignore: in baselines/organization.yaml)`,
        ignoredOther.map((finding) => ignoredItem(finding)).join("\n")
      )
    });
  const ignoredUnverified = context.ignoredUnverified ?? [];
  if (ignoredUnverified.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK_IGNORED,
      markdown: collapsed(
        `${countOf(ignoredUnverified.length, "ignored finding")} of an earlier check, not checked again (ignore: in baselines/organization.yaml)`,
        ignoredUnverified.map((label) => `- ${escapeMarkdown(label)}`).join("\n")
      )
    });
  if (report.notChecked.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK_NOT_CHECKED,
      markdown: collapsed(
        `${notCheckedCount(report.notChecked)} not made (reported, not drift)`,
        notCheckedLines(report.notChecked).map((line) => `- ${escapeMarkdown(line)}`).join("\n")
      )
    });
  sections.push({
    keep: true,
    footer: true,
    markdown: `<sub>Compared with commit ${report.commit ? codeSpan(report.commit.slice(0, 12)) : "(none)"}${report.uncommittedChanges ? " and the uncommitted changes to accounts/ and baselines/" : ""} at ${report.checkedAt} \xB7 management account ${report.managementAccountId}</sub>`
  });
  return sections;
}
function header(report, context) {
  const aside = driftAsideLine(report, context.ignoredUnverifiedSeverities ?? []);
  const unverified = context.unverifiedSeverities ?? [];
  const ignored = report.ignored.length + (context.ignoredUnverified ?? []).length;
  const run = context.runUrl ? ` ([workflow run](${context.runUrl}))` : "";
  const carriedCount = (context.unverified ?? []).length;
  const intro = report.findings.length === 0 && carriedCount > 0 ? `${carriedCount === 1 ? "An earlier finding" : `${carriedCount} earlier findings`} could not be checked again and ${carriedCount === 1 ? "stays" : "stay"} open until a check sees ${carriedCount === 1 ? "it" : "them"} gone (listed below); nothing else differs in what was checked against the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ""}${run}.` : report.findings.length === 0 ? report.notChecked.length > 0 || ignored > 0 ? `No drift in what was checked against the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ""}${run}; ${[
    ignored > 0 ? `${countOf(ignored, "finding")} ignored` : "",
    report.notChecked.length > 0 ? "some parts not checked" : ""
  ].filter(Boolean).join(" and ")}, listed below.` : `The organization matches the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ""}${run}.` : `The organization differs from the repository${report.commit ? ` at ${codeSpan(report.commit.slice(0, 12))}` : ""}${run}. Each finding says what apply does about it (run the apply workflow on the default branch, and approve its plan) and the edit that would make the repository accept it instead. Vend updates this issue on every check, and closes it when nothing is left.`;
  const counts = [
    "| Severity | Findings |",
    "|---|---|",
    ...DRIFT_SEVERITIES.map((severity) => {
      const carried = unverified.filter((other) => other === severity).length;
      return `| ${severity} | ${report.summary[severity]}${carried > 0 ? ` + ${carried} not checked again` : ""} |`;
    })
  ].join("\n");
  return [
    DRIFT_ISSUE_MARKER,
    `## Vend drift: ${driftHeadline(report, { unverified: (context.unverified ?? []).length, ignoredUnverified: context.ignoredUnverifiedSeverities ?? [] })}`,
    "",
    intro,
    ...aside ? ["", `_${escapeMarkdown(aside)}._`] : [],
    ...applyingNote(context.applying ?? []),
    ...report.findings.length > 0 || unverified.length > 0 ? ["", counts] : []
  ].join("\n");
}
function applyingNote(applying) {
  if (applying.length === 0) return [];
  const runs = applying.map((run) => escapeMarkdown(run)).join(", ");
  return [
    "",
    `> [!NOTE]
> ${applying.length === 1 ? "An apply run was" : `${applying.length} apply runs were`} not finished when drift checked (${runs}). Findings that apply corrects may be changes merged to main that it has not made yet; they clear once it has run.`
  ];
}
var CRITICAL_LISTED_PER_KIND = [1e3, 500, 250, 100, 50, 25, 10];
function criticalCompact(heading, findings, everyOneIn) {
  const title = (finding) => DRIFT_KINDS[finding.kind].title;
  const byKind = /* @__PURE__ */ new Map();
  for (const finding of findings) byKind.set(title(finding), [...byKind.get(title(finding)) ?? [], finding]);
  const line = (finding) => `- **${escapeMarkdown(title(finding))}** ${codeSpan(finding.target)} \xB7 id ${codeSpan(finding.id)}`;
  const counted = (kind, ofKind) => `- ${formatCount(ofKind.length)} \xD7 **${escapeMarkdown(kind)}**: ${listNames(
    ofKind.map((finding) => codeSpan(finding.target)),
    3
  )}`;
  const rendering = (lines, closing) => [heading, "", ...lines, "", closing].join("\n");
  const largest = Math.max(...[...byKind.values()].map((ofKind) => ofKind.length));
  const mixed = CRITICAL_LISTED_PER_KIND.filter((most) => largest > most).map(
    (most) => rendering(
      [...byKind].flatMap(
        ([kind, ofKind]) => ofKind.length <= most ? ofKind.map(line) : [
          ...ofKind.slice(0, most).map(line),
          `- \u2026 and ${formatCount(ofKind.length - most)} more **${escapeMarkdown(kind)}** (${formatCount(ofKind.length)} in all)`
        ]
      ),
      `_Kinds with more than ${formatCount(most)} findings list their first ${formatCount(most)}: each one is in ${everyOneIn}._`
    )
  );
  const hasDetails = findings.some((finding) => shownDetails(finding).length > 0);
  return [
    ...hasDetails ? [
      rendering(
        findings.map((finding) => findingItem(finding, SHORT_DETAILS)),
        `_Diffs cut to ${SHORT_DETAILS} lines to fit: each in full in ${everyOneIn}._`
      ),
      rendering(
        findings.map((finding) => findingItem(finding, 0)),
        `_Diffs left out to fit: each in full in ${everyOneIn}._`
      )
    ] : [],
    rendering(findings.map(line), `_Each one in full in ${everyOneIn}._`),
    ...mixed,
    rendering(
      [...byKind].map(([kind, ofKind]) => counted(kind, ofKind)),
      `_Too many to list here: each one is in ${everyOneIn}._`
    )
  ];
}
var SHORT_DETAILS = 20;
function findingItem(finding, detailLines = Infinity) {
  const all = shownDetails(finding);
  const details = all.length > detailLines && detailLines > 0 ? [...all.slice(0, detailLines), `\u2026 ${countOf(all.length - detailLines, "more line")}`] : detailLines > 0 ? all : [];
  return [
    `- **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} \xB7 first seen ${finding.firstSeen} \xB7 id ${codeSpan(finding.id)}`,
    `  - expected: ${escapeMarkdown(finding.expected)}`,
    `  - actual: ${escapeMarkdown(finding.actual)}`,
    `  - restore: ${escapeMarkdown(finding.restore)}`,
    `  - accept: ${escapeMarkdown(finding.accept)}`,
    ...finding.changedBy ? [`  - changed: ${escapeMarkdown(changedByLine(finding.changedBy))}`] : [],
    ...finding.ignoreExpired ? [`  - ${ignoreExpiredLine(finding.ignoreExpired)}`] : [],
    ...details.length > 0 ? [indent(collapsed(detailsLabel(finding), fencedCode(DIFF_DETAILS.has(finding.kind) ? "diff" : "", details)))] : []
  ].join("\n");
}
var SHORT_REASON = 120;
function ignoredItem(finding, reasonLength = Infinity) {
  const { ignoredBy } = finding;
  const entry = ignoredBy.entry === `id ${finding.id}` ? "the entry for this id" : codeSpan(ignoredBy.entry);
  const reason = reasonLength > 0 ? `: ${escapeMarkdown(shortened(ignoredBy.reason, reasonLength))}` : "";
  return `- ${finding.severity} **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} \xB7 id ${codeSpan(finding.id)}${reason} (${entry}, line ${ignoredBy.line}, until ${ignoredBy.expires}${ignoredBy.approvedBy ? `, approved by ${escapeMarkdown(ignoredBy.approvedBy)}` : ""})`;
}
function countsByEntry(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const { kind, ignoredBy } of findings) {
    const line = `**${escapeMarkdown(DRIFT_KINDS[kind].title)}**, held back by ${codeSpan(ignoredBy.entry)} (line ${ignoredBy.line}, until ${ignoredBy.expires})`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => `- ${formatCount(count)} \xD7 ${line}`);
}
function indent(block) {
  return block.split("\n").map((line) => line === "" ? "" : `  ${line}`).join("\n");
}
function collapsed(summary, body) {
  return `<details><summary>${escapeMarkdown(summary)}</summary>

${body}

</details>`;
}
function capitalized(text) {
  return `${text[0].toUpperCase()}${text.slice(1)}`;
}

export {
  DRIFT_ISSUE_MARKER,
  renderDriftIssueBody,
  driftSections
};
