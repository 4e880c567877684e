import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  fitComment
} from "./chunk-SVWQDRG7.js";
import {
  applyExitCode
} from "./chunk-QOSIS6AR.js";
import {
  escapeMarkdown,
  inlineCode
} from "./chunk-3HEGXRZC.js";
import {
  applySummaryLine,
  approvalLine
} from "./chunk-Q2FHK52D.js";

// src/report/apply-markdown.ts
var APPLY_COMMENT_MARKER = "<!-- vend:apply -->";
function renderApplyComment(report, context = {}) {
  return fitComment(applySections(report, context), void 0, "the job summary of the apply run");
}
function applySections(report, context) {
  const done = applyExitCode(report) === 0;
  const sections = [
    {
      keep: true,
      markdown: [
        APPLY_COMMENT_MARKER,
        `## Vend apply: ${done ? "\u2705" : "\u274C"} ${applySummaryLine(report)}`,
        "",
        report.stoppedBeforeStart ? escapeMarkdown(report.stoppedBeforeStart) : done ? "The organization now matches this commit." : "The organization does not fully match this commit yet. Fix the causes below and re-run the apply workflow; apply is safe to re-run and continues where this run stopped."
      ].join("\n")
    }
  ];
  if (report.problems.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!CAUTION]",
        `> **The plan has ${report.problems.length} problem(s) that block apply:**`,
        ...report.problems.map((problem) => `> - ${inlineCode(problem.target)}: ${escapeMarkdown(problem.message)}`)
      ].join("\n")
    });
  }
  if (report.failures.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!CAUTION]",
        `> **${report.failures.length} change(s) failed:**`,
        ...report.failures.map((failure) => `> - ${inlineCode(failure.id)}: ${escapeMarkdown(failure.message)}`)
      ].join("\n")
    });
  }
  if (report.refused.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!WARNING]",
        `> **${report.refused.length} change(s) refused:**`,
        ...report.refused.map((change) => `> - ${inlineCode(change.id)}: ${escapeMarkdown(change.reason)}`)
      ].join("\n")
    });
  }
  if (report.pending.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        "### Still planned",
        "",
        ...report.pending.map((change) => `- ${inlineCode(change.id)}: ${escapeMarkdown(change.description)}`)
      ].join("\n")
    });
  }
  const accounts = [
    ...report.createdAccounts.map((account) => ({ ...account, how: "created" })),
    ...report.adoptedAccounts.map((account) => ({ ...account, how: "adopted" }))
  ];
  if (accounts.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        "### Accounts",
        "",
        "| Account | Id | |",
        "|---|---|---|",
        ...accounts.map(
          (account) => `| ${escapeMarkdown(account.name)} | ${inlineCode(account.id)} | ${account.how} |`
        )
      ].join("\n")
    });
  }
  if (report.baselineResults.length > 0) {
    const failedInstances = report.baselineResults.flatMap(
      (result) => result.failed.map((instance) => ({ ...instance, stackSet: result.stackSet }))
    );
    sections.push({
      keep: false,
      markdown: [
        "### Baselines",
        "",
        "| StackSet | Operation | Status | Succeeded | Failed |",
        "|---|---|---|---|---|",
        ...report.baselineResults.map(
          (result) => `| ${escapeMarkdown(result.stackSet)} | ${result.action} ${inlineCode(result.operationId)} | ${result.status === "SUCCEEDED" ? "\u2705" : "\u274C"} ${result.status} | ${result.succeeded} | ${result.failed.length} |`
        ),
        ...failedInstances.length > 0 ? [
          "",
          "**Failed instances:**",
          ...failedInstances.map(
            (instance) => `- ${escapeMarkdown(instance.stackSet)}: ${escapeMarkdown(instance.account)} in ${escapeMarkdown(instance.region)}: ${escapeMarkdown(instance.reason)}`
          )
        ] : []
      ].join("\n")
    });
  }
  if (report.verification.length > 0) {
    sections.push({
      keep: false,
      markdown: [
        "### Baseline roles in new accounts",
        "",
        "| Account | Role | Result |",
        "|---|---|---|",
        ...report.verification.flatMap(
          (account) => account.error ? [`| ${escapeMarkdown(account.account.name)} | \u2014 | \u274C ${escapeMarkdown(account.error)} |`] : account.roles.length === 0 ? [`| ${escapeMarkdown(account.account.name)} | \u2014 | no named baseline roles to check |`] : account.roles.map(
            (role) => `| ${escapeMarkdown(account.account.name)} | ${inlineCode(role.roleName)} (${escapeMarkdown(role.baseline)}) | ${role.ok ? "\u2705" : "\u274C"} ${!role.exists ? "missing" : role.permissionsBoundaryArn ? `boundary ${inlineCode(role.permissionsBoundaryArn)}` : role.boundaryExpected ? "no permissions boundary attached" : "exists (the template declares no boundary)"} |`
          )
        )
      ].join("\n")
    });
  }
  if (report.changesApplied.length > 0) {
    sections.push({
      keep: false,
      markdown: `<details><summary>All ${report.changesApplied.length} applied changes</summary>

${report.changesApplied.map((change) => `- ${inlineCode(change.id)}: ${escapeMarkdown(change.description)}`).join("\n")}

</details>`
    });
  }
  sections.push({
    keep: true,
    markdown: `<sub>${escapeMarkdown(approvalLine(report))}${context.commitSha ? ` \xB7 run on commit ${inlineCode(context.commitSha.slice(0, 12))}` : ""}</sub>`
  });
  return sections;
}

export {
  APPLY_COMMENT_MARKER,
  renderApplyComment,
  applySections
};
