import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  PLAN_COMMENT_MARKER
} from "./chunk-DW2JSOMR.js";
import {
  fitComment
} from "./chunk-H2KS34U7.js";
import {
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-KY6QZFUZ.js";
import {
  blockedLine,
  changeListing,
  describeChanges,
  groupByResource,
  summaryLine
} from "./chunk-XHP55QLH.js";
import {
  CHANGE_KINDS
} from "./chunk-GYZHUUYB.js";
import {
  countOf
} from "./chunk-PPJBV53O.js";

// src/report/plan-markdown-accounts.ts
var STATUS_LABEL = {
  new: "\u{1F195} new",
  adopted: "\u{1F91D} adopted",
  moved: "\u21AA\uFE0F moved",
  updated: "\u270F\uFE0F updated",
  closing: "\u{1F6D1} closing",
  management: "\u{1F3DB}\uFE0F management account"
};
function accountTable(plan) {
  const moves = /* @__PURE__ */ new Map();
  for (const change of plan.changes) {
    if (change.kind !== CHANGE_KINDS.moveAccount) continue;
    const radius = plan.blastRadius.find((entry) => entry.changeId === change.id);
    moves.set(change.target.slice("account:".length), {
      from: String(change.before?.ou ?? ""),
      radius: radius?.kind === "move" ? radius : void 0
    });
  }
  const rows = plan.accounts.map((account) => {
    const move = moves.get(account.name);
    const gains = move?.radius?.gains;
    const loses = move?.radius?.loses;
    const scps = marked(account.scpsInForce, gains?.scps ?? [], loses?.scps ?? []);
    const baselines = marked(
      account.baselines.map((baseline) => baseline.name),
      gains?.baselines ?? [],
      loses?.baselines ?? [],
      (name) => {
        const regions = account.baselines.find((baseline) => baseline.name === name)?.regions ?? [];
        return regions.length > 0 ? ` \xD7 ${regions.map(escapeMarkdown).join(", ")}` : "";
      }
    );
    return [
      `**${escapeMarkdown(account.name)}**<br>${escapeMarkdown(account.email)}`,
      STATUS_LABEL[account.status],
      move ? `${escapeMarkdown(move.from)} \u2192 **${escapeMarkdown(account.ou)}**` : escapeMarkdown(account.ou),
      scps.join(", "),
      baselines.join("<br>") || "\u2014"
    ].join(" | ");
  });
  return [
    "### Accounts",
    "",
    "| Account | Status | OU | SCPs in force | Baselines \xD7 regions |",
    "|---|---|---|---|---|",
    ...rows.map((row) => `| ${row} |`)
  ].join("\n");
}
function marked(names, gained, lost, suffix = () => "") {
  return [
    ...names.map(
      (name) => gained.includes(name) ? `**+${escapeMarkdown(name)}**${suffix(name)}` : `${escapeMarkdown(name)}${suffix(name)}`
    ),
    ...lost.map((name) => `~~${escapeMarkdown(name)}~~`)
  ];
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

// src/report/plan-markdown.ts
function renderPlanComment(plan, context = {}) {
  return fitComment(planSections(plan, context));
}
var OPEN_LISTING_CHANGES = 25;
var TRIM_RANK = { diagram: 5, unmanaged: 4, accounts: 3, templateDiff: 2, listing: 1, guardrails: 1, scpDiff: 0 };
function planSections(plan, context) {
  const effects = describeChanges(plan);
  return [
    headerSection(plan),
    ...problemSections(plan),
    ...flaggedSections(effects),
    ...accountSections(plan),
    ...listingSections(effects),
    ...diffSections(effects),
    ...unmanagedSections(plan),
    ...context.guardrailReport ? [
      {
        keep: false,
        trimRank: TRIM_RANK.guardrails,
        markdown: collapsed("Guardrail proofs", context.guardrailReport)
      }
    ] : [],
    {
      keep: true,
      markdown: `<sub>Plan digest ${inlineCode(plan.digest)}${context.commitSha ? ` \xB7 commit ${inlineCode(context.commitSha.slice(0, 12))}` : ""} \xB7 management account ${plan.managementAccountId}</sub>`
    }
  ];
}
function headerSection(plan) {
  const blocked = blockedLine(plan);
  const heading = blocked ? `## Vend plan: blocked by ${countOf(plan.problems.length, "problem")} (${summaryLine(plan.summary)})` : `## Vend plan: ${summaryLine(plan.summary)}`;
  let intro;
  if (blocked)
    intro = `This is a preview: it approves nothing. **${blocked}** Merging as it is leaves the organization unchanged. Fix ${plan.problems.length === 1 ? "it" : "them"} and push a commit to re-plan; ${plan.changes.length === 0 ? "the plan holds no other changes." : `the ${countOf(plan.changes.length, "change")} below ${plan.changes.length === 1 ? "is" : "are"} what the plan holds besides.`}`;
  else if (plan.changes.length === 0)
    intro = "The organization already matches this branch. Merging changes nothing in AWS.";
  else
    intro = "This is a preview: it approves nothing. After the merge, the apply workflow plans the merge commit again and applies that plan only once a reviewer approves it in the deployment environment. Push a commit to re-plan.";
  return { keep: true, markdown: [PLAN_COMMENT_MARKER, heading, "", intro].join("\n") };
}
function problemSections(plan) {
  if (plan.problems.length === 0) return [];
  const count = plan.problems.length;
  return [
    {
      keep: true,
      markdown: [
        "> [!CAUTION]",
        `> **${countOf(count, "problem")} ${count === 1 ? "blocks" : "block"} apply:**`,
        ...plan.problems.map((problem) => `> - ${inlineCode(problem.target)}: ${escapeMarkdown(problem.message)}`)
      ].join("\n")
    }
  ];
}
function flaggedSections(effects) {
  const destructive = effects.filter((effect) => effect.change.destructive);
  const highImpact = effects.filter((effect) => effect.change.highImpact && !effect.change.destructive);
  const sections = [];
  const pronoun = (count) => count === 1 ? "it" : "them";
  if (destructive.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!WARNING]",
        `> **${countOf(destructive.length, "destructive change")}.** Apply carries ${pronoun(destructive.length)} out only with \`allow-destructive\`, from an approved plan that lists ${pronoun(destructive.length)}.`,
        ">",
        ...destructive.flatMap((effect) => flaggedItem(effect))
      ].join("\n")
    });
  }
  if (highImpact.length > 0) {
    sections.push({
      keep: true,
      markdown: [
        "> [!IMPORTANT]",
        `> **${countOf(highImpact.length, "high-impact change")}.** ${highImpact.length === 1 ? "It deletes" : "They delete"} nothing but ${highImpact.length === 1 ? "reaches" : "reach"} far: a change at the root, new content for an SCP on more than one target, or a new template for a baseline with IAM roles or the permissions boundary. Review ${pronoun(highImpact.length)} closely; the example apply workflow asks the \`production-destructive\` environment's reviewers to approve ${pronoun(highImpact.length)}.`,
        ">",
        ...highImpact.flatMap((effect) => flaggedItem(effect))
      ].join("\n")
    });
  }
  return sections;
}
var FLAGGED_DETAIL_LINES = 6;
function flaggedItem(effect) {
  const shown = effect.details.slice(0, FLAGGED_DETAIL_LINES);
  const rest = effect.details.length - shown.length;
  const highImpact = effect.change.highImpact && effect.change.destructive ? " _(also high impact)_" : "";
  return [
    `> - ${escapeMarkdown(effect.headline)}${highImpact}`,
    ...shown.map(
      (line) => line.startsWith("  ") ? `>     - ${escapeMarkdown(line.trim())}` : `>   - ${escapeMarkdown(line)}`
    ),
    ...rest > 0 ? [`>   - \u2026 ${countOf(rest, "more line")} in the list of changes`] : [],
    ...effect.diff ? [`>   - ${effect.diff.of} diff below`] : []
  ];
}
function accountSections(plan) {
  const sections = [];
  if (plan.accounts.length > 0)
    sections.push({ keep: false, trimRank: TRIM_RANK.accounts, markdown: accountTable(plan) });
  if (plan.accounts.some((account) => account.status !== "updated" && account.status !== "closing") || plan.organizationalUnits.some((unit) => unit.isNew)) {
    sections.push({
      keep: false,
      trimRank: TRIM_RANK.diagram,
      markdown: collapsed("Where accounts land in the OU tree", organizationDiagram(plan))
    });
  }
  return sections;
}
function listingSections(effects) {
  if (effects.length === 0) return [];
  const lines = changeListing(groupByResource(effects), "elsewhere").map((line) => line.text);
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.listing,
      markdown: collapsed(`${countOf(effects.length, "change")}, by resource`, fencedCode("diff", lines), {
        open: effects.length <= OPEN_LISTING_CHANGES
      })
    }
  ];
}
function diffSections(effects) {
  return effects.flatMap((effect) => {
    if (!effect.diff) return [];
    const { of, diff } = effect.diff;
    const omitted = diff.omitted > 0 ? `

_\u2026 ${countOf(diff.omitted, "more line")} of this diff not shown._` : "";
    const block = `${fencedCode("diff", diff.lines)}${omitted}`;
    if (of === "SCP content")
      return [
        {
          keep: false,
          trimRank: TRIM_RANK.scpDiff,
          markdown: `#### ${escapeMarkdown(effect.resource)}: new content

${block}`
        }
      ];
    return [
      {
        keep: false,
        trimRank: TRIM_RANK.templateDiff,
        markdown: collapsed(
          `${effect.resource}: new template (${countOf(diff.lines.length + diff.omitted, "line")} of diff)`,
          block
        )
      }
    ];
  });
}
function unmanagedSections(plan) {
  if (plan.unmanagedAccounts.length === 0) return [];
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.unmanaged,
      markdown: collapsed(
        `${countOf(plan.unmanagedAccounts.length, "unmanaged account")} (in AWS, declared nowhere; vend leaves them alone)`,
        [
          "| Account | Id | Email | Parent |",
          "|---|---|---|---|",
          ...plan.unmanagedAccounts.map(
            (account) => `| ${escapeMarkdown(account.name)} | ${account.id} | ${escapeMarkdown(account.email)} | ${escapeMarkdown(account.parentPath)} |`
          )
        ].join("\n")
      )
    }
  ];
}
function collapsed(summary, body, options = {}) {
  return `<details${options.open ? " open" : ""}><summary>${escapeMarkdown(summary)}</summary>

${body}

</details>`;
}

export {
  renderPlanComment,
  planSections
};
