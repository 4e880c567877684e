import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  undeclaredInstanceLines,
  undeclaredInstancesClause
} from "./chunk-ESJ75BXI.js";
import {
  DriftContext,
  applyIgnoreList,
  changeFindings,
  findRenamedOrganizationalUnits,
  instanceLines,
  moveLines,
  renamedOrganizationalUnitFindings,
  scpReachLines,
  stackSetReachLines,
  tellingFindings,
  valueAssignments,
  valueChanges
} from "./chunk-EV2NZFX4.js";
import {
  acceptedLines,
  behindNote,
  branchEditNote,
  correctionWhere,
  silencedLines
} from "./chunk-U6YPZKU4.js";
import {
  branchEdit
} from "./chunk-DBB7SFPN.js";
import {
  diffLinesWithin,
  prettyPolicy,
  summarizeTemplateChange,
  templateSummaryLines,
  unifiedDiff
} from "./chunk-M3UDQYU5.js";
import {
  accessResourceLines
} from "./chunk-3BLKRS4H.js";
import {
  isMaskedValue,
  maskNoEchoDefaults,
  noEchoIn,
  parameterDefaultsIn,
  parameterNamesIn
} from "./chunk-DTP7CD5J.js";
import {
  canonicalJson
} from "./chunk-GC7XXYZB.js";
import {
  CHANGE_KINDS,
  describeTarget,
  ouReference,
  resolveOrganizationalUnits
} from "./chunk-AA4LRLPW.js";
import {
  ansi,
  plain
} from "./chunk-X4XDSYAD.js";
import {
  BOOTSTRAP_TEMPLATE
} from "./chunk-LOLNR32M.js";
import {
  highImpactCount,
  quoted,
  raisedQuotasNote,
  unreadOwnershipNote,
  whereInstances
} from "./chunk-JJIYTWUR.js";
import {
  literalText
} from "./chunk-PBUMDURM.js";
import {
  MANAGED_BY_TAG,
  PARAMETER_OVERRIDES_TAG,
  countOf,
  formatCount,
  listNames,
  parseRepositoryFile,
  problemPlace,
  templateToJson
} from "./chunk-EFBOC2AA.js";
import {
  visible,
  visibleLine
} from "./chunk-JWIVJMBW.js";
import {
  compareFindings
} from "./chunk-64E6KWWN.js";
import {
  DRIFT_KINDS
} from "./chunk-BP5JTKJ7.js";
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
  const corrections = pullRequest.changes.filter((change) => onMain.has(key(change)));
  const mainVersions = mainVersionsIn(main);
  const alsoCorrecting = pullRequest.changes.filter(
    (change) => !onMain.has(key(change)) && mainVersions(change).length > 0
  );
  const correctionSummary = { create: 0, change: 0, destroy: 0 };
  for (const change of corrections) correctionSummary[change.action]++;
  const mainProblems = new Set(main.problems.map(problemKey));
  const sharedProblems = pullRequest.problems.map(problemKey).filter((key2) => mainProblems.has(key2));
  const edits = alsoCorrecting.flatMap((change) => branchEdit(change, mainVersions(change), { pullRequest, main }));
  const accepted = main.changes.filter((change) => !replaces(sameResource(pullRequest, change), change));
  const account = (plan, name) => plan.accounts.find((candidate) => candidate.name === name);
  const leaves = accepted.filter((change) => change.kind === CHANGE_KINDS.moveAccount).map((change) => {
    const name = change.target.slice("account:".length);
    const branch = account(pullRequest, name)?.scpsInForce ?? [];
    const restored = account(main, name)?.gainsAndLosses?.gains.scps ?? [];
    return [change.id, restored.filter((scp) => !branch.includes(scp))];
  }).filter(([, left]) => left.length > 0);
  return {
    corrections,
    correctionSummary,
    alsoCorrecting,
    ...edits.length > 0 ? { branchEdits: edits } : {},
    ...sharedProblems.length > 0 ? { problemsOnMain: sharedProblems } : {},
    accepted,
    ...leaves.length > 0 ? { acceptedLeaves: Object.fromEntries(leaves) } : {}
  };
}
function sameResource(plan, change) {
  const tags = [CHANGE_KINDS.tagAccount, CHANGE_KINDS.untagAccount];
  return plan.changes.filter(
    (candidate) => isInstanceChange(change) ? instanceGroup(candidate) === instanceGroup(change) : tags.includes(change.kind) ? tags.includes(candidate.kind) && candidate.target === change.target : candidate.id === change.id
  );
}
function mainVersionsIn(main) {
  const byId = new Map(main.changes.map((change) => [change.id, change]));
  const byGroup = /* @__PURE__ */ new Map();
  for (const change of main.changes.filter(isInstanceChange))
    byGroup.set(instanceGroup(change), [...byGroup.get(instanceGroup(change)) ?? [], change]);
  return (change) => {
    if (!isInstanceChange(change)) return byId.has(change.id) ? [byId.get(change.id)] : [];
    const members = new Set(change.scope.members ?? []);
    return (byGroup.get(instanceGroup(change)) ?? []).filter(
      (candidate) => (candidate.scope.members ?? []).some((member) => members.has(member))
    );
  };
}
function isInstanceChange(change) {
  return change.kind === CHANGE_KINDS.addStackInstances || change.kind === CHANGE_KINDS.updateStackInstances;
}
function instanceGroup(change) {
  return `${change.kind}
${change.id.replace(/#[0-9a-f]+$/, "")}`;
}
function mainDriftContext(main, observed, mainPlan) {
  return new DriftContext(main, observed, mainPlan, "");
}
function acceptedFindings(context, accepted) {
  const byChange = {};
  const renames = renamedOrganizationalUnitFindings(context);
  const renameFindings = (change) => [change.target, typeof change.scope.ou === "string" ? `ou:${change.scope.ou}` : ""].filter((target) => target.startsWith("ou:")).map((target) => context.renamedAt(target.slice("ou:".length))).flatMap((rename) => rename ? renames.filter((finding) => finding.target === `ou:${rename.path}`) : []);
  for (const change of accepted) {
    const own = changeFindings(context, change);
    const telling = own.length > 0 ? [] : tellingFindings(context, change);
    const findings = (own.length > 0 ? own : telling.length > 0 ? telling : renameFindings(change)).filter((finding, index, all) => all.findIndex((other) => other.id === finding.id) === index).sort(compareFindings).map(({ id, kind, severity, target }) => ({ id, kind, severity, target }));
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
  const key = ({ line: _line, expiresAt: _expiresAt, ...entry }) => canonicalJson(entry);
  const onMain = new Set(main.map(key));
  return pullRequest.filter((entry) => !onMain.has(key(entry)));
}
function replaces(pullRequest, main) {
  if (pullRequest.length === 0) return false;
  const members = (change) => Array.isArray(change.scope.members) ? change.scope.members.map((member) => memberKey(String(member))) : [];
  const made = new Set(pullRequest.flatMap(members));
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

// src/report/template-effect.ts
var BRIEF_RESOURCE_NAMES = 8;
var BRIEF_ACCESS_NAMES = 20;
var SUMMARY_RESOURCE_NAMES = 40;
function templateEffect(before, after, secret) {
  const old = before === void 0 ? void 0 : String(before.templateBody ?? "");
  const next = String(after.templateBody ?? "");
  if (old === next) return {};
  const summary = summarizeTemplateChange(old, next);
  const hidden = secretPrincipalLines([...summary.newPrincipals, ...summary.widenedPrincipals], secret);
  const lines = [...templateSummaryLines(summary, SUMMARY_RESOURCE_NAMES), ...hidden];
  const brief = [...templateSummaryLines(summary, BRIEF_RESOURCE_NAMES, BRIEF_ACCESS_NAMES), ...hidden];
  const shownBefore = old === void 0 ? "" : maskNoEchoDefaults(old, secret);
  const shownAfter = maskNoEchoDefaults(next, secret, old);
  const diff = unifiedDiff(shownBefore, shownAfter);
  const important = diffLinesWithin(diff.lines, accessResourceLines(shownBefore), accessResourceLines(shownAfter));
  return {
    summary: lines,
    ...brief.join("\n") !== lines.join("\n") ? { briefSummary: brief } : {},
    diff: { of: "template", diff: { ...diff, ...important.some(Boolean) ? { important } : {} } }
  };
}
function secretPrincipalLines(principals, secret) {
  const named = secret.filter(
    (name) => principals.some(
      (principal) => new RegExp(`!Ref ${name}(?![A-Za-z0-9.])`).test(principal) || principal.includes(`\${${name}}`)
    )
  );
  return named.map(
    (name) => `principal parameter ${name} is NoEcho, so its value is never shown: it is set under this baseline's parameters in baselines/organization.yaml (else the template's Default), or per account under parameters in accounts/; read it there before approving`
  );
}
function defaultChanges(defaults, parameters, setByStackSet, secret) {
  const { before, after } = defaults;
  const keys = parameters.filter((key) => !setByStackSet.has(key) && before[key] !== after[key]).sort(compareText);
  return keys.map((key) => {
    const old = before[key] === void 0 ? "(no default)" : quoted(before[key]);
    if (after[key] === void 0)
      return `${key}: default ${secret.has(key) ? "removed (NoEcho: value not shown)" : `${old} removed`}: an instance that does not override it has no value for it (the StackSet does not set it)`;
    const values = before[key] === void 0 ? `set${secret.has(key) ? " (NoEcho: value not shown)" : ` to ${quoted(after[key])}`}` : secret.has(key) ? "changed (NoEcho: values not shown)" : `${old} \u2192 ${quoted(after[key])}`;
    return `${key}: default ${values}, the value of every instance that does not override it (the StackSet does not set it)`;
  });
}

// src/report/change-fields.ts
function prefixed(label, lines) {
  return lines.length === 0 ? [] : [`${label}:`, ...lines.map((line) => `  ${line}`)];
}
function fieldsOf(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function stringsOf(value) {
  return Object.fromEntries(
    Object.entries(fieldsOf(value)).filter((entry) => typeof entry[1] === "string")
  );
}

// src/report/scp-effects.ts
function scpAttachmentEffect(kind, after, radius) {
  const details = radius?.kind === "scp" ? scpReachLines(radius, kind === CHANGE_KINDS.attachScp ? "attach" : "detach") : [];
  const replaces2 = after.replaces;
  if (typeof replaces2?.name !== "string" || typeof replaces2.content !== "string") return { details };
  return {
    details: [
      ...details,
      `in place of SCP ${replaces2.name}: the content below is set against that SCP's, whose lines are the - ones`
    ],
    diff: {
      of: "SCP content",
      diff: unifiedDiff(prettyPolicy(replaces2.content), prettyPolicy(String(after.content ?? "")), Infinity)
    }
  };
}
function scpCreationEffect(after) {
  const replaces2 = Array.isArray(after.replaces) ? after.replaces : [];
  const [only] = replaces2.length === 1 ? replaces2 : [];
  return {
    details: [
      ...valueAssignments({ description: String(after.description ?? "") }),
      ...replaces2.map(
        (replaced) => `in place of SCP ${replaced.name} on ${replaced.targets.map(describeTarget).join(", ")}${replaced === only ? `: the content below is set against that SCP's, whose lines are the - ones` : ""}`
      )
    ],
    diff: {
      of: "SCP content",
      diff: unifiedDiff(only ? prettyPolicy(only.content) : "", prettyPolicy(String(after.content ?? "")), Infinity)
    }
  };
}
function scpUpdateEffect(before, after, radius) {
  const contentChanged = before.content !== after.content;
  const details = [
    ...contentChanged && radius?.kind === "scp" ? scpReachLines(radius, "content") : [],
    ...valueChanges(
      { description: String(before.description ?? "") },
      { description: String(after.description ?? "") }
    )
  ];
  if (!contentChanged) return { details };
  return {
    details,
    diff: {
      of: "SCP content",
      // Whole: an SCP is at most 10,240 characters (quota scpSize), and a line means nothing without its statement.
      diff: unifiedDiff(
        prettyPolicy(String(before.content ?? "")),
        prettyPolicy(String(after.content ?? "")),
        Infinity
      )
    }
  };
}

// src/report/change-effects.ts
function describeChanges(plan) {
  const context = new EffectContext(plan);
  return plan.changes.map((change) => {
    const { summary = [], briefSummary, details, diff } = context.detailsOf(change);
    const why = change.highImpact && change.highImpactReason ? [`high impact: ${change.highImpactReason}`] : [];
    const brief = briefSummary ?? (why.length > 0 ? summary : void 0);
    return {
      change,
      resource: visibleLine(resourceOf(change).label),
      headline: visibleLine(change.description),
      summary: [...why, ...summary].map(visibleLine),
      ...brief ? { briefSummary: brief.map(visibleLine) } : {},
      details: details.map(visibleLine),
      ...why.length > 0 ? { why: visibleLine(why[0]) } : {},
      ...diff ? { diff: { of: diff.of, diff: { ...diff.diff, lines: diff.diff.lines.map(visible) } } } : {}
    };
  });
}
function groupByResource(effects) {
  const groups = /* @__PURE__ */ new Map();
  for (const effect of effects) {
    const { rank, name, label } = resourceOf(effect.change);
    const group = groups.get(label) ?? { rank, name, effects: [] };
    group.effects.push(effect);
    groups.set(label, group);
  }
  return [...groups].sort(([, a], [, b]) => a.rank - b.rank || compareText(a.name, b.name)).map(([resource, group]) => ({ resource, effects: group.effects }));
}
function resourceOf(change) {
  if (change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.detachScp) {
    const name2 = String(change.scope.scp);
    return { rank: 2, name: name2, label: `SCP ${name2}` };
  }
  const [kind = "", ...rest] = change.target.split(":");
  const name = rest.join(":");
  switch (kind) {
    case "ou":
      return { rank: 1, name, label: `OU ${name}` };
    case "scp":
      return { rank: 2, name, label: `SCP ${name}` };
    case "account":
      return { rank: 3, name, label: `account ${name}` };
    case "stackset":
      return { rank: 4, name, label: `StackSet ${name}` };
    default:
      return { rank: 0, name: change.target, label: "the root" };
  }
}
var EffectContext = class {
  constructor(plan) {
    this.plan = plan;
    this.radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
    this.unmanagedNames = new Map(
      plan.unmanagedAccounts.map((account) => [account.id, `${account.name} (${account.id})`])
    );
  }
  plan;
  radius;
  unmanagedNames;
  /**
   * Whom enabling SCPs reaches: every member account (the management account never, as no SCP applies there), the
   * plan's own new ones, other teams' and suspended ones too, named as the accounts table names them, trimmed.
   */
  scpTypeReach() {
    const names = [
      ...this.plan.accounts.filter((account) => !account.management).map((account) => account.name),
      ...this.plan.unmanagedAccounts.map((account) => `${account.name} (${account.id})`)
    ].sort(compareText);
    return `SCPs start to act on ${countOf(names.length, "account")}${names.length > 0 ? `: ${listNames(names)}` : ""}`;
  }
  detailsOf(change) {
    const before = fieldsOf(change.before);
    const after = fieldsOf(change.after);
    const radius = this.radius.get(change.id);
    const secret = new Set(this.plan.noEchoParameters[String(change.scope.stackSet)] ?? []);
    const newly = this.newlySecret(String(change.scope.stackSet));
    const instances = () => instanceLines(change.scope.members ?? [], (account) => this.unmanagedNames.get(account) ?? account);
    switch (change.kind) {
      case CHANGE_KINDS.enableScpType:
        return { details: ["AWS attaches FullAWSAccess to the root, every OU and every account", this.scpTypeReach()] };
      case CHANGE_KINDS.createAccount:
        return { details: prefixed("tags", valueAssignments(stringsOf(after.tags))) };
      case CHANGE_KINDS.moveAccount:
        return {
          details: radius?.kind === "move" ? moveLines(radius, new Set(this.plan.accounts.flatMap((account) => account.foreignScpsInForce ?? []))) : []
        };
      case CHANGE_KINDS.tagAccount:
      case CHANGE_KINDS.untagAccount:
        return { details: valueChanges(stringsOf(change.before), stringsOf(change.after)) };
      case CHANGE_KINDS.closeAccount:
        return { details: ["AWS suspends the account at once and closes it for good after 90 days"] };
      case CHANGE_KINDS.recordParameterOverrides: {
        const record = (fields) => Array.isArray(fields.baselines) && fields.baselines.length > 0 ? { [PARAMETER_OVERRIDES_TAG]: fields.baselines.join(" ") } : {};
        return { details: valueChanges(record(before), record(after)) };
      }
      case CHANGE_KINDS.adoptAccount:
        return {
          details: typeof before.managedBy === "string" ? [
            ...valueChanges({ [MANAGED_BY_TAG.key]: before.managedBy }, stringsOf(after.tags)),
            `taken over from what tagged it ${MANAGED_BY_TAG.key} = ${JSON.stringify(before.managedBy)}, which may still act on it`
          ] : []
        };
      case CHANGE_KINDS.attachScp:
      case CHANGE_KINDS.detachScp:
        return scpAttachmentEffect(change.kind, after, radius);
      case CHANGE_KINDS.createScp:
        return scpCreationEffect(after);
      case CHANGE_KINDS.updateScp:
        return scpUpdateEffect(before, after, radius);
      case CHANGE_KINDS.adoptOrganizationalUnit:
        return {
          details: [
            ...typeof before.managedBy === "string" ? valueChanges({ [MANAGED_BY_TAG.key]: before.managedBy }, stringsOf(after.tags)) : [],
            `tags it ManagedBy = "vend"; from then on vend attaches and detaches its SCPs and moves accounts into it as the repository says; SCPs that are not vend's stay attached`
          ]
        };
      case CHANGE_KINDS.adoptScp:
        return {
          details: [
            'tags it ManagedBy = "vend"; its content stays as it is, and from then on vend keeps it, and its attachments to the root, OUs and accounts the repository declares, as the repository says (any detachment that takes is its own change in this plan)'
          ]
        };
      // Adopting tags the StackSet through UpdateStackSet, which redeploys every instance, as a new template does:
      // the reach names them, other teams' accounts first.
      case CHANGE_KINDS.adoptStackSet:
        return { details: radius?.kind === "stackset" ? stackSetReachLines(radius) : [] };
      case CHANGE_KINDS.createStackSet:
        return {
          ...templateEffect(void 0, after, [...secret]),
          details: prefixed("parameters", valueAssignments(stringsOf(after.parameters), secret))
        };
      case CHANGE_KINDS.updateStackSet: {
        const defaults = {
          before: parameterDefaultsIn(String(before.templateBody ?? "")),
          after: parameterDefaultsIn(String(after.templateBody ?? ""))
        };
        return {
          ...templateEffect(before, after, [...secret]),
          details: [
            ...radius?.kind === "stackset" ? stackSetReachLines(radius) : [],
            ...prefixed("parameters", [
              ...valueChanges(stringsOf(before.parameters), stringsOf(after.parameters), secret, newly, defaults),
              ...resentSecrets(stringsOf(before.parameters), stringsOf(after.parameters), secret),
              ...defaultChanges(
                defaults,
                parameterNamesIn(String(after.templateBody ?? "")),
                /* @__PURE__ */ new Set([...Object.keys(stringsOf(before.parameters)), ...Object.keys(stringsOf(after.parameters))]),
                secret
              )
            ]),
            ...prefixed("roles", valueChanges(rolesOf(before), rolesOf(after))),
            // Turning automatic deployment off is a setting of its own: shown as such, not folded into the roles.
            ...prefixed("settings", valueChanges(autoDeploymentOf(before), autoDeploymentOf(after)))
          ]
        };
      }
      case CHANGE_KINDS.addStackInstances:
        return {
          details: [
            ...instances(),
            ...prefixed(
              "parameter overrides",
              valueAssignments(
                stringsOf(after.parameterOverrides),
                secret,
                newly,
                new Set(Array.isArray(after.differingOverrides) ? after.differingOverrides.map(String) : [])
              )
            )
          ]
        };
      case CHANGE_KINDS.updateStackInstances:
        return {
          details: [
            ...instances(),
            ...this.overrideChanges(change, stringsOf(after.parameterOverrides), secret, newly)
          ]
        };
      case CHANGE_KINDS.removeStackInstances:
        return { details: instances() };
      default:
        return { details: [] };
    }
  }
  /** Parameters of `stackSet` that its template update in this plan declares NoEcho and the deployed one does not. */
  newlySecret(stackSet) {
    const update = this.plan.changes.find(
      (candidate) => candidate.kind === CHANGE_KINDS.updateStackSet && candidate.scope.stackSet === stackSet
    );
    const [before, after] = [fieldsOf(update?.before).templateBody, fieldsOf(update?.after).templateBody];
    if (typeof before !== "string" || typeof after !== "string") return /* @__PURE__ */ new Set();
    const deployed = new Set(noEchoIn(before));
    return new Set(noEchoIn(after).filter((name) => !deployed.has(name)));
  }
  /**
   * Old → new overrides. Instances that change alike share one list; when they differ, each list names its
   * instances.
   */
  overrideChanges(change, overrides, secret, newlySecret) {
    const update = this.plan.changes.find(
      (candidate) => candidate.kind === CHANGE_KINDS.updateStackSet && candidate.scope.stackSet === change.scope.stackSet
    );
    const stackSetValues = stringsOf(fieldsOf(update?.after).parameters);
    const templateBody = fieldsOf(update?.after).templateBody;
    const defaults = typeof templateBody === "string" ? parameterDefaultsIn(templateBody) : {};
    const removed = (key) => Object.hasOwn(stackSetValues, key) ? `(removed: the StackSet's value ${quoted(stackSetValues[key])} applies)` : update && defaults[key] !== void 0 ? `(removed: the template's default ${quoted(defaults[key])} applies, as the StackSet sets no value)` : "(removed: the StackSet's value applies)";
    const differing = new Set(
      Array.isArray(fieldsOf(change.after).differingOverrides) ? fieldsOf(change.after).differingOverrides.map(String) : []
    );
    const leads = (line) => differing.has(line.slice(0, line.indexOf(":"))) || !line.includes(' \u2192 "');
    const byChange = /* @__PURE__ */ new Map();
    for (const [member, previous] of Object.entries(fieldsOf(change.before))) {
      const lines = valueChanges(stringsOf(previous), overrides, secret, newlySecret, {
        before: {},
        after: {},
        removed
      }).sort((a, b) => Number(leads(b)) - Number(leads(a)));
      if (lines.length === 0) continue;
      const key = lines.join("\n");
      byChange.set(key, [...byChange.get(key) ?? [], member]);
    }
    if (byChange.size === 1) return prefixed("parameter overrides", [...byChange.keys()][0].split("\n"));
    return [...byChange].flatMap(([lines, members]) => [
      `parameter overrides (${instanceLines(members, (account) => this.unmanagedNames.get(account) ?? account).join("; ")}):`,
      ...lines.split("\n").map((line) => `  ${line}`)
    ]);
  }
};
function resentSecrets(before, after, secret) {
  return [...secret].filter((key) => after[key] !== void 0 && !isMaskedValue(after[key]) && before[key] === after[key]).sort(compareText).map(
    (key) => `${key}: sent as the repository has it (NoEcho: not shown); AWS shows the deployed value only masked, so whether this update changes it cannot be seen`
  );
}
function autoDeploymentOf(fields) {
  const setting = stringsOf(fields).AutoDeployment;
  return setting ? { AutoDeployment: setting } : {};
}
function rolesOf(fields) {
  const roles = stringsOf(fields);
  return Object.fromEntries(
    ["AdministrationRoleARN", "ExecutionRoleName"].flatMap((name) => roles[name] ? [[name, roles[name]]] : [])
  );
}

// src/report/change-listing.ts
var ACTION_SYMBOL = { create: "+", change: "~", destroy: "-" };
function changeListing(groups, depth) {
  const lines = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push({ text: "", style: "blank" });
    lines.push({ text: `# ${group.resource}`, style: "resource" });
    for (const effect of group.effects) lines.push(...effectLines(effect, depth));
  }
  return lines;
}
function changeFlags(change) {
  return [change.destructive ? "[destructive]" : "", change.highImpact ? "[high impact]" : ""].filter(Boolean).join(" ");
}
function effectLines(effect, depth) {
  const { change } = effect;
  const flags = changeFlags(change);
  const headline = {
    text: `${ACTION_SYMBOL[change.action]} ${effect.headline}${flags ? `  ${flags}` : ""}`,
    style: change.action
  };
  if (depth === "headlines") return [headline];
  const lines = [
    headline,
    ...[...effect.summary, ...effect.details].map((detail) => ({ text: `    ${detail}`, style: "detail" }))
  ];
  if (!effect.diff) return lines;
  const { of, diff } = effect.diff;
  if (depth === "elsewhere") {
    lines.push({ text: `    ${of} diff: below the list`, style: "detail" });
    return lines;
  }
  lines.push({ text: `    ${of} diff:`, style: "detail" });
  lines.push(...diff.lines.map((line) => ({ text: `    ${line}`, style: diffLineStyle(line) })));
  return lines;
}
function diffLineStyle(line) {
  if (line.startsWith("@@")) return "hunk";
  if (line.startsWith("+")) return "added";
  if (line.startsWith("-")) return "removed";
  return "context";
}

// src/plan/template-account-ids.ts
function accountIdsInTemplate(body, secret = []) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return [];
  const template = templateToJson(source.document);
  const hidden = /* @__PURE__ */ new Set([...noEchoIn(body), ...secret]);
  const ids = /* @__PURE__ */ new Set();
  const walk = (value, path) => {
    if (typeof value === "string" || typeof value === "number")
      for (const id of twelveDigitRuns(String(value))) ids.add(id);
    else if (Array.isArray(value)) for (const item of value) walk(item, path);
    else if (typeof value === "object" && value !== null) {
      const [only, ...more] = Object.keys(value);
      if (more.length === 0 && (only === "Fn::Join" || only === "Fn::Sub"))
        for (const id of twelveDigitRuns(literalText(value, ":") ?? "")) ids.add(id);
      for (const [key, child] of Object.entries(value)) {
        const masked = path.length === 2 && path[0] === "Parameters" && hidden.has(path[1]) && key === "Default";
        if (!masked) walk(child, [...path, key]);
      }
    }
  };
  walk(template, []);
  return [...ids].sort(compareText);
}
var TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;
function twelveDigitRuns(value) {
  return [...value.matchAll(TWELVE_DIGITS)].map(([id]) => id);
}

// src/report/flagged-accounts.ts
var NAMED_IDS = 8;
var NAMED_CHANGES = 2;
function accountsInFlaggedValues(changes, secret) {
  const holders = /* @__PURE__ */ new Map();
  let unread = 0;
  for (const change of changes) {
    const after = change.after ?? {};
    const hidden = new Set(secret[String(change.scope.stackSet)] ?? []);
    const entries = [after.parameters, after.parameterOverrides].flatMap(
      (side) => typeof side === "object" && side !== null ? Object.entries(side) : []
    );
    unread += entries.filter(([key, value]) => hidden.has(key) && typeof value === "string").length;
    const values = entries.filter(([key, value]) => !hidden.has(key) && typeof value === "string").map(([, value]) => String(value));
    const ids = new Set(values.flatMap(twelveDigitRuns));
    for (const id of ids) holders.set(id, [...holders.get(id) ?? [], change.description]);
  }
  const inTemplates = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const after = change.after ?? {};
    if (typeof after.templateBody !== "string") continue;
    const before = change.before ?? {};
    const secret2 = typeof before.templateBody === "string" ? noEchoIn(before.templateBody) : [];
    const known = new Set(
      typeof before.templateBody === "string" ? accountIdsInTemplate(before.templateBody, noEchoIn(after.templateBody)) : []
    );
    for (const id of accountIdsInTemplate(after.templateBody, secret2))
      if (!known.has(id)) inTemplates.set(id, [...inTemplates.get(id) ?? [], change.description]);
  }
  const lines = [
    ...holders.size > 0 ? [`Account ids in the parameter values these changes deploy, the rarest first: ${rankedIds(holders)}.`] : [],
    ...inTemplates.size > 0 ? [
      `Account ids new in the templates these changes deploy (a principal, a parameter default, a mapping), the rarest first: ${rankedIds(inTemplates)}.`
    ] : [],
    // A parameter made NoEcho in the same pull request would otherwise take its new account out of this line unsaid.
    ...unread > 0 ? [
      `${unread === 1 ? "One value these changes deploy is" : `${countOf(unread, "value")} these changes deploy are`} NoEcho, never shown nor searched for account ids: read ${unread === 1 ? "it" : "them"} in the repository's files before approving.`
    ] : []
  ];
  return lines.length > 0 ? lines.join(" ") : void 0;
}
function rankedIds(holders) {
  const ranked = [...holders].sort(([a, x], [b, y]) => x.length - y.length || compareText(a, b));
  const named = ranked.slice(0, NAMED_IDS).map(
    ([id, descriptions]) => descriptions.length <= NAMED_CHANGES ? `${id} (${descriptions.join("; ")})` : `${id} (${countOf(descriptions.length, "change")})`
  );
  const more = ranked.length - named.length;
  return listNames([...named, ...more > 0 ? [`${more} more`] : []], Infinity);
}

// src/report/plan-text.ts
var UNREAD_OVERRIDES = "Parameter overrides of stack instances are read only where a manifest declares them or vend recorded them (tag vend:parameter-overrides); `vend drift` reads them on every instance.";
var NAMED_BOOTSTRAP_FILES = 10;
var SHOWN_PATH_LENGTH = 160;
function bootstrapNotice(changes) {
  const verbs = { changed: "changes", removed: "removes", added: "adds" };
  const order = (change) => Object.hasOwn(verbs, change) ? Object.keys(verbs).indexOf(change) : 0;
  const ranked = [...changes].sort((a, b) => order(a.change) - order(b.change));
  const named = ranked.slice(0, NAMED_BOOTSTRAP_FILES);
  const path = (file) => {
    const shown = visibleLine(file);
    return shown.length <= SHOWN_PATH_LENGTH ? shown : `${shown.slice(0, SHOWN_PATH_LENGTH / 2)}\u2026${shown.slice(-SHOWN_PATH_LENGTH / 2)}`;
  };
  const done = Object.keys(verbs).flatMap((change) => {
    const files = named.filter((entry) => entry.change === change).map((entry) => path(entry.file));
    return files.length > 0 ? [`${verbs[change]} ${listNames(files, Infinity)}`] : [];
  });
  const unread = named.filter((entry) => !Object.hasOwn(verbs, entry.change));
  const more = changes.length - named.length;
  const what = [
    ...done.length > 0 ? [`This pull request ${listNames(done, Infinity)}`] : [],
    ...unread.map(
      (entry) => `${done.length > 0 ? "its" : "This pull request's"} ${path(entry.file)} was not read (${visibleLine(entry.change)})`
    ),
    ...more > 0 ? [`and ${countOf(more, "more file")} there (the pull request's diff of baselines/bootstrap/ lists them)`] : []
  ].join("; ");
  return `${what}: the bootstrap stack, which holds the roles vend runs as (who may assume them and what they may do), is deployed from ${BOOTSTRAP_TEMPLATE} or a copy of it. No change in this plan stands for it, since vend never deploys that stack: someone updates it by hand with the management account. Have the security team review the diff of every file named.`;
}
function operationPreferencesNotice(change) {
  const unset = change.some((line) => /: unset |→ unset$/.test(line)) ? ", where unset is CloudFormation's default (one account at a time, stopping at the first failure)" : "";
  return `This pull request changes how apply rolls out StackSet operations (stackSets.operationPreferences in baselines/organization.yaml): ${change.join("; ")}${unset}. Every StackSet operation apply starts from the merge on, this plan's included, runs this way. No change in this plan stands for it, since CloudFormation keeps no such setting on a StackSet.`;
}
function droppedOrganizationalUnitsNotice(dropped) {
  const each = dropped.map((unit) => {
    const holds = [
      ...unit.childUnits > 0 ? [countOf(unit.childUnits, "child OU")] : [],
      ...unit.accounts > 0 ? [countOf(unit.accounts, "account no manifest declares", "accounts no manifest declares")] : []
    ];
    const scps = unit.scps.length > 0 ? `, with ${unit.scps.length === 1 ? "SCP" : "SCPs"} ${listNames(unit.scps.map((name) => JSON.stringify(name)))} attached ${unit.childUnits > 0 ? "to it or beneath it" : "to it"}` : "";
    return `${unit.path} (${unit.id}${holds.length > 0 ? `; it holds ${holds.join(" and ")}` : ""})${scps}`;
  });
  return `This pull request stops declaring ${dropped.length === 1 ? "an OU" : `${dropped.length} OUs`} that AWS still has: ${each.join("; ")}. Vend never deletes an OU, nor detaches an SCP from one the repository does not declare, so merging leaves ${dropped.length === 1 ? "it" : "them"} as ${dropped.length === 1 ? "it is" : "they are"}, unmanaged, and no change in this plan stands for ${dropped.length === 1 ? "it" : "them"}; the nightly drift check then reports ${dropped.length === 1 ? "it" : "each"} as an undeclared OU. To retire ${dropped.length === 1 ? "it" : "them"}, once this is merged and applied move out any account left and delete ${dropped.length === 1 ? "it" : "them"} by hand (aws organizations delete-organizational-unit); to keep managing ${dropped.length === 1 ? "it" : "them"}, declare ${dropped.length === 1 ? "it" : "them"} again.`;
}
function stackSetHomeNotice(change) {
  return `This pull request changes where vend finds its StackSets (${change.join("; ")}): vend lists StackSets by that prefix in that Region only, so every StackSet it deployed under the old ones is left behind, with its stacks, and never updated, retired or deleted again, while this plan creates new ones beside them (named resources in them, such as IAM roles, then fail in every account as they exist already). Retire the baselines first (remove them from the catalogue and apply), or keep the old value.`;
}
function summaryLine(summary, changes) {
  const destructiveUpdates = changes.filter((change) => change.destructive && change.action !== "destroy").length;
  const ofThem = destructiveUpdates > 0 ? ` (${destructiveUpdates} of them destructive)` : "";
  return `${formatCount(summary.create)} to create, ${formatCount(summary.change)} to change${ofThem}, ${formatCount(summary.destroy)} to destroy`;
}
function blockedLine(plan) {
  const count = plan.problems.length;
  if (count === 0) return void 0;
  return `Apply is blocked by ${countOf(count, "problem")}: it changes nothing until ${count === 1 ? "it is" : "they are"} fixed.`;
}
function renderPlanText(plan, options = {}) {
  const paint = options.colour ? ansi : plain;
  const lines = [];
  if (plan.changes.length === 0 && plan.problems.length === 0)
    lines.push(
      `No changes. The organization matches the repository, in everything plan reads${undeclaredInstancesClause(plan.undeclaredInstances?.length, "listed below")}. ${UNREAD_OVERRIDES}`
    );
  const corrections = correctionIds(options.mainDrift);
  const own = describeChanges(plan).filter((effect) => !corrections.has(effect.change.id));
  if (plan.changes.length > 0) {
    const whose = corrections.size > 0 ? ` this branch\u2019s own ${own.length === 1 ? "change" : "changes"}` : plan.changes.length === 1 ? " this change" : " these changes";
    lines.push(
      plan.problems.length > 0 ? `The plan holds${whose}, by resource; apply makes no change while ${plan.problems.length === 1 ? "the problem below stands" : "the problems below stand"}:` : `Vend will make${whose}, by resource${own.length > 1 ? " (in apply order within each)" : ""}:`,
      ""
    );
    if (own.length === 0) lines.push("  (none: every change below corrects drift already on main)");
    for (const line of changeListing(groupByResource(own), "inline"))
      lines.push(line.text ? `  ${paint(line.style, line.text)}` : "");
    const listed = own.map((effect) => effect.change);
    const destructive = listed.filter((change) => change.destructive).length;
    const highImpact = listed.filter((change) => change.highImpact && !change.destructive).length;
    const flaggedCorrections = plan.changes.filter(
      (change) => corrections.has(change.id) && (change.destructive || change.highImpact)
    ).length;
    if (destructive + highImpact > 0) lines.push("");
    const flagged = (keep) => listed.filter(keep).map((change) => {
      const members = change.target.startsWith("stackset:") ? change.scope.members ?? [] : [];
      const where = members.length > 0 ? whereInstances(members, change.description) : "";
      const why = change.highImpactReason && change.highImpact ? ` \u2014 ${change.highImpactReason}` : "";
      return visibleLine(`    ${change.description}${where}${why}`);
    });
    const accountIds = (keep) => {
      const line = accountsInFlaggedValues(listed.filter(keep), plan.noEchoParameters);
      return line ? [visibleLine(`    ${line}`)] : [];
    };
    if (destructive > 0)
      lines.push(
        `${paint("destructive", countOf(destructive, "destructive change"))} [destructive]: apply carries ${destructive === 1 ? "it" : "them"} out only with --allow-destructive.`,
        ...flagged((change) => change.destructive),
        ...accountIds((change) => change.destructive)
      );
    if (highImpact > 0) {
      const { label, besides } = highImpactCount(
        highImpact,
        listed.filter((change) => change.highImpact && change.destructive).length
      );
      lines.push(
        `${paint("highImpact", label)} [high impact]${besides}: ${highImpact === 1 ? "it reaches" : "they reach"} far without deleting anything; review ${highImpact === 1 ? "it" : "them"} closely.`,
        ...flagged((change) => change.highImpact && !change.destructive),
        ...accountIds((change) => change.highImpact && !change.destructive)
      );
    }
    if (flaggedCorrections > 0 && destructive + highImpact === 0) lines.push("");
    if (flaggedCorrections > 0)
      lines.push(
        `${countOf(flaggedCorrections, "destructive or high-impact change")} among the drift corrections below, which main\u2019s own plan holds too.`
      );
  }
  if (plan.raisedQuotas)
    lines.push("", paint("highImpact", visibleLine(`WARNING: ${raisedQuotasNote(plan.raisedQuotas)}`)));
  if (plan.problems.length > 0) {
    lines.push("", paint("problem", `${plan.problems.length === 1 ? "A problem blocks" : "Problems block"} apply:`));
    const onMain = problemsOnMain(options.mainDrift);
    for (const problem of plan.problems)
      lines.push(
        visibleLine(
          `  ! ${problem.target} ${problemPlace(problem)}${onMain.has(problemKey(problem)) ? ` ${ALREADY_ON_MAIN}` : ""}: ${problem.message}`
        )
      );
  }
  if (options.bootstrapChange?.length)
    lines.push("", paint("highImpact", visible(bootstrapNotice(options.bootstrapChange))));
  for (const notice of options.settingNotices ?? []) lines.push("", paint("highImpact", visible(notice)));
  if (options.mainDrift) lines.push("", ...mainDriftLines(options.mainDrift, paint));
  const notes = plan.accounts.flatMap((account) => account.notes.map((note) => visible(`  ${account.name}: ${note}`)));
  if (notes.length > 0) lines.push("", "Notes:", ...notes);
  const owned = plan.unmanagedAccounts.filter((account) => account.ownedByVend);
  if (owned.length > 0) {
    lines.push(
      "",
      paint(
        "highImpact",
        `Accounts tagged ManagedBy: vend that no manifest declares: ${owned.length}. Deleting a manifest closes nothing; if a new account above is one of these with its email and name changed, a second account would be created. Put the manifest back (closed: true closes it), or remove the tag to give it up.`
      )
    );
    for (const account of owned)
      lines.push(visibleLine(`  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}`));
  }
  if (plan.undeclaredInstances) {
    const { heading, lines: where } = undeclaredInstanceLines(plan.undeclaredInstances);
    const management = plan.undeclaredInstances.some((instance) => instance.management);
    lines.push(
      "",
      management ? paint("highImpact", heading) : heading,
      ...where.map((line) => visibleLine(`  ${line}`))
    );
  }
  const unmanaged = plan.unmanagedAccounts.filter((account) => !account.ownedByVend);
  if (unmanaged.length > 0) {
    lines.push(
      "",
      `Unmanaged accounts (in AWS, declared nowhere; vend moves, tags and closes none of them): ${unmanaged.length}`
    );
    if (unmanaged.some((account) => account.ownedByVend === void 0))
      lines.push(`  ${unreadOwnershipNote(unmanaged)}`);
    for (const account of unmanaged)
      lines.push(
        visibleLine(
          `  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}${account.status ? `, ${account.status}` : ""}`
        )
      );
  }
  if (plan.changes.length > 0 || plan.problems.length > 0) lines.push("", UNREAD_OVERRIDES);
  const blocked = blockedLine(plan);
  lines.push(
    "",
    `${paint("bold", `Plan: ${summaryLine(plan.summary, plan.changes)}.`)}${blocked ? ` ${paint("problem", blocked)}` : ""}`,
    `Digest: ${plan.digest}`
  );
  return lines.join("\n").replace(/^\n+/, "");
}
function mainDriftLines(mainDrift, paint) {
  if ("unavailable" in mainDrift)
    return [`Drift already on main: not computed: ${mainDrift.unavailable}.`, ...silencedTextLines(mainDrift)];
  const behind = mainDrift.behind ? [paint("highImpact", `WARNING: ${behindNote(mainDrift.behind)}`)] : [];
  return [...behind, ...driftLines(mainDrift, paint)];
}
function driftLines(mainDrift, paint) {
  const { corrections, correctionSummary, alsoCorrecting, accepted } = mainDrift;
  if (corrections.length === 0 && alsoCorrecting.length === 0 && accepted.length === 0)
    return [
      "Drift already on main: none for this plan to correct; drift a plan does not undo is the nightly drift check\u2019s to report.",
      ...silencedTextLines(mainDrift)
    ];
  return [
    ...corrections.length > 0 ? [
      `Drift already on main: ${countOf(corrections.length, "change")} (${summaryLine(correctionSummary, corrections)}) of this plan ${corrections.length === 1 ? "corrects" : "correct"} drift that main\u2019s own plan holds too:`,
      // Marked as in the branch's own list: the count above them says some are destructive or high impact.
      ...corrections.map(
        (change) => visibleLine(
          `  ${change.description}${correctionWhere(change)}${changeFlags(change) ? `  ${changeFlags(change)}` : ""}`
        )
      ),
      // Warnings, as the comment sets them apart.
      ...[missingAccountsNote(corrections), renamedByHandNote(mainDrift), undoesIgnoredNote(mainDrift)].filter((note) => note !== void 0).map((note) => paint("highImpact", visibleLine(`  WARNING: ${note}`)))
    ] : ["Drift already on main: no change of this plan is main\u2019s alone."],
    ...alsoCorrecting.length > 0 ? [
      `${countOf(alsoCorrecting.length, "change")} of this branch also ${alsoCorrecting.length === 1 ? "corrects" : "correct"} drift on main, with this branch\u2019s own work:`,
      ...alsoCorrecting.map(
        (change) => visibleLine(`  ${change.description}${changeFlags(change) ? `  ${changeFlags(change)}` : ""}`)
      )
    ] : [],
    ...(mainDrift.branchEdits ?? []).flatMap((edit) => {
      const note = branchEditNote(edit);
      return [
        paint(
          note.caution ? "problem" : "highImpact",
          visibleLine(`${note.caution ? "CAUTION" : "WARNING"}: ${note.text}`)
        ),
        ...note.diff.map((line) => `    ${visibleLine(line)}`)
      ];
    }),
    ...acceptedTextLines(mainDrift, paint),
    ...silencedTextLines(mainDrift)
  ];
}
function acceptedTextLines(mainDrift, paint) {
  if (mainDrift.accepted.length === 0) return [];
  const { lines, caution } = acceptedLines(mainDrift);
  return [
    ...caution ? [
      paint(
        caution.severity === "critical" ? "problem" : "highImpact",
        `${caution.severity === "critical" ? "CAUTION" : "WARNING"}: ${caution.text}`
      )
    ] : [],
    mainDrift.behind ? `This branch's plan lacks ${countOf(mainDrift.accepted.length, "difference")} of main's plan: main's newer commits, which merging keeps, or drift the branch accepts:` : `This branch makes the repository accept ${countOf(mainDrift.accepted.length, "difference")} of main\u2019s plan:`,
    ...lines.map((line) => visibleLine(`  ${line}`))
  ];
}
function silencedTextLines(mainDrift) {
  if (!mainDrift.silenced || mainDrift.silenced.length === 0) return [];
  const { headline, critical, lines } = silencedLines(mainDrift.silenced);
  return [
    `${headline}${critical > 0 ? `; ${critical} silence${critical === 1 ? "s" : ""} critical findings` : ""}:`,
    ...lines.map((line) => visibleLine(`  ${line.text}`))
  ];
}

export {
  correctionIds,
  ALREADY_ON_MAIN,
  problemKey,
  problemsOnMain,
  separateMainDrift,
  mainVersionsIn,
  mainDriftContext,
  acceptedFindings,
  ignoredCorrections,
  renamedByHand,
  newIgnoreEntries,
  observationScope,
  renamedByHandNote,
  undoesIgnoredNote,
  missingAccountsNote,
  describeChanges,
  groupByResource,
  changeListing,
  accountsInFlaggedValues,
  UNREAD_OVERRIDES,
  bootstrapNotice,
  operationPreferencesNotice,
  droppedOrganizationalUnitsNotice,
  stackSetHomeNotice,
  summaryLine,
  blockedLine,
  renderPlanText
};
