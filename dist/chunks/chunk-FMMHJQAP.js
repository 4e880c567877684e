import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  applyOutcomeByAccount,
  applySummaryLine,
  approvalLine,
  neededChange,
  notDeployedPhrase,
  pendingLine
} from "./chunk-25ROXWRB.js";
import {
  applyExitCode,
  attemptedFailures,
  changedNothing,
  failedVerifications,
  failureReason,
  notAttempted,
  runFailures
} from "./chunk-35YVF6NK.js";
import {
  JOB_SUMMARY_LIMIT_BYTES,
  fitComment,
  utf8Bytes
} from "./chunk-L4I4LO74.js";
import {
  codeSpan,
  escapeMarkdown,
  inlineCode
} from "./chunk-3AUGWUJC.js";
import {
  undeclaredInstancesClause
} from "./chunk-ESJ75BXI.js";
import {
  changeLabel,
  whereInstances
} from "./chunk-JJIYTWUR.js";
import {
  countOf,
  listNames,
  problemPlace
} from "./chunk-EFBOC2AA.js";

// src/report/apply-markdown.ts
var APPLY_COMMENT_MARKER = "<!-- vend:apply -->";
var APPLIED_HEADING = "## Vend apply: \u2705";
var FAILED_HEADING = "## Vend apply: \u274C";
var REFUSED_HEADING = "## Vend apply: \u26D4";
var FAILURE_REASON_SHORT = 300;
var LISTED_FAILURES = [100, 50, 20, 5];
function shortenedReason(reason, length) {
  return reason.length <= length ? reason : `${reason.slice(0, length)}\u2026 (whole in the job summary)`;
}
function renderApplyComment(report, context = {}) {
  return fitComment(applySections(report, context), { seeAlso: "the job summary of the apply run" });
}
function renderApplyRefusedComment(reason, runUrl) {
  return applyNotice(`${REFUSED_HEADING.slice("## Vend apply: ".length)} refused, nothing changed`, reason, runUrl);
}
function renderApplyNotRunComment(reason, runUrl) {
  return applyNotice(`${REFUSED_HEADING.slice("## Vend apply: ".length)} not run, nothing changed`, reason, runUrl);
}
function renderApplySupersededComment(reason, runUrl) {
  return applyNotice(
    "\u23ED\uFE0F superseded, nothing changed",
    `${reason} The newest commit's own run of this workflow plans and applies this change with it (or start one with workflow_dispatch on the default branch).`,
    runUrl
  );
}
function applyNotice(status, text, runUrl) {
  return [
    APPLY_COMMENT_MARKER,
    `## Vend apply: ${status}`,
    "",
    escapeMarkdown(text),
    ...runUrl ? ["", `See [the workflow run](${runUrl}).`] : []
  ].join("\n");
}
function renderApplyFailedComment(reason, runUrl) {
  return [
    APPLY_COMMENT_MARKER,
    `${FAILED_HEADING} failed`,
    "",
    escapeMarkdown(reason),
    "",
    `Apply stopped before it could report what it did; what it changed, if anything, is in the ${runUrl ? `[workflow run](${runUrl})'s` : "workflow run's"} log. A re-run of the apply job reads the organization again and carries out what is left of the approved plan, refusing anything the plan does not cover.`
  ].join("\n");
}
function renderApplySummary(report, context = {}) {
  return fitComment(applySections(report, context), {
    limit: JOB_SUMMARY_LIMIT_BYTES,
    measure: utf8Bytes,
    limitOf: "job summary",
    seeAlso: "the apply step's log"
  });
}
function onlyVerificationFailed(report) {
  return failedVerifications(report) > 0 && report.failures.length + report.refused.length + report.problems.length + report.pending.length === 0;
}
function applySections(report, context) {
  const done = applyExitCode(report) === 0;
  const heading = done ? `${APPLIED_HEADING} ${applySummaryLine(report)}` : changedNothing(report) ? `${REFUSED_HEADING} ${applySummaryLine(report)}; nothing changed` : `${FAILED_HEADING} ${applySummaryLine(report)}`;
  const sections = [
    {
      keep: true,
      markdown: [
        APPLY_COMMENT_MARKER,
        heading,
        "",
        report.stoppedBeforeStart ? escapeMarkdown(report.stoppedBeforeStart) : done ? `The organization now matches this commit${escapeMarkdown(undeclaredInstancesClause(report.undeclaredInstances, `vend plan lists ${report.undeclaredInstances === 1 ? "it" : "them"}`))}.` : onlyVerificationFailed(report) ? "Every change was applied, but the baseline roles of a new account did not check out (below). A re-run does not check them again, since it creates no account: look at those roles in the account, and fix the baseline if it is wrong." : report.refused.some((change) => change.outdated) ? "The organization does not fully match this commit yet, and the approved plan no longer covers it: the organization changed during the run (below). A re-run of this plan is refused again; plan again and have the new plan approved." : report.failures.length + report.refused.length + report.problems.length === 0 ? "The organization does not fully match this commit yet: changes are still planned (below). Re-run the apply workflow; apply is safe to re-run and continues where this run stopped." : `The organization does not fully match this commit yet. ${report.refused.length > 0 ? "A refused change runs only with the approval it lacks (allow-destructive or allow-high-impact, or a plan that covers it), and what needs it waits with it; for the rest, fix" : "Fix"} the causes below and re-run the apply workflow; apply is safe to re-run and continues where this run stopped.`,
        ...context.replan && report.refused.some((change) => change.outdated) ? ["", escapeMarkdown(context.replan)] : []
      ].join("\n")
    }
  ];
  if (report.problems.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!CAUTION]",
        `> **The plan has ${countOf(report.problems.length, "problem")} that ${report.problems.length === 1 ? "blocks" : "block"} apply:**`,
        ...report.problems.map(
          (problem) => `> - ${codeSpan(problem.target)} ${codeSpan(problemPlace(problem))}: ${escapeMarkdown(problem.message)}`
        )
      ].join("\n")
    });
  }
  const failed = attemptedFailures(report);
  const blocked = notAttempted(report);
  const stopped = runFailures(report);
  if (report.failures.length > 0) {
    const render = (reasonLength, listBlocked, listedFailed = Infinity) => [
      "> [!CAUTION]",
      ...stopped.map(
        (failure) => `> **Apply stopped early:** ${escapeMarkdown(shortenedReason(failureReason(failure), reasonLength))}`
      ),
      ...stopped.length > 0 && failed.length + blocked.length > 0 ? [">"] : [],
      ...failed.length > 0 ? [
        `> **${countOf(failed.length, "change")} failed:**`,
        ...failed.slice(0, listedFailed).map(
          (failure) => `> - ${escapeMarkdown(failure.description)} (${codeSpan(changeLabel(failure.id))}): ${escapeMarkdown(shortenedReason(failureReason(failure), reasonLength))}`
        ),
        ...failed.length > listedFailed ? [`> - \u2026 and ${countOf(failed.length - listedFailed, "more failed change")}, each in the job summary`] : []
      ] : [],
      ...blocked.length > 0 ? [
        ...failed.length > 0 ? [">"] : [],
        `> **${countOf(blocked.length, "change")} not attempted**, each for want of a change that did not complete${listBlocked ? ":" : "; each is in the job summary."}`,
        ...listBlocked ? blocked.map(
          (failure) => `> - ${escapeMarkdown(failure.description)} (${codeSpan(changeLabel(failure.id))}): needs ${escapeMarkdown(neededChange(report, failure))}`
        ) : []
      ] : []
    ].join("\n");
    sections.push({
      keep: true,
      markdown: render(Infinity, true),
      // Hundreds of changes failing for one reason (a permission the role lacks) must not push the refusals and the
      // approved plan's line past GitHub's limit: past a point the failed changes are counted, as problems are.
      compact: [
        render(FAILURE_REASON_SHORT, true),
        render(FAILURE_REASON_SHORT, false),
        ...LISTED_FAILURES.filter((most) => failed.length > most).map(
          (most) => render(FAILURE_REASON_SHORT, false, most)
        )
      ]
    });
  }
  if (report.refused.length > 0) {
    const render = (reasonLength, listed = Infinity) => [
      "> [!WARNING]",
      `> **${countOf(report.refused.length, "change")} refused:**`,
      ...report.refused.slice(0, listed).flatMap((change) => [
        `> - ${escapeMarkdown(change.description)} (${codeSpan(changeLabel(change.id))}): ${escapeMarkdown(shortenedReason(change.reason, reasonLength))}`,
        ...change.members && change.members.length > 0 ? [`>   - stack instances: ${escapeMarkdown(listNames(change.members))}`] : []
      ]),
      ...report.refused.length > listed ? [`> - \u2026 and ${countOf(report.refused.length - listed, "more refused change")}, each in the job summary`] : []
    ].join("\n");
    sections.push({
      keep: true,
      markdown: render(Infinity),
      compact: [
        render(FAILURE_REASON_SHORT),
        ...LISTED_FAILURES.filter((most) => report.refused.length > most).map(
          (most) => render(FAILURE_REASON_SHORT, most)
        )
      ]
    });
  }
  if (report.pending.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        "### Still planned",
        "",
        ...report.pending.map((change) => `- ${escapeMarkdown(pendingLine(change))}`)
      ].join("\n")
    });
  }
  sections.push(...byAccountSections(report));
  if (report.baselineResults.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        "### Baselines",
        "",
        "| StackSet | Operation | Status | Succeeded | Failed |",
        "|---|---|---|---|---|",
        ...report.baselineResults.map(
          (result) => `| ${escapeMarkdown(result.stackSet)} | ${result.action} ${inlineCode(result.operationId)} | ${result.status === "SUCCEEDED" ? "\u2705" : "\u274C"} ${result.status} | ${result.succeeded} | ${result.failed.length} |`
        )
      ].join("\n")
    });
  }
  if (report.verification.length > 0) {
    sections.push({
      // A failed check is the reason apply failed: kept, as failures are.
      keep: failedVerifications(report) > 0,
      markdown: [
        "### Baseline roles in new accounts",
        "",
        "| Account | Role | Result |",
        "|---|---|---|",
        ...report.verification.flatMap((account) => [
          ...account.error ? [`| ${escapeMarkdown(account.account.name)} | \u2014 | \u274C ${escapeMarkdown(account.error)} |`] : account.roles.length === 0 && !account.notDeployed ? [`| ${escapeMarkdown(account.account.name)} | \u2014 | no named baseline roles to check |`] : account.roles.map(
            (role) => `| ${escapeMarkdown(account.account.name)} | ${inlineCode(role.roleName)} (${escapeMarkdown(role.baseline)}) | ${role.ok ? "\u2705" : "\u274C"} ${!role.exists ? "missing" : role.permissionsBoundaryArn ? `boundary ${inlineCode(role.permissionsBoundaryArn)}` : role.boundaryExpected ? "no permissions boundary attached" : "exists (the template declares no boundary)"} |`
          ),
          ...account.notDeployed ? [
            `| ${escapeMarkdown(account.account.name)} | \u2014 | \u23F8\uFE0F not checked: ${escapeMarkdown(notDeployedPhrase(account.notDeployed))} |`
          ] : []
        ])
      ].join("\n")
    });
  }
  if (report.changesApplied.length > 0) {
    sections.push({
      keep: false,
      trimRank: 1,
      markdown: `<details><summary>${escapeMarkdown(`${countOf(report.changesApplied.length, "applied change")}, in order`)}</summary>

${report.changesApplied.map((change) => `- ${escapeMarkdown(`${change.description}${change.members?.length ? whereInstances(change.members, change.description) : ""}`)}`).join("\n")}

</details>`
    });
  }
  sections.push({
    keep: true,
    footer: true,
    markdown: `<sub>${escapeMarkdown(approvalLine(report))}${context.commitSha ? ` \xB7 run on commit ${inlineCode(context.commitSha.slice(0, 12))}` : ""}</sub>`
  });
  return sections;
}
function byAccountSections(report) {
  const { accounts, organization } = applyOutcomeByAccount(report);
  const sections = [];
  if (accounts.length > 0) {
    const list = (items) => items.map(escapeMarkdown).join("<br>") || "\u2014";
    sections.push({
      keep: false,
      markdown: [
        "### By account",
        "",
        "| Account | Done | Failed | Not done |",
        "|---|---|---|---|",
        ...accounts.map(
          (account) => `| **${escapeMarkdown(account.account)}**${account.id ? ` ${inlineCode(account.id)}` : ""} | ${list(account.done)} | ${account.failed.length > 0 ? account.failed.map((item) => `\u274C ${escapeMarkdown(item)}`).join("<br>") : "\u2014"} | ${list(account.notDone)} |`
        )
      ].join("\n")
    });
  }
  if (organization.length > 0)
    sections.push({
      keep: false,
      markdown: `### Across the organization

${escapeMarkdown(organization.join("; "))}`
    });
  return sections;
}

export {
  APPLY_COMMENT_MARKER,
  APPLIED_HEADING,
  FAILED_HEADING,
  REFUSED_HEADING,
  renderApplyComment,
  renderApplyRefusedComment,
  renderApplyNotRunComment,
  renderApplySupersededComment,
  renderApplyFailedComment,
  renderApplySummary,
  applySections
};
