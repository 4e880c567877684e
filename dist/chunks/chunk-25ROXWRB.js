import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RUN_FAILURE_IDS,
  SAVED_PLAN_SOURCE,
  TERMINAL_CONFIRMATION,
  applyExitCode,
  attemptedFailures,
  failedVerifications,
  failureReason,
  notAttempted,
  outcomeCounts,
  runFailures
} from "./chunk-35YVF6NK.js";
import {
  undeclaredInstancesClause
} from "./chunk-ESJ75BXI.js";
import {
  stackSetOfChangeId
} from "./chunk-AA4LRLPW.js";
import {
  UNANSWERED,
  UNDONE_DURING_RUN,
  changeLabel,
  whereInstances
} from "./chunk-JJIYTWUR.js";
import {
  countOf,
  problemPlace
} from "./chunk-EFBOC2AA.js";
import {
  visibleLine
} from "./chunk-JWIVJMBW.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/report/apply-by-account.ts
function applyOutcomeByAccount(report) {
  const outcomes = /* @__PURE__ */ new Map();
  const outcome = (account) => {
    const existing = outcomes.get(account);
    if (existing) return existing;
    const created2 = { account, done: [], failed: [], notDone: [] };
    outcomes.set(account, created2);
    return created2;
  };
  for (const account of [...report.createdAccounts, ...report.adoptedAccounts]) outcome(account.name).id = account.id;
  const organization = /* @__PURE__ */ new Map();
  const instances = instanceOutcomes(report);
  const settled = applyExitCode(report) === 0 && report.pending.length === 0;
  const created = new Set(report.createdAccounts.map((account) => account.name));
  const notCreated = new Set(
    [...report.failures, ...report.refused, ...report.pending].filter((change) => change.id.startsWith(CREATE_ACCOUNT)).map((change) => change.id.slice(CREATE_ACCOUNT.length)).filter((name) => !created.has(name))
  );
  const joined = /* @__PURE__ */ new Set();
  for (const change of report.changesApplied) {
    const accounts = change.accounts ?? [];
    if (change.id.startsWith(CREATE_ACCOUNT)) for (const account of accounts) joined.add(account);
    if (accounts.length === 0) {
      const what = organizationPhrase(change);
      organization.set(what, (organization.get(what) ?? 0) + 1);
    }
    for (const account of accounts) outcome(account).done.push(accountPhrase(change, account));
    const update = stackSetUpdate(change, instances);
    for (const account of (change.reaches ?? []).filter(
      (name) => !notCreated.has(name) && (!created.has(name) || joined.has(name))
    )) {
      if (!update)
        outcome(account).done.push(
          !["update-stackset", "adopt-stackset"].includes(kindOf(change)) ? `through: ${reachPhrase(change)}` : settled ? `through: ${reachPhrase(change)} (its operation listed no instance results; apply's last read of the organization found nothing left to do)` : `through: StackSet ${stackSetOfChangeId(change.id) ?? change.id} updated; its operation listed no instance results, so the redeployment here is not confirmed (check it in CloudFormation)`
        );
      else if (update.succeeded.has(account)) outcome(account).done.push(`through: ${reachPhrase(change)}`);
      else if (!update.failed.has(account))
        outcome(account).failed.push(
          `through: ${reachPhrase(change)}, but its operation ${update.operationId} lists no result for the instances here: check it in CloudFormation, or re-run apply`
        );
    }
  }
  const finished = new Set(report.changesApplied.map((change) => change.id));
  for (const [verb, accounts] of [
    ["created", report.createdAccounts],
    ["adopted", report.adoptedAccounts]
  ])
    for (const account of accounts)
      if (!finished.has(`create-account:account:${account.name}`) && !finished.has(`adopt-account:account:${account.name}`))
        outcome(account.name).done.push(
          `${verb}, but apply stopped before it was in its OU (it may be under the root, without its OU's SCPs): re-run apply`
        );
  const instanceReasons = /* @__PURE__ */ new Set();
  for (const result of report.baselineResults) {
    for (const instance of result.failed) {
      const account = instance.account.replace(/ \(\d{12}\)$/, "");
      outcome(account).failed.push(
        `${OPERATION_VERBS[result.action]} ${result.stackSet} in ${instance.region}: ${instance.reason}`
      );
      instanceReasons.add(`${result.changeId ?? result.stackSet}
${account}`);
    }
  }
  const toldPerInstance = (failure, account) => instanceReasons.has(`${failure.id}
${account}`) || instanceReasons.has(`${stackSetOfChangeId(failure.id) ?? failure.id}
${account}`);
  for (const failure of notAttempted(report)) {
    for (const account of failure.accounts ?? [])
      outcome(account).notDone.push(
        `not attempted: ${undonePhrase(failure, account)}, since ${neededChange(report, failure)} did not complete`
      );
    for (const account of (failure.reaches ?? []).filter((name) => !notCreated.has(name)))
      outcome(account).notDone.push(`through: ${failure.description} (not attempted)`);
  }
  for (const failure of attemptedFailures(report)) {
    for (const account of failure.accounts ?? []) {
      if (toldPerInstance(failure, account)) continue;
      outcome(account).failed.push(`${undonePhrase(failure, account)} failed: ${failureReason(failure)}`);
    }
    const update = stackSetUpdate(failure, instances);
    for (const account of (failure.reaches ?? []).filter((name) => !notCreated.has(name))) {
      if (toldPerInstance(failure, account) || update?.failed.has(account)) continue;
      if (update?.succeeded.has(account))
        outcome(account).done.push(`through: ${reachPhrase(failure)} (here, before the operation stopped)`);
      else if (update)
        outcome(account).failed.push(
          `through: ${undonePhrase(failure)}: not reached, the operation ${update.operationId} stopped first (${failureReason(failure)})`
        );
      else
        outcome(account).failed.push(
          `through: ${failure.description}, which failed before it reached any account (AWS's reason is with the failed change)`
        );
    }
  }
  for (const refusal of report.refused) {
    for (const account of refusal.accounts ?? [])
      outcome(account).notDone.push(`refused: ${undonePhrase(refusal, account)}`);
    for (const account of (refusal.reaches ?? []).filter((name) => !notCreated.has(name)))
      outcome(account).notDone.push(`through: ${refusal.description} (refused)`);
  }
  for (const change of report.pending) {
    for (const account of change.accounts ?? [])
      outcome(account).notDone.push(
        change.unanswered ? `not confirmed: ${change.description} (${UNANSWERED})` : change.undoneDuringRun ? `undone during the run: ${change.description} (${UNDONE_DURING_RUN})` : `still planned: ${change.heldBackBy ? `held back by the refused "${change.heldBackByDescription ?? change.heldBackBy}": ` : ""}${change.description}`
      );
    for (const account of (change.reaches ?? []).filter((name) => !notCreated.has(name)))
      outcome(account).notDone.push(
        `through: ${change.description} (${change.unanswered ? `not confirmed, ${UNANSWERED}` : change.undoneDuringRun ? `undone during the run: ${UNDONE_DURING_RUN}` : "still planned"})`
      );
  }
  return {
    accounts: [...outcomes.values()].sort((a, b) => rank(a) - rank(b) || compareText(a.account, b.account)),
    organization: [...organization].map(([what, count]) => organizationCount(what, count))
  };
}
function rank(outcome) {
  if (outcome.failed.length > 0) return 0;
  const direct = [...outcome.done, ...outcome.notDone].some((line) => !line.startsWith("through: "));
  return direct ? 1 : 2;
}
var OPERATION_VERBS = {
  CREATE: "deploying",
  UPDATE: "updating",
  DELETE: "removing"
};
var AccountSet = class {
  names = /* @__PURE__ */ new Set();
  ids = /* @__PURE__ */ new Set();
  constructor(labels) {
    for (const label of labels) {
      const id = /(?:^|\()(\d{12})\)?$/.exec(label)?.[1];
      if (id) this.ids.add(id);
      this.names.add(label.replace(/ \(\d{12}\)$/, ""));
    }
  }
  has(account) {
    const id = /\((\d{12})\)$/.exec(account)?.[1];
    return id ? this.ids.has(id) : this.names.has(account);
  }
};
function instanceOutcomes(report) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const result of report.baselineResults) {
    if (!result.changeId || !result.succeededAccounts) continue;
    if (result.succeededAccounts.length + result.failed.length === 0) continue;
    outcomes.set(result.changeId, {
      operationId: result.operationId,
      succeeded: new AccountSet(result.succeededAccounts),
      failed: new AccountSet(result.failed.map((instance) => instance.account))
    });
  }
  return outcomes;
}
function stackSetUpdate(change, outcomes) {
  if (!["update-stackset", "adopt-stackset"].includes(kindOf(change))) return void 0;
  return outcomes.get(change.id);
}
function reachPhrase(change) {
  const target = change.id.slice(change.id.lastIndexOf("@") + 1);
  const where = target === "root" ? "the root" : target.startsWith("ou:") ? `OU ${target.slice(3)}` : target;
  const name = change.id.slice(change.id.indexOf(":") + 1).replace(/^(scp|stackset):/, "");
  const phrases = {
    "attach-scp": `SCP ${scpOf(change.id)} attached to ${where}`,
    "detach-scp": `SCP ${scpOf(change.id)} detached from ${where}`,
    "update-scp": `SCP ${name} updated`,
    "update-stackset": `StackSet ${name} updated, its stack instances redeployed`,
    "adopt-stackset": `StackSet ${name} adopted, its stack instances redeployed`
  };
  return phrases[kindOf(change)] ?? change.description;
}
var CREATE_ACCOUNT = "create-account:account:";
function kindOf(change) {
  return change.id.slice(0, change.id.indexOf(":"));
}
function scpOf(id) {
  return id.slice(id.indexOf(":") + 1, id.lastIndexOf("@"));
}
function accountPhrase(change, account) {
  const stackSet = stackSetOfChangeId(change.id) ?? "";
  const where = regionsIn(change, account);
  const detail = change.detail ? `: ${change.detail}` : "";
  const phrases = {
    "create-account": "created",
    "adopt-account": "adopted",
    "move-account": `moved${detail || " to its OU"}`,
    "tag-account": `tags set${detail}`,
    "untag-account": `undeclared tags removed${detail}`,
    "rename-account": `renamed${detail}`,
    "record-parameter-overrides": `record of baselines with parameter overrides updated${detail || " (tag vend:parameter-overrides)"}`,
    "attach-scp": `SCP ${scpOf(change.id)} attached`,
    "detach-scp": `SCP ${scpOf(change.id)} detached`,
    "close-account": "closed",
    "add-stack-instances": `${stackSet} deployed${where}`,
    "update-stack-instances": `${stackSet} updated${where}`,
    "remove-stack-instances": `${stackSet} removed${where}`
  };
  return phrases[kindOf(change)] ?? change.description;
}
function undonePhrase(change, account) {
  const stackSet = `${stackSetOfChangeId(change.id) ?? ""}${account === void 0 ? "" : regionsIn(change, account)}`;
  const phrases = {
    "create-account": "creating it",
    "adopt-account": "adopting it",
    "move-account": `moving it${change.detail ? ` (${change.detail.split("; ")[0]})` : " to its OU"}`,
    "tag-account": `setting its tags${change.detail ? ` (${change.detail})` : ""}`,
    "untag-account": "removing undeclared tags",
    "rename-account": "renaming it",
    "record-parameter-overrides": "recording its parameter overrides",
    "attach-scp": `attaching SCP ${scpOf(change.id)}`,
    "detach-scp": `detaching SCP ${scpOf(change.id)}`,
    "close-account": "closing it",
    "add-stack-instances": `deploying ${stackSet}`,
    "update-stack-instances": `updating ${stackSet}`,
    "remove-stack-instances": `removing ${stackSet}`,
    "update-stackset": `updating StackSet ${stackSet}`,
    "adopt-stackset": `adopting StackSet ${stackSet}`
  };
  return phrases[kindOf(change)] ?? change.description;
}
var ORGANIZATION_PHRASES = {
  "enable-scp-type": ["SCP policy type enabled on the root", "SCP policy type enabled on the root"],
  "create-ou": ["OU created", "OUs created"],
  "adopt-ou": ["OU adopted", "OUs adopted"],
  "create-scp": ["SCP created", "SCPs created"],
  "update-scp": ["SCP updated", "SCPs updated"],
  "delete-scp": ["SCP deleted", "SCPs deleted"],
  "attach-scp": ["SCP attached to the root or an OU", "SCPs attached to the root or OUs"],
  "detach-scp": ["SCP detached from the root or an OU", "SCPs detached from the root or OUs"],
  "create-stackset": ["StackSet created", "StackSets created"],
  "adopt-stackset": ["StackSet adopted", "StackSets adopted"],
  "update-stackset": ["StackSet updated", "StackSets updated"],
  "delete-stackset": ["StackSet deleted", "StackSets deleted"],
  "adopt-scp": ["SCP adopted", "SCPs adopted"]
};
function organizationPhrase(change) {
  return ORGANIZATION_PHRASES[kindOf(change)] ? kindOf(change) : change.description;
}
function organizationCount(what, count) {
  const phrase = ORGANIZATION_PHRASES[what];
  if (!phrase) return count === 1 ? what : `${what} (\xD7${count})`;
  if (what === "enable-scp-type") return phrase[0];
  return countOf(count, phrase[0], phrase[1]);
}
function regionsIn(change, account) {
  const regions = (change.members ?? []).filter((member) => member.slice(0, member.lastIndexOf("/")) === account).map((member) => member.slice(member.lastIndexOf("/") + 1));
  return regions.length > 0 ? ` in ${[...new Set(regions)].sort(compareText).join(", ")}` : "";
}
function neededChange(report, failure) {
  const blocker = [...report.failures, ...report.pending, ...report.changesApplied].find(
    (candidate) => candidate.id === failure.blockedBy
  );
  return blocker?.description ?? changeLabel(failure.blockedBy ?? "");
}

// src/report/apply-text.ts
function applySummaryLine(report) {
  const run = runFailures(report);
  const counts = outcomeCounts(report);
  const parts = [
    `${countOf(counts.applied, "change")} applied`,
    `${counts.failed} failed`,
    `${counts.refused} refused`
  ];
  if (counts.notAttempted > 0) parts.push(`${counts.notAttempted} not attempted`);
  if (counts.pending > 0) parts.push(`${counts.pending} still planned`);
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const unplaced = report.createdAccounts.filter((account) => !applied.has(`create-account:account:${account.name}`));
  if (unplaced.length > 0)
    parts.push(
      `${countOf(unplaced.length, "account")} created but not yet in ${unplaced.length === 1 ? "its OU" : "their OUs"} (re-run apply)`
    );
  const unverified = failedVerifications(report);
  if (unverified > 0) parts.push(`${countOf(unverified, "new account")} whose baseline roles did not check out`);
  const stopped = run.map(
    (failure) => failure.id === RUN_FAILURE_IDS.endpoint ? "a call to AWS got no answer" : "reading the organization again failed"
  );
  return `${parts.join(", ")}${stopped.length > 0 ? `; stopped early: ${stopped.join(" and ")}` : ""}`;
}
var PENDING_MARK = { create: "+", change: "~", destroy: "-" };
function pendingLine(change) {
  const description = `${change.description}${change.members?.length ? whereInstances(change.members, change.description) : ""}`;
  return change.heldBackBy ? `${description} (held back: it needs "${change.heldBackByDescription ?? change.heldBackBy}", which was refused; a re-run with the same flags holds it again)` : change.unanswered ? `${description} (${UNANSWERED})` : change.undoneDuringRun ? `${description} (${UNDONE_DURING_RUN})` : description;
}
function stillPlannedHeading(report) {
  if (report.refused.some((change) => change.outdated))
    return report.approval.source.startsWith(SAVED_PLAN_SOURCE) ? `Still planned (plan again and have the new plan approved: the ${report.approval.source} is refused again as it is):` : report.approval.source.startsWith(TERMINAL_CONFIRMATION) ? "Still planned (run apply again: it plans afresh, and you confirm the new plan):" : "Still planned (run apply again: it plans afresh from the organization as it is now):";
  return report.failures.length + report.refused.length + report.problems.length > 0 ? "Still planned (re-run apply once the causes above are fixed):" : "Still planned (re-run apply to make them):";
}
function renderApplyText(report) {
  const lines = [];
  if (report.stoppedBeforeStart) lines.push(report.stoppedBeforeStart);
  else if (report.changesApplied.length + report.failures.length + report.refused.length + report.problems.length + report.pending.length === 0) {
    lines.push(
      `No changes. The organization already matches the repository${undeclaredInstancesClause(report.undeclaredInstances, `vend plan lists ${report.undeclaredInstances === 1 ? "it" : "them"}`)}.`
    );
  }
  const section = (title, body) => {
    if (body.length > 0) lines.push("", title, ...body);
  };
  section(
    "Problems that block apply:",
    report.problems.map((problem) => `  ! ${problem.target} ${problemPlace(problem)}: ${problem.message}`)
  );
  section(
    "Stopped early:",
    runFailures(report).map((failure) => `  \u2717 ${failureReason(failure)}`)
  );
  section(
    "Failed:",
    attemptedFailures(report).flatMap((failure) => [
      `  \u2717 ${failure.description} (${changeLabel(failure.id)})`,
      `      ${failureReason(failure)}`
    ])
  );
  section(
    "Not attempted (each needs a change that did not complete):",
    notAttempted(report).map(
      (failure) => `  - ${failure.description} (${changeLabel(failure.id)}), needs ${neededChange(report, failure)}`
    )
  );
  section(
    "Refused:",
    report.refused.flatMap((change) => [
      `  - ${change.description} (${changeLabel(change.id)})`,
      `      ${change.reason}`
    ])
  );
  section(
    // A plan that no longer covers the organization is refused again as it is: only a new, approved plan goes on.
    stillPlannedHeading(report),
    report.pending.map((change) => `  ${PENDING_MARK[change.action ?? "change"]} ${pendingLine(change)}`)
  );
  const byAccount = applyOutcomeByAccount(report);
  section(
    "By account:",
    byAccount.accounts.flatMap((account) => [
      `  ${account.account}${account.id ? ` (${account.id})` : ""}: ${account.done.join("; ") || (account.notDone.some((undone) => undone.startsWith("not confirmed")) ? "nothing confirmed done" : "nothing done")}`,
      ...account.failed.map((failure) => `      \u2717 ${failure}`),
      ...account.notDone.map((undone) => `      - ${undone}`)
    ])
  );
  section(
    "Across the organization:",
    byAccount.organization.length > 0 ? [`  ${byAccount.organization.join("; ")}`] : []
  );
  section(
    "Baselines (StackSet operations):",
    alignedColumns(
      report.baselineResults.map((result) => [
        result.stackSet,
        result.action,
        result.status,
        `${result.succeeded} succeeded, ${result.failed.length} failed`,
        `(operation ${result.operationId})`
      ])
    ).map((row) => `  ${row}`)
  );
  section(
    "Baseline roles in new accounts:",
    report.verification.flatMap((account) => [
      `  ${account.account.name} (${account.account.id})${account.error ? `: ${account.error}` : account.roles.length === 0 && !account.notDeployed ? ": no named baseline roles to check" : ""}`,
      ...account.roles.map(
        (role) => `      ${role.ok ? "\u2713" : "\u2717"} ${role.roleName} (${role.baseline}): ${!role.exists ? "missing" : role.permissionsBoundaryArn ? `boundary ${role.permissionsBoundaryArn}` : role.boundaryExpected ? "NO permissions boundary" : "no boundary (none declared)"}`
      ),
      ...account.notDeployed ? [`      - not checked: ${notDeployedPhrase(account.notDeployed)}`] : []
    ])
  );
  lines.push("", approvalLine(report), `Apply: ${applySummaryLine(report)}.`);
  return lines.map(visibleLine).join("\n").trimStart();
}
function notDeployedPhrase(baselines) {
  return `the roles of ${baselines.join(", ")}, which this run did not deploy here (see what failed, was refused or was not done)`;
}
function approvalLine(report) {
  const { approval } = report;
  const commit = approval.commit ? ` of commit ${approval.commit.slice(0, 12)}` : "";
  if (!approval.approved) return `Plan ${approval.digest}${commit} was not approved.`;
  return `Approved plan: ${approval.digest || "(none computed)"}${commit}, ${approval.source}.`;
}
function alignedColumns(rows) {
  const widths = rows.reduce(
    (found, row) => row.map((cell, index) => Math.max(found[index] ?? 0, [...cell].length)),
    []
  );
  return rows.map(
    (row) => row.map((cell, index) => index === row.length - 1 ? cell : cell + " ".repeat(widths[index] - [...cell].length)).join("  ")
  );
}

export {
  applyOutcomeByAccount,
  neededChange,
  applySummaryLine,
  pendingLine,
  renderApplyText,
  notDeployedPhrase,
  approvalLine
};
