import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  adoptForeignStackSet,
  inactiveAccountIds,
  instancesReached,
  referencedParameters,
  replacedResources,
  settingChanges
} from "./chunk-ERWZD7JS.js";
import {
  AccountNames,
  accountsBeneath,
  accountsLackingAttachment,
  adoptionDifferences,
  levelsAllowingNothing,
  levelsOf,
  loosens,
  observedSnapshot,
  plannedSnapshot,
  scpsInForce
} from "./chunk-FIBX53YH.js";
import {
  accountIdsInValue,
  baselineControlsAccess,
  readTemplateFacts,
  removalEffect,
  removalScope
} from "./chunk-3BLKRS4H.js";
import {
  isMaskedValue,
  maskedSecretsProblem,
  noEchoIn,
  noEchoParameters,
  parameterDefaultsIn,
  unmasked,
  withUnreadableSecrets
} from "./chunk-DTP7CD5J.js";
import {
  canonicalJson,
  sha256Digest
} from "./chunk-GC7XXYZB.js";
import {
  CHANGE_KINDS,
  PLAN_FORMAT_VERSION,
  PLAN_PROBLEMS,
  PlanDraft,
  accountReference,
  describeTarget,
  foreignOwnerReason,
  ouReference,
  scpReference,
  stackSetName,
  stackSetReference
} from "./chunk-AA4LRLPW.js";
import {
  AWS_REGIONS,
  REGIONS_ENABLED_BY_DEFAULT,
  referencedNames
} from "./chunk-LOLNR32M.js";
import {
  namedIamResource
} from "./chunk-PBUMDURM.js";
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  LISTED_NAMES,
  MANAGED_BY_TAG,
  ORGANIZATION_FILE,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  QUOTAS,
  accountAccessRoleName,
  accountClosureLimit,
  countOf,
  declarationOf,
  declaredParameterOverrides,
  formatCount,
  limitPhrase,
  listNames,
  recordChanges,
  recordedParameterOverrides
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/plan/named-iam-region-moves.ts
function refuseNamedIamRegionMoves(draft) {
  const prefix = draft.desired.organization.stackSets.namePrefix;
  const regionsOf = (kind, side) => {
    const byBaseline = /* @__PURE__ */ new Map();
    for (const change of draft.changes.values()) {
      if (change.kind !== kind) continue;
      const baseline = String(change.scope.stackSet).slice(prefix.length);
      const instances = change[side]?.instances ?? [];
      const accounts = byBaseline.get(baseline) ?? /* @__PURE__ */ new Map();
      for (const { account, region } of instances) accounts.set(account, [...accounts.get(account) ?? [], region]);
      byBaseline.set(baseline, accounts);
    }
    return byBaseline;
  };
  const added = regionsOf(CHANGE_KINDS.addStackInstances, "after");
  const removed = regionsOf(CHANGE_KINDS.removeStackInstances, "before");
  for (const [baseline, accounts] of [...added].sort(([a], [b]) => compareText(a, b))) {
    const leaving = removed.get(baseline);
    if (!leaving) continue;
    const body = draft.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? "";
    const facts = readTemplateFacts(body);
    const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
    if (!named) continue;
    for (const [account, regions] of [...accounts].sort(([a], [b]) => compareText(a, b))) {
      const from = leaving.get(account);
      if (!from) continue;
      draft.problem(
        PLAN_PROBLEMS.namedIamRegionMove,
        accountReference(account),
        `This plan moves ${account}'s ${baseline} stack instance from ${listNames(from, Infinity)} to ${listNames(regions, Infinity)}, but its template names IAM resources (${named.logicalId}), which are global to an account: apply deploys the new instance before it removes the old one, so the new stack fails with AlreadyExists, and the removal then leaves the account without ${baseline}. Move it in two pull requests: first leave ${baseline} out of ${listNames(from, Infinity)} for the account alone, and once that is applied, add ${listNames(regions, Infinity)}.`,
        declarationOf(accountReference(account), draft.desired)
      );
    }
  }
}

// src/plan/opt-in-regions.ts
function refuseOptInRegionsOfNewAccounts(draft) {
  const regionsOf = /* @__PURE__ */ new Map();
  for (const change of draft.changes.values()) {
    if (change.kind !== CHANGE_KINDS.addStackInstances) continue;
    const baseline = String(change.scope.stackSet).slice(draft.desired.organization.stackSets.namePrefix.length);
    for (const { account, region } of change.after?.instances ?? []) {
      if (draft.existingAccounts.has(account) || !isOptIn(region)) continue;
      const regions = regionsOf.get(account) ?? /* @__PURE__ */ new Map();
      regions.set(region, (regions.get(region) ?? /* @__PURE__ */ new Set()).add(baseline));
      regionsOf.set(account, regions);
    }
  }
  for (const [account, regions] of [...regionsOf].sort(([a], [b]) => compareText(a, b))) {
    const names = [...regions.keys()].sort(compareText);
    const baselines = [...new Set([...regions.values()].flatMap((set) => [...set]))].sort(compareText);
    draft.problem(
      PLAN_PROBLEMS.regionNotEnabled,
      accountReference(account),
      `Account ${account} does not exist yet, and ${listNames(names, Infinity)} ${names.length === 1 ? "is an opt-in Region" : "are opt-in Regions"}, disabled in every account AWS Organizations creates: the stack instances of ${listNames(baselines, Infinity)} there would fail after apply had created, moved and guarded the account. Leave ${names.length === 1 ? "it" : "them"} out of its regions (or the baseline's) for now; once the account exists, enable ${names.length === 1 ? "it" : "them"} there (aws account enable-region --account-id <id> --region-name ${names[0]}) and add ${names.length === 1 ? "it" : "them"} back.`,
      declarationOf(accountReference(account), draft.desired)
    );
  }
}
function isOptIn(region) {
  return AWS_REGIONS[region]?.partition === "aws" && !REGIONS_ENABLED_BY_DEFAULT.has(region);
}

// src/plan/blast-radius.ts
function computeBlastRadius(changes, desired, observed, { before, after }, formerAccountIds = /* @__PURE__ */ new Set()) {
  const names = new AccountNames(desired, observed);
  const declared = /* @__PURE__ */ new Set([
    ...desired.accounts.map((account) => account.name),
    ...[...formerAccountIds].map((id) => names.ofId(id))
  ]);
  const radius = [];
  for (const change of changes) {
    switch (change.kind) {
      case CHANGE_KINDS.attachScp:
      case CHANGE_KINDS.detachScp:
        radius.push(withUndeclared(attachmentRadius(change, before, after), declared));
        break;
      case CHANGE_KINDS.updateScp:
        radius.push(withUndeclared(contentRadius(change, before, after), declared));
        break;
      // Adopting is an UpdateStackSet too (its tag): it redeploys every instance, as a new template does.
      case CHANGE_KINDS.updateStackSet:
      case CHANGE_KINDS.adoptStackSet:
        radius.push(stackSetRadius(change, changes, desired, observed, names, declared));
        break;
      case CHANGE_KINDS.moveAccount:
        radius.push(moveRadius(change, desired, observed, before, after));
        break;
      default:
        break;
    }
  }
  return radius.sort((a, b) => compareText(a.changeId, b.changeId));
}
function fieldOf(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}
function attachmentRadius(change, before, after) {
  const scp = String(change.scope.scp);
  const accounts = existingFirst(accountsBeneath(after, change.target), before);
  const attaching = change.kind === CHANGE_KINDS.attachScp;
  const grants = (attaching ? after : before).granting.has(scp);
  const affected = [];
  const elsewhere = [];
  const keptThroughThis = [];
  const others = attaching ? withoutAttachment(after, change.target, scp) : after;
  const atNewPaths = { ...before, accountPaths: after.accountPaths };
  for (const account of accounts) {
    const has = scpsInForce(others, account).has(scp);
    const had = before.accountPaths.has(account) ? scpsInForce(before, account).has(scp) : scpsInForce(atNewPaths, account).has(scp);
    if (grants) affected.push(account);
    else if (had && has) elsewhere.push(account);
    else if (attaching && had) keptThroughThis.push(account);
    else if (attaching ? !had : had) affected.push(account);
  }
  const attachedBefore = before.attachments.get(change.target);
  const widens = attaching && grants && before.enforced && attachedBefore !== void 0 && attachedBefore.size > 0 && !attachedBefore.has(FULL_AWS_ACCESS_POLICY_NAME);
  return {
    changeId: change.id,
    kind: "scp",
    targets: [change.target],
    accounts,
    affected,
    elsewhere,
    ...keptThroughThis.length > 0 ? { keptThroughThis } : {},
    ...widens ? { widensAllowList: true } : {},
    ...grants ? { allowsPerLevel: true } : {},
    ...deniedEverything(accounts, before, after)
  };
}
function withoutAttachment(snapshot, target, scp) {
  const attachments = new Map(snapshot.attachments);
  const remaining = new Set(attachments.get(target));
  remaining.delete(scp);
  attachments.set(target, remaining);
  return { ...snapshot, attachments };
}
function withUndeclared(radius, declared) {
  const undeclared = radius.affected.filter((account) => !declared.has(account));
  return undeclared.length > 0 ? { ...radius, undeclared } : radius;
}
function deniedEverything(accounts, before, after) {
  const denied = accounts.filter(
    (account) => levelsAllowingNothing(after, account).length > 0 && levelsAllowingNothing(before, account).length === 0
  );
  return denied.length > 0 ? { deniedEverything: denied } : {};
}
function existingFirst(accounts, before) {
  return [
    ...accounts.filter((account) => before.accountPaths.has(account)),
    ...accounts.filter((account) => !before.accountPaths.has(account))
  ];
}
function contentRadius(change, before, after) {
  const scp = String(change.scope.scp);
  const targets = /* @__PURE__ */ new Set();
  const accounts = /* @__PURE__ */ new Set();
  for (const snapshot of [before, after]) {
    for (const [target, attached] of snapshot.attachments) if (attached.has(scp)) targets.add(target);
    for (const account of snapshot.accountPaths.keys())
      if (scpsInForce(snapshot, account).has(scp)) accounts.add(account);
  }
  const sorted = existingFirst([...accounts].sort(compareText), before);
  const contentChanged = fieldOf(change.before, "content") !== fieldOf(change.after, "content");
  return {
    changeId: change.id,
    kind: "scp",
    targets: [...targets].sort(compareText),
    accounts: sorted,
    affected: contentChanged ? sorted : [],
    elsewhere: [],
    ...deniedEverything(contentChanged ? sorted : [], before, after)
  };
}
function stackSetRadius(change, changes, desired, observed, names, declared) {
  const stackSet = observed.stackSets.find((candidate) => `stackset:${candidate.name}` === change.target);
  const baseline = desired.baselines.find(
    (candidate) => `stackset:${desired.organization.stackSets.namePrefix}${candidate.name}` === change.target
  );
  const inactive = inactiveAccountIds(observed.accounts);
  const overridesBefore = new Map(
    changes.filter((other) => other.kind === CHANGE_KINDS.updateStackInstances && other.target === change.target).flatMap((other) => Object.entries(other.before ?? {}))
  );
  const instances = (stackSet?.instances ?? []).filter((instance) => !inactive.has(instance.accountId)).map((instance) => {
    const account = names.ofId(instance.accountId);
    const manifest = desired.accounts.find((candidate) => candidate.name === account);
    const final = manifest ? manifest.parameters[baseline?.name ?? ""] ?? {} : instance.parameterOverrides;
    const member = `${account}/${instance.region}`;
    const now = overridesBefore.has(member) ? overridesBefore.get(member) ?? {} : final;
    return {
      account,
      region: instance.region,
      // Kept through the update and after it; one this plan removes gives way to the new value in its own change.
      overrides: new Set(Object.keys(now).filter((parameter) => Object.hasOwn(final, parameter))),
      later: new Set(Object.keys(final).filter((parameter) => !Object.hasOwn(now, parameter)))
    };
  });
  const additions = changes.filter((other) => other.kind === CHANGE_KINDS.addStackInstances && other.target === change.target).map((other) => ({
    targets: fieldOf(other.after, "instances") ?? [],
    overrides: fieldOf(other.after, "parameterOverrides") ?? {}
  }));
  const added = additions.flatMap(({ targets }) => targets).map(({ account, region }) => `${account}/${region}`).sort(compareText);
  const addedOverriding = Object.fromEntries(
    changedParameters(change).flatMap((parameter) => {
      const accounts2 = [
        ...new Set(
          additions.filter(({ overrides }) => Object.hasOwn(overrides, parameter)).flatMap(({ targets }) => targets.map(({ account }) => account))
        )
      ].sort(compareText);
      return accounts2.length > 0 ? [[parameter, accounts2]] : [];
    })
  );
  const reached = [...new Set(instances.map(({ account }) => account))].sort(compareText);
  const undeclared = reached.filter((account) => !declared.has(account));
  const accounts = [...undeclared, ...reached.filter((account) => declared.has(account))];
  const management = names.ofId(observed.organization.managementAccountId);
  const members = new Set(observed.accounts.map((account) => account.id));
  const outsideOrganization = [
    ...new Set((stackSet?.instances ?? []).map(({ accountId }) => accountId).filter((id) => !members.has(id)))
  ].sort(compareText);
  const skipped = (stackSet?.instances ?? []).filter((instance) => inactive.has(instance.accountId)).length;
  const accountsWhere = (holds) => [...new Set(instances.filter(holds).map(({ account }) => account))].sort(compareText);
  const overriddenBy = Object.fromEntries(
    changedParameters(change).flatMap((parameter) => {
      const keeping = accountsWhere(({ overrides }) => overrides.has(parameter));
      return keeping.length > 0 ? [[parameter, keeping]] : [];
    })
  );
  const overriddenLater = Object.fromEntries(
    changedParameters(change).flatMap((parameter) => {
      const later = accountsWhere(({ later: later2 }) => later2.has(parameter));
      return later.length > 0 ? [[parameter, later]] : [];
    })
  );
  return {
    changeId: change.id,
    kind: "stackset",
    instances: instances.map(({ account, region }) => `${account}/${region}`).sort(compareText),
    accounts,
    ...undeclared.length > 0 ? { undeclared } : {},
    ...undeclared.includes(management) ? { management } : {},
    ...outsideOrganization.length > 0 ? { outsideOrganization } : {},
    ...skipped > 0 ? { skipped } : {},
    ...Object.keys(overriddenBy).length > 0 ? { overriddenBy } : {},
    ...Object.keys(overriddenLater).length > 0 ? { overriddenLater } : {},
    ...added.length > 0 ? { added } : {},
    ...Object.keys(addedOverriding).length > 0 ? { addedOverriding } : {}
  };
}
function changedParameters(change) {
  const parametersOf = (side) => side?.parameters ?? {};
  const before = parametersOf(change.before);
  const after = parametersOf(change.after);
  return [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].filter((parameter) => before[parameter] !== after[parameter]).sort(compareText);
}
function moveRadius(change, desired, observed, before, after) {
  const name = change.target.slice("account:".length);
  const account = desired.accounts.find((candidate) => candidate.name === name);
  const accountId = observed.accounts.find(
    (candidate) => candidate.email.toLowerCase() === account?.email.toLowerCase()
  )?.id;
  const { namePrefix } = desired.organization.stackSets;
  const baselinesBefore = observed.stackSets.filter((stackSet) => stackSet.instances.some((instance) => instance.accountId === accountId)).map((stackSet) => stackSet.name.slice(namePrefix.length));
  const difference2 = (from, to) => {
    const kept = new Set(to);
    return [...new Set(from)].filter((item) => !kept.has(item)).sort(compareText);
  };
  const oldPath = before.accountPaths.get(name);
  const newPath = after.accountPaths.get(name);
  const scpsToday = scpsInForce(before, name);
  const scpsAfter = scpsInForce(after, name);
  const oldLevels = oldPath === void 0 ? [] : levelsOf(name, oldPath);
  const newLevels = newPath === void 0 ? [] : levelsOf(name, newPath);
  const left = oldLevels.filter((level) => !newLevels.includes(level));
  const entered = newLevels.filter((level) => !oldLevels.includes(level));
  const lost = [...scpsToday].filter(
    (scp) => !scpsAfter.has(scp) && left.some((level) => before.attachments.get(level)?.has(scp))
  );
  const gained = [...scpsAfter].filter(
    (scp) => !scpsToday.has(scp) && entered.some((level) => after.attachments.get(level)?.has(scp))
  );
  const scpsBefore = oldPath === void 0 ? scpsToday : scpsInForce({ ...after, accountPaths: /* @__PURE__ */ new Map([[name, oldPath]]) }, name);
  const inherited = (path) => new Set(
    desired.organizationalUnits.filter((unit) => path !== void 0 && (path === unit.path || path.startsWith(`${unit.path}/`))).flatMap((unit) => unit.baselines)
  );
  const inheritedBefore = inherited(oldPath);
  const inheritedAfter = inherited(account?.ou);
  const baselinesAfter = account?.baselines ?? [];
  const interim = newPath === void 0 ? [] : difference2(
    scpsInForce({ ...before, accountPaths: /* @__PURE__ */ new Map([[name, newPath]]) }, name),
    /* @__PURE__ */ new Set([...scpsAfter, ...scpsBefore, ...scpsToday])
  ).filter((scp) => entered.some((level) => before.attachments.get(level)?.has(scp)));
  const deniedAt = levelsAllowingNothing(after, name);
  const deniedAtOldPath = oldPath === void 0 ? [] : levelsAllowingNothing({ ...after, accountPaths: /* @__PURE__ */ new Map([[name, oldPath]]) }, name);
  return {
    changeId: change.id,
    kind: "move",
    gains: {
      scps: [...gained].sort(compareText),
      baselines: difference2(baselinesAfter, baselinesBefore).filter(
        (baseline) => inheritedAfter.has(baseline) && !inheritedBefore.has(baseline)
      )
    },
    loses: {
      scps: [...lost].sort(compareText),
      baselines: difference2(baselinesBefore, baselinesAfter).filter(
        (baseline) => inheritedBefore.has(baseline) && !inheritedAfter.has(baseline)
      )
    },
    ...interim.length > 0 ? { untilDetached: interim } : {},
    ...deniedAt.length > 0 && levelsAllowingNothing(before, name).length === 0 ? { deniedEverythingAt: deniedAt } : {},
    ...deniedAt.length === 0 && deniedAtOldPath.length > 0 ? { leavesDeniedEverythingAt: deniedAtOldPath } : {}
  };
}

// src/plan/far-reaching.ts
function flagFarReaching(changes, radius, runsFrom) {
  const byChange = new Map(radius.map((entry) => [entry.changeId, entry]));
  const gainedAcross = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const entry = byChange.get(change.id);
    if (change.kind !== CHANGE_KINDS.attachScp || entry?.kind !== "scp") continue;
    const scp = String(change.scope.scp);
    gainedAcross.set(scp, /* @__PURE__ */ new Set([...gainedAcross.get(scp) ?? [], ...entry.affected]));
  }
  return changes.map((change) => {
    const entry = byChange.get(change.id);
    const lockOut = reachesVendReason(change, entry, runsFrom);
    const othersStacks = change.kind === CHANGE_KINDS.updateStackSet && entry?.kind === "stackset" && (entry.undeclared?.length ?? 0) > 0 ? "it redeploys stacks in accounts no manifest declares" : void 0;
    const reasons = change.highImpact ? [lockOut, change.highImpactReason, othersStacks] : [lockOut ?? farReachingReason(change, entry, gainedAcross.get(String(change.scope.scp))?.size), othersStacks];
    const reason = reasons.filter((text) => text !== void 0 && text !== "").join("; and ");
    if (change.highImpact)
      return reason === (change.highImpactReason ?? "") ? change : { ...change, highImpactReason: reason };
    return reason ? { ...change, highImpact: true, highImpactReason: reason } : change;
  });
}
function reachesVendReason(change, entry, runsFrom) {
  if (runsFrom === void 0 || entry === void 0) return void 0;
  const reaches = entry.kind === "scp" && (change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.updateScp) && entry.affected.includes(runsFrom) || entry.kind === "move" && change.scope.account === runsFrom && entry.gains.scps.length > 0;
  return reaches ? `it puts an SCP in force for ${runsFrom}, the account vend runs from (delegatedAdministratorAccountId): one that denies what vend calls there stops every later plan and apply, and only the management account can undo it` : void 0;
}
function farReachingReason(change, entry, gainedAcross) {
  if (entry?.kind === "scp") {
    if ((entry.deniedEverything?.length ?? 0) > 0)
      return "it leaves accounts with a level where no SCP allows anything: every action there is denied";
    if (entry.widensAllowList === true) return "it widens an allow list where FullAWSAccess is not attached";
    const scpChange = change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.updateScp;
    if (scpChange && (entry.undeclared?.length ?? 0) > 0) return "it acts on accounts no manifest declares";
    if (change.kind === CHANGE_KINDS.updateScp && fieldOf(change.before, "content") !== fieldOf(change.after, "content") && entry.accounts.length > 1)
      return "new content for an SCP in force for more than one account";
    if (change.kind === CHANGE_KINDS.attachScp && entry.affected.length > 1)
      return "a new SCP for more than one account at once";
    if (change.kind === CHANGE_KINDS.attachScp && entry.affected.length > 0 && (gainedAcross ?? 0) > 1)
      return `a new SCP for more than one account at once: ${gainedAcross} accounts across this plan's attachments of it`;
  }
  if (entry?.kind === "move") {
    if ((entry.deniedEverythingAt?.length ?? 0) > 0)
      return "it leaves the account under a level where no SCP allows anything";
    if ((entry.leavesDeniedEverythingAt?.length ?? 0) > 0)
      return "the account leaves a level where no SCP allows anything: what is denied there today may be allowed again";
    if (change.kind === CHANGE_KINDS.moveAccount && entry.loses.scps.length > 0)
      return `the account leaves ${entry.loses.scps.length === 1 ? "an SCP" : "SCPs"} in force today: ${entry.loses.scps.join(", ")}`;
  }
  return void 0;
}

// src/plan/account-waivers.ts
function flagWaivedCreations(draft) {
  for (const account of draft.desired.accounts) {
    const { waivers } = account;
    if (!waivers) continue;
    const id = `${CHANGE_KINDS.createAccount}:${accountReference(account.name)}`;
    const change = draft.changes.get(id);
    if (!change) continue;
    const waived = [
      ...waivers.exceptions.length > 0 ? [`waives ${listNames(waivers.exceptions.map(({ rule }) => rule))}`] : [],
      ...waivers.excludedBaselines.length > 0 ? [
        `leaves out baseline${waivers.excludedBaselines.length === 1 ? "" : "s"} ${listNames(waivers.excludedBaselines)}`
      ] : []
    ].join(" and ");
    const approvals = waivers.exceptions.map(
      ({ rule, approvedBy }) => `approvedBy ${JSON.stringify(approvedBy)} for ${rule}`
    );
    const reason = `only its manifest's own text approves what it waives${approvals.length > 0 ? ` (${listNames(approvals)})` : ""}`;
    draft.changes.set(id, {
      ...change,
      highImpact: true,
      highImpactReason: change.highImpactReason ? `${change.highImpactReason}, and ${reason}` : reason,
      description: `${change.description}; its manifest ${waived}`
    });
  }
}

// src/plan/order-changes.ts
var STAGE_OF_KIND = {
  [CHANGE_KINDS.enableScpType]: 1,
  [CHANGE_KINDS.createOrganizationalUnit]: 2,
  [CHANGE_KINDS.adoptOrganizationalUnit]: 2,
  [CHANGE_KINDS.createScp]: 3,
  [CHANGE_KINDS.adoptScp]: 3,
  [CHANGE_KINDS.updateScp]: 3,
  [CHANGE_KINDS.createAccount]: 4,
  [CHANGE_KINDS.adoptAccount]: 4,
  [CHANGE_KINDS.moveAccount]: 4,
  [CHANGE_KINDS.tagAccount]: 4,
  [CHANGE_KINDS.untagAccount]: 4,
  [CHANGE_KINDS.renameAccount]: 4,
  [CHANGE_KINDS.attachScp]: 5,
  [CHANGE_KINDS.createStackSet]: 6,
  [CHANGE_KINDS.adoptStackSet]: 6,
  [CHANGE_KINDS.updateStackSet]: 6,
  [CHANGE_KINDS.addStackInstances]: 6,
  [CHANGE_KINDS.updateStackInstances]: 6,
  [CHANGE_KINDS.detachScp]: 7,
  [CHANGE_KINDS.removeStackInstances]: 7,
  // After the instances whose dropped overrides it narrows are reset or removed (plan-parameter-overrides.ts); one
  // that only widens goes earlier (stageOf).
  [CHANGE_KINDS.recordParameterOverrides]: 7,
  [CHANGE_KINDS.deleteStackSet]: 7,
  [CHANGE_KINDS.deleteScp]: 7,
  [CHANGE_KINDS.closeAccount]: 7
};
function stageOf(change) {
  if (change.kind === CHANGE_KINDS.recordParameterOverrides && !change.dependsOn.some((id) => INSTANCE_CHANGE_KINDS.some((kind) => id.startsWith(`${kind}:`))))
    return STAGE_OF_KIND[CHANGE_KINDS.tagAccount];
  if (change.kind === CHANGE_KINDS.attachScp && !String(change.scope.target).startsWith("account:"))
    return change.dependsOn.some((id) => id.startsWith(`${CHANGE_KINDS.moveAccount}:`)) ? STAGE_OF_KIND[CHANGE_KINDS.moveAccount] : STAGE_OF_KIND[CHANGE_KINDS.createScp];
  return STAGE_OF_KIND[change.kind];
}
var INSTANCE_CHANGE_KINDS = [
  CHANGE_KINDS.addStackInstances,
  CHANGE_KINDS.updateStackInstances,
  CHANGE_KINDS.removeStackInstances
];
function stagesAsApproved(approved) {
  const approvedById = new Map((approved?.changes ?? []).map((change) => [change.id, change]));
  return (change) => stageOf(approvedById.get(change.id) ?? change);
}
function orderChanges(changes) {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const waitingOn = new Map(
    changes.map((change) => [change.id, new Set(change.dependsOn.filter((id) => byId.has(id)))])
  );
  const dependents = /* @__PURE__ */ new Map();
  for (const change of changes)
    for (const dependency of waitingOn.get(change.id))
      dependents.set(dependency, [...dependents.get(dependency) ?? [], change.id]);
  const compare = (a, b) => stageOf(a) - stageOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ready = changes.filter((change) => waitingOn.get(change.id).size === 0);
  const ordered = [];
  while (ready.length > 0) {
    ready.sort(compare);
    const next = ready.shift();
    ordered.push(next);
    for (const dependentId of dependents.get(next.id) ?? []) {
      const waiting = waitingOn.get(dependentId);
      waiting.delete(next.id);
      if (waiting.size === 0) ready.push(byId.get(dependentId));
    }
  }
  if (ordered.length !== changes.length) throw new Error("internal error: the plan has a dependency cycle");
  return ordered;
}

// src/plan/account-identity.ts
function formerAccountsOf(draft, account, besides) {
  const untaggedManagementCounts = besides === void 0 || besides.name !== account.accountName;
  return draft.observed.accounts.filter(
    (candidate) => candidate.id !== besides?.id && candidate.status === "ACTIVE" && (candidate.name === account.accountName || candidate.name === account.name) && !draft.declaredEmails.has(candidate.email.toLowerCase()) && (candidate.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value || untaggedManagementCounts && candidate.id === draft.desired.organization.managementAccountId)
  );
}
function takenOverProblem(draft, account, existing) {
  if (account.closed || existing.tags === void 0) return void 0;
  const owned = existing.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
  const renamed = existing.name !== account.accountName;
  if ((!owned || renamed) && existing.id !== draft.desired.organization.managementAccountId) {
    const formers = formerAccountsOf(draft, account, existing);
    if (formers.length > 0) {
      for (const former of formers) draft.formerAccountIds.add(former.id);
      const whose = owned ? `vend's account ${existing.id}, named '${existing.name}'` : `account ${existing.id} ('${existing.name}'), which is not vend's`;
      const one = formers.length === 1;
      return `The email in ${account.file}, ${account.email}, is that of ${whose}, while ${one ? "vend's account" : `${formers.length} of vend's accounts`} ${listAccounts(formers)} ${one ? "carries" : "carry"} this account's name and no manifest declares ${one ? "it" : "them"} any more: the email was changed to another account's. Vend does not ${owned ? "rename" : "adopt, rename"} or move ${existing.id} in its place. Restore the email ${one ? formers[0].email : "of the one this manifest was"} in ${account.file}. To change that account's root email, change it in AWS first (StartPrimaryEmailUpdate, confirmed by the new address's owner; AWS refuses an address another account holds). If ${existing.id} is meant to be this manifest's account instead, give ${one ? `account ${formers[0].id}` : "those accounts"} up first: remove ${one ? "its" : "their"} ${MANAGED_BY_TAG.key} tag, or declare ${one ? "it" : "each"} in a manifest of ${one ? "its" : "their"} own.`;
    }
  }
  if (!owned || !renamed) return void 0;
  const other = draft.desired.accounts.find(
    (candidate) => candidate !== account && !candidate.closed && candidate.accountName === existing.name && draft.existingAccounts.get(candidate.name)?.name !== existing.name
  );
  if (!other) return void 0;
  const otherAccount = draft.existingAccounts.get(other.name);
  if (otherAccount?.name === account.accountName)
    return `${account.file} and ${other.file} have swapped emails: ${account.email} is the email of account ${existing.id}, named '${existing.name}' as ${other.file} names its account, and ${other.email} that of an account named '${account.accountName}'. Vend does not rename two of its accounts into each other's places. Swap the emails back; an account's root email is changed in AWS (StartPrimaryEmailUpdate), and AWS refuses an address another account holds. If the two accounts are really to trade names, rename one to a third name in one pull request, then finish in the next.`;
  return `The email in ${account.file}, ${account.email}, is that of vend's account ${existing.id}, named '${existing.name}': the name ${other.file} declares${otherAccount ? `, whose email is that of account ${otherAccount.id} ('${otherAccount.name}')` : ""}. Either emails were moved among manifests, or this renames the account away from a name another manifest takes in the same edit; vend does not rename one of its accounts into a place another manifest declares. If emails were moved, put each back in its manifest: an account's root email is changed in AWS (StartPrimaryEmailUpdate), and AWS refuses an address another account holds. If the names are really to change, rename this account in one pull request, and give its old name to ${other.file} in the next.`;
}
function listAccounts(accounts) {
  return listNames(
    accounts.map((account) => `${account.id} ('${account.name}', ${account.email})`),
    Infinity
  );
}

// src/plan/plan-account-tags.ts
function planAccountTags(draft, account, read) {
  const { tags, adopting, adoptId } = read;
  const reference = accountReference(account.name);
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  const held = Object.keys(tags).length;
  const { toSet, toRemove } = accountTagDifferences(account, tags, adopting);
  const adopted = held + (adopting && !Object.hasOwn(tags, MANAGED_BY_TAG.key) ? 1 : 0);
  const tagged = adopted - toRemove.length + Object.keys(toSet).filter((key) => !Object.hasOwn(tags, key)).length;
  if (Math.max(adopted, tagged) > quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      reference,
      adopted > quota ? `Account ${account.name} holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key} before the undeclared ones are removed; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Remove a tag the manifest does not declare from the account by hand (aws organizations untag-resource), then plan again.` : `Account ${account.name} would hold ${tagged} tags once apply sets its declared ones, since its tags that change last (the parameter-overrides record) are still there; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Declare fewer tags in ${account.file}, or merge this in two steps: first the change to its baselines' parameters, then the tags.`,
      declarationOf(reference, draft.desired, "tags")
    );
  const untagId = toRemove.length > 0 ? draft.add(CHANGE_KINDS.untagAccount, reference, {
    before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
    after: null,
    scope: { account: account.name, members: toRemove },
    dependsOn: [adoptId],
    description: `Remove undeclared tag${toRemove.length === 1 ? "" : "s"} ${toRemove.join(", ")} from ${account.name}`,
    accounts: [account.name]
  }) : void 0;
  if (Object.keys(toSet).length > 0) {
    draft.add(CHANGE_KINDS.tagAccount, reference, {
      before: Object.fromEntries(
        Object.keys(toSet).filter((key) => Object.hasOwn(tags, key)).map((key) => [key, tags[key]])
      ),
      after: toSet,
      scope: { account: account.name, members: Object.entries(toSet).map((entry) => JSON.stringify(entry)) },
      dependsOn: [adoptId, untagId],
      description: `Set tag${Object.keys(toSet).length === 1 ? "" : "s"} ${Object.keys(toSet).join(", ")} on ${account.name}`,
      accounts: [account.name]
    });
  }
  if (!draft.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
    draft.accountStatus.set(account.name, "updated");
}
function accountTagDifferences(account, tags, adopting = false) {
  const toSet = Object.fromEntries(
    Object.entries(account.tags).filter(
      ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key)
    )
  );
  const kept = (key) => key === PARAMETER_OVERRIDES_TAG || key === "Owner" && account.owner === OWNER_UNASSIGNED || key.toLowerCase().startsWith("aws:");
  const toRemove = Object.keys(tags).filter((key) => !Object.hasOwn(account.tags, key) && !kept(key)).sort();
  return { toSet, toRemove };
}

// src/plan/plan-accounts.ts
function planAccount(draft, account) {
  const reference = accountReference(account.name);
  const alike = draft.ambiguousAccounts.get(account.name);
  if (alike) {
    draft.problem(
      PLAN_PROBLEMS.accountEmailAmbiguous,
      reference,
      `${alike.length} accounts have the email ${account.email} but for letter case (${alike.map((other) => `${other.id} '${other.name}' ${other.email}, ${other.status}`).join("; ")}), none spelt exactly as ${account.file} spells it, so vend cannot tell which one it declares, and does not create another. Spell the email in ${account.file} exactly as the account's root email, then plan again.`,
      declarationOf(reference, draft.desired, "email")
    );
    draft.withheldAccounts.add(account.name);
    return;
  }
  const existing = draft.existingAccounts.get(account.name);
  if (!existing) return planNewAccount(draft, account);
  const taken = takenOverProblem(draft, account, existing);
  if (taken) {
    draft.problem(PLAN_PROBLEMS.accountEmailTaken, reference, taken, declarationOf(reference, draft.desired, "email"));
    draft.withheldAccounts.add(account.name);
    return;
  }
  const management = draft.isManagementAccount(account.name);
  const refuseClose = (message) => {
    draft.problem(
      PLAN_PROBLEMS.accountCloseRefused,
      reference,
      message,
      declarationOf(reference, draft.desired, "closed")
    );
    draft.withheldAccounts.add(account.name);
  };
  if (existing.status !== "ACTIVE") {
    if (!account.closed) {
      draft.problem(
        PLAN_PROBLEMS.accountSuspended,
        reference,
        `Account ${account.name} (${existing.id}) is ${existing.status}; set closed: true in ${account.file} or remove the manifest.`,
        declarationOf(reference, draft.desired)
      );
      draft.withheldAccounts.add(account.name);
    }
    return;
  }
  if (account.closed && management) {
    return refuseClose(
      `Account ${account.name} (${existing.id}) is the organization's management account, which vend never closes (AWS refuses to close it from the organization). Remove closed: true from ${account.file}.`
    );
  }
  if (account.closed && existing.id === draft.desired.organization.delegatedAdministratorAccountId) {
    return refuseClose(
      `Account ${account.name} (${existing.id}) is the delegated administrator vend runs from (delegatedAdministratorAccountId); closing it would leave the organization without it. Hand the role to another account first, then close this one.`
    );
  }
  if (account.closed && existing.tags !== void 0 && existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
    return refuseClose(
      `Account ${account.name} (${existing.id}) is not vend's: it has no ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} tag, so vend does not close it. To close it with vend, merge ${account.file} without closed: true first (apply adopts it and tags it), then set closed: true.`
    );
  }
  if (account.closed) {
    draft.add(CHANGE_KINDS.closeAccount, reference, {
      before: { id: existing.id, status: existing.status },
      after: { id: existing.id, status: "CLOSED" },
      scope: { account: account.name, accountId: existing.id },
      description: `Close account ${account.name} (${existing.id})`,
      accounts: [account.name]
    });
    draft.accountStatus.set(account.name, "closing");
    return;
  }
  const tags = existing.tags;
  const adopting = tags !== void 0 && tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value;
  const adoptId = adopting ? draft.add(CHANGE_KINDS.adoptAccount, reference, {
    before: {
      id: existing.id,
      name: existing.name,
      email: existing.email,
      // Another tool's ownership tag, which adoption overwrites: the reviewer sees whose account this was.
      ...tags[MANAGED_BY_TAG.key] !== void 0 ? { managedBy: tags[MANAGED_BY_TAG.key] } : {}
    },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: {
      account: account.name,
      email: existing.email,
      accountId: existing.id,
      managedBy: JSON.stringify(tags[MANAGED_BY_TAG.key] ?? null)
    },
    ...tags[MANAGED_BY_TAG.key] !== void 0 ? {
      highImpact: true,
      highImpactReason: foreignOwnerReason(tags[MANAGED_BY_TAG.key])
    } : {},
    description: `Adopt existing account ${existing.name} (${existing.id})${management ? ", the management account," : ""} with email ${existing.email}`,
    accounts: [account.name]
  }) : void 0;
  if (adopting) draft.accountStatus.set(account.name, "adopted");
  const renameRefused = existing.name !== account.accountName ? renameProblem(draft, account, existing.id) : void 0;
  if (renameRefused)
    draft.problem(
      PLAN_PROBLEMS.accountRenameRefused,
      reference,
      renameRefused,
      declarationOf(reference, draft.desired, account.accountName === account.name ? "name" : "accountName")
    );
  else if (existing.name !== account.accountName) {
    draft.add(CHANGE_KINDS.renameAccount, reference, {
      before: { id: existing.id, name: existing.name },
      after: { id: existing.id, name: account.accountName },
      scope: { account: account.name, accountId: existing.id, accountName: account.accountName },
      dependsOn: [adoptId],
      description: `Rename account ${existing.id} from '${existing.name}' to '${account.accountName}'`,
      accounts: [account.name]
    });
    draft.markUpdated([account.name]);
  }
  if (management) {
    if (existing.parentId !== draft.ouIdByPath.get(account.ou))
      draft.note(
        account.name,
        `It stays in ${existing.parentPath || "the root"}: vend never moves the management account, so its 'ou' (${account.ou}) only decides which baselines it inherits.`
      );
  } else if (existing.parentId !== draft.ouIdByPath.get(account.ou) && !inTwinOfDeclaredOu(draft, account, existing)) {
    draft.add(CHANGE_KINDS.moveAccount, reference, {
      before: { id: existing.id, ou: existing.parentPath === "" ? "(root)" : existing.parentPath },
      after: { id: existing.id, ou: account.ou },
      // Where it leaves, too ('' for the root): a move out of another OU than the one approved is another change.
      scope: { account: account.name, accountId: existing.id, from: existing.parentPath, ou: account.ou },
      dependsOn: [`create-ou:${ouReference(account.ou)}`, `adopt-ou:${ouReference(account.ou)}`, adoptId],
      description: `Move account ${account.name} from ${existing.parentPath || "(root)"} to ${account.ou}`,
      accounts: [account.name]
    });
    if (!adopting) draft.accountStatus.set(account.name, "moved");
  }
  if (tags !== void 0) planAccountTags(draft, account, { tags, adopting, adoptId });
}
function planNewAccount(draft, account) {
  const reference = accountReference(account.name);
  const formers = formerAccountsOf(draft, account);
  if (account.closed && formers.length === 0) return;
  for (const former of formers) draft.formerAccountIds.add(former.id);
  const problem = (message) => {
    draft.problem(
      PLAN_PROBLEMS.accountEmailChanged,
      reference,
      message,
      declarationOf(reference, draft.desired, "email")
    );
    draft.withheldAccounts.add(account.name);
  };
  if (formers.length > 1)
    return problem(
      `No account has the email ${account.email}, and ${formers.length} accounts carry this account's name and ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, none declared by a manifest: ${listAccounts(formers)}. One of them is likely this manifest's account with its email changed in ${account.file}; the others, accounts whose manifests were deleted earlier. Vend cannot tell which, so it creates nothing${account.closed ? " and closes nothing" : ""}. Restore in ${account.file} the email of the one it is, and remove the ${MANAGED_BY_TAG.key} tag from the others (or declare them in manifests of their own); then plan again.`
    );
  const [previous] = formers;
  if (account.closed)
    return problem(
      `${account.file} sets closed: true, but no account has the email ${account.email}, and account ${previous.id} ('${previous.name}', ${previous.email}) carries this account's name${previous.id === draft.desired.organization.managementAccountId ? "" : ` and ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`}: the email was changed in the same edit, so vend would close nothing. Restore the email ${previous.email} in ${account.file} to close that account.`
    );
  if (previous?.id === draft.desired.organization.managementAccountId)
    return problem(
      `No account has the email ${account.email}, but the management account ${previous.id} ('${previous.name}', ${previous.email}) has this account's name: the email in ${account.file} was changed. Vend does not create a second account. The management account's root email is changed by signing in to it as the root user (Account settings); the Account Management API's StartPrimaryEmailUpdate is for member accounts only ("The management account can't specify its own AccountId"). Then plan again. Or restore the old email in ${account.file}. If instead this is a new account that only shares the management account's name, give its manifest a name and accountName other than '${previous.name}'.`
    );
  if (previous)
    return problem(
      `No account has the email ${account.email}, but account ${previous.id} ('${previous.name}', ${previous.email}) carries ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} and this account's name: the email in ${account.file} was changed. Vend does not create a second account. Change the root email in AWS first: the Account Management API's StartPrimaryEmailUpdate sends a code to ${account.email}, and AcceptPrimaryEmailUpdate with that code completes it (the new address's owner must confirm). Then plan again. Or restore the old email in ${account.file}. If instead that account is one whose manifest was deleted earlier (it kept its tag) and this is a new account that only reuses its name, give the new manifest a name and accountName other than '${previous.name}' (the manifest name stands for the AWS name until an accountName is added), or remove the ${MANAGED_BY_TAG.key} tag from account ${previous.id} to give it up.`
    );
  if (account.owner === OWNER_UNASSIGNED) {
    draft.problem(
      PLAN_PROBLEMS.accountOwnerUnassigned,
      reference,
      `${account.file} declares a new account with owner '${OWNER_UNASSIGNED}', the placeholder vend import writes for an existing account; a new account is created with the Owner tag its manifest names. Name the owning team in owner, then plan again.`,
      declarationOf(reference, draft.desired, "owner")
    );
    draft.withheldAccounts.add(account.name);
    return;
  }
  for (const closed of draft.observed.accounts.filter(
    (candidate) => candidate.status !== "ACTIVE" && (candidate.name === account.accountName || candidate.name === account.name) && !draft.declaredEmails.has(candidate.email.toLowerCase())
  ))
    draft.note(
      account.name,
      `Account ${closed.id} ('${closed.name}', ${closed.email}) has this account's name and is ${closed.status}. If this manifest was that account's, closed and now reopened in git with another email, this creates a new, empty account beside it: a closed account keeps its email for good, and only AWS Support can reopen it, within 90 days.`
    );
  const namesakes = draft.observed.accounts.filter(
    (candidate) => candidate.status === "ACTIVE" && candidate.name.toLowerCase() === account.accountName.toLowerCase()
  );
  for (const namesake of namesakes)
    draft.note(
      account.name,
      `Account ${namesake.id} (${namesake.email}) already has the AWS name '${namesake.name}'. AWS allows the same name twice; vend tells the two apart by email only, so make sure the pull request did not mean that account.`
    );
  const inProgress = draft.observed.accountCreationsInProgress.filter((request) => request.accountName === account.accountName).map((request) => request.requestId);
  const named = namesakes.length > 0 ? ` (AWS name '${account.accountName}', which ${namesakes.length === 1 ? `account ${namesakes[0].id} already has` : `accounts ${namesakes.map((namesake) => namesake.id).join(", ")} already have`})` : account.accountName === account.name ? "" : ` (AWS name '${account.accountName}')`;
  draft.add(CHANGE_KINDS.createAccount, reference, {
    // Every one: AWS lets two teams request the same name, and only the email says whose an account is.
    before: inProgress.length > 0 ? { createAccountRequestId: inProgress[0], createAccountRequestIds: inProgress, state: "IN_PROGRESS" } : null,
    after: {
      name: account.name,
      accountName: account.accountName,
      email: account.email,
      ou: account.ou,
      tags: account.tags
    },
    scope: {
      account: account.name,
      accountName: account.accountName,
      email: account.email,
      ou: account.ou,
      tags: canonicalJson(account.tags)
    },
    dependsOn: [`create-ou:${ouReference(account.ou)}`, `adopt-ou:${ouReference(account.ou)}`],
    description: inProgress.length > 0 ? `Create account ${account.name}${named} <${account.email}> in ${account.ou}, once ${inProgress.length === 1 ? `request ${inProgress[0]}` : `requests ${inProgress.join(", ")}`} for that name ${inProgress.length === 1 ? "is" : "are"} done (an account is this one only if its email is ${account.email})` : `Create account ${account.name}${named} <${account.email}> in ${account.ou}`,
    accounts: [account.name]
  });
  draft.accountStatus.set(account.name, "new");
}
function flagAdoptionsThatChange(draft) {
  for (const [account, ids] of draft.changesByAccount) {
    const adoptId = `adopt-account:${accountReference(account)}`;
    const adoption = draft.changes.get(adoptId);
    const others = [...ids].filter(
      (id) => id !== adoptId && draft.changes.get(id)?.kind !== CHANGE_KINDS.recordParameterOverrides
    );
    if (!adoption || others.length === 0) continue;
    const reason = draft.isManagementAccount(account) ? "vend takes on the management account and changes it in the same plan" : adoption.before?.managedBy !== void 0 ? "another team's account changes hands and changes in the same plan" : "an account made outside vend is adopted and changed in the same plan";
    draft.changes.set(adoptId, {
      ...adoption,
      highImpact: true,
      highImpactReason: adoption.highImpactReason ? `${adoption.highImpactReason}, and ${reason}` : reason,
      description: `${adoption.description}; this plan also changes it (${others.length === 1 ? "1 change" : `${others.length} changes`} below)`
    });
  }
}
function flagCreationsBesideOwnedAccounts(draft, unmanaged) {
  const owned = unmanaged.filter((account) => account.ownedByVend);
  if (owned.length === 0) return;
  const named = owned.map((account) => `${account.name} (${account.id}, ${account.email})`).join(", ");
  for (const [id, change] of draft.changes)
    if (change.kind === CHANGE_KINDS.createAccount)
      draft.changes.set(id, {
        ...change,
        highImpact: true,
        highImpactReason: `it may be ${owned.length === 1 ? "vend's account" : "one of vend's accounts"} that no manifest declares, its manifest deleted or edited, with its email and name changed`,
        description: `${change.description}; ${owned.length === 1 ? "an account" : `${owned.length} accounts`} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} ${owned.length === 1 ? "has" : "have"} no manifest (${named}): if this is ${owned.length === 1 ? "it" : "one of them"} with its email and name changed, this creates a second account. An account whose manifest was deleted on purpose keeps this on every new account until it is given up: remove its ${MANAGED_BY_TAG.key} tag (aws organizations untag-resource --resource-id ${owned.length === 1 ? owned[0].id : "<account id>"} --tag-keys ${MANAGED_BY_TAG.key})`
      });
}
function unmanagedAccounts(draft) {
  const claimed = /* @__PURE__ */ new Set([
    ...[...draft.existingAccounts.values()].map((account) => account.id),
    ...[...draft.ambiguousAccounts.values()].flat().map((account) => account.id)
  ]);
  return draft.observed.accounts.filter(
    (account) => !claimed.has(account.id) && !draft.formerAccountIds.has(account.id) && account.id !== draft.observed.organization.managementAccountId
  ).map((account) => ({
    id: account.id,
    name: account.name,
    email: account.email,
    parentPath: account.parentPath || "(root)",
    // A closed account is nobody's to manage, whatever its tags say: it needs no tag read to be told apart.
    ...account.status !== "ACTIVE" ? { status: account.status, ownedByVend: false } : {},
    ...account.tags && account.status === "ACTIVE" ? { ownedByVend: account.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value } : {}
  })).sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}
function renameProblem(draft, account, accountId) {
  const awsName = draft.existingAccounts.get(account.name)?.name ?? "";
  const current = `or set accountName in ${account.file} to the name the account has ('${awsName}')`;
  const { callerAccountId, organization, trustedServicePrincipals } = draft.observed;
  if (accountId === organization.managementAccountId) {
    if (callerAccountId === accountId) return void 0;
    return `Renaming the management account (${accountId}) to '${account.accountName}': AWS lets only the management account rename itself, and vend runs as ${callerAccountId} (PutAccountName takes AccountId for member accounts only). Rename it signed in to the management account, ${current}.`;
  }
  if (trustedServicePrincipals === void 0 || trustedServicePrincipals.includes(ACCOUNT_MANAGEMENT_PRINCIPAL))
    return void 0;
  return `Renaming account ${accountId} ('${awsName}', ${account.file}) to '${account.accountName}' needs trusted access for AWS Account Management, which this organization has not enabled, so AWS would refuse it in apply. Enable it once from the management account (aws organizations enable-aws-service-access --service-principal ${ACCOUNT_MANAGEMENT_PRINCIPAL}), ${current}.`;
}
var ACCOUNT_MANAGEMENT_PRINCIPAL = "account.amazonaws.com";
function inTwinOfDeclaredOu(draft, account, existing) {
  return existing.parentPath === account.ou && draft.ambiguousOrganizationalUnits.some((path) => account.ou === path || account.ou.startsWith(`${path}/`));
}

// src/plan/account-gains.ts
function accountGainsAndLosses(account, snapshots, instancesBefore) {
  const scpsBefore = scpsInForce(snapshots.before, account.name);
  const scpsAfter = scpsInForce(snapshots.after, account.name);
  const instancesAfter = account.baselines.flatMap(({ name, regions }) => regions.map((region) => `${name}/${region}`));
  const gains = { scps: difference(scpsAfter, scpsBefore), instances: difference(instancesAfter, instancesBefore) };
  const loses = { scps: difference(scpsBefore, scpsAfter), instances: difference(instancesBefore, instancesAfter) };
  const none = [gains, loses].every((side) => side.scps.length === 0 && side.instances.length === 0);
  return none ? void 0 : { gains, loses };
}
function deployedInstances(observed, stackSets) {
  const { namePrefix, declaredBaselines } = stackSets;
  const byAccount = /* @__PURE__ */ new Map();
  for (const stackSet of observed.stackSets) {
    const baseline = stackSet.name.slice(namePrefix.length);
    if (!stackSet.name.startsWith(namePrefix) || !(stackSet.managedByVend || declaredBaselines.has(baseline))) continue;
    for (const instance of stackSet.instances)
      byAccount.set(instance.accountId, [
        ...byAccount.get(instance.accountId) ?? [],
        `${baseline}/${instance.region}`
      ]);
  }
  return byAccount;
}
function difference(from, to) {
  const kept = new Set(to);
  return [...new Set(from)].filter((item) => !kept.has(item)).sort(compareText);
}

// src/plan/planned-accounts.ts
function plannedAccounts(draft, snapshots) {
  const { after } = snapshots;
  const root = draft.desired.organization.root;
  const ouByPath = new Map(draft.desired.organizationalUnits.map((unit) => [unit.path, unit]));
  const deployed = deployedInstances(draft.observed, {
    namePrefix: draft.desired.organization.stackSets.namePrefix,
    declaredBaselines: new Set(draft.desired.baselines.map((baseline) => baseline.name))
  });
  return draft.desired.accounts.flatMap((account) => {
    const management = draft.isManagementAccount(account.name);
    const status = draft.accountStatus.get(account.name);
    const existing = draft.existingAccounts.get(account.name);
    const closing = status === "closing";
    const withheld = draft.withheldAccounts.has(account.name);
    const declared = management && !stackSetsReachManagementAccount(draft) ? [] : account.baselines;
    const baselines = (closing || withheld ? [] : declared).map((name) => {
      const baseline = draft.desired.baselines.find((candidate) => candidate.name === name);
      return { name, regions: [...baseline.regions ?? account.regions] };
    });
    const instancesBefore = existing ? deployed.get(existing.id) ?? [] : [];
    const gainsAndLosses = management || !existing || withheld ? void 0 : closing ? closingLosses(instancesBefore) : accountGainsAndLosses({ name: account.name, baselines }, snapshots, instancesBefore);
    const allowChanges = management || !existing || withheld ? [] : allowingChanges(snapshots, account.name);
    const reached = (gainsAndLosses?.gains.scps.length ?? 0) + (gainsAndLosses?.loses.scps.length ?? 0) > 0 || allowChanges.length > 0;
    if (!status && !management && !reached) return [];
    if (management) noteManagementAccount(draft, account);
    const lineage = [root];
    const parts = account.ou.split("/");
    for (let depth = 1; depth <= parts.length; depth++) {
      const unit = ouByPath.get(parts.slice(0, depth).join("/"));
      if (unit) lineage.push(unit);
    }
    lineage.push(account);
    const scpsInForce2 = [
      ...new Set(
        lineage.flatMap((level) => [...level.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : [], ...level.scps])
      )
    ];
    const catalogue = /* @__PURE__ */ new Set([FULL_AWS_ACCESS_POLICY_NAME, ...draft.desired.scps.map((scp) => scp.name)]);
    const foreignScps = management ? [] : [...scpsInForce(after, account.name)].filter((name) => !catalogue.has(name)).sort(compareText);
    const allowsNothing = management ? [] : levelsAllowingNothing(after, account.name);
    if (allowsNothing.length > 0)
      draft.note(
        account.name,
        `No SCP attached to ${allowsNothing.map(describeTarget).join(", ")} allows anything: an action needs an Allow at every level from the root to the account, so every action in this account is denied.`
      );
    else
      for (const { level, before, after: now } of allowChanges)
        draft.note(
          account.name,
          `What allows actions at ${describeTarget(level)} changes from ${before?.join(", ") || (before ? "nothing" : "everything (SCPs are not enabled yet)")} to ${now.join(", ") || "nothing"}: an action needs an Allow at every level from the root to the account, so this account may do ${(before?.includes(FULL_AWS_ACCESS_POLICY_NAME) ?? true) && !now.includes(FULL_AWS_ACCESS_POLICY_NAME) ? "less" : "other things"} than before${before ? ", though the SCPs in force keep their names" : ""}.`
        );
    const planned = {
      name: account.name,
      email: account.email,
      // The management account stays where it is: vend never moves it.
      ou: management ? draft.existingAccounts.get(account.name)?.parentPath ?? "" : account.ou,
      status: management ? "management" : status ?? "reached",
      management,
      notes: draft.accountNotes.get(account.name) ?? [],
      scpsInForce: management ? [] : scpsInForce2,
      ...foreignScps.length > 0 ? { foreignScpsInForce: foreignScps } : {},
      baselines,
      changeIds: [...draft.changesByAccount.get(account.name) ?? []].sort(),
      ...gainsAndLosses ? { gainsAndLosses } : {}
    };
    return [planned];
  }).sort((a, b) => compareText(a.name, b.name));
}
function allowingChanges(snapshots, account) {
  const { before, after } = snapshots;
  const path = after.accountPaths.get(account);
  if (path === void 0 || path !== before.accountPaths.get(account) || !after.enforced) return [];
  const allowing = (snapshot, level) => [...snapshot.attachments.get(level) ?? []].filter((name) => snapshot.granting.has(name)).sort(compareText);
  return levelsOf(account, path).flatMap((level) => {
    if (before.foreignAttached.has(level) || after.foreignAttached.has(level)) return [];
    const now = allowing(after, level);
    if (!before.enforced)
      return now.includes(FULL_AWS_ACCESS_POLICY_NAME) ? [] : [{ level, before: void 0, after: now }];
    const was = allowing(before, level);
    return was.join("\n") === now.join("\n") ? [] : [{ level, before: was, after: now }];
  });
}
function closingLosses(instances) {
  if (instances.length === 0) return void 0;
  return { gains: { scps: [], instances: [] }, loses: { scps: [], instances: [...instances].sort(compareText) } };
}
function stackSetsReachManagementAccount(draft) {
  return draft.desired.organization.stackSets.permissionModel === "SELF_MANAGED";
}
function noteManagementAccount(draft, account) {
  const declared = [
    ...account.scps.map((scp) => `scps: ${scp}`),
    ...account.fullAWSAccess ? [] : ["fullAWSAccess: false"]
  ];
  draft.note(
    account.name,
    `SCPs do not apply to the management account: none is in force there, and vend attaches none to it${declared.length > 0 ? `, so ${account.file} declares in vain ${declared.join(", ")}` : ""}.`
  );
  if (account.baselines.length === 0) return;
  draft.note(
    account.name,
    stackSetsReachManagementAccount(draft) ? `Its baselines deploy only if it has the execution role ${accountAccessRoleName(draft.desired.organization.stackSets)}: vend has AWS Organizations create that role in the accounts it creates, but the management account has it only if someone created it there.` : "Its baselines are not deployed: SERVICE_MANAGED StackSets never deploy to the management account."
  );
}

// src/plan/plan-account-closures.ts
function closeAccountsLast(draft) {
  for (const change of draft.changes.values()) {
    if (change.kind !== CHANGE_KINDS.closeAccount) continue;
    const account = change.target.slice("account:".length);
    const removals = [...draft.changesByAccount.get(account) ?? []].filter(
      (id) => draft.changes.get(id)?.kind === CHANGE_KINDS.removeStackInstances
    );
    change.dependsOn = [.../* @__PURE__ */ new Set([...change.dependsOn, ...removals])].sort(compareText);
  }
}
function checkAccountClosureQuota(draft) {
  const closing = [...draft.changes.values()].filter((change) => change.kind === CHANGE_KINDS.closeAccount).map((change) => change.target).sort(compareText);
  if (closing.length === 0) return;
  const management = draft.observed.organization.managementAccountId;
  const members = draft.observed.accounts.filter(
    (account) => account.id !== management && account.status === "ACTIVE"
  ).length;
  const pending = draft.observed.accounts.filter((account) => account.status === "PENDING_CLOSURE").length;
  const quotas = draft.desired.organization.quotas;
  const limit = accountClosureLimit(quotas, members);
  if (closing.length + pending <= limit) return;
  const overridden = ["accountClosurePercent", "accountClosureMinimum", "accountClosureMaximum"].some(
    (name) => quotas[name] !== QUOTAS[name].default
  );
  const room = Math.max(0, limit - pending);
  const first = closing[0];
  draft.problem(
    PLAN_PROBLEMS.accountClosureQuota,
    first,
    `This plan closes ${closing.length === 1 ? "1 account" : `${formatCount(closing.length)} accounts`}${pending > 0 ? `, and ${formatCount(pending)} ${pending === 1 ? "is" : "are"} still closing` : ""}, but CloseAccount closes at most ${formatCount(limit)} in a rolling 30 days here: ${quotas.accountClosurePercent}% of ${formatCount(members)} member accounts, at least ${formatCount(quotas.accountClosureMinimum)} and at most ${formatCount(quotas.accountClosureMaximum)}${overridden ? " (as quotas: in baselines/organization.yaml overrides it)" : " (quotas accountClosurePercent, accountClosureMinimum, accountClosureMaximum)"}. Past it AWS refuses the rest (CLOSE_ACCOUNT_QUOTA_EXCEEDED) after everything else is applied. Accounts closed earlier in the 30 days count too, which vend cannot see. ${room === 0 ? `Close none now: remove closed: true from ${closing.length === 1 ? "this manifest" : "these manifests"} until the accounts still closing are closed and the window allows more` : `Set closed: true on at most ${formatCount(room)} now, and the others once the window allows`}.`,
    declarationOf(first, draft.desired, "closed")
  );
}

// src/shell-quoted.ts
function shellQuoted(text) {
  return /^[A-Za-z0-9._+=:,@%-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

// src/plan/plan-organizational-units.ts
function planScpPolicyType(draft) {
  if (draft.observed.root.scpPolicyTypeEnabled) return;
  draft.add(CHANGE_KINDS.enableScpType, "root", {
    before: { SERVICE_CONTROL_POLICY: "DISABLED" },
    after: { SERVICE_CONTROL_POLICY: "ENABLED" },
    scope: { policyType: "SERVICE_CONTROL_POLICY" },
    highImpact: true,
    highImpactReason: "SCPs start to act on every account, and AWS attaches FullAWSAccess everywhere",
    description: "Enable service control policies on the root"
  });
}
function planOrganizationalUnits(draft) {
  const lookalikes = new Map(
    draft.observed.organizationalUnits.filter((unit) => unit.name.includes("/")).map((unit) => [unit.name, unit])
  );
  const lookalike = (unit) => {
    const other = lookalikes.get(unit.path);
    return other ? ` (${unit.name} under ${unit.parentPath ?? "the root"}; not the existing OU named "${other.name}", which is not vend's)` : "";
  };
  const observedById = new Map(draft.observed.organizationalUnits.map((unit) => [unit.id, unit]));
  const declaredIds = new Set(draft.ouIdByPath.values());
  const created = [];
  for (const unit of draft.desired.organizationalUnits) {
    const existing = observedById.get(draft.ouIdByPath.get(unit.path) ?? "");
    if (existing) {
      planAdoption(draft, unit.path, existing);
      continue;
    }
    if (draft.ambiguousOrganizationalUnits.some((path) => unit.path === path || unit.path.startsWith(`${path}/`)))
      continue;
    leftBehind(draft, unit, declaredIds);
    draft.add(CHANGE_KINDS.createOrganizationalUnit, ouReference(unit.path), {
      before: null,
      after: { name: unit.name, parent: ouReference(unit.parentPath ?? "") },
      scope: { ou: unit.path },
      // Under an OU this plan adopts, not before the adoption: if tagging it fails, nothing is made in it.
      dependsOn: [`create-ou:${ouReference(unit.parentPath ?? "")}`, `adopt-ou:${ouReference(unit.parentPath ?? "")}`],
      description: `Create OU ${unit.path}${lookalike(unit)}`
    });
    created.push(unit.path);
  }
  organizationalUnitQuota(draft, created);
}
function organizationalUnitQuota(draft, created) {
  const existing = draft.observed.organizationalUnits.length;
  const quota = draft.desired.organization.quotas.organizationalUnits;
  if (created.length === 0 || existing + created.length <= quota) return;
  draft.problem(
    PLAN_PROBLEMS.organizationalUnitQuota,
    ouReference(created[0]),
    `The organization has ${formatCount(existing)} OUs, other teams' included, and this plan creates ${formatCount(created.length)} more (${listNames(created)}): ${formatCount(existing + created.length)}, where ${limitPhrase("AWS", "organizationalUnits", quota)}. Delete OUs no one uses (an OU must hold no accounts and no OUs to be deleted), or declare fewer, then plan again. The quotas page offers no increase; only if AWS has raised it for everyone since this vend, set quotas.organizationalUnits in baselines/organization.yaml.`,
    declarationOf(ouReference(created[0]), draft.desired)
  );
}
function leftBehind(draft, unit, declaredIds) {
  const parentId = draft.ouIdByPath.get(unit.parentPath ?? "");
  const closed = new Set(draft.desired.accounts.filter((account) => account.closed).map((account) => account.name));
  const movingOut = new Set(
    [...draft.existingAccounts].filter(([name]) => !closed.has(name)).map(([, account]) => account.id)
  );
  for (const other of draft.observed.organizationalUnits) {
    const sibling = parentId !== void 0 && other.parentId === parentId;
    if (!sibling && other.name !== unit.name || declaredIds.has(other.id)) continue;
    if (other.tags?.[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const scps = draft.observed.policies.filter((policy) => !policy.awsManaged && policy.targetIds.includes(other.id)).map((policy) => policy.name).sort(compareText);
    const accounts = draft.observed.accounts.filter(
      (account) => account.parentId === other.id && !movingOut.has(account.id)
    ).length;
    const children = draft.observed.organizationalUnits.filter((child) => child.parentId === other.id).map((child) => JSON.stringify(child.name)).sort(compareText);
    const holds = [
      ...scps.length > 0 ? [`SCP${scps.length === 1 ? "" : "s"} ${listNames(scps)}`] : [],
      ...accounts > 0 ? [countOf(accounts, "account")] : [],
      ...children.length > 0 ? [`child OU${children.length === 1 ? "" : "s"} ${listNames(children)}`] : []
    ];
    const where = other.path.includes("/") ? other.path.slice(0, other.path.lastIndexOf("/")) : "the root";
    if (!sibling) {
      draft.problem(
        PLAN_PROBLEMS.organizationalUnitRenamed,
        ouReference(unit.path),
        `OU ${unit.path} would be created while vend's OU ${JSON.stringify(other.name)} (${other.id}) under ${where}, tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}, is no longer declared: vend's OU, moved in the repository. AWS cannot move an OU, so it would stay behind${holds.length > 0 ? ` with its ${holds.join(" and ")}` : ""}, unmanaged, its SCPs still acting on whatever is left there. Keep ${other.path} declared while its accounts move to ${unit.path}; once it is empty, delete it (aws organizations delete-organizational-unit --organizational-unit-id ${other.id}) and remove it from organization.yaml.`,
        declarationOf(ouReference(unit.path), draft.desired)
      );
      continue;
    }
    draft.problem(
      PLAN_PROBLEMS.organizationalUnitRenamed,
      ouReference(unit.path),
      `OU ${unit.path} would be created beside OU ${JSON.stringify(other.name)} (${other.id}) under ${unit.parentPath ?? "the root"}, which is tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} and which organization.yaml no longer declares: vend's OU, renamed in AWS or in the repository. It would stay behind${holds.length > 0 ? ` with its ${holds.join(" and ")}` : ""}, unmanaged. If ${unit.name} is that OU, rename it in AWS to match (aws organizations update-organizational-unit --organizational-unit-id ${other.id} --name=${shellQuoted(unit.name)}), and plan again: its SCPs, accounts and child OUs stay with it. If it is a new OU, declare ${JSON.stringify(other.name)} too, or move its accounts out${children.length > 0 ? ", delete its child OUs (AWS moves no OU, and deletes one only when it holds no accounts and no OUs)" : ""} and delete it (aws organizations delete-organizational-unit), then plan again.`,
      declarationOf(ouReference(unit.path), draft.desired)
    );
  }
}
function planAdoption(draft, path, existing) {
  const managedBy = existing.tags?.[MANAGED_BY_TAG.key];
  if (existing.tags === void 0 || managedBy === MANAGED_BY_TAG.value) return;
  const held = Object.keys(existing.tags).length;
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  if (managedBy === void 0 && held >= quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      ouReference(path),
      `OU ${path} (${existing.id}) holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key}; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Remove one of its tags by hand (aws organizations untag-resource), then plan again.`,
      declarationOf(ouReference(path), draft.desired)
    );
  const undeclared = draft.observed.accounts.filter(
    (account) => account.status === "ACTIVE" && account.parentId === existing.id && account.id !== draft.observed.organization.managementAccountId && !draft.declaredEmails.has(account.email.toLowerCase())
  ).length;
  draft.add(CHANGE_KINDS.adoptOrganizationalUnit, ouReference(path), {
    // Another tool's ownership tag, which adoption overwrites: the reviewer sees whose OU this was.
    before: { id: existing.id, ...managedBy !== void 0 ? { managedBy } : {} },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: { ou: path, ouId: existing.id, managedBy: JSON.stringify(managedBy ?? null) },
    ...managedBy !== void 0 ? {
      highImpact: true,
      highImpactReason: foreignOwnerReason(managedBy)
    } : {},
    description: `Adopt existing OU ${path} (${existing.id}), ${managedBy !== void 0 ? `tagged ${MANAGED_BY_TAG.key}: ${JSON.stringify(managedBy)} (another tool's)` : `not tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value} (made outside vend, or its tag removed)`}${undeclared > 0 ? `; ${undeclared === 1 ? "1 account" : `${undeclared} accounts`} in it no manifest declares` : ""}`
  });
}
function flagOrganizationalUnitAdoptionsThatChange(draft) {
  for (const [id, adoption] of draft.changes) {
    if (adoption.kind !== CHANGE_KINDS.adoptOrganizationalUnit) continue;
    const path = String(adoption.scope.ou);
    const others = [...draft.changes.values()].filter(
      (change) => (change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.detachScp) && change.scope.target === ouReference(path) || (change.kind === CHANGE_KINDS.moveAccount || change.kind === CHANGE_KINDS.createAccount) && change.scope.ou === path || change.kind === CHANGE_KINDS.createOrganizationalUnit && String(change.scope.ou).slice(0, String(change.scope.ou).lastIndexOf("/")) === path
    );
    if (others.length === 0) continue;
    const reason = adoption.before?.managedBy !== void 0 ? "another team's OU changes hands and changes in the same plan" : "an OU made outside vend is adopted and changed in the same plan";
    draft.changes.set(id, {
      ...adoption,
      highImpact: true,
      highImpactReason: adoption.highImpactReason ? `${adoption.highImpactReason}, and ${reason}` : reason,
      description: `${adoption.description}; this plan also changes it (${others.length === 1 ? "1 change" : `${others.length} changes`} below)`
    });
  }
}

// src/plan/plan-caller.ts
var MANAGEMENT_ONLY = {
  [CHANGE_KINDS.createAccount]: { operations: "CreateAccount and MoveAccount", key: "name" },
  [CHANGE_KINDS.moveAccount]: { operations: "MoveAccount", key: "ou" },
  [CHANGE_KINDS.closeAccount]: { operations: "CloseAccount", key: "closed" },
  [CHANGE_KINDS.createOrganizationalUnit]: { operations: "CreateOrganizationalUnit", key: "" }
};
function refuseManagementOnlyChanges(draft) {
  const { callerAccountId, organization } = draft.observed;
  if (!callerAccountId || callerAccountId === organization.managementAccountId) return;
  const byKind = /* @__PURE__ */ new Map();
  for (const change of draft.changes.values())
    if (MANAGEMENT_ONLY[change.kind]) byKind.set(change.kind, [...byKind.get(change.kind) ?? [], change]);
  for (const [kind, changes] of byKind) {
    const { operations, key } = MANAGEMENT_ONLY[kind];
    const [first] = changes;
    const described = listNames(changes.map((change) => change.description));
    draft.problem(
      PLAN_PROBLEMS.managementAccountOnly,
      first.target,
      `${described}: AWS takes ${operations} only from the management account (${organization.managementAccountId}), and vend runs as ${callerAccountId}, so apply would fail there after the stages before it had run. Run this plan and its apply with the management account's credentials, or leave these changes out of this pull request.`,
      declarationOf(first.target, draft.desired, ...key ? [key] : [])
    );
  }
}

// src/plan/account-readiness.ts
var ACCOUNT_READINESS_KINDS = [
  CHANGE_KINDS.createAccount,
  CHANGE_KINDS.adoptAccount,
  CHANGE_KINDS.moveAccount
];
function accountReadinessChangeIds(account) {
  return ACCOUNT_READINESS_KINDS.map((kind) => `${kind}:${accountReference(account)}`);
}
function isAccountReadinessChangeId(id) {
  return ACCOUNT_READINESS_KINDS.some((kind) => id.startsWith(`${kind}:account:`));
}

// src/plan/plan-parameter-overrides.ts
var MAX_RECORD_LENGTH = 256;
function planParameterOverrideRecords(draft) {
  const { namePrefix } = draft.desired.organization.stackSets;
  for (const account of draft.desired.accounts) {
    if (!draft.plansFor(account)) continue;
    const existing = draft.existingAccounts.get(account.name);
    if (existing && existing.tags === void 0) continue;
    if (!recordChanges(account, existing?.tags)) continue;
    const recorded = recordedParameterOverrides(existing?.tags);
    const declared = declaredParameterOverrides(account);
    const value = declared.join(" ");
    const reference = accountReference(account.name);
    if (value.length > MAX_RECORD_LENGTH) {
      draft.problem(
        PLAN_PROBLEMS.parameterOverridesRecord,
        reference,
        `${account.name} overrides parameters of ${declared.length} baselines, whose names (${value.length} characters) do not fit the ${MAX_RECORD_LENGTH} characters of the ${PARAMETER_OVERRIDES_TAG} tag that records them. Override fewer baselines, or shorten their names.`,
        declarationOf(reference, draft.desired, "parameters")
      );
      continue;
    }
    const instanceChanges = (baselines) => [...draft.changesByAccount.get(account.name) ?? []].filter((id) => {
      const change = draft.changes.get(id);
      return (change?.kind === CHANGE_KINDS.updateStackInstances || change?.kind === CHANGE_KINDS.removeStackInstances) && baselines.some((baseline) => change.target === stackSetReference(stackSetName(namePrefix, baseline)));
    });
    draft.add(CHANGE_KINDS.recordParameterOverrides, reference, {
      before: { baselines: recorded },
      after: { baselines: declared },
      scope: { account: account.name, baselines: value },
      // Narrowed only once the dropped overrides are reset or their instances gone: those the old record names, and
      // those the plan found on other baselines here, reading every instance of an account whose record it rewrites.
      dependsOn: [
        ...accountReadinessChangeIds(account.name),
        ...instanceChanges(
          [.../* @__PURE__ */ new Set([...recorded, ...account.baselines])].filter((baseline) => !declared.includes(baseline))
        )
      ],
      description: `Record on ${account.name} (tag ${PARAMETER_OVERRIDES_TAG}) that ${declared.length === 0 ? "no baseline carries" : `${declared.join(", ")} ${declared.length === 1 ? "carries" : "carry"}`} parameter overrides`,
      accounts: [account.name]
    });
  }
}

// src/plan/scp-replacement.ts
function replacedScps(draft, scp) {
  const { desired, observed } = draft;
  const targets = [
    { id: observed.root.id, reference: "root", declared: desired.organization.root.scps },
    ...desired.organizationalUnits.map((unit) => ({
      id: draft.ouIdByPath.get(unit.path),
      reference: `ou:${unit.path}`,
      declared: unit.scps
    })),
    ...desired.accounts.filter((account) => !account.closed).map((account) => ({
      id: draft.existingAccounts.get(account.name)?.id,
      reference: `account:${account.name}`,
      declared: account.scps
    }))
  ].filter((target) => target.id !== void 0 && target.declared.includes(scp.name));
  const replaced = /* @__PURE__ */ new Map();
  const planned = lazySnapshot(draft);
  for (const target of targets)
    for (const policy of observed.policies)
      if (policy.name !== scp.name && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value && policy.targetIds.includes(target.id) && !target.declared.includes(policy.name) && !movedWithin(planned(), target.reference, policy.name)) {
        const entry = replaced.get(policy.name) ?? { name: policy.name, content: policy.content, targets: [] };
        entry.targets.push(target.reference);
        replaced.set(policy.name, entry);
      }
  return [...replaced.values()].sort((a, b) => compareText(a.name, b.name));
}
function lazySnapshot(draft) {
  let snapshot;
  return () => snapshot ??= plannedSnapshot(draft.desired, draft.observed, draft.withheldAccounts);
}
function movedWithin(planned, target, scp) {
  return accountsBeneath(planned, target).length > 0 && accountsLackingAttachment(planned, target, scp).length === 0;
}

// src/plan/plan-scp-attachments.ts
function planAttachments(draft) {
  const targets = [
    { reference: "root", id: draft.observed.root.id, attachments: draft.desired.organization.root, dependsOn: [] },
    ...draft.desired.organizationalUnits.map((unit) => ({
      reference: ouReference(unit.path),
      id: draft.ouIdByPath.get(unit.path),
      attachments: unit,
      dependsOn: [`create-ou:${ouReference(unit.path)}`, `adopt-ou:${ouReference(unit.path)}`]
    })),
    // SCPs do not apply to the management account, so vend neither attaches nor detaches any there.
    ...draft.desired.accounts.filter((account) => draft.plansFor(account) && !draft.isManagementAccount(account.name)).map((account) => ({
      reference: accountReference(account.name),
      id: draft.existingAccounts.get(account.name)?.id,
      attachments: account,
      dependsOn: [
        `create-account:${accountReference(account.name)}`,
        `adopt-account:${accountReference(account.name)}`
      ],
      account: account.name
    }))
  ];
  const enableScpType = draft.changeIdIfPlanned("enable-scp-type:root");
  const planned = lazySnapshot(draft);
  for (const target of targets) {
    const attached = new Set(
      target.id === void 0 ? [] : draft.observed.policies.filter((policy) => policy.targetIds.includes(target.id)).map((policy) => policy.name)
    );
    if (target.id === void 0 || enableScpType) attached.add(FULL_AWS_ACCESS_POLICY_NAME);
    const wanted = /* @__PURE__ */ new Set([
      ...target.attachments.scps,
      ...target.attachments.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []
    ]);
    const foreign = (target.id === void 0 ? [] : draft.observed.foreignScpsByTarget[target.id] ?? []).map(
      (policy) => policy.name
    );
    if (wanted.size === 0 && foreign.length === 0 && attached.size > 0)
      draft.problem(
        PLAN_PROBLEMS.scpTargetLeftEmpty,
        target.reference,
        `${describeTarget(target.reference)} would be left with no SCP attached, which AWS refuses: every root, OU and account keeps at least one. Keep fullAWSAccess: true there, or declare another SCP (one that allows what its accounts need: an action needs an Allow at every level).`,
        declarationOf(target.reference, draft.desired, "fullAWSAccess")
      );
    const peak = (/* @__PURE__ */ new Set([...attached, ...wanted])).size + foreign.length;
    const quota = draft.desired.organization.quotas.scpsPerTarget;
    if (peak > quota) {
      const leaving = [...attached].filter((name) => !wanted.has(name)).sort();
      const theirs = foreign.length > 0 ? `, counting ${foreign.length} that vend does not manage (${foreign.join(", ")})` : "";
      draft.problem(
        PLAN_PROBLEMS.scpAttachmentQuota,
        target.reference,
        leaving.length > 0 ? `${describeTarget(target.reference)} would briefly carry ${peak} SCPs${theirs}, because new attachments are made before ${leaving.join(", ")} is detached; ${limitPhrase("AWS", "scpsPerTarget", quota)}. Split the change: first merge a pull request that only removes ${leaving.join(", ")}, then one that adds the new SCPs.` : `${describeTarget(target.reference)} would carry ${peak} SCPs${theirs}; ${limitPhrase("AWS", "scpsPerTarget", quota)}. Declare fewer SCPs there, or have the others detached. No request raises this hard limit; only if AWS has raised it for everyone since this vend, set quotas.scpsPerTarget in baselines/organization.yaml.`,
        declarationOf(target.reference, draft.desired, "scps")
      );
    }
    for (const name of [...wanted].sort()) {
      if (attached.has(name)) continue;
      const swap = swappedIn(
        draft,
        name,
        [...attached].filter((other) => !wanted.has(other) && !movedWithin(planned(), target.reference, other))
      );
      const reasons = [
        target.reference === "root" ? "at the root: it reaches every account" : "",
        swap?.loosens ? `in place of SCP ${swap.replaces.name} there, it may let through what that stopped (a Deny statement changed or removed, or an Allow added)` : ""
      ].filter(Boolean);
      const attachId = draft.add(CHANGE_KINDS.attachScp, target.reference, {
        id: `attach-scp:${name}@${target.reference}`,
        before: null,
        after: {
          policy: name,
          target: target.reference,
          ...swap ? { replaces: swap.replaces, content: swap.content } : {}
        },
        scope: { scp: name, target: target.reference },
        highImpact: reasons.length > 0,
        highImpactReason: reasons.join(", and ") || "at the root: it reaches every account",
        dependsOn: [
          ...target.dependsOn,
          // An account on its way out must not come under it: the attachment waits for its move (stageOf).
          ...movesOutOf(draft, target.reference),
          enableScpType,
          `create-scp:${scpReference(name)}`,
          `adopt-scp:${scpReference(name)}`,
          // With the content the repository declares, not what someone left it holding.
          `update-scp:${scpReference(name)}`
        ],
        description: `Attach SCP ${name} to ${describeTarget(target.reference)}${swap ? `, in place of ${swap.replaces.name}` : ""}`,
        accounts: target.account ? [target.account] : []
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, "updated");
      arrivalsWaitFor(draft, attachId);
    }
    for (const name of [...attached].sort()) {
      const adoption = `${CHANGE_KINDS.adoptScp}:${scpReference(name)}`;
      const owned = name === FULL_AWS_ACCESS_POLICY_NAME || draft.policiesByName.get(name)?.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value || draft.changes.has(adoption);
      if (wanted.has(name) || !owned) continue;
      draft.add(CHANGE_KINDS.detachScp, target.reference, {
        id: `detach-scp:${name}@${target.reference}`,
        before: { policy: name, target: target.reference },
        after: null,
        scope: { scp: name, target: target.reference },
        highImpact: target.reference === "root",
        highImpactReason: "at the root: it reaches every account",
        dependsOn: [
          ...target.dependsOn,
          enableScpType,
          adoption,
          ...[...wanted].map((wantedName) => `attach-scp:${wantedName}@${target.reference}`),
          // An account moving out of the OU is beneath it until its move runs: if the move fails, the account stays
          // under the OU, where the plan did not count it, and the detachment waits.
          ...movesOutOf(draft, target.reference)
        ],
        description: `Detach SCP ${name} from ${describeTarget(target.reference)}`,
        accounts: target.account ? [target.account] : []
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, "updated");
    }
  }
}
function arrivalsWaitFor(draft, attachId) {
  const attach = draft.changes.get(attachId);
  const target = String(attach.scope.target);
  if (target.startsWith("account:")) return;
  const path = target === "root" ? void 0 : target.slice("ou:".length);
  const within = (ou) => path === void 0 || ou === path || String(ou).startsWith(`${path}/`);
  for (const change of draft.changes.values()) {
    const arrives = change.kind === CHANGE_KINDS.createAccount ? within(change.scope.ou) : change.kind === CHANGE_KINDS.moveAccount && path !== void 0 ? within(change.scope.ou) && !within(change.scope.from) : false;
    if (!arrives) continue;
    if (dependsOnTransitively(draft, attachId, change.id)) {
      draft.note(
        String(change.scope.account),
        `It arrives in ${String(change.scope.ou)} before SCP ${String(attach.scope.scp)} is attached to ${describeTarget(target)}, which waits for another account to leave there first (accounts swap between OUs that both gain an SCP): until then, and for good if that attachment fails, it is without that SCP. To avoid the gap, move the accounts in one pull request and attach the SCPs in the next.`
      );
      continue;
    }
    change.dependsOn = [.../* @__PURE__ */ new Set([...change.dependsOn, attachId])].sort(compareText);
  }
}
function dependsOnTransitively(draft, from, on) {
  const seen = /* @__PURE__ */ new Set();
  const pending = [from];
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    if (next === on) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...draft.changes.get(next)?.dependsOn ?? []);
  }
  return false;
}
function movesOutOf(draft, reference) {
  if (!reference.startsWith("ou:")) return [];
  const path = reference.slice("ou:".length);
  const declaredBeneath = (ou) => typeof ou === "string" && (ou === path || ou.startsWith(`${path}/`));
  return [...draft.changes.values()].filter(
    (change) => change.kind === CHANGE_KINDS.moveAccount && draft.holdsToday(path, change.target.slice("account:".length)) && !declaredBeneath(change.after?.ou)
  ).map((change) => change.id);
}
function swappedIn(draft, name, leaving) {
  const content = draft.desired.scps.find((scp) => scp.name === name)?.content;
  if (content === void 0 || !draft.policiesByName.has(name)) return void 0;
  const replaced = leaving.map((other) => draft.policiesByName.get(other)).filter((policy) => policy !== void 0 && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value);
  if (replaced.length !== 1) return void 0;
  const [old] = replaced;
  return { replaces: { name: old.name, content: old.content }, content, loosens: loosens(old.content, content) };
}

// src/plan/plan-scps.ts
function planScps(draft) {
  for (const scp of draft.desired.scps) {
    const existing = draft.policiesByName.get(scp.name);
    const after = { name: scp.name, description: scp.description, content: scp.content };
    const scope = { scp: scp.name, content: sha256Digest(scp.content), description: scp.description };
    if (!existing) {
      const replaces = replacedScps(draft, scp);
      const loosened = replaces.filter((replaced) => loosens(replaced.content, scp.content));
      draft.add(CHANGE_KINDS.createScp, scpReference(scp.name), {
        before: null,
        after: { ...after, ...replaces.length > 0 ? { replaces } : {} },
        scope,
        // Swapping a guardrail for a weaker one under a new name is as good as loosening it in place.
        highImpact: loosened.length > 0,
        highImpactReason: `it replaces ${loosened.map((replaced) => `SCP ${replaced.name} on ${replaced.targets.map(describeTarget).join(", ")}`).join(" and ")}, and may let through what that stopped (a Deny statement changed or removed, or an Allow added)`,
        description: `Create SCP ${scp.name} from ${scp.file}${replaces.length > 0 ? `, in place of ${replaces.map((replaced) => replaced.name).join(", ")}` : ""}`
      });
    } else if (existing.awsManaged || existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
      planForeignScp(draft, scp, existing);
    } else if (existing.content !== scp.content || existing.description !== scp.description) {
      draft.add(CHANGE_KINDS.updateScp, scpReference(scp.name), {
        before: { name: existing.name, description: existing.description, content: existing.content },
        after,
        scope,
        // New content reaches every account under every target at once; and one that loosens a guardrail is as
        // good as detaching it, which the security gate sees too.
        ...contentImpact(draft, scp, existing),
        // Named by what changed: a new description alone comes from organization.yaml, not the policy's file.
        description: existing.content === scp.content ? `Update SCP ${scp.name}'s description, from ${ORGANIZATION_FILE}` : `Update SCP ${scp.name} from ${scp.file}${existing.description !== scp.description ? `, and its description` : ""}`
      });
    }
  }
}
function planForeignScp(draft, scp, existing) {
  const differences = adoptionDifferences(scp, existing);
  if (existing.awsManaged || differences.length > 0) {
    draft.problem(
      PLAN_PROBLEMS.scpNotOwned,
      scpReference(scp.name),
      `An SCP named '${scp.name}' already exists (${existing.id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}${existing.awsManaged ? " (AWS manages it)" : `, and its ${differences.map((field) => `${field} differs from ${field === "content" ? scp.file : `the description in ${ORGANIZATION_FILE}`}`).join(" and its ")}`}; vend will not change a policy it does not own. Rename the catalogue entry, make it say exactly what the policy holds (vend then adopts it), or tag the policy to hand it to vend.`,
      declarationOf(scpReference(scp.name), draft.desired)
    );
    return;
  }
  const held = Object.keys(existing.tags).length;
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  if (existing.tags[MANAGED_BY_TAG.key] === void 0 && held >= quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      scpReference(scp.name),
      `SCP ${scp.name} (${existing.id}) holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key}; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Remove one of its tags by hand (aws organizations untag-resource --resource-id ${existing.id}), then plan again.`,
      declarationOf(scpReference(scp.name), draft.desired)
    );
  const declared = /* @__PURE__ */ new Set([
    draft.observed.root.id,
    ...draft.ouIdByPath.values(),
    ...[...draft.existingAccounts.values()].map((account) => account.id)
  ]);
  const inactive = inactiveAccountIds(draft.observed.accounts);
  const elsewhere = enforcedTargetIds(draft, existing).filter((id) => !declared.has(id) && !inactive.has(id));
  const managedBy = existing.tags[MANAGED_BY_TAG.key];
  const reasons = [
    ...managedBy !== void 0 ? [foreignOwnerReason(managedBy)] : [],
    ...elsewhere.length > 0 ? [`once vend owns it, its content changes reach ${elsewhere.length === 1 ? "that target" : "those targets"} too`] : []
  ];
  draft.add(CHANGE_KINDS.adoptScp, scpReference(scp.name), {
    before: { id: existing.id, name: existing.name, tags: existing.tags },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    // Whose tag adoption overwrites is part of what is approved: another tool's tag appearing later is a new change.
    scope: {
      scp: scp.name,
      policyId: existing.id,
      content: sha256Digest(scp.content),
      managedBy: JSON.stringify(managedBy ?? null)
    },
    ...reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(", and ") } : { highImpact: false },
    description: `Adopt existing SCP ${scp.name} (${existing.id})${managedBy !== void 0 ? `, tagged ${MANAGED_BY_TAG.key}: ${JSON.stringify(managedBy)} (another tool's),` : ""} whose content and description are ${scp.file}'s${elsewhere.length > 0 ? `; it is also attached to ${elsewhere.length === 1 ? "a target" : `${elsewhere.length} targets`} the repository does not declare (${elsewhere.map((id) => observedTarget(draft.observed, id)).join(", ")})` : ""}`
  });
}
function planRetiredScps(draft) {
  const catalogue = new Set(draft.desired.scps.map((scp) => scp.name));
  const declaredTargets = /* @__PURE__ */ new Map([[draft.observed.root.id, "root"]]);
  for (const unit of draft.desired.organizationalUnits) {
    const id = draft.ouIdByPath.get(unit.path);
    if (id) declaredTargets.set(id, ouReference(unit.path));
  }
  for (const [name, account] of draft.existingAccounts)
    if (!draft.isManagementAccount(name)) declaredTargets.set(account.id, accountReference(name));
  for (const policy of draft.observed.policies) {
    if (policy.awsManaged || catalogue.has(policy.name)) continue;
    if (policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id));
    if (undeclared.length > 0) {
      draft.problem(
        PLAN_PROBLEMS.scpRetiredInUse,
        scpReference(policy.name),
        `SCP '${policy.name}' (${policy.id}) is vend's but no longer in the catalogue, and it is attached to ${attachedElsewhere(draft.observed, undeclared)}. Detach it there by hand, or put it back in the catalogue.`,
        declarationOf(scpReference(policy.name), draft.desired)
      );
      continue;
    }
    draft.add(CHANGE_KINDS.deleteScp, scpReference(policy.name), {
      before: { name: policy.name, id: policy.id },
      after: null,
      scope: { scp: policy.name, policyId: policy.id },
      dependsOn: policy.targetIds.map((id) => `detach-scp:${policy.name}@${declaredTargets.get(id)}`),
      description: `Delete SCP ${policy.name} (${policy.id}): it is no longer in the catalogue`
    });
  }
}
function reachesWidely(draft, scp, observedTargetIds) {
  return draft.desired.organization.root.scps.includes(scp) || observedTargetIds.includes(draft.observed.root.id) || declaredTargetCount(draft, scp) > 1 || observedTargetIds.length > 1;
}
function enforcedTargetIds(draft, policy) {
  return policy.targetIds.filter((id) => id !== draft.observed.organization.managementAccountId);
}
function isAttached(draft, scp, observedTargetIds) {
  return observedTargetIds.length > 0 || declaredTargetCount(draft, scp) > 0;
}
function declaredTargetCount(draft, scp) {
  return (draft.desired.organization.root.scps.includes(scp) ? 1 : 0) + draft.desired.organizationalUnits.filter((unit) => unit.scps.includes(scp)).length + draft.desired.accounts.filter((account) => !account.closed && account.scps.includes(scp)).length;
}
function attachedElsewhere(observed, ids) {
  const management = observed.organization.managementAccountId;
  const undeclared = ids.filter((id) => id !== management).map((id) => observedTarget(observed, id));
  return [
    ...undeclared.length > 0 ? [`${undeclared.join(", ")}, which the repository does not declare`] : [],
    ...ids.includes(management) ? [`the management account (${management}), where vend attaches and detaches nothing as SCPs do not apply there`] : []
  ].join("; and to ");
}
function observedTarget(observed, id) {
  const unit = observed.organizationalUnits.find((candidate) => candidate.id === id);
  if (unit) return `OU ${unit.path} (${id})`;
  const account = observed.accounts.find((candidate) => candidate.id === id);
  return account ? `account ${account.name} (${id})` : id;
}
function contentImpact(draft, scp, existing) {
  if (existing.content === scp.content) return { highImpact: false };
  const targets = enforcedTargetIds(draft, existing);
  const reasons = [
    // Counted by target, the root or several OUs and accounts, as reachesWidely does: not by the accounts beneath.
    reachesWidely(draft, scp.name, targets) ? "new content for an SCP attached to the root or to more than one target" : "",
    isAttached(draft, scp.name, targets) && loosens(existing.content, scp.content) ? "the new content may loosen a guardrail in force (a Deny statement changed or removed, or an Allow added)" : ""
  ].filter(Boolean);
  return reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(", and ") } : { highImpact: false };
}

// src/plan/stack-instance-targets.ts
function wantedInstances(draft, baseline) {
  const reachesManagement = stackSetsReachManagementAccount(draft);
  return draft.desired.accounts.filter((account) => draft.plansFor(account) && account.baselines.includes(baseline.name)).filter((account) => reachesManagement || !draft.isManagementAccount(account.name)).flatMap((account) => {
    const own = account.parameters[baseline.name];
    const overrides = own ? { ...baseline.parameters, ...own } : {};
    return (baseline.regions ?? account.regions).map((region) => ({
      account: account.name,
      region,
      overrides,
      own: own ?? {}
    }));
  });
}
function overridesMatch(stackSetParameters, observed, wanted, secret) {
  if (Object.keys(wanted).length === 0) return Object.keys(observed).length === 0;
  return canonicalJson({ ...stackSetParameters, ...unmasked(observed, wanted, secret) }) === canonicalJson(wanted);
}
function changesOwnOverrides(stackSetParameters, observed, wanted, own, secret) {
  if (Object.keys(wanted).length === 0 || Object.keys(observed).length === 0)
    return Object.keys(wanted).length !== Object.keys(observed).length;
  const current = unmasked(observed, wanted, secret);
  if (Object.keys(current).some((key) => wanted[key] === void 0)) return true;
  return Object.entries(wanted).some(([key, value]) => {
    const deployed = current[key] ?? stackSetParameters.before[key];
    if (deployed === value) return false;
    const carried = own[key] === void 0 && deployed === stackSetParameters.before[key] && value === stackSetParameters.after[key];
    return !carried;
  });
}
function compareInstances(a, b) {
  return compareText(a.accountId, b.accountId) || compareText(a.region, b.region);
}
function compareInstanceTargets(a, b) {
  return compareText(a.account, b.account) || compareText(a.region, b.region);
}
var DONE_STATUSES = /* @__PURE__ */ new Set(["SUCCEEDED", "CURRENT"]);
var INOPERABLE = "INOPERABLE";
function isDone(status) {
  return DONE_STATUSES.has(status);
}
var NAMED_ACCOUNTS = 3;
function describeInstanceUpdate(baseline, count, accounts, notDone, carriedOnly = false) {
  const plural = (n) => n === 1 ? "" : "s";
  const statuses = [...new Set(notDone)].sort().join(", ");
  const where = accounts.length <= NAMED_ACCOUNTS ? ` in ${listNames(accounts)}` : "";
  const instances = `${count} ${baseline} instance${plural(count)}${where}`;
  if (notDone.length === count) return `Redeploy ${instances}, whose last deployment did not succeed (${statuses})`;
  const what = carriedOnly ? `Carry the StackSet's new parameter values into the overrides of ${instances}` : `Update parameter overrides of ${instances}`;
  return notDone.length === 0 ? what : `${what} (${notDone.length} of them did not succeed last time: ${statuses})`;
}
function groupSuffix(overridesKey) {
  return overridesKey === "{}" ? "" : `#${sha256Digest(overridesKey).slice("sha256:".length, "sha256:".length + 8)}`;
}
function instanceScope(stackSet, overrides, targets) {
  return {
    stackSet,
    parameterOverrides: sha256Digest(canonicalJson(overrides)),
    members: targets.map((target) => `${target.account}/${target.region}`)
  };
}

// src/plan/stack-instance-removals.ts
function planInstanceRemovals(draft, baseline, stackSet, existing, wantedKeys, accountNameById, templateAtRemoval) {
  const stale = (existing?.instances ?? []).filter((instance) => {
    const account = accountNameById.get(instance.accountId);
    return account !== void 0 && !draft.withheldAccounts.has(account) && draft.existingAccounts.get(account)?.status === "ACTIVE" && !wantedKeys.has(`${instance.accountId}/${instance.region}`);
  }).sort(compareInstances);
  if (!existing || stale.length === 0) return void 0;
  const template = templateAtRemoval ?? existing.templateBody;
  const accounts = [...new Set(stale.map((instance) => accountNameById.get(instance.accountId)))];
  const removal = draft.add(CHANGE_KINDS.removeStackInstances, stackSetReference(stackSet), {
    before: {
      stackSet,
      instances: stale.map((instance) => ({
        account: accountNameById.get(instance.accountId),
        accountId: instance.accountId,
        region: instance.region
      }))
    },
    after: null,
    scope: {
      stackSet,
      members: stale.map((instance) => `${accountNameById.get(instance.accountId)}/${instance.region}`),
      ...removalScope(template)
    },
    description: `Remove ${countOf(stale.length, `${baseline} stack instance`)} (${removalEffect(template, stale.length)})`,
    // An instance a move leaves unwanted is still wanted where the account is, if the move fails: the removal
    // waits for the moves of accounts whose OU today declares the baseline (not for a region edit elsewhere).
    dependsOn: accounts.filter((account) => inheritedWhereItIs(draft, account, baseline)).map((account) => `${CHANGE_KINDS.moveAccount}:${accountReference(account)}`),
    accounts
  });
  draft.markUpdated(accounts);
  return removal;
}
function noteRemovalsAfterUpdate(draft, updateId, removalId) {
  const update = updateId === void 0 ? void 0 : draft.changes.get(updateId);
  const removed = draft.changes.get(removalId)?.scope.members;
  if (update?.kind !== CHANGE_KINDS.updateStackSet || !Array.isArray(removed)) return;
  update.description += `; ${removed.length === 1 ? "one of them is" : `${removed.length} of them are`} then removed by this plan`;
}
function inheritedWhereItIs(draft, account, baseline) {
  return draft.desired.organizationalUnits.some(
    (unit) => unit.baselines.includes(baseline) && draft.holdsToday(unit.path, account)
  );
}
function removeDependentsFirst(draft, removalByBaseline) {
  const dependsOnByName = new Map(draft.desired.baselines.map((baseline) => [baseline.name, baseline.dependsOn]));
  const dependenciesOf = (name, found = /* @__PURE__ */ new Set()) => {
    for (const dependency of dependsOnByName.get(name) ?? []) {
      if (found.has(dependency)) continue;
      found.add(dependency);
      dependenciesOf(dependency, found);
    }
    return found;
  };
  for (const [dependent, removal] of removalByBaseline) {
    for (const dependency of dependenciesOf(dependent)) {
      const dependencyRemoval = draft.changes.get(removalByBaseline.get(dependency) ?? "");
      if (dependencyRemoval)
        dependencyRemoval.dependsOn = [.../* @__PURE__ */ new Set([...dependencyRemoval.dependsOn, removal])].sort(compareText);
    }
  }
}

// src/plan/stack-set-update-impact.ts
var RETENTION_PROPERTY = /^(?:RetentionInDays|RetentionDays|RetentionPeriod(?:Hours|InDays)?|MessageRetentionPeriod|BackupRetentionPeriod|(?:Automated|Manual)?SnapshotRetention(?:Limit|Period)|AutomatedSnapshotRetentionPeriod|LifecycleConfiguration|LifecyclePolicy|LifecyclePolicyText|Lifecycle|DeleteAfterDays|TimeToLiveSpecification|VersioningConfiguration|ObjectLockConfiguration|ObjectLockEnabled|PointInTimeRecoverySpecification|PointInTimeRecoveryEnabled|DeletionProtection|DeletionProtectionEnabled|EnableTerminationProtection|PendingWindowInDays|RecoveryWindowInDays|DataRetentionInHours|RetentionPolicy|ExpirationInDays)$/;
var RESOURCE_ATTRIBUTES = ["DeletionPolicy", "UpdateReplacePolicy"];
var KEEPS_DATA = /* @__PURE__ */ new Set(["Retain", "RetainExceptOnCreate", "Snapshot"]);
function retentionSettings(value, path, found) {
  if (Array.isArray(value)) value.forEach((item, index) => retentionSettings(item, `${path}[${index}]`, found));
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (RETENTION_PROPERTY.test(key)) found.set(at, child);
      else retentionSettings(child, at, found);
    }
  return found;
}
var asText = (value) => JSON.stringify(
  value ?? null,
  (_, item) => typeof item === "number" || typeof item === "boolean" ? String(item) : item
);
function retentionChanges(deployedBody, newBody) {
  const [before, after] = [readTemplateFacts(deployedBody), readTemplateFacts(newBody)];
  if (!before || !after) return [];
  const deployed = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const changes = [];
  for (const resource of after.resources) {
    const old = deployed.get(resource.logicalId);
    if (!old || old.type !== resource.type) continue;
    const settings = (resource2, facts) => new Map(
      [...retentionSettings(resource2.properties, "", /* @__PURE__ */ new Map())].map(([key, value]) => [
        key,
        resolveReads(value, facts)
      ])
    );
    const was = settings(old, before);
    const now = settings(resource, after);
    const differs = [.../* @__PURE__ */ new Set([...was.keys(), ...now.keys()])].filter((key) => {
      const [from, to] = [was.get(key), now.get(key)];
      if (asText(from) === asText(to)) return false;
      return !keptLonger(from, to) && !onlyKeptLonger(from, to);
    });
    const attribute = (definition, key) => definition && typeof definition === "object" ? definition[key] : void 0;
    const attributes = RESOURCE_ATTRIBUTES.filter((key) => {
      const [from, to] = [attribute(old.definition, key), attribute(resource.definition, key)];
      return asText(from) !== asText(to) && !(typeof to === "string" && KEEPS_DATA.has(to));
    });
    for (const key of [...differs, ...attributes].sort())
      changes.push(`${key} of ${resource.logicalId} (${resource.type})`);
  }
  return changes;
}
function resolveReads(value, facts, seen = /* @__PURE__ */ new Set()) {
  if (Array.isArray(value)) return value.map((item) => resolveReads(item, facts, seen));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value);
  const [key, argument] = entries.length === 1 ? entries[0] : [];
  if (key === "Fn::FindInMap" && Array.isArray(argument) && typeof argument[0] === "string") {
    const [map, ...keys] = argument;
    const table = facts.mappings[map];
    if (keys.every((part) => typeof part === "string" || typeof part === "number")) {
      const found = keys.reduce(
        (node, part) => node !== null && typeof node === "object" ? node[String(part)] : void 0,
        table
      );
      if (found !== void 0) return found;
    }
    return { "Fn::FindInMap": resolveReads(argument, facts, seen), reads: table ?? null };
  }
  if (key === "Fn::If" && Array.isArray(argument) && typeof argument[0] === "string" || key === "Condition" && typeof argument === "string") {
    const name = key === "Condition" ? argument : argument[0];
    const definition = seen.has(name) ? name : resolveReads(facts.conditions[name] ?? null, facts, /* @__PURE__ */ new Set([...seen, name]));
    return key === "Condition" ? { Condition: definition } : { "Fn::If": [definition, ...argument.slice(1).map((item) => resolveReads(item, facts, seen))] };
  }
  if (key === "Fn::GetAtt") {
    const logicalId = Array.isArray(argument) ? String(argument[0]) : String(argument).split(".")[0];
    const source = facts.resources.find((resource) => resource.logicalId === logicalId);
    if (source && !seen.has(`resource:${logicalId}`))
      return {
        "Fn::GetAtt": argument,
        reads: resolveReads(source.properties, facts, /* @__PURE__ */ new Set([...seen, `resource:${logicalId}`]))
      };
  }
  return Object.fromEntries(entries.map(([name, child]) => [name, resolveReads(child, facts, seen)]));
}
function keptLonger(from, to) {
  return isNumeric(from) && isNumeric(to) && Number(from) > 0 && Number(to) >= Number(from);
}
function onlyKeptLonger(from, to) {
  const [was, now] = [leaves(from, "", /* @__PURE__ */ new Map()), leaves(to, "", /* @__PURE__ */ new Map())];
  if (was.size !== now.size) return false;
  let grew = false;
  for (const [path, value] of was) {
    if (!now.has(path)) return false;
    const next = now.get(path);
    if (asText(value) === asText(next)) continue;
    if (!keptLonger(value, next)) return false;
    grew = true;
  }
  return grew;
}
function leaves(value, path, found) {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, found));
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, found);
  else found.set(path, value);
  return found;
}
function isNumeric(value) {
  return (typeof value === "number" || typeof value === "string") && value !== "" && Number.isFinite(Number(value));
}
function retentionParameters(body) {
  const facts = readTemplateFacts(body);
  const feeds = /* @__PURE__ */ new Map();
  for (const resource of facts?.resources ?? [])
    for (const [key, value] of retentionSettings(resource.properties, "", /* @__PURE__ */ new Map())) {
      const names = referencedNames(resolveReads(value, facts));
      const single = value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 ? value : {};
      for (const name of names)
        if (facts.parameters.includes(name) && !feeds.has(name))
          feeds.set(name, {
            setting: `${key} of ${resource.logicalId} (${resource.type})`,
            direct: single.Ref === name || single["Fn::Sub"] === `\${${name}}`
          });
    }
  return feeds;
}
function retentionParameterChanges(deployed, next) {
  const [oldDefaults, newDefaults] = [
    readTemplateFacts(deployed.templateBody)?.defaults ?? {},
    readTemplateFacts(next.templateBody)?.defaults ?? {}
  ];
  return [...retentionParameters(next.templateBody)].flatMap(([name, { setting, direct }]) => {
    const from = deployed.parameters[name] ?? oldDefaults[name];
    const to = next.parameters[name] ?? newDefaults[name];
    if (from === to || direct && keptLonger(from, to)) return [];
    return [`${setting}, through parameter ${name}`];
  });
}
function overrideRetentionChanges(stackSet, before, overrides) {
  const after = { templateBody: stackSet.templateBody, parameters: { ...stackSet.parameters, ...overrides } };
  const changes = [...before].flatMap(
    (old) => retentionParameterChanges(
      { templateBody: stackSet.templateBody, parameters: { ...stackSet.parameters, ...old } },
      after
    )
  );
  return [...new Set(changes)];
}
function updateImpact(settings, access, retention) {
  const roles = settings.filter((name) => name !== "AutoDeployment");
  const reasons = [
    ...roles.length > 0 ? [`its ${roles.join(" and ")} change: another role deploys it`] : [],
    ...settings.includes("AutoDeployment") ? [
      "its automatic deployment is turned off: an account that joins a target OU no longer gets it on its own, only where a manifest declares it"
    ] : [],
    ...access ? [access] : [],
    ...retention.length > 0 ? [
      `it changes how long data is kept, or whether it can be deleted, in every account it reaches: ${listNames(retention)}`
    ] : []
  ];
  return { highImpact: reasons.length > 0, highImpactReason: reasons.join(", and ") };
}

// src/plan/update-deletions.ts
function compareTemplates(deployed, next) {
  const before = readTemplateFacts(deployed.templateBody);
  if (!before) return { deletedResources: void 0, replaced: [], why: "the deployed template could not be read" };
  const after = readTemplateFacts(next.templateBody);
  const beforeParameters = { ...before.defaults, ...deployed.parameters };
  const afterParameters = { ...after?.defaults ?? {}, ...next.parameters };
  const opaque = after && opaqueFor(after, deployed.templateBody !== next.templateBody, beforeParameters, afterParameters);
  if (opaque) return { deletedResources: void 0, replaced: [], why: opaque };
  const types = new Map((after?.resources ?? []).map((resource) => [resource.logicalId, resource.type]));
  const replaced = after ? replacedResources({ ...before, parameters: beforeParameters }, { ...after, parameters: afterParameters }) : [];
  const dropped = before.resources.filter((resource) => types.get(resource.logicalId) !== resource.type).map((resource) => resource.logicalId);
  return {
    deletedResources: [
      ...dropped,
      ...replaced.filter((resource) => !resource.retained).map((resource) => resource.logicalId)
    ].sort(compareText),
    replaced
  };
}
function overrideDeletions(template, before, after) {
  return compareTemplates(
    { templateBody: template.templateBody, parameters: { ...template.parameters, ...before } },
    { templateBody: template.templateBody, parameters: { ...template.parameters, ...after } }
  );
}
function opaqueFor(facts, templateChanged, before, after) {
  if (!facts.opaque) return void 0;
  if (templateChanged) return facts.opaque.why;
  const moved = new Set(
    [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name])
  );
  if (moved.size === 0) return void 0;
  if (facts.opaque.kind !== "conditions")
    return `${facts.opaque.why}, and parameter ${[...moved].sort(compareText).join(", ")} changed`;
  const deciding = facts.resources.flatMap(
    (resource) => resource.condition === void 0 ? [] : referencedParameters({ Condition: resource.condition }, facts.conditions)
  );
  const reached = [...new Set(deciding)].filter((name) => moved.has(name)).sort(compareText);
  return reached.length === 0 ? void 0 : `${facts.opaque.why}, and parameter ${reached.join(", ")}, which a Condition reads, changed`;
}
function updateEffect(deletions, instances) {
  const effects = deletions ? deletionEffects(deletions) : [];
  return effects.length === 0 ? ` (redeploying ${instances})` : `; redeploying ${instances} ${effects.join("; ")}`;
}
function deletionEffects(deletions) {
  if (deletions.deletedResources === void 0)
    return [`deletes whatever the new template does not deploy, which cannot be ruled out: ${deletions.why}`];
  const replaced = new Set(deletions.replaced.map((resource) => resource.logicalId));
  const dropped = deletions.deletedResources.filter((logicalId) => !replaced.has(logicalId));
  const replacing = deletions.replaced.slice(0, LISTED_NAMES);
  const more = deletions.replaced.length - replacing.length;
  return [
    ...dropped.length > 0 ? [`deletes ${dropped.length === 1 ? "resource" : "resources"} ${listNames(dropped)}`] : [],
    ...replacing.map(
      (resource) => `${resource.maybe ? "may replace" : "replaces"} ${resource.logicalId} (${resource.because.join(", ")} changed), ${resource.retained ? "keeping the old one (UpdateReplacePolicy: Retain)" : resource.maybe ? "and if it does, deletes the old one" : "deleting the old one"}`
    ),
    ...more > 0 ? [`replaces or may replace ${countOf(more, "more resource")}`] : []
  ];
}
function mergeDeletions(all) {
  const unknown = all.find((deletions) => deletions.deletedResources === void 0);
  if (unknown) return unknown;
  const replaced = new Map(
    all.flatMap((deletions) => deletions.replaced.map((resource) => [resource.logicalId, resource]))
  );
  return {
    deletedResources: [...new Set(all.flatMap((deletions) => deletions.deletedResources ?? []))].sort(compareText),
    replaced: [...replaced.values()]
  };
}

// src/plan/stack-set-trusted-access.ts
var STACK_SETS_PRINCIPAL = "member.org.stacksets.cloudformation.amazonaws.com";
function serviceManagedWithoutTrustedAccess(draft) {
  const principals = draft.observed.trustedServicePrincipals;
  if (draft.desired.organization.stackSets.permissionModel !== "SERVICE_MANAGED") return void 0;
  if (draft.desired.baselines.length === 0 || principals === void 0 || principals.includes(STACK_SETS_PRINCIPAL))
    return void 0;
  return `organization.yaml sets stackSets.permissionModel: SERVICE_MANAGED, but this organization has not enabled trusted access for CloudFormation StackSets (${STACK_SETS_PRINCIPAL}), so every StackSet operation would fail in apply, after the accounts exist. Enable it once from the management account (aws cloudformation activate-organizations-access), or use SELF_MANAGED StackSets.`;
}

// src/plan/retire-stack-sets.ts
function retireStackSets(draft, declaredNames, accountNameById) {
  const retired = draft.observed.stackSets.filter(
    (candidate) => candidate.managedByVend && !declaredNames.has(candidate.name)
  );
  const accountStatusById = new Map(draft.observed.accounts.map((account) => [account.id, account.status]));
  for (const stackSet of retired) {
    const reference = stackSetReference(stackSet.name);
    const active = (instance) => (accountStatusById.get(instance.accountId) ?? "ACTIVE") === "ACTIVE";
    const instances = stackSet.instances.filter(active).sort(compareInstances);
    const inClosedAccounts = stackSet.instances.filter((instance) => !active(instance));
    const undeclared = [
      ...new Set(instances.filter((instance) => !accountNameById.has(instance.accountId)).map((i) => i.accountId))
    ];
    if (undeclared.length > 0) {
      draft.problem(
        PLAN_PROBLEMS.stackSetRetiredInUse,
        reference,
        `StackSet ${stackSet.name} is tagged as vend's but the catalogue names no baseline for it; it has stack instances in ${undeclared.length === 1 ? "an account" : `${undeclared.length} accounts`} no manifest declares (${undeclared.map((id) => accountOf(draft, id)).join(", ")}), and vend deletes no stack in an account it does not manage. Remove those instances by hand (CloudFormation: DeleteStackInstances), or declare the accounts, then apply retires the StackSet.`,
        declarationOf(reference, draft.desired)
      );
      continue;
    }
    const accounts = [...new Set(instances.flatMap((instance) => accountNameById.get(instance.accountId) ?? []))];
    const removeId = instances.length > 0 ? draft.add(CHANGE_KINDS.removeStackInstances, reference, {
      before: {
        stackSet: stackSet.name,
        instances: instances.map((instance) => ({ accountId: instance.accountId, region: instance.region }))
      },
      after: null,
      // Undeclared accounts are named by id: manifest names never look like an account id.
      scope: {
        stackSet: stackSet.name,
        members: instances.map(
          (instance) => `${accountNameById.get(instance.accountId) ?? instance.accountId}/${instance.region}`
        ),
        ...removalScope(stackSet.templateBody)
      },
      description: inClosedAccounts.length === 0 ? `Remove ${instances.length === 1 ? "the only instance" : `all ${countOf(instances.length, "instance")}`} of ${stackSet.name}: the catalogue names no baseline for it; ${removalEffect(stackSet.templateBody, instances.length)}` : `Remove ${countOf(instances.length, "instance")} of ${stackSet.name}, for which the catalogue names no baseline: ${removalEffect(stackSet.templateBody, instances.length)}; ${closedInstancesWait(inClosedAccounts.length)}`,
      accounts
    }) : void 0;
    draft.markUpdated(accounts);
    if (inClosedAccounts.length > 0) continue;
    draft.add(CHANGE_KINDS.deleteStackSet, reference, {
      before: { name: stackSet.name },
      after: null,
      scope: { stackSet: stackSet.name },
      dependsOn: [removeId],
      description: `Delete StackSet ${stackSet.name}: the catalogue names no baseline for it`
    });
  }
}
function closedInstancesWait(count) {
  return `the StackSet is deleted by a later apply, once the closed account${count === 1 ? " holding its other instance leaves" : `s holding its other ${count} instances leave`} the organization (StackSet operations skip suspended accounts)`;
}
function accountOf(draft, id) {
  const account = draft.observed.accounts.find((candidate) => candidate.id === id);
  return account ? `${account.name} (${id})` : id;
}

// src/plan/stack-set-parameter-defaults.ts
function withTemplateDefaults(existing, wanted) {
  const oneSided = [
    ...Object.keys(existing.parameters).filter((key) => !Object.hasOwn(wanted.parameters, key)),
    ...Object.keys(wanted.parameters).filter((key) => !Object.hasOwn(existing.parameters, key))
  ];
  if (oneSided.length === 0) return existing;
  const secret = /* @__PURE__ */ new Set([...noEchoIn(existing.templateBody), ...noEchoIn(wanted.templateBody)]);
  const wantedDefaults = parameterDefaultsIn(wanted.templateBody);
  const existingDefaults = parameterDefaultsIn(existing.templateBody);
  const parameters = { ...existing.parameters };
  let changed = false;
  for (const [key, value] of Object.entries(existing.parameters)) {
    if (secret.has(key) || isMaskedValue(value) || Object.hasOwn(wanted.parameters, key)) continue;
    if (wantedDefaults[key] === value) {
      delete parameters[key];
      changed = true;
    }
  }
  for (const [key, value] of Object.entries(wanted.parameters)) {
    if (secret.has(key) || Object.hasOwn(existing.parameters, key)) continue;
    if (existingDefaults[key] === value) {
      parameters[key] = value;
      changed = true;
    }
  }
  return changed ? { ...existing, parameters } : existing;
}

// src/plan/plan-stack-sets.ts
var CONTROLS_ACCESS = "a baseline that grants or controls access";
function accessReason(name, ...sides) {
  if (baselineControlsAccess(
    name,
    sides.map((side) => side.templateBody)
  ))
    return CONTROLS_ACCESS;
  const secret = new Set(sides.flatMap((side) => noEchoIn(side.templateBody)));
  const holding = [
    ...new Set(
      sides.flatMap(
        (side) => Object.entries(side.parameters).flatMap(([key, value]) => accountIdsInValue(value).length > 0 ? [key] : [])
      )
    )
  ].sort(compareText);
  const named = holding.map((key) => secret.has(key) ? `${key} (NoEcho: value not shown)` : key);
  return `a baseline whose parameter${holding.length === 1 ? "" : "s"} ${listNames(named, Infinity)} ${holding.length === 1 ? "holds" : "hold"} an account id, which may grant it access`;
}
function planStackSets(draft) {
  const { namePrefix } = draft.desired.organization.stackSets;
  const noTrustedAccess = serviceManagedWithoutTrustedAccess(draft);
  if (noTrustedAccess)
    draft.problem(
      PLAN_PROBLEMS.trustedAccess,
      "organization",
      noTrustedAccess,
      declarationOf("organization", draft.desired, "permissionModel")
    );
  const observedByName = new Map(draft.observed.stackSets.map((stackSet) => [stackSet.name, stackSet]));
  const declaredNames = new Set(draft.desired.baselines.map((baseline) => stackSetName(namePrefix, baseline.name)));
  const accountNameById = new Map([...draft.existingAccounts].map(([name, account]) => [account.id, name]));
  const instanceChangesByBaseline = /* @__PURE__ */ new Map();
  const removalByBaseline = /* @__PURE__ */ new Map();
  for (const baseline of draft.desired.baselines) {
    const name = stackSetName(namePrefix, baseline.name);
    const reference = stackSetReference(name);
    const observed = observedByName.get(name);
    const existing = observed && withTemplateDefaults(withUnreadableSecrets(observed, baseline.parameters), baseline);
    const secret = existing ? noEchoIn(existing.templateBody) : [];
    const dependencyChanges = baseline.dependsOn.flatMap((dependency) => [
      ...instanceChangesByBaseline.get(dependency) ?? [],
      `create-stackset:${stackSetReference(stackSetName(namePrefix, dependency))}`,
      `update-stackset:${stackSetReference(stackSetName(namePrefix, dependency))}`
    ]);
    const after = {
      templateFile: baseline.templateFile,
      templateBody: baseline.templateBody,
      parameters: baseline.parameters
    };
    const scope = {
      stackSet: name,
      template: sha256Digest(baseline.templateBody),
      parameters: sha256Digest(canonicalJson(baseline.parameters))
    };
    let stackSetChange;
    const settings = existing ? settingChanges(draft, existing) : [];
    if (existing?.managedByVend && settings.some((setting) => setting.name === "PermissionModel")) {
      draft.problem(
        PLAN_PROBLEMS.stackSetPermissionModel,
        reference,
        `StackSet ${name} is ${existing.permissionModel}, but organization.yaml says ${draft.desired.organization.stackSets.permissionModel}; AWS cannot change the permission model of a StackSet that has stack instances (UpdateStackSet, PermissionModel), and vend does not switch it. Set stackSets.permissionModel to ${existing.permissionModel}, or rename the baseline so vend creates a new StackSet.`,
        declarationOf("organization", draft.desired, "permissionModel")
      );
      continue;
    }
    if (existing && !existing.managedByVend) {
      stackSetChange = adoptForeignStackSet(draft, baseline, existing, settings, after, scope);
      if (!stackSetChange) continue;
    } else if (!existing) {
      const masked = maskedSecretsProblem(baseline, name);
      if (masked) {
        draft.problem(
          PLAN_PROBLEMS.stackSetMaskedSecret,
          reference,
          masked,
          declarationOf(reference, draft.desired, "parameters")
        );
        continue;
      }
      stackSetChange = draft.add(CHANGE_KINDS.createStackSet, reference, {
        before: null,
        after,
        scope,
        // A new baseline of roles and policies changes access in every account it is deployed to.
        highImpact: baselineControlsAccess(baseline.name, [baseline.templateBody], [baseline.parameters]),
        highImpactReason: CONTROLS_ACCESS,
        description: `Create StackSet ${name} from ${baseline.templateFile}`
      });
    } else if (existing.templateBody !== baseline.templateBody || canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) || settings.length > 0) {
      const changed = [
        existing.templateBody !== baseline.templateBody ? "template" : "",
        canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ? "parameters" : "",
        settings.some((setting) => setting.name !== "AutoDeployment") ? "roles" : ""
      ].filter(Boolean);
      const what = [
        ...changed,
        ...settings.some((setting) => setting.name === "AutoDeployment") ? ["automatic deployment"] : []
      ].join(" and ");
      const templateChange = existing.instances.length === 0 || existing.templateBody === baseline.templateBody && canonicalJson(existing.parameters) === canonicalJson(baseline.parameters) ? void 0 : compareTemplates(existing, baseline);
      const deleted = templateChange?.deletedResources;
      const { reached: redeployed, suspended } = instancesReached(draft, existing);
      const skipped = suspended.instances;
      const instances = `${redeployed} existing instance${redeployed === 1 ? "" : "s"}${skipped > 0 ? `, not the ${skipped} in suspended or closing accounts, which AWS skips` : ""}`;
      stackSetChange = draft.add(CHANGE_KINDS.updateStackSet, reference, {
        before: {
          templateBody: existing.templateBody,
          parameters: existing.parameters,
          ...Object.fromEntries(settings.map((setting) => [setting.name, setting.before]))
        },
        after: { ...after, ...Object.fromEntries(settings.map((setting) => [setting.name, setting.after])) },
        scope: {
          ...scope,
          ...Object.fromEntries(settings.map((setting) => [setting.name, setting.after])),
          // What it deletes is part of what was approved: a resource added out of band since would be deleted too.
          ...deletionScope(templateChange?.deletedResources, templateChange !== void 0, {
            templateBody: existing.templateBody,
            parameters: existing.parameters
          })
        },
        // A template that drops resources deletes them in every account the StackSet reaches.
        destructive: templateChange !== void 0 && (deleted === void 0 || deleted.length > 0),
        // New content or parameters for roles and policies change access in every account it reaches, and so does
        // another role deploying them; a template that keeps data for less time erases it there.
        ...updateImpact(
          settings.map((setting) => setting.name),
          // Turning automatic deployment off changes no account's access: only the rest is new content for it.
          changed.length > 0 && baselineControlsAccess(
            baseline.name,
            [existing.templateBody, baseline.templateBody],
            [existing.parameters, baseline.parameters]
          ) ? `new ${changed.join(" and ")} for ${accessReason(baseline.name, existing, baseline)}` : void 0,
          existing.instances.length > 0 ? [
            ...retentionChanges(existing.templateBody, baseline.templateBody),
            ...retentionParameterChanges(existing, baseline)
          ] : []
        ),
        dependsOn: dependencyChanges,
        description: `Update StackSet ${name}: ${what} changed${existing.instances.length === 0 ? "" : updateEffect(templateChange, instances)}`
      });
    }
    const wanted = wantedInstances(draft, baseline);
    const observedInstances = new Map(
      (existing?.instances ?? []).map((instance) => [`${instance.accountId}/${instance.region}`, instance])
    );
    const toAdd = /* @__PURE__ */ new Map();
    const toUpdate = /* @__PURE__ */ new Map();
    const wantedKeys = /* @__PURE__ */ new Set();
    for (const instance of wanted) {
      const accountId = draft.existingAccounts.get(instance.account)?.id;
      const key = canonicalJson(instance.overrides);
      const current = accountId === void 0 ? void 0 : observedInstances.get(`${accountId}/${instance.region}`);
      if (accountId !== void 0) wantedKeys.add(`${accountId}/${instance.region}`);
      if (!current) {
        const group = toAdd.get(key) ?? { overrides: instance.overrides, targets: [] };
        group.targets.push({ account: instance.account, region: instance.region });
        toAdd.set(key, group);
      } else if (current.status === INOPERABLE) {
        draft.problem(
          PLAN_PROBLEMS.stackInstanceInoperable,
          reference,
          `The ${baseline.name} stack instance in ${instance.account} ${instance.region} is INOPERABLE: a deletion failed and left its stack unstable, and CloudFormation excludes it from every further operation. Delete the stack instance with RetainStacks set to true, delete or repair the stack in the account by hand, then plan again.`,
          declarationOf(reference, draft.desired)
        );
      } else if (!overridesMatch(baseline.parameters, current.parameterOverrides, instance.overrides, secret) || !isDone(current.status)) {
        const group = toUpdate.get(key) ?? {
          overrides: instance.overrides,
          targets: [],
          before: /* @__PURE__ */ new Map(),
          notDone: [],
          overridesChange: false,
          ownOverridesChange: false
        };
        group.targets.push({ account: instance.account, region: instance.region });
        group.before.set(`${instance.account}/${instance.region}`, current.parameterOverrides);
        if (!isDone(current.status)) group.notDone.push(current.status || "no status");
        if (!overridesMatch(baseline.parameters, current.parameterOverrides, instance.overrides, secret))
          group.overridesChange = true;
        if (changesOwnOverrides(
          { before: existing?.parameters ?? {}, after: baseline.parameters },
          current.parameterOverrides,
          instance.overrides,
          instance.own,
          secret
        ))
          group.ownOverridesChange = true;
        toUpdate.set(key, group);
      }
    }
    const differingOverrides = (overrides) => Object.keys(overrides).filter((parameter) => overrides[parameter] !== baseline.parameters[parameter]).sort(compareText);
    const instanceChanges = [];
    for (const [key, group] of [...toAdd].sort(([a], [b]) => compareText(a, b))) {
      group.targets.sort(compareInstanceTargets);
      const accounts = [...new Set(group.targets.map((target) => target.account))];
      const differing = differingOverrides(group.overrides);
      instanceChanges.push(
        draft.add(CHANGE_KINDS.addStackInstances, reference, {
          id: `add-stack-instances:${reference}${groupSuffix(key)}`,
          before: null,
          after: {
            stackSet: name,
            instances: group.targets,
            parameterOverrides: group.overrides,
            ...differing.length > 0 ? { differingOverrides: differing } : {}
          },
          scope: instanceScope(name, group.overrides, group.targets),
          // Overrides give these accounts roles or policies other than the reviewed StackSet parameters say; roles
          // in the management account act over the whole organization, and no SCP limits them.
          highImpact: (Object.keys(group.overrides).length > 0 || accounts.some((account) => draft.isManagementAccount(account))) && baselineControlsAccess(baseline.name, [baseline.templateBody], [baseline.parameters, group.overrides]),
          highImpactReason: accounts.some((account) => draft.isManagementAccount(account)) ? `${CONTROLS_ACCESS}, in the management account, where no SCP limits it` : differing.length > 0 ? `parameter overrides for ${CONTROLS_ACCESS}: ${accounts.length === 1 ? "this account gets" : "these accounts get"} other values than the StackSet's for ${differing.join(", ")}` : `parameter overrides for ${CONTROLS_ACCESS}: ${accounts.length === 1 ? "this account pins" : "these accounts pin"} the StackSet's values, which later StackSet updates then no longer change`,
          dependsOn: [stackSetChange, ...dependencyChanges, ...accounts.flatMap(accountReadinessChangeIds)],
          // Named when few: groups with other overrides are otherwise lines alike, telling no account apart.
          description: `Deploy ${baseline.name} to ${countOf(group.targets.length, "stack instance")} (${countOf(accounts.length, "account")}${accounts.length <= NAMED_ACCOUNTS ? `: ${listNames(accounts)}` : ""})`,
          accounts
        })
      );
    }
    for (const [key, group] of [...toUpdate].sort(([a], [b]) => compareText(a, b))) {
      group.targets.sort(compareInstanceTargets);
      const accounts = [...new Set(group.targets.map((target) => target.account))];
      const deletions = mergeDeletions(
        [...group.before.values()].map((before) => overrideDeletions(baseline, before ?? {}, group.overrides))
      );
      const effects = deletionEffects(deletions);
      instanceChanges.push(
        draft.add(CHANGE_KINDS.updateStackInstances, reference, {
          id: `update-stack-instances:${reference}${groupSuffix(key)}`,
          before: Object.fromEntries(
            group.targets.map(({ account, region }) => [
              `${account}/${region}`,
              group.before.get(`${account}/${region}`)
            ])
          ),
          after: {
            stackSet: name,
            instances: group.targets,
            parameterOverrides: group.overrides,
            ...differingOverrides(group.overrides).length > 0 ? { differingOverrides: differingOverrides(group.overrides) } : {}
          },
          scope: {
            ...instanceScope(name, group.overrides, group.targets),
            ...deletionScope(deletions.deletedResources, true, Object.fromEntries(group.before))
          },
          // Overrides that shorten retention erase data in these accounts as a StackSet value would everywhere.
          ...updateImpact(
            [],
            group.ownOverridesChange && baselineControlsAccess(baseline.name, [baseline.templateBody], [baseline.parameters, group.overrides]) ? `other parameter overrides for ${CONTROLS_ACCESS}` : void 0,
            overrideRetentionChanges(baseline, group.before.values(), group.overrides)
          ),
          destructive: deletions.deletedResources === void 0 || deletions.deletedResources.length > 0,
          dependsOn: [stackSetChange, ...dependencyChanges],
          description: `${describeInstanceUpdate(baseline.name, group.targets.length, accounts, group.notDone, group.overridesChange && !group.ownOverridesChange)}${effects.length > 0 ? `; redeploying ${group.targets.length === 1 ? "it" : "them"} ${effects.join("; ")}` : ""}`,
          accounts
        })
      );
    }
    const removal = planInstanceRemovals(
      draft,
      baseline.name,
      name,
      existing,
      wantedKeys,
      accountNameById,
      stackSetChange === void 0 ? void 0 : baseline.templateBody
    );
    if (removal) {
      removalByBaseline.set(baseline.name, removal);
      noteRemovalsAfterUpdate(draft, stackSetChange, removal);
    }
    draft.markUpdated(draft.accountsIn(instanceChanges));
    instanceChangesByBaseline.set(baseline.name, instanceChanges);
  }
  removeDependentsFirst(draft, removalByBaseline);
  retireStackSets(draft, declaredNames, accountNameById);
}
function deletionScope(deleted, compared, deployed) {
  if (!compared || deleted !== void 0 && deleted.length === 0) return {};
  if (deleted !== void 0) return { deletes: [...deleted] };
  return { deletes: "*", deployed: sha256Digest(canonicalJson(deployed)) };
}

// src/plan/undeclared-instances.ts
function undeclaredInstances(draft) {
  const declared = /* @__PURE__ */ new Set([
    ...[...draft.existingAccounts.values()].map((account) => account.id),
    ...[...draft.ambiguousAccounts.values()].flat().map((account) => account.id),
    ...draft.formerAccountIds
  ]);
  const accounts = new Map(draft.observed.accounts.map((account) => [account.id, account]));
  const managementId = draft.observed.organization.managementAccountId;
  return draft.observed.stackSets.filter((stackSet) => stackSet.managedByVend).flatMap(
    (stackSet) => stackSet.instances.filter((instance) => !declared.has(instance.accountId)).map((instance) => ({
      stackSet: stackSet.name,
      accountId: instance.accountId,
      account: accounts.get(instance.accountId)?.name ?? instance.accountId,
      region: instance.region,
      ...instance.accountId === managementId ? { management: true } : {},
      ...accounts.has(instance.accountId) ? {} : { outsideOrganization: true },
      ...instance.status !== "CURRENT" ? { status: instance.status } : {}
    }))
  ).sort(
    (a, b) => Number(b.management === true) - Number(a.management === true) || compareText(a.stackSet, b.stackSet) || compareText(a.account, b.account) || compareText(a.accountId, b.accountId) || compareText(a.region, b.region)
  );
}

// src/plan/compute-plan.ts
function computePlan(desired, observed, source = { commit: null }) {
  const draft = new PlanDraft(desired, observed);
  planScpPolicyType(draft);
  planOrganizationalUnits(draft);
  planScps(draft);
  for (const account of desired.accounts) planAccount(draft, account);
  planAttachments(draft);
  planRetiredScps(draft);
  planStackSets(draft);
  refuseOptInRegionsOfNewAccounts(draft);
  refuseNamedIamRegionMoves(draft);
  planParameterOverrideRecords(draft);
  closeAccountsLast(draft);
  checkAccountClosureQuota(draft);
  refuseManagementOnlyChanges(draft);
  flagAdoptionsThatChange(draft);
  flagOrganizationalUnitAdoptionsThatChange(draft);
  const unmanaged = unmanagedAccounts(draft);
  flagCreationsBesideOwnedAccounts(draft, unmanaged);
  flagWaivedCreations(draft);
  const ordered = orderChanges([...draft.changes.values()]);
  const snapshots = {
    before: observedSnapshot(desired, observed),
    after: plannedSnapshot(desired, observed, draft.withheldAccounts)
  };
  const blastRadius = computeBlastRadius(ordered, desired, observed, snapshots, draft.formerAccountIds);
  const delegated = desired.organization.delegatedAdministratorAccountId;
  const declaredAs = [...draft.existingAccounts].find(([, account]) => account.id === delegated)?.[0];
  const observedAs = observed.accounts.find((account) => account.id === delegated);
  const runsFrom = declaredAs ?? (observedAs ? `${observedAs.name} (${observedAs.id})` : void 0);
  const changes = flagFarReaching(ordered, blastRadius, runsFrom);
  const summary = { create: 0, change: 0, destroy: 0 };
  for (const change of changes) summary[change.action]++;
  const body = {
    formatVersion: PLAN_FORMAT_VERSION,
    commit: source.commit,
    repositoryDigest: repositoryDigest(desired),
    managementAccountId: desired.organization.managementAccountId,
    homeRegion: desired.organization.homeRegion,
    summary,
    changes,
    accounts: plannedAccounts(draft, snapshots),
    organizationalUnits: desired.organizationalUnits.map((unit) => ({
      path: unit.path,
      isNew: !draft.ouIdByPath.has(unit.path)
    })),
    unmanagedAccounts: unmanaged,
    ...withUndeclaredInstances(undeclaredInstances(draft)),
    problems: draft.problems.sort((a, b) => compareText(a.target, b.target) || compareText(a.message, b.message)).map(({ at, ...problem }) => ({ ...problem, file: at.file, ...source.locate?.(at.file, at.path) })),
    blastRadius,
    noEchoParameters: noEchoParameters(desired, observed),
    ...raisedQuotas(desired)
  };
  return { ...body, digest: sha256Digest(canonicalJson(body)) };
}
function repositoryDigest(desired) {
  const byName = (items) => [...items].sort((a, b) => compareText(a.name, b.name));
  return sha256Digest(
    canonicalJson({
      ...desired,
      accounts: byName(desired.accounts),
      scps: byName(desired.scps),
      organizationalUnits: [...desired.organizationalUnits].sort((a, b) => compareText(a.path, b.path))
    })
  );
}
function raisedQuotas(desired) {
  const raised = Object.keys(QUOTAS).filter((name) => desired.organization.quotas[name] > QUOTAS[name].default).map((name) => ({
    quota: name,
    value: desired.organization.quotas[name],
    awsValue: QUOTAS[name].default,
    description: QUOTAS[name].description
  }));
  return raised.length > 0 ? { raisedQuotas: raised } : {};
}
function withUndeclaredInstances(instances) {
  return instances.length > 0 ? { undeclaredInstances: instances } : {};
}

export {
  STAGE_OF_KIND,
  stageOf,
  stagesAsApproved,
  accountTagDifferences,
  shellQuoted,
  accountReadinessChangeIds,
  isAccountReadinessChangeId,
  attachedElsewhere,
  computePlan,
  repositoryDigest
};
