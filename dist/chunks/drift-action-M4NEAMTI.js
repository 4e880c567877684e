import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_NOT_RUN_TITLE,
  driftNotRunComment,
  renderDriftNotRunBody
} from "./chunk-66FWNWJJ.js";
import {
  renderDriftText
} from "./chunk-PIZ2ZA2F.js";
import {
  createGitHubClient,
  defaultBranchRefusal,
  gitHubFailureHint,
  logInfo,
  logProgress
} from "./chunk-QOT2RHWZ.js";
import {
  awsFailureNotRun,
  carryFirstSeen,
  driftTransitions,
  runDrift
} from "./chunk-76ZJJYMC.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import {
  DRIFT_ISSUE_MARKER,
  driftSections,
  renderDriftIssueBody
} from "./chunk-EOZVKLID.js";
import {
  JOB_SUMMARY_LIMIT_BYTES,
  fitComment,
  utf8Bytes
} from "./chunk-L4I4LO74.js";
import {
  APPLY_EVENTS,
  endGroup,
  error,
  notice,
  publishValidation,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunk-OKQUQDGU.js";
import "./chunk-5GNJNXP2.js";
import {
  errorMessage
} from "./chunk-3CMV3XMN.js";
import "./chunk-NVWBDDJH.js";
import {
  codeSpan,
  escapeMarkdown,
  fencedCode
} from "./chunk-3AUGWUJC.js";
import "./chunk-DOLNHXLU.js";
import "./chunk-NK2M6GYR.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LUQVUKPD.js";
import {
  isIgnored
} from "./chunk-EV2NZFX4.js";
import "./chunk-GAOTOHXA.js";
import "./chunk-IGAP76TN.js";
import "./chunk-ERWZD7JS.js";
import {
  driftAsideLine,
  driftHeadline,
  driftSummaryLine,
  findingHeadline,
  ignoreExpiryPlace,
  ignoredCritical,
  shownDetails
} from "./chunk-U6YPZKU4.js";
import "./chunk-DBB7SFPN.js";
import "./chunk-M3UDQYU5.js";
import "./chunk-FIBX53YH.js";
import "./chunk-3BLKRS4H.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import {
  stackSetName
} from "./chunk-AA4LRLPW.js";
import "./chunk-X4XDSYAD.js";
import {
  expiryInstant
} from "./chunk-LOLNR32M.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-PBUMDURM.js";
import {
  countOf
} from "./chunk-EFBOC2AA.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import {
  findingId,
  findingsAtOrAbove,
  observedDigest
} from "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import {
  DRIFT_KINDS,
  DRIFT_SEVERITIES,
  severityRank
} from "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";

// src/github/apply-runs.ts
async function unfinishedRuns(octokit, target) {
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner: target.owner,
    repo: target.repo,
    workflow_id: target.workflowFile,
    per_page: 100
  });
  return data.workflow_runs.filter((run) => run.status !== "completed" && run.head_branch === target.branch && APPLY_EVENTS.has(run.event)).map((run) => ({ status: run.status ?? "unknown", htmlUrl: run.html_url, headSha: run.head_sha }));
}

// src/github/drift-issue.ts
var DRIFT_ISSUE_LABEL = "vend-drift";
async function findDriftIssue(octokit, location) {
  const labelled2 = await findIssue(octokit, location, { labels: DRIFT_ISSUE_LABEL });
  if (labelled2) return describeIssue(labelled2);
  const unlabelled = await findIssue(octokit, location, { creator: location.botLogin });
  if (!unlabelled) return void 0;
  const labels = unlabelled.labels.map((label) => typeof label === "string" ? label : label.name ?? "");
  await octokit.rest.issues.update({
    owner: location.owner,
    repo: location.repo,
    issue_number: unlabelled.number,
    labels: [...labels.filter(Boolean), DRIFT_ISSUE_LABEL]
  });
  return describeIssue(unlabelled);
}
async function findIssue(octokit, location, filter) {
  const botLogin = location.botLogin.toLowerCase();
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: location.owner,
    repo: location.repo,
    ...filter,
    state: "all",
    sort: "created",
    direction: "asc",
    per_page: 100
  })) {
    const found = page.data.find(
      (issue) => !issue.pull_request && issue.user?.login.toLowerCase() === botLogin && (issue.body ?? "").includes(location.marker)
    );
    if (found) return found;
  }
  return void 0;
}
function describeIssue(issue) {
  return {
    number: issue.number,
    state: issue.state === "closed" ? "closed" : "open",
    title: issue.title,
    body: issue.body ?? "",
    createdAt: issue.created_at,
    url: issue.html_url
  };
}
async function openDriftIssue(octokit, location, issue) {
  const { data } = await octokit.rest.issues.create({
    owner: location.owner,
    repo: location.repo,
    title: issue.title,
    body: issue.body,
    labels: [DRIFT_ISSUE_LABEL]
  });
  const labelled2 = data.labels.some((label) => (typeof label === "string" ? label : label.name) === DRIFT_ISSUE_LABEL);
  if (!labelled2)
    throw new Error(
      `GitHub opened issue #${data.number} without the label '${DRIFT_ISSUE_LABEL}', so the next run could not find it. Give the workflow 'issues: write', then label #${data.number} '${DRIFT_ISSUE_LABEL}' by hand.`
    );
  return {
    number: data.number,
    state: "open",
    title: data.title,
    body: data.body ?? "",
    url: data.html_url,
    createdAt: data.created_at
  };
}
async function updateDriftIssue(octokit, location, issueNumber, update) {
  await octokit.rest.issues.update({
    owner: location.owner,
    repo: location.repo,
    issue_number: issueNumber,
    ...update.title === void 0 ? {} : { title: update.title },
    ...update.body === void 0 ? {} : { body: update.body },
    ...update.state === void 0 ? {} : { state: update.state, state_reason: update.state === "closed" ? "completed" : "reopened" }
  });
}
async function commentOnDriftIssue(octokit, location, issueNumber, body) {
  await octokit.rest.issues.createComment({
    owner: location.owner,
    repo: location.repo,
    issue_number: issueNumber,
    body
  });
}

// src/report/drift-issue.ts
var STATE_OPEN = "<!-- vend:drift-state ";
var STATE_CLOSE = " -->";
var STATE_BUDGET = 32e3;
var SMALLER_STATE_BUDGETS = [1e4, 2e3];
var FULL_ENTRIES = 60;
var LABEL_LENGTH = 120;
var ID = /^[0-9a-f]{12}$/;
function hasTargetShape(target) {
  return /^(?:root|organization|(?:scp|ou|account|account-id|stackset):)/.test(target) && target.length <= 600;
}
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function isDay(text) {
  return DAY.test(text) && !Number.isNaN(expiryInstant(text));
}
function encodeDriftIssueState(report, carried = /* @__PURE__ */ new Map(), budget = STATE_BUDGET, covered = /* @__PURE__ */ new Map()) {
  const reported = [];
  const seen = /* @__PURE__ */ new Map();
  const ignored = /* @__PURE__ */ new Map();
  let length = 0;
  const fits = (size, limit = budget) => (length += size) <= limit;
  const fileUnder = (days, day, id) => {
    if (!fits(id.length + (days.has(day) ? 0 : day.length + 6))) return false;
    days.set(day, (days.get(day) ?? "") + id);
    return true;
  };
  const digests = new Map(report.findings.map((finding) => [finding.id, observedDigest(finding)]));
  const reportedObserved = {};
  const current = report.findings.map((finding) => [
    finding.id,
    { firstSeen: finding.firstSeen, label: findingLabel(finding), kind: finding.kind, target: finding.target }
  ]);
  const uncheckable = ([, entry]) => UNCHECKABLE_KINDS.has(entry.kind ?? "");
  const entries = [...current.filter(uncheckable), ...carried, ...current.filter((entry) => !uncheckable(entry))];
  let omitted;
  const leaveOut = (index) => {
    const left = entries.slice(index).flatMap(([, entry]) => entry.kind && Object.hasOwn(DRIFT_KINDS, entry.kind) ? [entry.kind] : []);
    const worst = DRIFT_SEVERITIES.find((severity) => left.some((kind) => DRIFT_KINDS[kind].severity === severity));
    if (worst) omitted = { count: entries.length - index, severity: worst, kinds: [...new Set(left)].sort() };
  };
  const observed = {};
  const recordIgnored = (finding) => {
    if (!fileUnder(ignored, finding.firstSeen, finding.id) || !fits(finding.id.length + 12 + 6)) return false;
    observed[finding.id] = observedDigest(finding);
    return true;
  };
  const criticalIgnored = report.ignored.filter((finding) => finding.severity === "critical");
  for (const finding of criticalIgnored) if (!recordIgnored(finding)) break;
  for (const [index, [id, entry]] of entries.entries()) {
    const kept = carried.has(id) || UNCHECKABLE_KINDS.has(entry.kind ?? "");
    if (index >= FULL_ENTRIES && !kept) {
      if (!fileUnder(seen, entry.firstSeen, id)) {
        leaveOut(index);
        break;
      }
      continue;
    }
    const label = budget < STATE_BUDGET && kept ? "" : entry.label;
    const encoded = entry.kind ? [id, entry.firstSeen, label, entry.kind, entry.target ?? ""] : [id, entry.firstSeen, label];
    if (!fits(JSON.stringify(encoded).length + 1, kept ? STATE_BUDGET : budget)) {
      leaveOut(index);
      break;
    }
    reported.push(encoded);
    const digest = digests.get(id);
    if (digest !== void 0 && fits(id.length + digest.length + 6, kept ? STATE_BUDGET : budget))
      reportedObserved[id] = digest;
  }
  for (const finding of report.ignored) if (finding.severity !== "critical" && !recordIgnored(finding)) break;
  const coveredSeen = /* @__PURE__ */ new Map();
  for (const [id, day] of covered) if (!fileUnder(coveredSeen, day, id)) break;
  const json = JSON.stringify({
    version: 2,
    reported,
    reportedObserved,
    seen: Object.fromEntries(seen),
    ignoredSeen: Object.fromEntries(ignored),
    ignoredObserved: observed,
    ...coveredSeen.size > 0 ? { coveredSeen: Object.fromEntries(coveredSeen) } : {},
    ...omitted ? { omitted } : {}
  }).replaceAll("--", "-\\u002d");
  return `${STATE_OPEN}${json}${STATE_CLOSE}`;
}
function decodeDriftIssueState(body) {
  const state = {
    reported: /* @__PURE__ */ new Map(),
    reportedObserved: /* @__PURE__ */ new Map(),
    ignored: /* @__PURE__ */ new Map(),
    ignoredObserved: /* @__PURE__ */ new Map(),
    covered: /* @__PURE__ */ new Map()
  };
  const start = body?.indexOf(STATE_OPEN) ?? -1;
  if (!body || start < 0) return state;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  let parsed;
  try {
    parsed = JSON.parse(body.slice(start + STATE_OPEN.length, end < 0 ? void 0 : end));
  } catch {
    return state;
  }
  const { reported, reportedObserved, ignored, seen, ignoredSeen, ignoredObserved, coveredSeen, omitted } = parsed ?? {};
  const { count, severity, kinds } = omitted ?? {};
  if (Number.isInteger(count) && count > 0 && DRIFT_SEVERITIES.includes(severity))
    state.omitted = {
      count,
      severity,
      kinds: (Array.isArray(kinds) ? kinds : []).filter(
        (kind) => Object.hasOwn(DRIFT_KINDS, String(kind))
      )
    };
  for (const entry of Array.isArray(reported) ? reported : [])
    if (Array.isArray(entry) && ID.test(String(entry[0])) && isDay(String(entry[1]))) {
      const [id, firstSeen, , kind, target] = entry.map(
        (value) => value === void 0 || value === null ? void 0 : String(value)
      );
      const named2 = kind && target && Object.hasOwn(DRIFT_KINDS, kind) && hasTargetShape(target) && findingId(kind, target) === id;
      state.reported.set(id, {
        firstSeen,
        label: named2 ? brief(findingHeadline({ kind, target })) : id,
        ...named2 ? { kind, target } : {}
      });
    }
  for (const [id, firstSeen] of idsByDay(seen)) state.reported.set(id, { firstSeen, label: id });
  for (const entry of Array.isArray(ignored) ? ignored : [])
    if (Array.isArray(entry) && ID.test(String(entry[0])) && isDay(String(entry[1])))
      state.ignored.set(String(entry[0]), String(entry[1]));
  for (const [id, firstSeen] of idsByDay(ignoredSeen)) state.ignored.set(id, firstSeen);
  for (const [id, firstSeen] of idsByDay(coveredSeen)) state.covered.set(id, firstSeen);
  for (const [id, digest] of digestsById(ignoredObserved)) state.ignoredObserved.set(id, digest);
  for (const [id, digest] of digestsById(reportedObserved))
    if (state.reported.has(id)) state.reportedObserved.set(id, digest);
  return state;
}
function digestsById(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return Object.entries(value).filter(
    (entry) => ID.test(entry[0]) && typeof entry[1] === "string" && ID.test(entry[1])
  );
}
function idsByDay(days) {
  if (typeof days !== "object" || days === null || Array.isArray(days)) return [];
  return Object.entries(days).flatMap(
    ([day, ids]) => isDay(day) && typeof ids === "string" && /^(?:[0-9a-f]{12})*$/.test(ids) ? (ids.match(/[0-9a-f]{12}/g) ?? []).map((id) => [id, day]) : []
  );
}
function brief(text) {
  return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH)}\u2026` : text;
}
function findingLabel(finding) {
  return brief(findingHeadline(finding));
}
var UNCHECKABLE_KINDS = /* @__PURE__ */ new Set(["resource-drift", "iam-resource-drift"]);
function unverifiedFindings(previous, report, declaredStackSets) {
  const current = new Set(report.findings.map((finding) => finding.id));
  const declared = new Set(declaredStackSets.map((name) => `stackset:${name}`));
  const unchecked = new Set(
    report.notChecked.filter((part) => !part.coverageGap && declared.has(part.target)).map((part) => part.target)
  );
  const stackSetOf = (target) => /^stackset:[^@#]+/.exec(target)?.[0];
  return new Map(
    [...previous.reported].filter(([id, entry]) => {
      const stackSet = stackSetOf(entry.target ?? "");
      return !current.has(id) && entry.kind !== void 0 && UNCHECKABLE_KINDS.has(entry.kind) && stackSet !== void 0 && unchecked.has(stackSet);
    })
  );
}
function driftIssueStates(report, carried, covered = /* @__PURE__ */ new Map()) {
  return [STATE_BUDGET, ...SMALLER_STATE_BUDGETS].map(
    (budget) => encodeDriftIssueState(report, carried, budget, covered)
  );
}

// src/report/drift-issue-comment-lists.ts
function changedDetail(finding) {
  const [first] = shownDetails(finding).flatMap((detail) => detail.split("\n"));
  return first === void 0 || finding.actual.includes(first) ? void 0 : brief(first.replace(/\s+/g, " "));
}
var DIFF_LINES = 60;
function diffLines(finding) {
  const lines = shownDetails(finding).flatMap((detail) => detail.split("\n"));
  if (!lines.some((line) => /^@@ /.test(line) || /^[+-](?![+-]{2} )/.test(line))) return [];
  return lines.length > DIFF_LINES ? [...lines.slice(0, DIFF_LINES), `\u2026 ${lines.length - DIFF_LINES} more lines (vend drift --format json)`] : lines;
}
function indent(block) {
  return block.split("\n").map((line) => `  ${line}`).join("\n");
}
function coveringFindings(covered = /* @__PURE__ */ new Map()) {
  const byFinding = /* @__PURE__ */ new Map();
  for (const [id, by] of covered) {
    const entry = byFinding.get(by.id) ?? [by, []];
    entry[1].push(id);
    byFinding.set(by.id, entry);
  }
  return [...byFinding.values()];
}
function labelled(id, label) {
  return label && label !== id ? `${codeSpan(label)} (id ${codeSpan(id)})` : `id ${codeSpan(id)}`;
}
var CLEARED_NAMED = 20;
var named = ([id, label]) => label !== void 0 && label !== "" && label !== id;
function namedInRecord(id, label) {
  return named([id, label]);
}
function clearedCounts(entries) {
  const byName = entries.filter(named).length;
  const byId = entries.length - byName;
  return [
    byName > 0 ? `${countOf(byName, "finding")} cleared` : "",
    byId > 0 ? `${countOf(byId, "id")} of the issue's record no longer found` : ""
  ];
}
function nowIgnoredList(entries, report) {
  const ignoredAs = (id) => report.ignored.find((finding) => finding.id === id || finding.covers?.includes(id));
  const ranked = entries.map(([id, label]) => {
    const found = ignoredAs(id);
    const named2 = label && label !== id ? label : found?.id === id ? findingLabel(found) : void 0;
    return { id, label: named2, severity: found?.severity };
  }).sort(
    (a, b) => (a.severity ? severityRank(a.severity) : DRIFT_SEVERITIES.length) - (b.severity ? severityRank(b.severity) : DRIFT_SEVERITIES.length)
  );
  return [
    ...ranked.slice(0, CLEARED_NAMED).map(({ id, label, severity }) => `- ${severity ? `${severity} ` : ""}${labelled(id, label)}`),
    ...ranked.length > CLEARED_NAMED ? [`- \u2026 and ${ranked.length - CLEARED_NAMED} more`] : []
  ];
}
function findingList(entries) {
  return [
    ...entries.slice(0, CLEARED_NAMED).map(([id, label]) => `- ${labelled(id, label)}`),
    ...entries.length > CLEARED_NAMED ? [`- \u2026 and ${entries.length - CLEARED_NAMED} more`] : []
  ];
}
function clearedSections(entries) {
  const byName = entries.filter(named);
  const byId = entries.length - byName.length;
  return [
    ...byName.length > 0 ? [["**Cleared:**", ...findingList(byName)].join("\n")] : [],
    ...byId > 0 ? [
      `**No longer in the record:** ${countOf(byId, "id")} that the issue's hidden record held without what ${byId === 1 ? "it was" : "they were"} (past the ${FULL_ENTRIES} findings it records whole, or written into the body by hand) ${byId === 1 ? "is" : "are"} not found now.`
    ] : []
  ];
}
function whileIgnoredSections(change) {
  const changed = change.changedWhileIgnored ?? [];
  const cleared = change.clearedWhileIgnored ?? [];
  const found = change.foundWhileIgnored ?? [];
  const heading = "**Found, already ignored**: critical drift seen for the first time, which an `ignore:` entry in baselines/organization.yaml holds back. Read it against the entry\u2019s reason; the entry may have been meant for something else:";
  return [
    ...found.length > 0 ? [
      {
        keep: true,
        markdown: [heading, ...changedList(found)].join("\n"),
        // Named without their diffs, then counted: hundreds must not push the comment past GitHub's limit.
        compact: [
          [heading, ...changedList(found, false)].join("\n"),
          `**Found, already ignored**: ${countOf(found.length, "critical finding")} seen for the first time, which \`ignore:\` entries hold back (listed in the body).`
        ]
      }
    ] : [],
    ...changed.length > 0 ? [
      {
        keep: false,
        markdown: [
          "**Changed while ignored**: an `ignore:` entry still holds these back, but what the organization has there (what it is, or what it reaches) has changed since the last check. Read it against the entry\u2019s reason:",
          ...changedList(changed)
        ].join("\n")
      }
    ] : [],
    ...cleared.length > 0 ? [
      {
        keep: false,
        markdown: [
          `**No longer found, though ignored**: ${cleared.length === 1 ? "a finding an `ignore:` entry held back is" : "findings `ignore:` entries held back are"} gone, fixed or accepted in the repository. An entry that matches nothing any more can be removed from baselines/organization.yaml; one by \`id:\` names ${cleared.length === 1 ? "this id" : "these ids"}:`,
          ...cleared.slice(0, CLEARED_NAMED).map((id) => `- id ${codeSpan(id)}`),
          ...cleared.length > CLEARED_NAMED ? [`- \u2026 and ${cleared.length - CLEARED_NAMED} more`] : []
        ].join("\n")
      }
    ] : []
  ];
}
function changedList(changed, withDiffs = true) {
  return [
    ...changed.slice(0, CLEARED_NAMED).map((finding) => {
      const diff = withDiffs ? diffLines(finding) : [];
      return [
        `- ${finding.severity} **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} (id ${codeSpan(finding.id)}): now ${escapeMarkdown(brief(finding.actual))}${diff.length === 0 && changedDetail(finding) ? ` (${escapeMarkdown(changedDetail(finding))})` : ""}`,
        // The whole diff, main → the organization: an edit made since the last check is in it, where a few lines
        // would cut it off (an Allow iam:* appended after the lines shown before).
        ...diff.length > 0 ? [indent(fencedCode("diff", diff))] : []
      ].join("\n");
    }),
    ...changed.length > CLEARED_NAMED ? [`- \u2026 and ${changed.length - CLEARED_NAMED} more`] : []
  ];
}

// src/report/drift-issue-comments.ts
function driftIssueTitle(report, unverified = 0, ignoredUnverified = []) {
  return `Vend drift: ${driftHeadline(report, { unverified, ignoredUnverified })}`;
}
function driftChangeComment(change, previous, report) {
  const lapsed = change.appeared.filter((finding) => finding.ignoreExpired && previous.ignored.has(finding.id));
  const unignored = change.appeared.filter((finding) => previous.ignored.has(finding.id) && !finding.ignoreExpired);
  const appeared = change.appeared.filter((finding) => !unignored.includes(finding) && !lapsed.includes(finding));
  const onlyHeldBack = appeared.length === 0 && unignored.length + lapsed.length > 0;
  const opening = change.closedByHand ? `**Reopened**: this issue was closed while drift was still there, and closing it clears nothing. At ${commitOf(report)}: ${escapeMarkdown(driftHeadline(report, { unverified: change.unverified }))}. Fix the findings (each says how), or accept them with \`ignore:\` entries in baselines/organization.yaml; vend closes the issue once none is left.` : change.reopened ? `**${onlyHeldBack ? "Reported again, no longer ignored" : "Drift is back"}** at ${commitOf(report)}: ${escapeMarkdown(driftHeadline(report, { unverified: change.unverified }))}.` : `Since the last check, at ${commitOf(report)}: ${[
    appeared.length > 0 ? `${countOf(appeared.length, "new finding")}` : "",
    change.beyondRecord ? `at least ${countOf(change.beyondRecord.more, "more finding")} of ${change.beyondRecord.kinds.map((kind) => DRIFT_KINDS[kind].title).join(", ")} than the last check counted (its record could not name them all, so which are new cannot be told: the body lists them)` : "",
    unignored.length > 0 ? `${countOf(unignored.length, "finding")} no longer ignored (still there)` : "",
    lapsed.length > 0 ? `${countOf(lapsed.length, "finding")} reported again, ${lapsed.length === 1 ? "its" : "their"} \`ignore:\` ${lapsed.length === 1 ? "entry" : "entries"} expired` : "",
    (change.changedWhileReported?.length ?? 0) > 0 ? `${countOf(change.changedWhileReported.length, "finding")} changed` : "",
    ...clearedCounts(change.cleared.map((id) => [id, previous.reported.get(id)?.label])),
    (change.ignored?.length ?? 0) > 0 ? `${countOf(change.ignored.length, "finding")} now ignored (still there)` : "",
    (change.covered?.size ?? 0) > 0 ? `${countOf(change.covered.size, "finding")} now part of another (still there)` : "",
    (change.foundWhileIgnored?.length ?? 0) > 0 ? `${countOf(change.foundWhileIgnored.length, "critical finding")} found already ignored` : "",
    (change.changedWhileIgnored?.length ?? 0) > 0 ? `${countOf(change.changedWhileIgnored.length, "ignored finding")} changed` : "",
    (change.clearedWhileIgnored?.length ?? 0) > 0 ? `${countOf(change.clearedWhileIgnored.length, "ignored finding")} no longer found` : ""
  ].filter(Boolean).join(", ")}. Now: ${escapeMarkdown(driftHeadline(report, { unverified: change.unverified }))}.`;
  return fitComment(
    [
      { keep: true, markdown: opening },
      ...findingSection(
        "**No longer ignored**: no `ignore:` entry in baselines/organization.yaml covers them now, and they were there all along:",
        unignored
      ),
      ...findingSection(change.reopened ? "**Found:**" : "**New:**", appeared, expiredEntry),
      ...(change.changedWhileReported?.length ?? 0) > 0 ? [
        {
          keep: false,
          markdown: [
            "**Changed**: still reported, and what the organization has there (what it is, or what it reaches) has changed since the last check:",
            ...changedList(change.changedWhileReported)
          ].join("\n")
        }
      ] : [],
      ...findingSection(
        "**Reported again**, there all along: the `ignore:` entry that held each back expired.",
        lapsed,
        expiredEntry
      ),
      ...(change.ignored?.length ?? 0) > 0 ? [
        {
          keep: false,
          markdown: [
            "**Now ignored** by an `ignore:` entry in baselines/organization.yaml, not fixed; listed below as ignored:",
            ...nowIgnoredList(
              change.ignored.map((id) => [id, previous.reported.get(id)?.label]),
              report
            )
          ].join("\n")
        }
      ] : [],
      ...coveringFindings(change.covered).map(([by, ids]) => ({
        keep: false,
        markdown: [
          `**Now part of ${escapeMarkdown(DRIFT_KINDS[by.kind].title)}** ${codeSpan(by.target)} (id ${codeSpan(by.id)}), and still there:`,
          ...ids.map((id) => `- ${labelled(id, previous.reported.get(id)?.label)}`)
        ].join("\n")
      })),
      ...whileIgnoredSections(change),
      ...clearedSections(change.cleared.map((id) => [id, previous.reported.get(id)?.label])).map(
        (markdown) => ({ keep: false, markdown })
      )
    ],
    { seeAlso: "the issue body" }
  );
}
function expiredEntry(finding) {
  return finding.ignoreExpired ? `: its \`ignore:\` entry (${codeSpan(ignoreExpiryPlace(finding.ignoreExpired))}) expired on ${finding.ignoreExpired.expires}` : "";
}
function findingSection(heading, findings, suffix = () => "") {
  if (findings.length === 0) return [];
  return [
    {
      keep: false,
      markdown: [
        heading,
        ...findings.map(
          (finding) => `- ${finding.severity} **${escapeMarkdown(DRIFT_KINDS[finding.kind].title)}** ${codeSpan(finding.target)} (id ${codeSpan(finding.id)})${suffix(finding)}`
        )
      ].join("\n")
    }
  ];
}
function driftClosedComment(report, previouslyReported, ignoredUnverified = [], alreadyClosed = false, whileIgnored = {}, omittedBefore = 0) {
  const ignored = report.ignored.length + ignoredUnverified.length;
  const severities = ignoredUnverified.map((entry) => entry.severity);
  const closing = alreadyClosed ? "The issue stays closed" : "Closing this issue";
  const heldBack = /* @__PURE__ */ new Set([
    ...report.ignored.flatMap((finding) => [finding.id, ...finding.covers ?? []]),
    ...ignoredUnverified.map((entry) => entry.id)
  ]);
  const labels = (entries) => entries.map(([id, entry]) => [id, entry.label]);
  const cleared = [...previouslyReported].filter(([id]) => !heldBack.has(id));
  const nowIgnored = [...previouslyReported].filter(([id]) => heldBack.has(id));
  const opening = ignored > 0 ? `No finding is reported any more at ${commitOf(report)}, but the organization does not match the repository: ${countOf(ignored, "ignored finding")}${ignoredCritical(report, severities)} ${ignored === 1 ? "remains" : "remain"}${ignoredUnverified.length > 0 ? ` (${ignoredUnverified.length} of an earlier check, not checked again)` : ""}, which ignore: in baselines/organization.yaml holds back until ${ignored === 1 ? "its entry expires" : "their entries expire"} (listed in the body). ${closing}; vend reopens it when a finding is reported again.` : `${previouslyReported.size > 0 ? "Every finding has cleared" : "The drift check ran and found no drift"}: the organization matches the repository at ${commitOf(report)}. ${closing}; vend reopens it if drift returns.`;
  return fitComment(
    [
      { keep: true, markdown: opening },
      ...clearedSections(labels(cleared)).map((markdown) => ({ keep: false, markdown })),
      // Counted, never named: a closing comment that named 9 of 3,015 would read as if 9 had cleared.
      ...omittedBefore > 0 ? [
        {
          keep: true,
          markdown: `**No longer reported:** ${countOf(omittedBefore, "more finding")} that the issue's hidden record counted without their ids (it holds as many ids as fit in the issue): ${omittedBefore === 1 ? "it cleared" : "they cleared"}${ignored > 0 ? `, or an ignore: entry now holds ${omittedBefore === 1 ? "it" : "them"} back (listed in the body)` : ""}.`
        }
      ] : [],
      ...nowIgnored.length > 0 ? [
        {
          keep: false,
          markdown: [
            "**Now ignored** by an `ignore:` entry in baselines/organization.yaml, not fixed:",
            ...nowIgnoredList(labels(nowIgnored), report)
          ].join("\n")
        }
      ] : [],
      ...whileIgnoredSections(whileIgnored)
    ],
    { seeAlso: "the issue body" }
  );
}
function commitOf(report) {
  return report.commit ? `commit ${codeSpan(report.commit.slice(0, 12))}` : "the checked-out repository";
}

// src/action/publish-drift-issue.ts
async function publishDriftIssue(octokit, target, checked) {
  const location = { owner: target.owner, repo: target.repo, botLogin: target.botLogin, marker: DRIFT_ISSUE_MARKER };
  const existing = await findDriftIssue(octokit, location);
  const previous = decodeDriftIssueState(existing?.body);
  const opened = existing?.createdAt.slice(0, 10) ?? "";
  const today = checked.checkedAt.slice(0, 10);
  const notBefore = (day) => day < opened ? opened : day > today ? today : day;
  const previouslyCovered = previous.covered ?? /* @__PURE__ */ new Map();
  const known = new Map(
    [
      ...[...previous.reported].map(([id, entry]) => [id, entry.firstSeen]),
      ...previous.ignored,
      ...previouslyCovered
    ].map(([id, day]) => [id, notBefore(day)])
  );
  const report = carryFirstSeen(checked, known);
  const coveringNow = new Set([...report.findings, ...report.ignored].flatMap((finding) => finding.covers ?? []));
  const reportedNow = new Set(report.findings.map((finding) => finding.id));
  const covered = new Map([...known].filter(([id]) => coveringNow.has(id) && !reportedNow.has(id)));
  const carried = new Map(
    [...unverifiedFindings(previous, report, target.declaredStackSets)].map(
      ([id, entry]) => [id, { ...entry, firstSeen: notBefore(entry.firstSeen) }]
    )
  );
  const checkedAt = new Date(report.checkedAt);
  const ignores = ([id, entry]) => isIgnored(target.ignoreList ?? [], { id, kind: entry.kind, target: entry.target ?? "" }, checkedAt);
  const unverified = new Map([...carried].filter((entry) => !ignores(entry)));
  const ignoredCarried = [...carried].filter(ignores);
  const ignoredUnverified = ignoredCarried.map(([, entry]) => entry.label);
  const severityOf = (entry) => DRIFT_KINDS[entry.kind]?.severity ?? "high";
  const ignoredCarriedSeverities = ignoredCarried.map(([id, entry]) => ({ id, severity: severityOf(entry) }));
  const ignoredUnverifiedSeverities = ignoredCarriedSeverities.map((entry) => entry.severity);
  const unverifiedLabels = [...unverified.values()].map((entry) => entry.label);
  const unverifiedSeverities = [...unverified.values()].map(severityOf);
  const drifted = report.findings.length > 0 || unverified.size > 0;
  const title = driftIssueTitle(report, unverified.size, ignoredUnverifiedSeverities);
  const body = renderDriftIssueBody(report, {
    state: driftIssueStates(report, carried, covered),
    ...target.runUrl ? { runUrl: target.runUrl } : {},
    ...target.applying ? { applying: target.applying } : {},
    unverified: unverifiedLabels,
    unverifiedSeverities,
    ignoredUnverified,
    ignoredUnverifiedSeverities
  });
  if (!existing) {
    if (!drifted)
      return {
        report,
        action: "none",
        commented: false,
        unverified: unverifiedLabels,
        unverifiedSeverities,
        ignoredUnverified,
        ignoredUnverifiedSeverities
      };
    const opened2 = await openDriftIssue(octokit, location, { title, body });
    return {
      report,
      action: "opened",
      issueNumber: opened2.number,
      url: opened2.url,
      commented: false,
      unverified: unverifiedLabels,
      unverifiedSeverities,
      ignoredUnverified,
      ignoredUnverifiedSeverities
    };
  }
  const done = (action, commented) => ({
    report,
    action,
    issueNumber: existing.number,
    url: existing.url,
    commented,
    unverified: unverifiedLabels,
    unverifiedSeverities,
    ignoredUnverified,
    ignoredUnverifiedSeverities
  });
  const transitions = driftTransitions(
    /* @__PURE__ */ new Set([...previous.reported.keys(), ...previouslyCovered.keys()]),
    report,
    previous.ignoredObserved,
    previous.reportedObserved
  );
  const { appeared, ignored, changedWhileIgnored, clearedWhileIgnored, changedWhileReported, foundWhileIgnored } = transitions;
  const whileIgnored = { changedWhileIgnored, clearedWhileIgnored, foundWhileIgnored };
  const saysWhileIgnored = Object.values(whileIgnored).some((list) => list.length > 0);
  const newlyCovered = new Map([...transitions.covered].filter(([id]) => !previouslyCovered.has(id)));
  if (existing.state === "closed") {
    if (!drifted) {
      if (!saysWhileIgnored) {
        const heldBack = new Set(ignoredCarried.map(([id]) => id));
        const closedByPerson = [...previous.reported.keys()].some((id) => !heldBack.has(id));
        if (closedByPerson) {
          await updateDriftIssue(octokit, location, existing.number, { title, body });
          await commentOnDriftIssue(
            octokit,
            location,
            existing.number,
            driftClosedComment(
              report,
              previous.reported,
              ignoredCarriedSeverities,
              true,
              {},
              previous.omitted?.count ?? 0
            )
          );
          return done("updated", true);
        }
        const recorded = previous.ignoredObserved ?? /* @__PURE__ */ new Map();
        const sameIgnored = report.ignored.length === recorded.size && report.ignored.every((finding) => recorded.get(finding.id) === observedDigest(finding));
        if (existing.title === title && sameIgnored) return done("none", false);
        await updateDriftIssue(octokit, location, existing.number, { title, body });
        return done("updated", false);
      }
      await updateDriftIssue(octokit, location, existing.number, { title, body });
      const change2 = {
        appeared: [],
        cleared: transitions.cleared,
        ignored,
        ...whileIgnored,
        reopened: false,
        unverified: unverified.size
      };
      await commentOnDriftIssue(octokit, location, existing.number, driftChangeComment(change2, previous, report));
      return done("updated", true);
    }
    await updateDriftIssue(octokit, location, existing.number, { title, body, state: "open" });
    const stillThere = report.findings.some((finding) => previous.reported.has(finding.id));
    const change = {
      appeared: report.findings,
      cleared: transitions.cleared.filter((id) => !carried.has(id)),
      ignored,
      ...whileIgnored,
      reopened: true,
      closedByHand: stillThere,
      unverified: unverified.size
    };
    await commentOnDriftIssue(octokit, location, existing.number, driftChangeComment(change, previous, report));
    return done("reopened", true);
  }
  await updateDriftIssue(octokit, location, existing.number, { title, body });
  if (!drifted) {
    await commentOnDriftIssue(
      octokit,
      location,
      existing.number,
      driftClosedComment(
        report,
        previous.reported,
        ignoredCarriedSeverities,
        false,
        whileIgnored,
        previous.omitted?.count ?? 0
      )
    );
    await updateDriftIssue(octokit, location, existing.number, { state: "closed" });
    return done("closed", true);
  }
  const cleared = transitions.cleared.filter((id) => !carried.has(id));
  const omitted = previous.omitted;
  const unrecordable = (finding) => omitted !== void 0 && severityRank(finding.severity) >= severityRank(omitted.severity) && omitted.kinds.includes(finding.kind);
  const announced = appeared.filter((finding) => !unrecordable(finding));
  const more = appeared.filter(unrecordable).length - (omitted?.count ?? 0);
  const beyondRecord = omitted && more > 0 ? { more, kinds: omitted.kinds } : void 0;
  const namedCleared = cleared.filter((id) => namedInRecord(id, previous.reported.get(id)?.label));
  if (!saysWhileIgnored && [announced, namedCleared, ignored, changedWhileReported].every((list) => list.length === 0) && newlyCovered.size === 0 && !beyondRecord)
    return done("updated", false);
  await commentOnDriftIssue(
    octokit,
    location,
    existing.number,
    driftChangeComment(
      {
        appeared: announced,
        cleared,
        ignored,
        covered: newlyCovered,
        ...whileIgnored,
        changedWhileReported,
        reopened: false,
        unverified: unverified.size,
        ...beyondRecord ? { beyondRecord } : {}
      },
      previous,
      report
    )
  );
  return done("updated", true);
}
async function recordDriftNotRun(octokit, target, notRun) {
  const location = { owner: target.owner, repo: target.repo, botLogin: target.botLogin, marker: DRIFT_ISSUE_MARKER };
  const context = target.runUrl ? { runUrl: target.runUrl } : {};
  const existing = await findDriftIssue(octokit, location);
  if (!existing) {
    const opened = await openDriftIssue(octokit, location, {
      title: DRIFT_NOT_RUN_TITLE,
      body: renderDriftNotRunBody(notRun, context)
    });
    return { action: "opened", url: opened.url, commented: false };
  }
  const reopen = existing.state === "closed" ? { state: "open" } : {};
  if (existing.title === DRIFT_NOT_RUN_TITLE) {
    if (existing.state === "open") return { action: "none", url: existing.url, commented: false };
    await updateDriftIssue(octokit, location, existing.number, reopen);
    return { action: "reopened", url: existing.url, commented: false };
  }
  await updateDriftIssue(octokit, location, existing.number, { title: DRIFT_NOT_RUN_TITLE, ...reopen });
  await commentOnDriftIssue(octokit, location, existing.number, driftNotRunComment(notRun, context));
  return { action: existing.state === "closed" ? "reopened" : "updated", url: existing.url, commented: true };
}

// src/action/drift-action.ts
async function runDriftAction(settings, event) {
  const refusal = keepsIssue(settings) ? driftIssueRefusal(event, settings.allowNonDefaultBranch === true) : void 0;
  if (refusal) {
    summary.addHeading("Vend drift: refused", 2).addRaw(escapeMarkdown(refusal), true);
    await summary.write();
    setFailed(`${refusal} Nothing was checked.`);
    return;
  }
  const applying = (await unfinishedApplyRuns(settings, event)).map((run) => `${run.status}: ${run.htmlUrl}`);
  if (applying.length > 0)
    notice(
      `${countOf(applying.length, "run")} of ${settings.applyWorkflow} ${applying.length === 1 ? "is" : "are"} not finished (${applying.join(", ")}): findings it corrects may be changes merged to main and not applied yet.`
    );
  let outcome;
  try {
    outcome = await runDrift(settings, { log: logProgress });
  } catch (error2) {
    return reportNotRun(settings, event, awsFailureNotRun(errorMessage(error2), settings.repositoryRoot, /* @__PURE__ */ new Date()));
  }
  publishValidation(outcome.validation, settings.repositoryRoot, false);
  if (outcome.status === "invalid") return reportNotRun(settings, event, outcome.notRun);
  let report = outcome.report;
  let unverified = [];
  let unverifiedSeverities = [];
  let ignoredUnverified = [];
  let ignoredUnverifiedSeverities = [];
  if (keepsIssue(settings)) {
    const { baselines, organization } = outcome.validation.desired;
    const declaredStackSets = baselines.map(
      (baseline) => stackSetName(organization.stackSets.namePrefix, baseline.name)
    );
    ({ report, unverified, unverifiedSeverities, ignoredUnverified, ignoredUnverifiedSeverities } = await keepIssue(
      settings,
      event,
      report,
      {
        applying,
        declaredStackSets,
        ignoreList: outcome.validation.driftIgnore
      }
    ));
  }
  const count = report.findings.length + unverified.length;
  setOutput("drifted" /* drifted */, count > 0);
  setOutput("drift-count" /* driftCount */, count);
  const aside = driftAsideLine(report, ignoredUnverifiedSeverities);
  logInfo(
    `Drift: ${driftSummaryLine(report)}${unverified.length > 0 ? `; ${countOf(unverified.length, "earlier finding")} not checked again, kept open` : ""}${aside ? `; ${aside}` : ""}.`
  );
  startGroup("Every drift finding");
  for (const line of renderDriftText(report).split("\n")) logInfo(line);
  endGroup();
  summary.addRaw(
    fitComment(
      driftSections(report, {
        runUrl: event.runUrl,
        everyFindingIn: 'the step log of this run (the group "Every drift finding")',
        applying,
        unverified,
        unverifiedSeverities,
        ignoredUnverified,
        ignoredUnverifiedSeverities
      }),
      {
        limit: JOB_SUMMARY_LIMIT_BYTES,
        measure: utf8Bytes,
        limitOf: "job summary",
        seeAlso: 'the step log of this run (the group "Every drift finding"), or `vend drift --format json`'
      }
    ),
    true
  );
  await summary.write();
  if (settings.failOnDrift) {
    const minimum = severityRank(settings.failOnDrift);
    const failing = [
      ...findingsAtOrAbove(report, settings.failOnDrift),
      ...unverifiedSeverities.filter((severity) => severityRank(severity) <= minimum)
    ];
    if (failing.length > 0)
      setFailed(
        `vend drift: ${countOf(failing.length, "finding")} of severity ${settings.failOnDrift} or worse (fail-on-drift); see the job summary.`
      );
  }
}
async function reportNotRun(settings, event, notRun) {
  if (keepsIssue(settings)) {
    try {
      const result = await recordDriftNotRun(
        createGitHubClient(settings.githubToken),
        { owner: event.owner, repo: event.repo, botLogin: settings.commentAuthor, runUrl: event.runUrl },
        notRun
      );
      if (result.action !== "none") logInfo(`Drift issue ${result.action}: ${result.url}`);
    } catch (error2) {
      error(issueNotKept(error2));
    }
  }
  setOutput("drifted" /* drifted */, "unknown");
  setOutput("drift-count" /* driftCount */, "unknown");
  setOutput("drift-error" /* driftError */, notRun.error);
  summary.addRaw(renderDriftNotRunBody(notRun, { runUrl: event.runUrl }), true);
  await summary.write();
  setFailed(
    `vend drift could not run: ${notRun.error}. See the ${notRun.diagnostics.length > 0 ? "annotations" : "job summary"}.`
  );
}
function keepsIssue(settings) {
  return settings.comment && Boolean(settings.githubToken);
}
function driftIssueRefusal(event, allowNonDefaultBranch) {
  return defaultBranchRefusal(event, allowNonDefaultBranch, {
    command: "vend drift",
    does: "keeps the drift issue",
    refusesTo: "keep the drift issue",
    insteadOfOtherRef: "Run it on the default branch, or set comment: false to check this ref without the issue.",
    insteadOfOtherBranch: "Run it on the default branch, set comment: false to check this branch without the issue, or set allow-non-default-branch: true for a deliberate exception."
  });
}
async function unfinishedApplyRuns(settings, event) {
  if (!settings.githubToken) return [];
  try {
    return await unfinishedRuns(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      workflowFile: settings.applyWorkflow,
      branch: event.ref.replace(/^refs\/heads\//, "")
    });
  } catch (error2) {
    warning(
      `Could not ask GitHub whether ${settings.applyWorkflow} is running: ${errorMessage(error2).replace(/\.$/, "")}.${gitHubFailureHint(error2, "'actions: read'")} Without it the report cannot say when findings may be changes an apply has not made yet.`
    );
    return [];
  }
}
async function keepIssue(settings, event, report, about) {
  try {
    const result = await publishDriftIssue(
      createGitHubClient(settings.githubToken),
      { owner: event.owner, repo: event.repo, botLogin: settings.commentAuthor, runUrl: event.runUrl, ...about },
      report
    );
    if (result.action !== "none") logInfo(`Drift issue ${result.action}: ${result.url}`);
    return result;
  } catch (error2) {
    setFailed(issueNotKept(error2));
    return { report, unverified: [], unverifiedSeverities: [], ignoredUnverified: [], ignoredUnverifiedSeverities: [] };
  }
}
function issueNotKept(error2) {
  return `Could not keep the drift issue: ${errorMessage(error2).replace(/\.$/, "")}.${gitHubFailureHint(error2, "'issues: write'")} The findings are in the job summary.`;
}
export {
  driftIssueRefusal,
  runDriftAction
};
