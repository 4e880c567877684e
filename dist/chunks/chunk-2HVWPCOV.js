import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  PLAN_COMMENT_MARKER
} from "./chunk-DW2JSOMR.js";
import {
  fitComment
} from "./chunk-SVWQDRG7.js";
import {
  escapeMarkdown,
  inlineCode
} from "./chunk-3HEGXRZC.js";
import {
  ACTION_SYMBOL,
  summaryLine
} from "./chunk-NRD5U5YT.js";

// src/report/plan-markdown.ts
var STATUS_LABEL = {
  new: "\u{1F195} new",
  adopted: "\u{1F91D} adopted",
  moved: "\u21AA\uFE0F moved",
  updated: "\u270F\uFE0F updated",
  closing: "\u{1F6D1} closing",
  management: "\u{1F3DB}\uFE0F management account"
};
function renderPlanComment(plan, context = {}) {
  return fitComment(planSections(plan, context));
}
function planSections(plan, context) {
  const destructive = plan.changes.filter((change) => change.destructive);
  const sections = [
    {
      keep: true,
      markdown: [
        PLAN_COMMENT_MARKER,
        `## Vend plan: ${summaryLine(plan.summary)}`,
        "",
        plan.changes.length === 0 ? "The organization already matches this branch. Merging changes nothing in AWS." : `This is a preview: it approves nothing. After the merge, the apply workflow plans the merge commit again and applies that plan only once a reviewer approves it in the deployment environment. Push a commit to re-plan.`
      ].join("\n")
    }
  ];
  if (destructive.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        `> [!WARNING]`,
        `> **${destructive.length} destructive change${destructive.length === 1 ? "" : "s"}.** Apply carries ${destructive.length === 1 ? "it" : "them"} out only with \`allow-destructive\`, from an approved plan that lists ${destructive.length === 1 ? "it" : "them"}.`,
        ">",
        ...destructive.map((change) => `> - ${inlineCode(change.id)}: ${escapeMarkdown(change.description)}`)
      ].join("\n")
    });
  }
  if (plan.problems.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!CAUTION]",
        `> **${plan.problems.length} problem${plan.problems.length === 1 ? "" : "s"} block${plan.problems.length === 1 ? "s" : ""} apply:**`,
        ...plan.problems.map((problem) => `> - ${inlineCode(problem.target)}: ${escapeMarkdown(problem.message)}`)
      ].join("\n")
    });
  }
  if (plan.accounts.length > 0) sections.push({ keep: false, markdown: accountTable(plan) });
  if (plan.accounts.some((account) => account.status !== "updated" && account.status !== "closing") || plan.organizationalUnits.some((unit) => unit.isNew)) {
    sections.push({
      keep: false,
      markdown: collapsed("Where accounts land in the OU tree", organizationDiagram(plan))
    });
  }
  if (plan.changes.length > 0)
    sections.push({
      keep: false,
      markdown: collapsed(`All ${plan.changes.length} changes, in apply order`, changeList(plan.changes))
    });
  if (plan.unmanagedAccounts.length > 0) {
    sections.push({
      keep: false,
      markdown: collapsed(
        `${plan.unmanagedAccounts.length} unmanaged account${plan.unmanagedAccounts.length === 1 ? "" : "s"} (in AWS, declared nowhere; vend leaves them alone)`,
        [
          "| Account | Id | Email | Parent |",
          "|---|---|---|---|",
          ...plan.unmanagedAccounts.map(
            (account) => `| ${escapeMarkdown(account.name)} | ${account.id} | ${escapeMarkdown(account.email)} | ${escapeMarkdown(account.parentPath)} |`
          )
        ].join("\n")
      )
    });
  }
  if (context.guardrailReport)
    sections.push({ keep: false, markdown: collapsed("Guardrail proofs", context.guardrailReport) });
  sections.push({
    keep: true,
    markdown: `<sub>Plan digest ${inlineCode(plan.digest)}${context.commitSha ? ` \xB7 commit ${inlineCode(context.commitSha.slice(0, 12))}` : ""} \xB7 management account ${plan.managementAccountId}</sub>`
  });
  return sections;
}
function collapsed(summary, body) {
  return `<details><summary>${escapeMarkdown(summary)}</summary>

${body}

</details>`;
}
function accountTable(plan) {
  const rows = plan.accounts.map(
    (account) => [
      `**${escapeMarkdown(account.name)}**<br>${escapeMarkdown(account.email)}`,
      STATUS_LABEL[account.status],
      escapeMarkdown(account.ou),
      account.scpsInForce.map(escapeMarkdown).join(", "),
      account.baselines.map((baseline) => `${escapeMarkdown(baseline.name)} \xD7 ${baseline.regions.map(escapeMarkdown).join(", ")}`).join("<br>") || "\u2014"
    ].join(" | ")
  );
  return [
    "### Accounts",
    "",
    "| Account | Status | OU | SCPs in force | Baselines \xD7 regions |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| ${row} |`)
  ].join("\n");
}
function changeList(changes) {
  return [
    "```diff",
    ...changes.map(
      (change) => `${ACTION_SYMBOL[change.action]} ${change.id}${change.destructive ? "  (destructive)" : ""}
    ${change.description.replace(/```/g, "'''")}`
    ),
    "```"
  ].join("\n");
}
function mermaidLabel(text) {
  return `"${text.replace(/\r?\n|\r/g, " ").replace(/["<>`]/g, (character) => `#${character.charCodeAt(0)};`)}"`;
}
function organizationDiagram(plan) {
  const ids = /* @__PURE__ */ new Map([["", "root"]]);
  const lines = ["```mermaid", "graph LR", '  root(("Root"))'];
  plan.organizationalUnits.forEach((unit, index) => {
    const id = `ou${index}`;
    ids.set(unit.path, id);
    const parent = ids.get(unit.path.includes("/") ? unit.path.slice(0, unit.path.lastIndexOf("/")) : "") ?? "root";
    lines.push(`  ${parent} --> ${id}[${mermaidLabel(unit.path.split("/").pop())}]${unit.isNew ? ":::created" : ""}`);
  });
  plan.accounts.filter((account) => account.status === "new" || account.status === "moved" || account.status === "adopted").forEach((account, index) => {
    const style = account.status === "new" ? "created" : "moved";
    lines.push(`  ${ids.get(account.ou) ?? "root"} --> acct${index}([${mermaidLabel(account.name)}]):::${style}`);
  });
  lines.push("  classDef created fill:#d3f9d8,stroke:#2b8a3e", "  classDef moved fill:#fff3bf,stroke:#e67700", "```");
  return lines.join("\n");
}

export {
  renderPlanComment,
  planSections,
  organizationDiagram
};
