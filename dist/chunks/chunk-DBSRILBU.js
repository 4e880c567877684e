import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  PLAN_COMMENT_MARKER
} from "./chunk-DW2JSOMR.js";
import {
  JOB_SUMMARY_LIMIT_BYTES,
  fitComment,
  utf8Bytes
} from "./chunk-L4I4LO74.js";
import {
  codeSpan,
  escapeMarkdown,
  fencedCode,
  inlineCode
} from "./chunk-3AUGWUJC.js";
import {
  ALREADY_ON_MAIN,
  UNREAD_OVERRIDES,
  accountsInFlaggedValues,
  blockedLine,
  bootstrapNotice,
  changeListing,
  correctionIds,
  describeChanges,
  groupByResource,
  missingAccountsNote,
  problemKey,
  problemsOnMain,
  renamedByHandNote,
  summaryLine,
  undoesIgnoredNote
} from "./chunk-J2AY37PU.js";
import {
  NAMED_UNDECLARED_INSTANCES,
  undeclaredInstanceLines,
  undeclaredInstancesClause
} from "./chunk-ESJ75BXI.js";
import {
  tellingDetailIndices
} from "./chunk-EV2NZFX4.js";
import {
  acceptedLines,
  behindNote,
  branchEditNote,
  correctionWhere,
  shortened,
  silencedLines
} from "./chunk-U6YPZKU4.js";
import {
  COMPACT_LINE_LENGTH,
  compactDiff
} from "./chunk-M3UDQYU5.js";
import {
  CHANGE_KINDS
} from "./chunk-AA4LRLPW.js";
import {
  highImpactCount,
  raisedQuotasNote,
  unreadOwnershipNote
} from "./chunk-JJIYTWUR.js";
import {
  countOf,
  problemPlace
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/report/change-kind-nouns.ts
var CHANGE_KIND_NOUNS = {
  "enable-scp-type": ["SCP policy type enablement", "SCP policy type enablements"],
  "create-ou": ["OU creation", "OU creations"],
  "adopt-ou": ["OU adoption", "OU adoptions"],
  "create-scp": ["SCP creation", "SCP creations"],
  "adopt-scp": ["SCP adoption", "SCP adoptions"],
  "update-scp": ["SCP content update", "SCP content updates"],
  "delete-scp": ["SCP deletion", "SCP deletions"],
  "create-account": ["account creation", "account creations"],
  "adopt-account": ["account adoption", "account adoptions"],
  "move-account": ["account move", "account moves"],
  "tag-account": ["account tag change", "account tag changes"],
  "untag-account": ["account tag removal", "account tag removals"],
  "rename-account": ["account rename", "account renames"],
  "attach-scp": ["SCP attachment", "SCP attachments"],
  "detach-scp": ["SCP detachment", "SCP detachments"],
  "create-stackset": ["StackSet creation", "StackSet creations"],
  "adopt-stackset": ["StackSet adoption", "StackSet adoptions"],
  "update-stackset": ["StackSet update", "StackSet updates"],
  "add-stack-instances": ["stack instance addition", "stack instance additions"],
  "update-stack-instances": ["stack instance update", "stack instance updates"],
  "record-parameter-overrides": ["parameter-overrides record", "parameter-overrides records"],
  "remove-stack-instances": ["stack instance removal", "stack instance removals"],
  "delete-stackset": ["StackSet deletion", "StackSet deletions"],
  "close-account": ["account closure", "account closures"]
};
function changeKindCounts(kinds) {
  const counts = /* @__PURE__ */ new Map();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([kind, count]) => countOf(count, ...CHANGE_KIND_NOUNS[kind])).join(", ");
}

// src/report/plan-markdown-accounts.ts
var STATUS_LABEL = {
  new: "\u{1F195} new",
  adopted: "\u{1F91D} adopted",
  moved: "\u21AA\uFE0F moved",
  updated: "\u270F\uFE0F updated",
  closing: "\u{1F6D1} closing",
  management: "\u{1F3DB}\uFE0F management account",
  reached: "\u2198\uFE0F SCPs change through its OU or the root"
};
var STATUS_ORDER = [
  "closing",
  "moved",
  "new",
  "adopted",
  "updated",
  "management",
  "reached"
];
function accountTable(plan, shown = plan.accounts.length) {
  const moves = /* @__PURE__ */ new Map();
  for (const change of plan.changes) {
    if (change.kind !== CHANGE_KINDS.moveAccount) continue;
    const radius = plan.blastRadius.find((entry) => entry.changeId === change.id);
    moves.set(change.target.slice("account:".length), {
      from: String(change.before?.ou ?? ""),
      radius: radius?.kind === "move" ? radius : void 0
    });
  }
  const ordered = [...plan.accounts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const rows = ordered.map((account) => {
    const move = moves.get(account.name);
    const { gains, loses } = account.gainsAndLosses ?? {
      gains: { scps: move?.radius?.gains.scps ?? [], instances: [] },
      loses: { scps: move?.radius?.loses.scps ?? [], instances: [] }
    };
    const foreign = /* @__PURE__ */ new Set([
      ...account.foreignScpsInForce ?? [],
      ...gains.scps.filter((name) => !account.scpsInForce.includes(name))
    ]);
    const scps = marked(
      [...account.scpsInForce, ...foreign],
      gains.scps,
      loses.scps,
      (name) => foreign.has(name) ? " (not vend's)" : ""
    );
    const baselineOf = (instance) => instance.slice(0, instance.lastIndexOf("/"));
    const regionOf = (instance) => instance.slice(instance.lastIndexOf("/") + 1);
    const kept = new Set(account.baselines.map((baseline) => baseline.name));
    const lostWhole = [...new Set(loses.instances.map(baselineOf))].filter((name) => !kept.has(name));
    const baselines = marked(
      account.baselines.map((baseline) => baseline.name),
      [
        ...move?.radius?.gains.baselines ?? [],
        ...account.baselines.filter(({ name, regions }) => regions.every((region) => gains.instances.includes(`${name}/${region}`))).map(({ name }) => name)
      ],
      account.gainsAndLosses ? lostWhole : move?.radius?.loses.baselines ?? [],
      (name) => {
        const regions = account.baselines.find((baseline) => baseline.name === name)?.regions ?? [];
        const whole = regions.every((region) => gains.instances.includes(`${name}/${region}`));
        const shown2 = regions.map(
          (region) => !whole && gains.instances.includes(`${name}/${region}`) ? `**+${escapeMarkdown(region)}**` : escapeMarkdown(region)
        );
        const gone = loses.instances.filter((instance) => baselineOf(instance) === name).map(regionOf);
        const all = [...shown2, ...gone.map((region) => `~~${escapeMarkdown(region)}~~`)];
        return all.length > 0 ? ` \xD7 ${all.join(", ")}` : "";
      }
    );
    const ou = escapeMarkdown(account.ou || "(root)");
    return [
      [
        `**${escapeMarkdown(account.name)}**<br>${escapeMarkdown(account.email)}`,
        ...account.notes.map((note) => `<br><sub>${escapeMarkdown(note)}</sub>`)
      ].join(""),
      STATUS_LABEL[account.status],
      move ? `${escapeMarkdown(move.from)} \u2192 **${ou}**` : ou,
      scps.join(", "),
      baselines.join("<br>") || "\u2014"
    ].join(" | ");
  });
  const contentChanges = plan.changes.some(
    (change) => change.kind === CHANGE_KINDS.updateScp || change.kind === CHANGE_KINDS.updateStackSet
  );
  return [
    "### Accounts",
    "",
    ...contentChanges ? [
      "_An account that only an SCP\u2019s new content or a StackSet\u2019s new template or parameters reach is named with that change, not here._",
      ""
    ] : [],
    "| Account | Status | OU | SCPs in force | Baselines \xD7 regions |",
    "|---|---|---|---|---|",
    ...rows.slice(0, shown).map((row) => `| ${row} |`),
    ...shown < rows.length ? [
      "",
      `_\u2026 and ${rows.length - shown} more ${rows.length - shown === 1 ? "account" : "accounts"}, left out to fit GitHub's limit: every one is in the plan file._`
    ] : []
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
  return `"${text.replace(/\r?\n|\r/g, " ").replace(/["<>`#&%']/g, (character) => `#${character.charCodeAt(0)};`)}"`;
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
    const style = account.status === "new" ? "created" : account.status;
    lines.push(`  ${ids.get(account.ou) ?? "root"} --> acct${index}([${mermaidLabel(account.name)}]):::${style}`);
  });
  lines.push(
    "  classDef created fill:#d3f9d8,stroke:#2b8a3e",
    "  classDef moved fill:#fff3bf,stroke:#e67700",
    "  classDef adopted fill:#d0ebff,stroke:#1971c2",
    "```"
  );
  return lines.join("\n");
}

// src/report/plan-markdown-drift.ts
var MARKDOWN = { text: escapeMarkdown, code: codeSpan };
function flagsOf(change) {
  if (change.destructive) return change.highImpact ? " _(destructive, high impact)_" : " _(destructive)_";
  return change.highImpact ? " _(high impact)_" : "";
}
var NAMED_CORRECTIONS = 15;
function mainDriftSections(mainDrift, effects, trimRank, detailsIn = "the job summary") {
  if ("unavailable" in mainDrift)
    return [
      { keep: true, markdown: `### Drift already on main: not computed

${escapeMarkdown(mainDrift.unavailable)}.` },
      ...silencedSections(mainDrift)
    ];
  const behind = mainDrift.behind ? [behindSection(mainDrift.behind)] : [];
  return [...behind, ...driftSections(mainDrift, effects, trimRank, detailsIn)];
}
function behindSection(commits) {
  return { keep: true, markdown: `> [!WARNING]
> ${escapeMarkdown(behindNote(commits))}` };
}
function driftSections(mainDrift, effects, trimRank, detailsIn) {
  const { corrections, correctionSummary, alsoCorrecting, accepted } = mainDrift;
  const silenced = silencedSections(mainDrift);
  if (corrections.length === 0 && alsoCorrecting.length === 0 && accepted.length === 0)
    return [
      {
        keep: true,
        markdown: "### Drift already on main: none for this plan to correct\n\nNothing in this plan only undoes drift on main. Drift a plan does not undo (another team\u2019s SCP on a declared target, a suspended account) is the nightly drift check\u2019s to report."
      },
      ...silenced
    ];
  const correcting = new Set(corrections.map((change) => change.id));
  const correctionEffects = effects.filter((effect) => correcting.has(effect.change.id));
  const named = correctionEffects.slice(0, NAMED_CORRECTIONS);
  const kept = [
    corrections.length > 0 ? `### Drift already on main: ${countOf(corrections.length, "change")} (${summaryLine(correctionSummary, corrections)})` : "### Drift already on main",
    "",
    corrections.length > 0 ? `${corrections.length === 1 ? "This change is" : "These changes are"} not this pull request\u2019s: main\u2019s own plan holds ${corrections.length === 1 ? "it" : "them"} too, because the organization drifted from main outside git. Merging makes ${corrections.length === 1 ? "it" : "them"} as well; the nightly drift issue tracks the drift.` : "No change of the plan is main\u2019s alone.",
    ...named.length > 0 ? [
      "",
      ...named.map(
        (effect) => `- ${escapeMarkdown(`${effect.headline}${correctionWhere(effect.change)}`)}${flagsOf(effect.change)}`
      )
    ] : [],
    ...correctionEffects.length > named.length ? [`- \u2026 and ${countOf(correctionEffects.length - named.length, "more change")}, listed below`] : [],
    ...missingAccountsNote(corrections) ? ["", `> [!WARNING]
> ${escapeMarkdown(missingAccountsNote(corrections))}`] : [],
    ...renamedByHandNote(mainDrift) ? ["", `> [!WARNING]
> ${escapeMarkdown(renamedByHandNote(mainDrift))}`] : [],
    ...undoesIgnoredNote(mainDrift) ? ["", `> [!WARNING]
> ${escapeMarkdown(undoesIgnoredNote(mainDrift))}`] : [],
    ...alsoCorrecting.length > 0 ? [
      "",
      `${alsoCorrecting.length === 1 ? "One change of this pull request also corrects" : `${alsoCorrecting.length} changes of this pull request also correct`} drift on main, along with the pull request\u2019s own work (main\u2019s plan holds another version of it):`,
      ...alsoCorrecting.slice(0, NAMED_CORRECTIONS).map((change) => `- ${escapeMarkdown(change.description)}`),
      ...alsoCorrecting.length > NAMED_CORRECTIONS ? [`- \u2026 and ${countOf(alsoCorrecting.length - NAMED_CORRECTIONS, "more")}`] : []
    ] : [],
    ...acceptedMarkdown(mainDrift)
  ].join("\n");
  const sections = [{ keep: true, markdown: kept }, ...branchEditSections(mainDrift), ...silenced];
  if (correctionEffects.length > 0) {
    const groups = groupByResource(correctionEffects);
    const listing = (depth, title2) => `<details><summary>${escapeMarkdown(title2)}</summary>

${fencedCode(
      "diff",
      changeListing(groups, depth).map((line) => line.text)
    )}

</details>`;
    const title = `${countOf(correctionEffects.length, "drift correction")}, by resource`;
    sections.push({
      keep: false,
      trimRank,
      markdown: listing("elsewhere", title),
      compact: [listing("headlines", `${title}, one line each (details trimmed to fit; see ${detailsIn})`)]
    });
  }
  return sections;
}
function branchEditSections(mainDrift) {
  return (mainDrift.branchEdits ?? []).flatMap((edit) => {
    const { caution, text, diff } = branchEditNote(edit);
    const block = (lines) => `<details open><summary>${escapeMarkdown(`${edit.resource}, ${edit.of}: main \u2192 this branch`)}</summary>

${fencedCode("diff", lines)}

</details>`;
    return [
      { keep: true, markdown: `> [!${caution ? "CAUTION" : "WARNING"}]
> ${escapeMarkdown(text)}` },
      {
        keep: false,
        trimRank: caution ? 2 : 3,
        markdown: block(diff),
        compact: [block(compactDiff(diff, COMMENT_DIFF_LINES))]
      }
    ];
  });
}
function acceptedMarkdown(mainDrift) {
  const { accepted } = mainDrift;
  if (accepted.length === 0) return [];
  const { lines, caution } = acceptedLines(mainDrift, MARKDOWN);
  return [
    ...caution ? ["", `> [!${caution.severity === "critical" ? "CAUTION" : "WARNING"}]
> ${escapeMarkdown(caution.text)}`] : [],
    "",
    mainDrift.behind ? `This branch's plan lacks ${countOf(accepted.length, "difference")} from main's plan: main's newer commits this branch does not have, which merging keeps, or drift the branch accepts:` : `This pull request also makes the repository accept ${countOf(accepted.length, "difference")} from main\u2019s plan, which merging leaves as the organization has ${accepted.length === 1 ? "it" : "them"}:`,
    ...lines.slice(0, NAMED_CORRECTIONS).map((line) => `- ${line}`),
    ...lines.length > NAMED_CORRECTIONS ? [`- \u2026 and ${countOf(lines.length - NAMED_CORRECTIONS, "more")}`] : []
  ];
}
function silencedSections(mainDrift) {
  if (!mainDrift.silenced || mainDrift.silenced.length === 0) return [];
  const { headline, critical, lines } = silencedLines(mainDrift.silenced, Infinity, MARKDOWN);
  const render = (shown, others) => [
    `### Drift this pull request ignores`,
    "",
    ...critical > 0 ? [
      `> [!WARNING]
> ${critical === 1 ? "One entry silences" : `${critical} entries silence`} critical findings (or a finding id, which may be critical): a detached guardrail SCP, say, would no longer open or keep the drift issue.`,
      ""
    ] : [],
    `${escapeMarkdown(headline)}.`,
    "",
    ...shown.map((line) => `- ${line.text}`),
    ...others.length > 0 ? [
      `- \u2026 and ${countOf(others.length, "entry", "entries")} that silence${others.length === 1 ? "s" : ""} no critical finding: ${escapeMarkdown(countsByKind(others))}, each at its line of baselines/organization.yaml`
    ] : []
  ].join("\n");
  const short = silencedLines(mainDrift.silenced, SHORT_REASON, MARKDOWN).lines;
  return [
    {
      keep: true,
      trimRank: 1,
      markdown: render(lines, []),
      compact: [
        render(short, []),
        render(
          short.filter((line) => line.critical),
          short.filter((line) => !line.critical)
        )
      ]
    }
  ];
}
var SHORT_REASON = 120;
function countsByKind(lines) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of lines) counts.set(line.kind, (counts.get(line.kind) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || compareText(a, b)).map(([kind, count]) => `${count} ${kind}`).join(", ");
}

// src/report/plan-markdown-header.ts
function headerSection(plan, context) {
  const blocked = blockedLine(plan);
  const heading = blocked ? `## Vend plan: blocked by ${countOf(plan.problems.length, "problem")} (${summaryLine(plan.summary, plan.changes)})` : `## Vend plan: ${summaryLine(plan.summary, plan.changes)}`;
  let intro;
  if (blocked)
    intro = `This is a preview: it approves nothing. **${blocked}** Fix ${plan.problems.length === 1 ? "it" : "them"} (in the repository or in AWS, as ${plan.problems.length === 1 ? "it says" : "each says"}) and push a commit to re-plan; ${plan.changes.length === 0 ? "the plan shows no other changes" : `the ${countOf(plan.changes.length, "change")} below ${plan.changes.length === 1 ? "is" : "are"} what the plan holds besides`}, and whatever ${plan.problems.length === 1 ? "the problem holds" : "the problems hold"} back is planned once ${plan.problems.length === 1 ? "it is" : "they are"} fixed.`;
  else if (plan.changes.length === 0)
    intro = `The organization already matches this branch in everything plan reads${undeclaredInstancesClause(plan.undeclaredInstances?.length, "listed below")}: merging changes nothing in AWS. ${UNREAD_OVERRIDES}`;
  else if (context.notForApproval)
    intro = `**This plan is not for approval: the apply job does not carry it out.** ${escapeMarkdown(context.notForApproval)}`;
  else if (context.forApproval) {
    const flagged = plan.changes.filter((change) => change.destructive || change.highImpact).length;
    intro = `**This is the plan to approve.** The apply job carries out exactly these changes, from the saved plan file (digest ${inlineCode(plan.digest)}${context.commitSha ? `, commit ${inlineCode(context.commitSha.slice(0, 12))}` : ""}), once a reviewer approves its deployment environment, and nothing outside them.${flagged > 0 ? ` ${countOf(flagged, "change")} ${flagged === 1 ? "is" : "are"} destructive or high impact: the example apply workflow asks the \`production-destructive\` environment's reviewers.` : ""}`;
  } else
    intro = "This is a preview: it approves nothing. After the merge, the apply workflow plans the merge commit again and applies that plan only once a reviewer approves it in the deployment environment. Push a commit to re-plan.";
  return {
    keep: true,
    markdown: [
      ...context.forApproval || context.notForApproval ? [] : [PLAN_COMMENT_MARKER],
      heading,
      "",
      intro,
      ...plan.raisedQuotas ? ["", `> [!WARNING]
> ${escapeMarkdown(raisedQuotasNote(plan.raisedQuotas))}`] : []
    ].join("\n")
  };
}
var COMPACT_PROBLEMS = 20;
function problemSections(plan, onMain = /* @__PURE__ */ new Set(), listed = { elsewhere: "the job summary and the plan file" }) {
  if (plan.problems.length === 0) return [];
  const count = plan.problems.length;
  const perRule = /* @__PURE__ */ new Map();
  for (const problem of plan.problems) perRule.set(problem.rule, (perRule.get(problem.rule) ?? 0) + 1);
  const rarestFirst2 = [...plan.problems].sort((a, b) => perRule.get(a.rule) - perRule.get(b.rule));
  const render = (shown, messageLength = Infinity) => [
    "> [!CAUTION]",
    `> **${countOf(count, "problem")} ${count === 1 ? "blocks" : "block"} apply:**`,
    ...(shown < count ? rarestFirst2 : plan.problems).slice(0, shown).map((problem) => {
      const message = messageLength > 0 ? `: ${escapeMarkdown(shortened(problem.message, messageLength))}` : "";
      return `> - ${codeSpan(problem.target)} ${codeSpan(problemPlace(problem))}${onMain.has(problemKey(problem)) ? ` ${ALREADY_ON_MAIN}` : ""}${message}`;
    }),
    ...count > shown ? [`> - \u2026 and ${count - shown} more, listed in ${listed.elsewhere}`] : [],
    ...messageLength < Infinity && plan.problems.some((problem) => [...problem.message].length > messageLength) ? [`>`, `> _Shortened to fit: each problem in full in ${listed.elsewhere}._`] : []
  ].join("\n");
  const shorter = [
    ...SHORT_MESSAGES.filter((length) => plan.problems.some((problem) => [...problem.message].length > length)).map(
      (length) => render(count, length)
    ),
    render(count, 0),
    ...count > COMPACT_PROBLEMS ? shorterLists(count).map((shown) => render(shown, 0)) : []
  ];
  return [{ keep: true, markdown: render(count), compact: shorter }];
}
var SHORT_MESSAGES = [400, 160];
function shorterLists(count) {
  const sizes = [];
  for (let shown = count; shown > COMPACT_PROBLEMS; ) {
    shown = Math.max(COMPACT_PROBLEMS, Math.min(shown - 1, Math.floor(shown * 0.9)));
    sizes.push(shown);
  }
  return sizes;
}

// src/report/plan-markdown-flagged.ts
function flaggedSections(effects, corrections, diffWhere, listed, secret = {}) {
  const destructive = effects.filter((effect) => effect.change.destructive);
  const highImpact = effects.filter((effect) => effect.change.highImpact && !effect.change.destructive);
  const alsoHighImpact = destructive.filter((effect) => effect.change.highImpact).length;
  const pronoun = (count) => count === 1 ? "it" : "them";
  const fromMain = (flagged) => {
    const count = flagged.filter((effect) => corrections.has(effect.change.id)).length;
    if (count === 0) return "";
    return count === flagged.length ? ` ${count === 1 ? "It corrects" : "All correct"} drift already on main, which main\u2019s own plan holds too.` : ` ${count} of them ${count === 1 ? "corrects" : "correct"} drift already on main, which main\u2019s own plan holds too (marked).`;
  };
  const section = (callout, lead, flagged) => {
    const accounts = accountsInFlaggedValues(
      flagged.map((effect) => effect.change),
      secret
    );
    const render = (items, shortened2 = false) => [
      callout,
      lead,
      ...accounts ? [">", `> ${escapeMarkdown(accounts)}`] : [],
      ...shortened2 ? [`>`, `> ${shortenedNote(listed)}`] : [],
      ">",
      ...items
    ].join("\n");
    const ofKind = countsBy(flagged, (effect) => effect.change.kind);
    const alike = countsBy(flagged, flaggedFor);
    const reasonsOfKind = countsBy([...new Set(flagged.map(flaggedFor))].map(kindOf), (kind) => kind);
    const why = (effect) => ofKind.get(effect.change.kind) <= BRIEF_REASONS || reasonsOfKind.get(effect.change.kind) <= BRIEF_REASONS && alike.get(flaggedFor(effect)) <= BRIEF_REASONS;
    const item = (depth) => (effect) => flaggedItem(effect, depth, diffWhere, listed, corrections.has(effect.change.id), why(effect));
    return {
      keep: true,
      markdown: render(flagged.flatMap(item("details"))),
      compact: [
        render(flagged.flatMap(item("brief")), true),
        render(flagged.flatMap(item("headline")), true),
        // Hundreds flagged alike must not push out the one of its kind: the rarest kinds keep their headlines and
        // template summaries (whom a new template trusts), the common ones are counted.
        ...flagged.length > RAREST_LISTED ? [render(rarestFirst(flagged, item("headline"), listed), true)] : [],
        // Template summaries that name hundreds of principals fit in no comment whole: each line is cut, so the
        // changes keep their headlines and what they trust first, before the section shrinks to counts.
        render(flagged.flatMap(item("cut")), true),
        ...flagged.length > RAREST_LISTED ? [render(rarestFirst(flagged, item("cut"), listed), true)] : [],
        render(
          [`> - ${changeKindCounts(flagged.map(({ change }) => change.kind))}; each is in ${listed.elsewhere}`],
          true
        )
      ]
    };
  };
  const sections = [];
  if (destructive.length > 0)
    sections.push(
      section(
        "> [!WARNING]",
        `> **${countOf(destructive.length, "destructive change")}.**${fromMain(destructive)} Apply carries ${pronoun(destructive.length)} out only with \`allow-destructive\`, from an approved plan that lists ${pronoun(destructive.length)}.`,
        destructive
      )
    );
  if (highImpact.length > 0)
    sections.push(
      section(
        "> [!IMPORTANT]",
        `> ${countLead(highImpactCount(highImpact.length, alsoHighImpact))}${fromMain(highImpact)} ${highImpact.length === 1 ? "It deletes" : "They delete"} nothing but ${highImpact.length === 1 ? "reaches" : "reach"} far: a change at the root, new content for an SCP in force for more than one account or that loosens it, an SCP newly attached over more than one account or over accounts no manifest declares, an Allow added where FullAWSAccess is not attached, a change that leaves accounts with no SCP allowing anything, an account moved out from under an SCP or a level that allows nothing, or a baseline that grants or controls access (IAM, resource policies, permissions, shares, security groups, the permissions boundary) that is new, changed or given other parameters, or a baseline template that changes how long data is kept. Review ${pronoun(highImpact.length)} closely; the example apply workflow asks the \`production-destructive\` environment's reviewers to approve ${pronoun(highImpact.length)}.`,
        highImpact
      )
    );
  return sections;
}
var RAREST_LISTED = 20;
var flaggedFor = (effect) => `${effect.change.kind}\0${effect.why ?? ""}`;
var kindOf = (key) => key.slice(0, key.indexOf("\0"));
function countsBy(items, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
function rarestFirst(flagged, item, listed) {
  const counts = countsBy(flagged, flaggedFor);
  const kinds = /* @__PURE__ */ new Map();
  for (const effect of flagged) kinds.set(effect.change.kind, [...kinds.get(effect.change.kind) ?? [], effect]);
  const turns = [...kinds.values()].sort((a, b) => a.length - b.length).map(
    (ofKind) => ofKind.map((effect, index) => ({ effect, index })).sort((a, b) => counts.get(flaggedFor(a.effect)) - counts.get(flaggedFor(b.effect)) || a.index - b.index).map(({ effect }) => effect)
  );
  const ranked = [];
  for (let turn = 0; ranked.length < flagged.length; turn++)
    for (const ofKind of turns) if (turn < ofKind.length) ranked.push(ofKind[turn]);
  const named = ranked.slice(0, RAREST_LISTED);
  const counted = ranked.slice(RAREST_LISTED).map(({ change }) => change.kind);
  return [...named.flatMap(item), `> - \u2026 and ${changeKindCounts(counted)}; each is in ${listed.elsewhere}`];
}
var BRIEF_REASONS = 20;
function listedIn(diffLines) {
  return diffLines === Infinity ? { limit: "job summary", elsewhere: "the plan file" } : { limit: "comment", elsewhere: "the job summary and the plan file" };
}
function shortenedNote(listed) {
  return listed.limit === "job summary" ? `_Shortened to fit GitHub's job summary limit: each change's every account, region, value and diff is in the plan file._` : `_Shortened to fit GitHub's comment limit: the job summary has more of each change, and the plan file its every account, region, value and diff._`;
}
function countLead({ label, besides }) {
  return besides ? `**${label}**${besides}.` : `**${label}.**`;
}
var FLAGGED_DETAIL_LINES = 6;
var BRIEF_DETAIL_LINES = 2;
var HEADLINE_DETAIL_LINES = 1;
function withDifferingOverrides(effect, shown) {
  const after = effect.change.after;
  const differing = new Set(Array.isArray(after?.differingOverrides) ? after.differingOverrides.map(String) : []);
  const kept = new Set(shown);
  if (differing.size === 0) return kept;
  let heading;
  effect.details.forEach((line, index) => {
    if (!line.startsWith("  ")) heading = line.endsWith(":") ? index : void 0;
    else if (differing.has(/^[A-Za-z0-9]+/.exec(line.trim())?.[0] ?? "")) {
      kept.add(index);
      if (heading !== void 0) kept.add(heading);
    }
  });
  return kept;
}
var FLAGGED_DETAIL_LENGTH = 300;
function shortenedDetail(line) {
  if (line.length <= FLAGGED_DETAIL_LENGTH) return line;
  const arrow = line.indexOf(" \u2192 ");
  const keyEnd = line.indexOf(": ") + 2;
  if (arrow < 0 || keyEnd < 2 || keyEnd > arrow) return `${line.slice(0, FLAGGED_DETAIL_LENGTH)}\u2026 (cut here)`;
  const [before, after] = [line.slice(keyEnd, arrow), line.slice(arrow + 3)];
  let common = 0;
  while (common < before.length && common < after.length && before[common] === after[common]) common++;
  const room = FLAGGED_DETAIL_LENGTH - keyEnd;
  const start = Math.max(0, common - Math.floor(room / 6));
  const around = (value, other) => {
    const length = Math.max(Math.floor(room / 2), room - Math.min(other.length - start, Math.floor(room / 2)));
    return `${start > 0 ? "\u2026" : ""}${value.slice(start, start + length)}${value.length > start + length ? "\u2026" : ""}`;
  };
  return `${line.slice(0, keyEnd)}${around(before, after)} \u2192 ${around(after, before)} (cut here)`;
}
function flaggedItem(effect, depth, diffWhere, listed, correction = false, why = false) {
  const highImpact = effect.change.highImpact && effect.change.destructive ? " _(also high impact)_" : "";
  const onMain = correction ? " _(corrects drift already on main)_" : "";
  const headline = [`> - ${escapeMarkdown(effect.headline)}${highImpact}${onMain}`];
  const brief = effect.briefSummary ?? effect.summary;
  const reason = why && effect.why !== void 0 && brief[0] !== effect.why ? [effect.why] : [];
  const summary = (depth === "details" ? effect.summary : [...reason, ...brief]).map(
    (line) => `>   - ${escapeMarkdown(depth === "cut" ? shortenedDetail(line) : line)}`
  );
  const leading = tellingDetailIndices(
    effect.details,
    depth === "headline" || depth === "cut" ? HEADLINE_DETAIL_LINES : depth === "brief" ? BRIEF_DETAIL_LINES : FLAGGED_DETAIL_LINES
  );
  const kept = depth === "brief" ? withDifferingOverrides(effect, leading) : leading;
  const shown = effect.details.filter((_, index) => kept.has(index));
  const details = shown.map(
    (line) => line.startsWith("  ") ? `>     - ${escapeMarkdown(shortenedDetail(line.trim()))}` : `>   - ${escapeMarkdown(shortenedDetail(line))}`
  );
  if (depth === "headline" || depth === "cut") return [...headline, ...summary, ...details];
  const rest = effect.details.length - shown.length;
  return [
    ...headline,
    ...summary,
    ...details,
    // Shortened, the section's head says once where each change is whole: hundreds of items need not repeat it.
    ...rest > 0 ? [
      `>   - \u2026 ${countOf(rest, "more detail line")}: see the list of changes${depth === "details" ? `, or ${listed.elsewhere}` : ""}`
    ] : [],
    ...effect.diff ? [`>   - ${effect.diff.of} diff ${diffWhere}`] : []
  ];
}

// src/report/plan-markdown.ts
var COMMENT_DIFF_LINES = 120;
function renderPlanComment(plan, context = {}) {
  return fitComment(planSections(plan, context, COMMENT_DIFF_LINES));
}
function renderPlanSummary(plan, context = {}) {
  const sections = planSections(plan, context, Infinity);
  if (utf8Bytes(sections.map((section) => section.markdown).join("\n\n")) > JOB_SUMMARY_LIMIT_BYTES)
    sections.splice(1, 0, {
      keep: true,
      markdown: `> [!WARNING]
> This plan is longer than GitHub's job summary allows, so details and diffs below are trimmed. Read the whole plan in the plan file (the plan artifact)${context.forApproval ? " before approving" : ""}.`
    });
  return fitComment(sections, {
    limit: JOB_SUMMARY_LIMIT_BYTES,
    measure: utf8Bytes,
    limitOf: "job summary",
    seeAlso: "the plan file (`vend plan --format json`, or the plan artifact)"
  });
}
var OPEN_LISTING_CHANGES = 25;
var TRIM_RANK = {
  diagram: 8,
  unmanaged: 7,
  accounts: 6,
  templateDiff: 5,
  guardrails: 5,
  scpDiff: 4,
  flaggedTemplateDiff: 3,
  listing: 2,
  // The diff of a destructive or high-impact SCP change is what its review turns on, and a policy is at most a few
  // hundred lines: it comes back before the list of changes. A flagged template's diff, which padding can make as
  // long as the comment, comes after it; the flagged section above summarizes what that template adds and trusts.
  flaggedScpDiff: 1
};
function planSections(plan, context, diffLines = Infinity) {
  const effects = describeChanges(plan);
  const corrections = correctionIds(context.mainDrift);
  const detailsIn = diffLines === Infinity ? "the plan file" : "the job summary";
  return [
    headerSection(plan, context),
    ...problemSections(plan, problemsOnMain(context.mainDrift), listedIn(diffLines)),
    ...bootstrapSections(context.bootstrapChange),
    ...(context.settingNotices ?? []).map((notice) => ({
      keep: true,
      markdown: ["> [!WARNING]", `> ${escapeMarkdown(notice)}`].join("\n")
    })),
    // The comment may have no room left for a diff; the job summary has every one.
    ...flaggedSections(
      effects,
      corrections,
      diffLines === Infinity ? "below" : "below, or in the job summary",
      listedIn(diffLines),
      plan.noEchoParameters
    ),
    ...ownedUndeclaredSections(plan),
    ...undeclaredInstanceSections(plan),
    ...context.mainDrift ? mainDriftSections(context.mainDrift, effects, TRIM_RANK.listing, detailsIn) : [],
    ...accountSections(plan),
    ...listingSections(
      effects.filter((effect) => !corrections.has(effect.change.id)),
      corrections.size > 0 ? "of this pull request" : "",
      detailsIn
    ),
    ...diffSections(effects, diffLines),
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
      footer: true,
      // The one thing plan does not read, said wherever the plan is: with no changes, the header says it.
      markdown: `<sub>Plan digest ${inlineCode(plan.digest)}${context.commitSha ? ` \xB7 commit ${inlineCode(context.commitSha.slice(0, 12))}` : ""} \xB7 management account ${plan.managementAccountId}${plan.changes.length > 0 || plan.problems.length > 0 ? ` \xB7 ${UNREAD_OVERRIDES}` : ""}</sub>`
    }
  ];
}
function accountTableCut(plan) {
  return (budget, measure) => {
    let fits = 0;
    for (let low = 1, high = plan.accounts.length - 1; low <= high; ) {
      const middle = Math.floor((low + high) / 2);
      if (measure(accountTable(plan, middle)) <= budget) [fits, low] = [middle, middle + 1];
      else high = middle - 1;
    }
    return fits > 0 ? accountTable(plan, fits) : void 0;
  };
}
function accountSections(plan) {
  const sections = [];
  if (plan.accounts.length > 0)
    sections.push({
      keep: false,
      trimRank: TRIM_RANK.accounts,
      name: "the accounts table",
      markdown: accountTable(plan),
      cut: accountTableCut(plan)
    });
  if (plan.accounts.some((account) => !["updated", "closing", "reached"].includes(account.status)) || plan.organizationalUnits.some((unit) => unit.isNew)) {
    sections.push({
      keep: false,
      trimRank: TRIM_RANK.diagram,
      name: "the OU tree",
      markdown: collapsed("Where accounts land in the OU tree", organizationDiagram(plan)),
      // A Mermaid tree cut short renders as a whole, smaller tree: it is shown whole or not at all.
      cut: () => void 0
    });
  }
  return sections;
}
function listingSections(effects, whose, detailsIn) {
  if (effects.length === 0) return [];
  const groups = groupByResource(effects);
  const changes = `${countOf(effects.length, "change")}${whose ? ` ${whose}` : ""}`;
  const listing = (lines, title, after = "") => collapsed(title, [...lines.length > 0 ? [fencedCode("diff", lines)] : [], after].filter(Boolean).join("\n\n"), {
    open: effects.length <= OPEN_LISTING_CHANGES
  });
  const headlines = groups.map((group) => changeListing([group], "headlines").map((line) => line.text));
  const firstHeadlines = (shown) => headlines.slice(0, shown).flatMap((lines, index) => index === 0 ? lines : ["", ...lines]);
  const NAMED_LEFT = 5;
  const firstResources = (shown) => {
    const left = groups.slice(shown).flatMap((group) => group.effects);
    const stackSets = left.filter(({ change }) => change.target.startsWith("stackset:"));
    const named = stackSets.length <= NAMED_LEFT ? stackSets : [];
    const counted = left.filter((effect) => !named.includes(effect)).map(({ change }) => change.kind);
    const parts = [
      ...counted.length > 0 ? [changeKindCounts(counted)] : [],
      ...named.map(({ headline }) => inlineCode(headline))
    ];
    return listing(
      firstHeadlines(shown),
      `${changes}, by resource, ${shown === 0 ? "not listed" : `the first ${countOf(effects.length - left.length, "change")} one line each`} (trimmed to fit; see ${detailsIn})`,
      `_\u2026 ${countOf(left.length, "more change")} not shown: ${parts.join("; ")}; see ${detailsIn}._`
    );
  };
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.listing,
      markdown: listing(
        changeListing(groups, "elsewhere").map((line) => line.text),
        `${changes}, by resource`
      ),
      compact: [
        listing(
          firstHeadlines(groups.length),
          `${changes}, by resource, one line each (details trimmed to fit; see ${detailsIn})`
        )
      ],
      // Whole resources only: a cut that leaves a resource's heading, or half its changes, misleads a reviewer.
      cut: (budget, measure) => {
        let [fits, tooMany] = [-1, groups.length];
        while (tooMany - fits > 1) {
          const middle = Math.floor((fits + tooMany) / 2);
          if (measure(firstResources(middle)) <= budget) fits = middle;
          else tooMany = middle;
        }
        return fits < 0 ? void 0 : firstResources(fits);
      }
    }
  ];
}
function diffSections(effects, maxLines) {
  return effects.flatMap((effect) => {
    if (!effect.diff) return [];
    const { of, diff } = effect.diff;
    const block = (lines) => lines === diff.lines ? fencedCode("diff", lines) : `${fencedCode("diff", lines)}

_Cut to its changes (${countOf(diff.lines.length, "line")} of diff in all); the job summary has it whole._`;
    const renderings = (render) => ({
      markdown: render(block(diff.lines)),
      ...diff.lines.length > maxLines || diff.lines.some((line) => line.length > COMPACT_LINE_LENGTH) ? { compact: [render(block(compactDiff(diff.lines, maxLines, diff.important)))] } : {},
      // Cut to the room left, still as compactDiff cuts (each hunk its share) and saying so inside its block, as
      // the compact rendering does: a diff cut at an arbitrary line would read as the whole change.
      cut: (budget, measure) => {
        let [fits, tooMany] = [0, Math.min(maxLines, diff.lines.length)];
        const at = (lines) => render(block(compactDiff(diff.lines, lines, diff.important)));
        if (measure(at(fits)) > budget) return void 0;
        while (tooMany - fits > 1) {
          const middle = Math.floor((fits + tooMany) / 2);
          if (measure(at(middle)) <= budget) fits = middle;
          else tooMany = middle;
        }
        return at(fits);
      }
    });
    const flagged = effect.change.destructive === true || effect.change.highImpact === true;
    if (of === "SCP content") {
      return [
        {
          keep: false,
          trimRank: flagged ? TRIM_RANK.flaggedScpDiff : TRIM_RANK.scpDiff,
          ...renderings((text) => `#### ${escapeMarkdown(effect.resource)}: new content

${text}`)
        }
      ];
    }
    return [
      {
        keep: false,
        trimRank: flagged ? TRIM_RANK.flaggedTemplateDiff : TRIM_RANK.templateDiff,
        ...renderings(
          (text) => collapsed(
            `${effect.resource}: ${effect.change.kind === CHANGE_KINDS.createStackSet ? "template" : "new template"} (${countOf(diff.lines.length, "line")} of diff)`,
            text
          )
        )
      }
    ];
  });
}
function bootstrapSections(change) {
  if (!change?.length) return [];
  return [{ keep: true, markdown: bootstrapWarning(change) }];
}
function bootstrapWarning(changes) {
  return changes.length > 0 ? ["> [!WARNING]", `> ${escapeMarkdown(bootstrapNotice(changes))}`].join("\n") : "";
}
function ownedUndeclaredSections(plan) {
  const owned = plan.unmanagedAccounts.filter((account) => account.ownedByVend);
  if (owned.length === 0) return [];
  const render = (shown) => [
    "> [!WARNING]",
    `> **${countOf(owned.length, "account")} tagged \`ManagedBy: vend\` ${owned.length === 1 ? "is" : "are"} declared by no manifest.** Vend leaves ${owned.length === 1 ? "it" : "them"} alone: deleting a manifest closes nothing. If a new account in this plan is one of these with its email and name changed, don't merge: a second account would be created. Put the manifest back (with \`closed: true\` to close it), or remove the tag to give it up.`,
    ...owned.slice(0, shown).map(
      (account) => `> - ${escapeMarkdown(account.name)} (${account.id}, ${escapeMarkdown(account.email)}) in ${escapeMarkdown(account.parentPath)}`
    ),
    ...owned.length > shown ? [`> - \u2026 and ${owned.length - shown} more, listed in the plan file`] : []
  ].join("\n");
  return [
    {
      keep: true,
      markdown: render(owned.length),
      ...owned.length > COMPACT_PROBLEMS ? { compact: [render(COMPACT_PROBLEMS)] } : {}
    }
  ];
}
function undeclaredInstanceSections(plan) {
  const instances = plan.undeclaredInstances;
  if (!instances) return [];
  const management = instances.some((instance) => instance.management);
  const render = (shown) => {
    const { heading, lines } = undeclaredInstanceLines(instances, shown);
    const body = lines.map((line) => `- ${escapeMarkdown(line)}`);
    return management ? ["> [!WARNING]", `> **${escapeMarkdown(heading)}**`, ...body.map((line) => `> ${line}`)].join("\n") : collapsed(heading, body.join("\n"));
  };
  return [
    {
      keep: management,
      trimRank: TRIM_RANK.unmanaged,
      markdown: render(NAMED_UNDECLARED_INSTANCES),
      compact: [render(0)]
    }
  ];
}
function unmanagedSections(plan) {
  const unmanaged = plan.unmanagedAccounts.filter((account) => !account.ownedByVend);
  if (unmanaged.length === 0) return [];
  const render = (shown) => collapsed(
    `${countOf(unmanaged.length, "unmanaged account")} (in AWS, declared nowhere; vend moves, tags and closes none of them)`,
    [
      ...unmanaged.some((account) => account.ownedByVend === void 0) ? [`${unreadOwnershipNote(unmanaged)}
`] : [],
      "| Account | Id | Email | Parent |",
      "|---|---|---|---|",
      ...unmanaged.slice(0, shown).map(
        (account) => `| ${escapeMarkdown(account.name)}${account.status ? ` (${account.status})` : ""} | ${account.id} | ${escapeMarkdown(account.email)} | ${escapeMarkdown(account.parentPath)} |`
      ),
      ...unmanaged.length > shown ? [`
\u2026 and ${unmanaged.length - shown} more (vend plan --format json lists every one).`] : []
    ].join("\n")
  );
  return [
    {
      keep: false,
      trimRank: TRIM_RANK.unmanaged,
      markdown: render(unmanaged.length),
      // Short first: an organization's hundreds of other accounts must not take the room of a change's own detail.
      ...unmanaged.length > UNMANAGED_SHOWN_SHORT ? { compact: [render(UNMANAGED_SHOWN_SHORT)] } : {}
    }
  ];
}
var UNMANAGED_SHOWN_SHORT = 20;
function collapsed(summary, body, options = {}) {
  return `<details${options.open ? " open" : ""}><summary>${escapeMarkdown(summary)}</summary>

${body}

</details>`;
}

export {
  COMMENT_DIFF_LINES,
  renderPlanComment,
  renderPlanSummary,
  planSections,
  accountTableCut,
  bootstrapWarning
};
