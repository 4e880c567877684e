import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DriftContext,
  applyIgnoreList,
  changeFindings,
  findRenamedOrganizationalUnits
} from "./chunk-RQ5B6WDW.js";
import {
  loosens
} from "./chunk-QYDP2QCF.js";
import {
  canonicalJson
} from "./chunk-J5KM54P4.js";
import {
  noEchoIn
} from "./chunk-HSIIRGOE.js";
import {
  compareFindings
} from "./chunk-64E6KWWN.js";
import {
  DRIFT_KINDS
} from "./chunk-BP5JTKJ7.js";
import {
  CHANGE_KINDS,
  ouReference,
  resolveOrganizationalUnits
} from "./chunk-2GIN4GSV.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/drift/pull-request-drift.ts
function correctionIds(mainDrift) {
  return new Set(mainDrift && "corrections" in mainDrift ? mainDrift.corrections.map((change) => change.id) : []);
}
var ALREADY_ON_MAIN = "(already on main, not this branch\u2019s)";
function problemKey(problem) {
  return `${problem.target}
${problem.message}`;
}
function problemsOnMain(mainDrift) {
  return new Set(mainDrift && "corrections" in mainDrift ? mainDrift.problemsOnMain ?? [] : []);
}
function separateMainDrift(pullRequest, main) {
  const key = (change) => `${change.id}
${canonicalJson(change.scope)}`;
  const onMain = new Set(main.changes.map(key));
  const mainById = new Map(main.changes.map((change) => [change.id, change]));
  const pullRequestById = new Map(pullRequest.changes.map((change) => [change.id, change]));
  const corrections = pullRequest.changes.filter((change) => onMain.has(key(change)));
  const alsoCorrecting = pullRequest.changes.filter((change) => !onMain.has(key(change)) && mainById.has(change.id));
  const correctionSummary = { create: 0, change: 0, destroy: 0 };
  for (const change of corrections) correctionSummary[change.action]++;
  const mainProblems = new Set(main.problems.map(problemKey));
  const sharedProblems = pullRequest.problems.map(problemKey).filter((key2) => mainProblems.has(key2));
  const edits = alsoCorrecting.flatMap((change) => branchEdit(change, mainById.get(change.id)));
  return {
    corrections,
    correctionSummary,
    alsoCorrecting,
    ...edits.length > 0 ? { branchEdits: edits } : {},
    ...sharedProblems.length > 0 ? { problemsOnMain: sharedProblems } : {},
    accepted: main.changes.filter((change) => !replaces(pullRequestById.get(change.id), change))
  };
}
function branchEdit(change, main) {
  const field = (of, name2) => {
    const value = of.after?.[name2];
    return typeof value === "string" ? value : void 0;
  };
  const name = change.target.slice(change.target.indexOf(":") + 1);
  if (change.kind === CHANGE_KINDS.updateScp) {
    const [mainContent, branchContent] = [field(main, "content"), field(change, "content")];
    if (mainContent === void 0 || branchContent === void 0 || mainContent === branchContent) return [];
    const edit = { changeId: change.id, resource: `SCP ${name}`, of: "SCP content" };
    return [{ ...edit, main: mainContent, branch: branchContent, loosens: loosens(mainContent, branchContent) }];
  }
  if (change.kind === CHANGE_KINDS.updateStackSet) {
    const [mainBody, branchBody] = [field(main, "templateBody"), field(change, "templateBody")];
    const template = mainBody === void 0 || branchBody === void 0 || mainBody === branchBody ? [] : [{ changeId: change.id, resource: `StackSet ${name}`, of: "template", main: mainBody, branch: branchBody }];
    return [...template, ...parameterEdit(change, main, `StackSet ${name}`)];
  }
  if (change.kind === CHANGE_KINDS.tagAccount) {
    const [mainTags, branchTags] = [main.after, change.after];
    const keys = Object.keys(branchTags ?? {}).filter((key) => mainTags?.[key] !== void 0 && mainTags[key] !== branchTags[key]).sort(compareText);
    if (keys.length === 0) return [];
    const lines = (tags) => keys.map((key) => `${key}: ${JSON.stringify(tags[key])}`).join("\n");
    return [
      {
        changeId: change.id,
        resource: `account ${name}`,
        of: "tags",
        main: lines(mainTags),
        branch: lines(branchTags)
      }
    ];
  }
  return [];
}
function parameterEdit(change, main, resource) {
  const after = (of) => of.after ?? {};
  const [mainAfter, branchAfter] = [after(main), after(change)];
  const [mainParameters, branchParameters] = [mainAfter.parameters ?? {}, branchAfter.parameters ?? {}];
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(mainParameters), ...Object.keys(branchParameters)])].filter((key) => mainParameters[key] !== branchParameters[key]).sort(compareText);
  if (keys.length === 0) return [];
  const secret = /* @__PURE__ */ new Set([...noEchoIn(mainAfter.templateBody ?? ""), ...noEchoIn(branchAfter.templateBody ?? "")]);
  const lines = (parameters) => keys.map(
    (key) => parameters[key] === void 0 ? `${key}: (not set)` : secret.has(key) ? `${key}: (NoEcho, ${parameters === mainParameters ? "main's" : "this branch's"} value not shown)` : `${key}: ${JSON.stringify(parameters[key])}`
  ).join("\n");
  return [
    { changeId: change.id, resource, of: "parameters", main: lines(mainParameters), branch: lines(branchParameters) }
  ];
}
function mainDriftContext(main, observed, mainPlan) {
  return new DriftContext(main, observed, mainPlan, "");
}
function acceptedFindings(context, accepted) {
  const byChange = {};
  for (const change of accepted) {
    const findings = changeFindings(context, change).sort(compareFindings).map(({ id, kind, severity, target }) => ({ id, kind, severity, target }));
    if (findings.length > 0) byChange[change.id] = findings;
  }
  return byChange;
}
function ignoredCorrections(context, corrections, entries, now) {
  if (entries.length === 0) return [];
  const findings = corrections.flatMap((change) => changeFindings(context, change));
  return applyIgnoreList(findings, entries, now).ignored.sort(compareFindings).map(({ id, kind, severity, target, ignoredBy }) => ({
    finding: { id, kind, severity, target },
    reason: ignoredBy.reason,
    line: ignoredBy.line,
    expires: ignoredBy.expires
  }));
}
function renamedByHand(main, observed, corrections) {
  const created = new Set(
    corrections.filter((change) => change.kind === CHANGE_KINDS.createOrganizationalUnit).map((change) => change.target)
  );
  return findRenamedOrganizationalUnits(main, observed, resolveOrganizationalUnits(main, observed).ids).filter((rename) => created.has(ouReference(rename.path))).map(({ path, id, observedPath }) => ({ path, id, observedPath }));
}
function newIgnoreEntries(pullRequest, main) {
  const key = ({ line: _line, ...entry }) => canonicalJson(entry);
  const onMain = new Set(main.map(key));
  return pullRequest.filter((entry) => !onMain.has(key(entry)));
}
function replaces(pullRequest, main) {
  if (!pullRequest) return false;
  const members = (change) => Array.isArray(change.scope.members) ? change.scope.members.map((member) => memberKey(String(member))) : [];
  const made = new Set(members(pullRequest));
  return members(main).every((member) => made.has(member));
}
function memberKey(member) {
  try {
    const parsed = JSON.parse(member);
    return Array.isArray(parsed) && parsed.length === 2 ? String(parsed[0]) : member;
  } catch {
    return member;
  }
}
function observationScope(pullRequest, main) {
  const emails = new Set(pullRequest.accounts.map((account) => account.email.toLowerCase()));
  const scps = new Set(pullRequest.scps.map((scp) => scp.name));
  return {
    ...pullRequest,
    accounts: [
      ...pullRequest.accounts,
      ...main.accounts.filter((account) => !emails.has(account.email.toLowerCase()))
    ].sort((a, b) => compareText(a.name, b.name)),
    scps: [...pullRequest.scps, ...main.scps.filter((scp) => !scps.has(scp.name))].sort(
      (a, b) => compareText(a.name, b.name)
    )
  };
}
function renamedByHandNote(mainDrift) {
  const renamed = mainDrift.renamedByHand ?? [];
  if (renamed.length === 0) return void 0;
  const named = renamed.map((rename) => `${rename.path} is now ${rename.observedPath} (${rename.id})`).join("; ");
  return `Renamed by hand in AWS: ${named}. The corrections would create a second OU of the declared name and move the accounts out of the renamed one, which keeps its SCPs and stays behind. Rename ${renamed.length === 1 ? "it" : "them"} back in AWS (UpdateOrganizationalUnit) before merging, then plan again.`;
}
function undoesIgnoredNote(mainDrift) {
  const undone = mainDrift.undoesIgnored ?? [];
  if (undone.length === 0) return void 0;
  const named = undone.map(
    ({ finding, reason, line, expires }) => `${finding.severity} ${DRIFT_KINDS[finding.kind].title} ${finding.target} (ignored until ${expires} by the entry at line ${line}: "${reason}")`
  ).join("; ");
  return `Merging also reverts drift that main's ignore: ${undone.length === 1 ? "entry holds" : "entries hold"} back, as any apply of main would: ${named}. If it must stay as it is, change the repository to match it instead, in this pull request or before it merges.`;
}
function missingAccountsNote(corrections) {
  const accounts = corrections.filter((change) => change.kind === CHANGE_KINDS.createAccount).map((change) => change.target.slice("account:".length)).sort(compareText);
  if (accounts.length === 0) return void 0;
  const one = accounts.length === 1;
  return `Main declares ${one ? "account" : "accounts"} ${accounts.join(", ")}, but no account in the organization has ${one ? "its" : "their"} email. If main's apply has not created ${one ? "it" : "them"} yet, merging does. If ${one ? "it" : "one"} left the organization, apply fails on ${one ? "it" : "that one"}: AWS refuses the email while the account that left holds it. Invite it back (organizations invite-account-to-organization); apply then adopts it by its email.`;
}

export {
  correctionIds,
  ALREADY_ON_MAIN,
  problemKey,
  problemsOnMain,
  separateMainDrift,
  mainDriftContext,
  acceptedFindings,
  ignoredCorrections,
  renamedByHand,
  newIgnoreEntries,
  observationScope,
  renamedByHandNote,
  undoesIgnoredNote,
  missingAccountsNote
};
