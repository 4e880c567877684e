import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  accountsActedIn,
  accountsReached,
  instancesActedOn
} from "./chunk-ERQLQKFT.js";
import {
  canonicalJson,
  sha256Digest
} from "./chunk-GC7XXYZB.js";
import {
  CHANGE_KINDS,
  PLAN_FORMAT_VERSION,
  accountReference,
  ouReference,
  stackSetOfChangeId,
  stackSetReference
} from "./chunk-AA4LRLPW.js";
import {
  PARAMETER_OVERRIDES_TAG,
  listNames,
  problemPlace
} from "./chunk-EFBOC2AA.js";

// src/apply/apply-report.ts
var RUN_FAILURE_IDS = { endpoint: "endpoint", observe: "observe" };
var RUN_IDS = Object.values(RUN_FAILURE_IDS);
function attemptedFailures(report) {
  return report.failures.filter((failure) => failure.blockedBy === void 0 && !RUN_IDS.includes(failure.id));
}
function runFailures(report) {
  return report.failures.filter((failure) => RUN_IDS.includes(failure.id));
}
function notAttempted(report) {
  return report.failures.filter((failure) => failure.blockedBy !== void 0);
}
function outcomeCounts(report) {
  const applied = new Set(report.changesApplied.map((change) => change.id));
  const asMade = (id) => {
    const account = /^move-account:(.+)$/.exec(id)?.[1];
    const made = account && [`create-account:${account}`, `adopt-account:${account}`].find((made2) => applied.has(made2));
    return made ?? id;
  };
  const taken = /* @__PURE__ */ new Set();
  const count = (ids) => {
    const fresh = [...new Set(ids)].filter((id) => !taken.has(id));
    for (const id of fresh) taken.add(id);
    return fresh.length;
  };
  const failed = count(attemptedFailures(report).map((failure) => failure.id));
  const blocked = count(notAttempted(report).map((failure) => failure.id));
  const refused = count(report.refused.map((change) => change.id));
  const pending = count(report.pending.map((change) => asMade(change.id)));
  return { applied: count([...applied]), failed, notAttempted: blocked, refused, pending };
}
function changedNothing(report) {
  const made = report.changesApplied.length + report.createdAccounts.length + report.adoptedAccounts.length + report.baselineResults.length + report.verification.length;
  const touched = report.pending.some((change) => change.undoneDuringRun || change.unanswered);
  return made === 0 && !touched && attemptedFailures(report).length === 0 && runFailures(report).length === 0;
}
function changesDone(report) {
  return outcomeCounts(report).applied;
}
function applyExitCode(report) {
  const incomplete = report.stoppedBeforeStart !== void 0 || report.failures.length + report.refused.length + report.problems.length + report.pending.length > 0;
  return incomplete || failedVerifications(report) > 0 ? 1 : 0;
}
function failedVerifications(report) {
  return report.verification.filter((account) => account.error !== void 0 || account.roles.some((role) => !role.ok)).length;
}
function emptyApplyReport(approval) {
  return {
    changesApplied: [],
    createdAccounts: [],
    adoptedAccounts: [],
    baselineResults: [],
    refused: [],
    failures: [],
    problems: [],
    pending: [],
    verification: [],
    approval,
    digests: { first: "", last: "" }
  };
}
function failureReason(failure) {
  const prefix = `${failure.description} failed: `;
  return failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
}
function undeployedBaselines(report, namePrefix) {
  const undeployed = /* @__PURE__ */ new Map();
  for (const change of [...report.pending, ...report.refused, ...report.failures]) {
    if (!/^(?:add|update)-stack-instances:/.test(change.id)) continue;
    const stackSet = stackSetOfChangeId(change.id);
    if (!stackSet?.startsWith(namePrefix)) continue;
    for (const account of change.accounts ?? [])
      undeployed.set(account, (undeployed.get(account) ?? /* @__PURE__ */ new Set()).add(stackSet.slice(namePrefix.length)));
  }
  return undeployed;
}

// src/plan/account-scp-approval.ts
function scpsGainedBeyond(fresh, approved) {
  return compareAccountScps(fresh, approved, (now, shown) => [
    // In force once applied, and not as approved: for a move, only those the move brings (another SCP attached on
    // the path both share acts on the account wherever it is, and no move is needed for it).
    ...now.inForce.filter((scp) => !shown.inForce.includes(scp) && (!now.moved || now.brought.includes(scp))),
    // Under it for a while: only as the approved plan showed, until a detachment it holds.
    ...now.interim.filter((scp) => !shown.interim.includes(scp) && !shown.inForce.includes(scp))
  ]);
}
function compareAccountScps(fresh, approved, differing) {
  const inForce = (account) => account && [...account.scpsInForce, ...account.foreignScpsInForce ?? []];
  const movesOf = (plan) => new Map(plan.blastRadius.flatMap((entry) => entry.kind === "move" ? [[entry.changeId, entry]] : []));
  const approvedMoves = movesOf(approved);
  const freshMoves = movesOf(fresh);
  const approvedAccounts = new Map(approved.accounts.map((account) => [account.name, account]));
  const freshAccounts = new Map(fresh.accounts.map((account) => [account.name, account]));
  const detachedOnPath = (account) => {
    if (!account) return [];
    const path = account.ou.split("/");
    const onPath = /* @__PURE__ */ new Set([
      ouReference(""),
      accountReference(account.name),
      ...path.map((_, index) => ouReference(path.slice(0, index + 1).join("/")))
    ]);
    return approved.changes.filter((change) => change.kind === CHANGE_KINDS.detachScp && onPath.has(change.target)).map((change) => String(change.scope.scp));
  };
  const beyond = /* @__PURE__ */ new Map();
  for (const change of fresh.changes) {
    if (change.kind !== CHANGE_KINDS.moveAccount && change.kind !== CHANGE_KINDS.createAccount) continue;
    const account = String(change.scope.account);
    const shownAccount = approvedAccounts.get(account);
    const shownInForce = inForce(shownAccount);
    if (!shownInForce || !approvedMoves.has(change.id) && shownAccount?.status !== "new") continue;
    const freshMove = freshMoves.get(change.id);
    const approvedMove = approvedMoves.get(change.id);
    const now = {
      inForce: inForce(freshAccounts.get(account)) ?? [],
      interim: freshMove?.untilDetached ?? [],
      moved: change.kind === CHANGE_KINDS.moveAccount && shownAccount?.status !== "new",
      brought: freshMove ? [...freshMove.gains.scps, ...freshMove.untilDetached ?? []] : []
    };
    const shown = {
      inForce: shownInForce,
      interim: [...approvedMove?.untilDetached ?? [], ...detachedOnPath(freshAccounts.get(account))]
    };
    const differ = [...new Set(differing(now, shown))].sort();
    if (differ.length > 0) beyond.set(change.id, differ);
  }
  return beyond;
}
function scpsLostSince(fresh, approved) {
  const lost = compareAccountScps(
    fresh,
    approved,
    (now, shown) => shown.inForce.filter((scp) => !now.inForce.includes(scp))
  );
  const shownMoves = new Map(
    approved.blastRadius.flatMap((entry) => entry.kind === "move" ? [[entry.changeId, entry]] : [])
  );
  for (const entry of fresh.blastRadius) {
    const shown = entry.kind === "move" ? shownMoves.get(entry.changeId) : void 0;
    if (entry.kind !== "move" || !shown) continue;
    const left = entry.loses.scps.filter((scp) => !shown.loses.scps.includes(scp));
    if (left.length > 0) lost.set(entry.changeId, [.../* @__PURE__ */ new Set([...lost.get(entry.changeId) ?? [], ...left])].sort());
  }
  return lost;
}

// src/plan/saved-plan.ts
var MalformedPlanError = class extends Error {
  name = "MalformedPlanError";
};
function parseSavedPlan(text, file) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new MalformedPlanError(`Plan file ${file} is not JSON. Write it with 'vend plan --out ${file}'.`);
  }
  const malformed = (what) => new MalformedPlanError(`Plan file ${file} is not a vend plan: ${what}. Write it with 'vend plan --out ${file}'.`);
  if (!isRecord(value)) throw malformed("expected a JSON object");
  if (nestingDepth(value) > MAX_NESTING) throw malformed(`it is nested more than ${MAX_NESTING} levels deep`);
  if (value.formatVersion === void 0) throw malformed("it has no formatVersion");
  if (value.formatVersion !== PLAN_FORMAT_VERSION) {
    throw new MalformedPlanError(
      `Plan file ${file} has format version ${JSON.stringify(value.formatVersion)}; this vend applies version ${PLAN_FORMAT_VERSION}. Plan again with this version of vend.`
    );
  }
  if (typeof value.digest !== "string") throw malformed("it has no digest");
  if (typeof value.managementAccountId !== "string") throw malformed("it names no management account");
  if (value.commit !== null && typeof value.commit !== "string")
    throw malformed("its commit is neither a sha nor null");
  if (typeof value.repositoryDigest !== "string") throw malformed("it has no repository digest");
  if (typeof value.homeRegion !== "string") throw malformed("it names no home region");
  const summary = value.summary;
  if (!isRecord(summary) || !["create", "change", "destroy"].every((key) => Number.isInteger(summary[key])))
    throw malformed("it has no summary of changes");
  const changes = value.changes;
  if (!Array.isArray(changes)) throw malformed("it has no list of changes");
  for (const list of ["accounts", "organizationalUnits", "unmanagedAccounts", "blastRadius"])
    if (!Array.isArray(value[list]) || !value[list].every(isRecord)) throw malformed(`it has no list of ${list}`);
  const undeclared = value.undeclaredInstances;
  if (undeclared !== void 0 && !(Array.isArray(undeclared) && undeclared.every(
    (entry) => isRecord(entry) && ["stackSet", "accountId", "account", "region"].every((key) => typeof entry[key] === "string")
  )))
    throw malformed("its list of stack instances in undeclared accounts is malformed");
  value.accounts.forEach((account, index) => {
    if (typeof account.name !== "string" || typeof account.status !== "string" || !isStringList(account.scpsInForce) || account.foreignScpsInForce !== void 0 && !isStringList(account.foreignScpsInForce))
      throw malformed(`account ${index + 1} has no name, status or SCPs in force`);
  });
  value.blastRadius.forEach((entry, index) => {
    const gains = entry.gains;
    const valid = typeof entry.changeId === "string" && (entry.kind === "scp" ? isStringList(entry.accounts) : entry.kind === "stackset" ? isStringList(entry.instances) : entry.kind === "move" ? isRecord(gains) && isStringList(gains.scps) && (entry.untilDetached === void 0 || isStringList(entry.untilDetached)) : typeof entry.kind === "string");
    if (!valid) throw malformed(`blast radius entry ${index + 1} does not say whom its change reaches`);
  });
  if (!isRecord(value.noEchoParameters) || !Object.values(value.noEchoParameters).every(
    (names) => Array.isArray(names) && names.every((name) => typeof name === "string")
  ))
    throw malformed("it does not list its NoEcho parameters");
  if (!Array.isArray(value.problems) || !value.problems.every((problem) => isRecord(problem) && typeof problem.message === "string"))
    throw malformed("it has no list of problems");
  const kinds = new Set(Object.values(CHANGE_KINDS));
  changes.forEach((change, index) => {
    const where = `change ${index + 1}`;
    if (!isRecord(change)) throw malformed(`${where} is not an object`);
    if (typeof change.id !== "string" || !kinds.has(String(change.kind))) throw malformed(`${where} has no id or kind`);
    if (typeof change.target !== "string" || typeof change.description !== "string")
      throw malformed(`${where} (${change.id}) has no target or description`);
    if (typeof change.destructive !== "boolean" || typeof change.highImpact !== "boolean")
      throw malformed(`${where} does not say whether it is destructive or high-impact`);
    if (!isScope(change.scope)) throw malformed(`${where} (${change.id}) has no valid scope`);
  });
  return value;
}
var NAMED_PROBLEMS = 3;
function savedPlanRefusal(plan, file, current) {
  const { digest, ...body } = plan;
  if (sha256Digest(canonicalJson(body)) !== digest)
    return `Plan file ${file} was edited after vend wrote it: its content no longer matches its digest ${digest}. Plan again and have the new plan approved.`;
  if (plan.problems.length > 0) {
    const named = plan.problems.slice(0, NAMED_PROBLEMS).map((problem) => `${[problemPlace(problem), problem.message.replace(/\.$/, "")].filter(Boolean).join(": ")}`);
    const more = plan.problems.length - named.length;
    return `Plan file ${file} holds ${plan.problems.length === 1 ? "a problem" : `${plan.problems.length} problems`} that blocked apply when it was made: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}. Fix ${plan.problems.length === 1 ? "it" : "them"}, plan again, and have the new plan approved.`;
  }
  if (plan.managementAccountId !== current.managementAccountId)
    return `Plan file ${file} was computed for management account ${plan.managementAccountId}, not ${current.managementAccountId}, which baselines/organization.yaml declares: it is another organization's plan. Plan again from this repository and have that plan approved.`;
  if (plan.commit !== current.commit) {
    const planned = plan.commit ?? "a directory outside git";
    const here = current.commit ?? "a directory that is not a git checkout (or git cannot read it)";
    return `Plan file ${file} was computed from ${planned}, but the repository is at ${here}. Apply only the plan of the commit that is checked out: plan again from it.`;
  }
  if (plan.repositoryDigest !== current.repositoryDigest)
    return `Plan file ${file} was computed from other repository files than these (uncommitted changes?): accounts/ and baselines/ no longer read as they did. Plan again from the files as they are.`;
  return void 0;
}
var IMPLIED_BY = {
  [CHANGE_KINDS.moveAccount]: CHANGE_KINDS.createAccount,
  [CHANGE_KINDS.updateStackInstances]: CHANGE_KINDS.addStackInstances
};
function isCovered(change, approved) {
  const direct = approved.get(change.id);
  const update = change.kind === CHANGE_KINDS.updateStackInstances ? approved.get(`${CHANGE_KINDS.updateStackSet}:${stackSetReference(String(change.scope.stackSet))}`) : void 0;
  if (direct && direct.kind === change.kind && scopeContains(direct.scope, change.scope))
    return flagsWithin(change, direct) || update !== void 0 && flagsWithin(change, update);
  if (update && redeploysOnly(change)) return flagsWithin(change, update);
  const implying = IMPLIED_BY[change.kind];
  if (!implying) return false;
  const implied = approved.get(`${implying}${change.id.slice(change.kind.length)}`);
  return implied !== void 0 && impliedScopeContains(implied, change) && flagsWithin(change, implied);
}
function reachBeyond(fresh, approved) {
  const deployed = /* @__PURE__ */ new Map();
  for (const change of approved.changes)
    if (change.kind === CHANGE_KINDS.addStackInstances || change.kind === CHANGE_KINDS.updateStackInstances)
      for (const member of change.scope.members ?? [])
        deployed.set(change.target, (deployed.get(change.target) ?? /* @__PURE__ */ new Set()).add(member));
  const shown = new Map(
    approved.blastRadius.flatMap(
      (entry) => entry.kind === "scp" ? [[entry.changeId, new Set(entry.accounts)]] : entry.kind === "stackset" ? [[entry.changeId, new Set(entry.instances)]] : []
    )
  );
  const targetOf = new Map(approved.changes.map((change) => [change.id, change.target]));
  const shownDeniedEverything = new Map(
    approved.blastRadius.flatMap(
      (entry) => entry.kind === "scp" ? [[entry.changeId, entry.deniedEverything ?? []]] : []
    )
  );
  const beyond = /* @__PURE__ */ new Map();
  for (const entry of fresh.blastRadius) {
    const approvedReach = shown.get(entry.changeId);
    if (!approvedReach || entry.kind !== "scp" && entry.kind !== "stackset") continue;
    const alsoShown = entry.kind === "stackset" ? deployed.get(targetOf.get(entry.changeId) ?? "") ?? /* @__PURE__ */ new Set() : /* @__PURE__ */ new Set();
    const reach = entry.kind === "scp" ? entry.accounts : entry.instances;
    const added = reach.filter((item) => !approvedReach.has(item) && !alsoShown.has(item)).sort();
    const shownDenied = new Set(shownDeniedEverything.get(entry.changeId) ?? []);
    const denied = entry.kind === "scp" ? (entry.deniedEverything ?? []).filter((account) => !shownDenied.has(account)).sort().map((account) => `${account}${EVERY_ACTION_DENIED}`) : [];
    if (added.length + denied.length > 0) beyond.set(entry.changeId, [...added, ...denied]);
  }
  for (const [id, scps] of scpsGainedBeyond(fresh, approved)) beyond.set(id, scps);
  return beyond;
}
var EVERY_ACTION_DENIED = " (every action denied)";
function changesById(plan) {
  return new Map(plan.changes.map((change) => [change.id, change]));
}
function redeploysOnly(change) {
  const { before, after } = change;
  if (change.scope.deletes !== void 0 || !isRecord(before) || !isRecord(after)) return false;
  const wanted = canonicalJson(after.parameterOverrides ?? {});
  return (change.scope.members ?? []).every((member) => canonicalJson(before[member] ?? {}) === wanted);
}
function flagsWithin(change, approved) {
  return (!change.destructive || approved.destructive) && (!change.highImpact || approved.highImpact);
}
function scopeContains(approved, fresh) {
  const { members: approvedMembers, ...approvedFixed } = approved;
  const { members: freshMembers, ...freshFixed } = fresh;
  if (canonicalJson(approvedFixed) !== canonicalJson(freshFixed)) return false;
  if (freshMembers === void 0 || approvedMembers === void 0) return freshMembers === approvedMembers;
  const allowed = new Set(approvedMembers);
  return freshMembers.every((member) => allowed.has(member));
}
function impliedScopeContains(approved, fresh) {
  const scope = approved.scope;
  switch (fresh.kind) {
    case CHANGE_KINDS.moveAccount:
      return fresh.scope.account === scope.account && fresh.scope.ou === scope.ou && fresh.scope.from === "";
    default:
      return scopeContains(scope, fresh.scope);
  }
}
var MAX_NESTING = 200;
function nestingDepth(value) {
  let deepest = 0;
  const pending = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop();
    if (typeof current !== "object" || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isScope(value) {
  return isRecord(value) && Object.values(value).every(
    (field) => typeof field === "string" || Array.isArray(field) && field.every((item) => typeof item === "string")
  );
}
function isStringList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

// src/apply/change-detail.ts
function changeDetail(change, radius, notAttached = /* @__PURE__ */ new Set(), notDetached = /* @__PURE__ */ new Set()) {
  const before = asRecord(change.before);
  const after = asRecord(change.after);
  switch (change.kind) {
    case CHANGE_KINDS.tagAccount:
      return Object.entries(after).map(
        ([key, value]) => `${key}: ${key in before ? JSON.stringify(before[key]) : "(not set)"} \u2192 ${JSON.stringify(value)}`
      ).join(", ");
    case CHANGE_KINDS.untagAccount:
      return Object.entries(before).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(", ");
    case CHANGE_KINDS.moveAccount: {
      const move = radius?.kind === "move" ? radius : void 0;
      const parts = String(after["ou"] ?? "").split("/").filter(Boolean);
      const path = ["root", ...parts.map((_, depth) => `ou:${parts.slice(0, depth + 1).join("/")}`)];
      const stillOnPath = (scp) => path.some((target) => notDetached.has(`${scp}@${target}`));
      const named = (verb, noun, names = []) => names.length > 0 ? [`${verb} ${noun}${names.length === 1 ? "" : "s"} ${listNames(names, Infinity)}`] : [];
      return [
        `${String(before["ou"])} \u2192 ${String(after["ou"])}`,
        ...named(
          "gains",
          "SCP",
          move?.gains.scps.filter((scp) => !notAttached.has(scp))
        ),
        ...named(
          "is not yet under",
          "SCP",
          move?.gains.scps.filter((scp) => notAttached.has(scp))
        ).map((line) => `${line}, whose attachment did not take effect`),
        ...named(
          "loses",
          "SCP",
          move?.loses.scps.filter((scp) => !stillOnPath(scp))
        ),
        ...named("is still under", "SCP", move?.loses.scps.filter(stillOnPath)).map(
          (line) => `${line}, whose detachment did not take effect`
        )
        // Not its baselines: stack-instance changes of their own deploy and remove them, and may fail or be refused
        // while the move succeeds, so the account's line says what became of each.
      ].join("; ");
    }
    case CHANGE_KINDS.renameAccount:
      return `'${String(before["name"])}' \u2192 '${String(after["name"])}'`;
    case CHANGE_KINDS.recordParameterOverrides: {
      const listed = (side) => Array.isArray(side["baselines"]) && side["baselines"].length > 0 ? JSON.stringify(side["baselines"].join(" ")) : void 0;
      const [was, is] = [listed(before), listed(after)];
      return `${PARAMETER_OVERRIDES_TAG}: ${was ?? "(not set)"} \u2192 ${is ?? "(removed)"}`;
    }
    default:
      return void 0;
  }
}
function asRecord(value) {
  return typeof value === "object" && value !== null ? value : {};
}

// src/apply/approval.ts
var SAVED_PLAN_SOURCE = "plan file ";
var TERMINAL_CONFIRMATION = "confirmed at the terminal";
function notApprovedReason(source, approvedAs, fresh) {
  const differing = approvedAs && fresh ? [.../* @__PURE__ */ new Set([...Object.keys(approvedAs.scope), ...Object.keys(fresh.scope)])].filter((key) => JSON.stringify(approvedAs.scope[key]) !== JSON.stringify(fresh.scope[key])).sort() : [];
  const what = !approvedAs ? `It is not in the approved plan (${source})` : fresh && approvedAs.description !== fresh.description ? `The approved plan (${source}) holds it only as "${approvedAs.description}"` : differing.length > 0 ? `The approved plan (${source}) holds it with another scope (${differing.join(", ")} differ${differing.length === 1 ? "s" : ""})` : fresh?.destructive && !approvedAs.destructive ? `The approved plan (${source}) holds it, but not as destructive` : `The approved plan (${source}) holds it, but not as high impact${fresh?.highImpactReason ? `, which it now is: ${fresh.highImpactReason}` : ""}`;
  return `${what}: the organization or the repository changed since that plan was made. Plan again and have the new plan approved.`;
}
function scpReach(beyond) {
  const denied = beyond.filter((entry) => entry.endsWith(EVERY_ACTION_DENIED));
  const reached = beyond.filter((entry) => !entry.endsWith(EVERY_ACTION_DENIED));
  return [
    ...reached.length > 0 ? [
      `now reaches ${reached.length === 1 ? "an account" : `${reached.length} accounts`} the approved plan did not show it reaching (${reached.join(", ")})`
    ] : [],
    ...denied.length > 0 ? [
      `now leaves ${denied.length === 1 ? "an account" : `${denied.length} accounts`} with every action denied, which the approved plan did not show (${denied.map((entry) => entry.slice(0, -EVERY_ACTION_DENIED.length)).join(", ")}: what allowed actions there changed since)`
    ] : []
  ].join(", and ");
}
function grownReachReason(id, beyond, source, lost) {
  const scps = (names) => `${names.length === 1 ? "SCP" : "SCPs"} ${names.join(", ")}`;
  const account = [
    ...beyond && beyond.length > 0 ? [
      `now puts the account under ${scps(beyond)}, which the approved plan did not show in force for it (attached on its new path since)`
    ] : [],
    ...lost && lost.length > 0 ? [
      `now takes the account out from under ${scps(lost)}, which the approved plan did not show it losing (detached from its new path, or attached on the path it leaves, since)`
    ] : []
  ].join(", and ");
  const reach = /^(?:move|create)-account:/.test(id) ? account : id.includes(":stackset:") ? `now redeploys ${beyond.length === 1 ? "a stack instance" : `${beyond.length} stack instances`} the approved plan did not list (${beyond.join(", ")})` : scpReach(beyond);
  return `It ${reach}: the organization changed since that plan (${source}) was made. Plan again and have the new plan approved.`;
}
function onlyReachDiffers(approvedAs, fresh) {
  return approvedAs !== void 0 && canonicalJson(approvedAs.scope) === canonicalJson(fresh.scope);
}
function actedOn(change) {
  const acted = accountsActedIn(change);
  const members = instancesActedOn(change);
  const detail = changeDetail(change);
  return {
    ...acted.length > 0 ? { accounts: acted } : {},
    ...members.length > 0 ? { members } : {},
    ...detail ? { detail } : {}
  };
}
function authorizeChanges(changes, options) {
  const approved = changesById(options.approved);
  const allowed = [];
  const refused = [];
  for (const change of changes) {
    const where = actedOn(change);
    const grown = options.grownReach.has(change.id) || (options.lostScps?.has(change.id) ?? false);
    if (!isCovered(change, approved) && !(grown && onlyReachDiffers(approved.get(change.id), change))) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: notApprovedReason(options.source, approved.get(change.id), change),
        outdated: true
      });
    } else if (grown) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: grownReachReason(
          change.id,
          options.grownReach.get(change.id),
          options.source,
          options.lostScps?.get(change.id)
        ),
        outdated: true
      });
    } else if (change.destructive && !options.allowDestructive) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: "It is destructive. It is in the approved plan, but apply carries out destructive changes only with allow-destructive (--allow-destructive)."
      });
    } else if (change.highImpact && !options.allowHighImpact) {
      refused.push({
        id: change.id,
        description: change.description,
        ...where,
        reason: HIGH_IMPACT_REASON
      });
    } else allowed.push(change);
  }
  return { allowed, refused };
}
async function approveFirstPlan(plan, approval, report) {
  report.approval.digest = plan.digest;
  if (approval.kind === "first-plan" && approval.show) approval.show(plan);
  if (approval.kind !== "first-plan" || !approval.confirm) return plan;
  if (plan.changes.length === 0) {
    report.approval.source = approval.source.replace(
      TERMINAL_CONFIRMATION,
      "nothing to confirm: the plan had no changes"
    );
    return plan;
  }
  if (await approval.confirm(plan)) return plan;
  report.approval.approved = false;
  report.stoppedBeforeStart = "Apply cancelled: the plan was not confirmed. Nothing was changed.";
  return void 0;
}
function admitsHighImpact(plan, allow, report, unconfirmed = false) {
  const highImpact = plan.changes.filter((change) => change.highImpact);
  if (allow.highImpact || highImpact.length === 0) return true;
  if (unconfirmed) report.approval = { ...report.approval, digest: plan.digest, approved: false };
  else if (!report.approval.digest) report.approval = { ...report.approval, digest: plan.digest };
  const radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
  report.refused = highImpact.map((change) => {
    const where = actedOn(change);
    const reached = where.accounts ? [] : accountsReached(radius.get(change.id));
    return {
      id: change.id,
      description: change.description,
      ...where,
      ...reached.length > 0 ? { reaches: reached } : {},
      reason: unconfirmed ? HIGH_IMPACT_UNCONFIRMED_REASON : HIGH_IMPACT_REASON
    };
  });
  const destructive = allow.destructive ? 0 : plan.changes.filter((change) => change.destructive).length;
  report.stoppedBeforeStart = `The plan holds ${highImpact.length === 1 ? "1 high-impact change" : `${highImpact.length} high-impact changes`}, and apply carries out such a plan only with allow-high-impact (--allow-high-impact), which the example workflow sets where the plan goes to the stricter environment's review.${destructive > 0 ? ` It also holds ${destructive === 1 ? "1 destructive change" : `${destructive} destructive changes`}, which apply carries out only with allow-destructive (--allow-destructive): give both.` : ""} Nothing was changed.`;
  return false;
}
var HIGH_IMPACT_UNCONFIRMED_REASON = "It is high impact, and apply carries out high-impact changes only with allow-high-impact (--allow-high-impact), so the plan was not put to you for confirmation.";
var HIGH_IMPACT_REASON = "It is high impact. It is in the approved plan, but apply carries out high-impact changes only with allow-high-impact (--allow-high-impact), which the workflow sets where they go to the second environment for review.";
function coversWholePlan(approved, plan, report) {
  const approvedChanges = changesById(approved);
  const grown = reachBeyond(plan, approved);
  const lost = scpsLostSince(plan, approved);
  const uncovered = plan.changes.filter(
    (change) => !isCovered(change, approvedChanges) || grown.has(change.id) || lost.has(change.id)
  );
  if (uncovered.length === 0) return true;
  report.refused = uncovered.map((change) => ({
    id: change.id,
    description: change.description,
    ...actedOn(change),
    // As authorizeChanges decides: what the change now reaches beyond the approval says what changed in the
    // organization (the account that moved in), which the flag it gained for it would not.
    reason: (grown.has(change.id) || lost.has(change.id)) && (isCovered(change, approvedChanges) || onlyReachDiffers(approvedChanges.get(change.id), change)) ? grownReachReason(change.id, grown.get(change.id), report.approval.source, lost.get(change.id)) : notApprovedReason(report.approval.source, approvedChanges.get(change.id), change),
    outdated: true
  }));
  report.stoppedBeforeStart = `The organization or the repository changed since the approved plan (${report.approval.source}) was made: the plan now holds ${uncovered.length} change${uncovered.length === 1 ? "" : "s"} it does not cover. Nothing was changed. Plan again and have the new plan approved.`;
  return false;
}
function refuseUncovered(approved, plan, report) {
  const approvedChanges = changesById(approved);
  const accounted = new Set([...report.refused, ...report.failures].map((change) => change.id));
  for (const change of plan.changes)
    if (!accounted.has(change.id) && !isCovered(change, approvedChanges))
      report.refused.push({
        id: change.id,
        description: change.description,
        ...actedOn(change),
        reason: notApprovedReason(report.approval.source, approvedChanges.get(change.id), change),
        outdated: true
      });
}

export {
  RUN_FAILURE_IDS,
  attemptedFailures,
  runFailures,
  notAttempted,
  outcomeCounts,
  changedNothing,
  changesDone,
  applyExitCode,
  failedVerifications,
  emptyApplyReport,
  failureReason,
  undeployedBaselines,
  changeDetail,
  scpsLostSince,
  MalformedPlanError,
  parseSavedPlan,
  savedPlanRefusal,
  reachBeyond,
  SAVED_PLAN_SOURCE,
  TERMINAL_CONFIRMATION,
  authorizeChanges,
  approveFirstPlan,
  admitsHighImpact,
  coversWholePlan,
  refuseUncovered
};
