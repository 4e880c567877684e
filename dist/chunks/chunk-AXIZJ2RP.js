import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  noEchoParameters
} from "./chunk-ITDAI5PV.js";
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  recordedParameterOverrides
} from "./chunk-QZV6FSQD.js";
import {
  baselineControlsAccess,
  compareTemplates,
  overrideReplacements
} from "./chunk-2JQYVYOJ.js";
import {
  CHANGE_KINDS,
  PLAN_FORMAT_VERSION,
  PlanDraft,
  accountReference,
  canonicalJson,
  describeTarget,
  ouReference,
  scpReference,
  sha256Digest,
  stackSetName,
  stackSetReference
} from "./chunk-3II6QTGK.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/config/repository-commit.ts
import { execFileSync } from "node:child_process";
function repositoryCommit(root) {
  try {
    const output = execFileSync("git", ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 1e4
    }).trim();
    return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(output) ? output : null;
  } catch {
    return null;
  }
}

// src/plan/organization-snapshot.ts
var AccountNames = class {
  declaredByEmail;
  observedById;
  constructor(desired, observed) {
    this.declaredByEmail = new Map(desired.accounts.map((account) => [account.email.toLowerCase(), account.name]));
    this.observedById = new Map(observed.accounts.map((account) => [account.id, account]));
  }
  ofObserved(account) {
    return this.declaredByEmail.get(account.email.toLowerCase()) ?? `${account.name} (${account.id})`;
  }
  /** An id the organization does not list (closed meanwhile, say) is shown as the id. */
  ofId(id) {
    const account = this.observedById.get(id);
    return account ? this.ofObserved(account) : id;
  }
};
function observedSnapshot(desired, observed) {
  const names = new AccountNames(desired, observed);
  const accountPaths = new Map(
    memberAccounts(observed).map((account) => [names.ofObserved(account), account.parentPath])
  );
  const referenceById = /* @__PURE__ */ new Map([[observed.root.id, "root"]]);
  for (const unit of observed.organizationalUnits) referenceById.set(unit.id, ouReference(unit.path));
  for (const account of observed.accounts) referenceById.set(account.id, accountReference(names.ofObserved(account)));
  const attachments = /* @__PURE__ */ new Map();
  for (const policy of observed.policies) {
    for (const id of policy.targetIds) {
      const reference = referenceById.get(id);
      if (reference !== void 0)
        attachments.set(reference, (attachments.get(reference) ?? /* @__PURE__ */ new Set()).add(policy.name));
    }
  }
  return { accountPaths, attachments };
}
function plannedSnapshot(desired, observed) {
  const before = observedSnapshot(desired, observed);
  const accountPaths = new Map(before.accountPaths);
  const managementEmail = observed.accounts.find((account) => account.id === observed.organization.managementAccountId)?.email.toLowerCase();
  const members = desired.accounts.filter((account) => account.email.toLowerCase() !== managementEmail);
  for (const account of members) {
    if (account.closed) accountPaths.delete(account.name);
    else accountPaths.set(account.name, account.ou);
  }
  const owned = new Set(
    observed.policies.filter(
      (policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value
    ).map((policy) => policy.name)
  );
  const attachments = new Map(before.attachments);
  const declare = (reference, scps, fullAWSAccess) => {
    const kept = [...before.attachments.get(reference) ?? []].filter((name) => !owned.has(name));
    attachments.set(reference, /* @__PURE__ */ new Set([...kept, ...scps, ...fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []]));
  };
  declare("root", desired.organization.root.scps, desired.organization.root.fullAWSAccess);
  for (const unit of desired.organizationalUnits) declare(ouReference(unit.path), unit.scps, unit.fullAWSAccess);
  for (const account of members) {
    if (account.closed) attachments.delete(accountReference(account.name));
    else declare(accountReference(account.name), account.scps, account.fullAWSAccess);
  }
  return { accountPaths, attachments };
}
function accountsBeneath(snapshot, target) {
  if (target.startsWith("account:")) {
    const name = target.slice("account:".length);
    return snapshot.accountPaths.has(name) ? [name] : [];
  }
  const path = target === "root" ? void 0 : target.slice("ou:".length);
  return [...snapshot.accountPaths].filter(([, accountPath]) => path === void 0 || accountPath === path || accountPath.startsWith(`${path}/`)).map(([name]) => name).sort(compareText);
}
function scpsInForce(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0) return /* @__PURE__ */ new Set();
  const levels = ["root", accountReference(account)];
  const parts = path === "" ? [] : path.split("/");
  for (let depth = 1; depth <= parts.length; depth++) levels.push(ouReference(parts.slice(0, depth).join("/")));
  return new Set(levels.flatMap((level) => [...snapshot.attachments.get(level) ?? []]));
}
function memberAccounts(observed) {
  return observed.accounts.filter(
    (account) => account.status === "ACTIVE" && account.id !== observed.organization.managementAccountId
  );
}

// src/plan/blast-radius.ts
function computeBlastRadius(changes, desired, observed) {
  const before = observedSnapshot(desired, observed);
  const after = plannedSnapshot(desired, observed);
  const names = new AccountNames(desired, observed);
  const radius = [];
  for (const change of changes) {
    switch (change.kind) {
      case CHANGE_KINDS.attachScp:
      case CHANGE_KINDS.detachScp:
        radius.push(attachmentRadius(change, before, after));
        break;
      case CHANGE_KINDS.updateScp:
        radius.push(contentRadius(change, before, after));
        break;
      case CHANGE_KINDS.updateStackSet:
        radius.push(stackSetRadius(change, observed, names));
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
function flagFarReaching(changes, radius) {
  const byChange = new Map(radius.map((entry) => [entry.changeId, entry]));
  return changes.map((change) => {
    const entry = byChange.get(change.id);
    const farReaching = change.kind === CHANGE_KINDS.updateScp && entry?.kind === "scp" && fieldOf(change.before, "content") !== fieldOf(change.after, "content") && entry.accounts.length > 1 || change.kind === CHANGE_KINDS.moveAccount && entry?.kind === "move" && entry.loses.scps.length > 0;
    return farReaching && !change.highImpact ? { ...change, highImpact: true } : change;
  });
}
function fieldOf(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}
function attachmentRadius(change, before, after) {
  const scp = String(change.scope.scp);
  const accounts = accountsBeneath(after, change.target);
  const attaching = change.kind === CHANGE_KINDS.attachScp;
  const affected = [];
  const elsewhere = [];
  for (const account of accounts) {
    const had = scpsInForce(before, account).has(scp);
    const has = scpsInForce(after, account).has(scp);
    if (had && has) elsewhere.push(account);
    else if (attaching ? !had : had) affected.push(account);
  }
  return { changeId: change.id, kind: "scp", targets: [change.target], accounts, affected, elsewhere };
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
  const sorted = [...accounts].sort(compareText);
  return {
    changeId: change.id,
    kind: "scp",
    targets: [...targets].sort(compareText),
    accounts: sorted,
    affected: sorted,
    elsewhere: []
  };
}
function stackSetRadius(change, observed, names) {
  const stackSet = observed.stackSets.find((candidate) => `stackset:${candidate.name}` === change.target);
  const instances = (stackSet?.instances ?? []).map((instance) => ({
    account: names.ofId(instance.accountId),
    region: instance.region
  }));
  return {
    changeId: change.id,
    kind: "stackset",
    instances: instances.map(({ account, region }) => `${account}/${region}`).sort(compareText),
    accounts: [...new Set(instances.map(({ account }) => account))].sort(compareText)
  };
}
function moveRadius(change, desired, observed, before, after) {
  const name = change.target.slice("account:".length);
  const account = desired.accounts.find((candidate) => candidate.name === name);
  const accountId = observed.accounts.find(
    (candidate) => candidate.email.toLowerCase() === account?.email.toLowerCase()
  )?.id;
  const { namePrefix } = desired.organization.stackSets;
  const baselinesBefore = observed.stackSets.filter((stackSet) => stackSet.instances.some((instance) => instance.accountId === accountId)).map((stackSet) => stackSet.name.slice(namePrefix.length));
  const difference = (from, to) => {
    const kept = new Set(to);
    return [...new Set(from)].filter((item) => !kept.has(item)).sort(compareText);
  };
  const scpsBefore = scpsInForce(before, name);
  const scpsAfter = scpsInForce(after, name);
  const baselinesAfter = account?.baselines ?? [];
  return {
    changeId: change.id,
    kind: "move",
    gains: { scps: difference(scpsAfter, scpsBefore), baselines: difference(baselinesAfter, baselinesBefore) },
    loses: { scps: difference(scpsBefore, scpsAfter), baselines: difference(baselinesBefore, baselinesAfter) }
  };
}

// src/plan/order-changes.ts
var STAGE_OF_KIND = {
  [CHANGE_KINDS.enableScpType]: 1,
  [CHANGE_KINDS.createOrganizationalUnit]: 2,
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
  [CHANGE_KINDS.recordParameterOverrides]: 6,
  [CHANGE_KINDS.detachScp]: 7,
  [CHANGE_KINDS.removeStackInstances]: 7,
  [CHANGE_KINDS.deleteStackSet]: 7,
  [CHANGE_KINDS.deleteScp]: 7,
  [CHANGE_KINDS.closeAccount]: 7
};
function orderChanges(changes) {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const waitingOn = new Map(
    changes.map((change) => [change.id, new Set(change.dependsOn.filter((id) => byId.has(id)))])
  );
  const dependents = /* @__PURE__ */ new Map();
  for (const change of changes)
    for (const dependency of waitingOn.get(change.id))
      dependents.set(dependency, [...dependents.get(dependency) ?? [], change.id]);
  const compare = (a, b) => STAGE_OF_KIND[a.kind] - STAGE_OF_KIND[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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

// src/plan/plan-accounts.ts
function planAccount(draft, account) {
  const reference = accountReference(account.name);
  const existing = draft.existingAccounts.get(account.name);
  if (!existing) return planNewAccount(draft, account);
  const management = draft.isManagementAccount(account.name);
  if (existing.status !== "ACTIVE") {
    if (!account.closed) {
      draft.problems.push({
        target: reference,
        message: `Account ${account.name} (${existing.id}) is ${existing.status}; set closed: true in ${account.file} or remove the manifest.`
      });
    }
    return;
  }
  if (account.closed && management) {
    draft.problems.push({
      target: reference,
      message: `Account ${account.name} (${existing.id}) is the organization's management account, which vend never closes (AWS refuses to close it from the organization). Remove closed: true from ${account.file}.`
    });
    return;
  }
  if (account.closed && existing.id === draft.desired.organization.delegatedAdministratorAccountId) {
    draft.problems.push({
      target: reference,
      message: `Account ${account.name} (${existing.id}) is the delegated administrator vend runs from (delegatedAdministratorAccountId); closing it would leave the organization without it. Hand the role to another account first, then close this one.`
    });
    return;
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
    before: { id: existing.id, name: existing.name, email: existing.email },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    scope: { account: account.name, email: existing.email, accountId: existing.id },
    description: `Adopt existing account ${existing.name} (${existing.id}) with email ${existing.email}`,
    accounts: [account.name]
  }) : void 0;
  if (adopting) draft.accountStatus.set(account.name, "adopted");
  if (existing.name !== account.accountName) {
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
  } else if (existing.parentId !== draft.ouIdByPath.get(account.ou)) {
    draft.add(CHANGE_KINDS.moveAccount, reference, {
      before: { id: existing.id, ou: existing.parentPath === "" ? "(root)" : existing.parentPath },
      after: { id: existing.id, ou: account.ou },
      scope: { account: account.name, accountId: existing.id, ou: account.ou },
      dependsOn: [`create-ou:${ouReference(account.ou)}`, adoptId],
      description: `Move account ${account.name} from ${existing.parentPath || "(root)"} to ${account.ou}`,
      accounts: [account.name]
    });
    if (!adopting) draft.accountStatus.set(account.name, "moved");
  }
  if (tags === void 0) return;
  const toSet = Object.fromEntries(
    Object.entries(account.tags).filter(
      ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key)
    )
  );
  const kept = (key) => key === PARAMETER_OVERRIDES_TAG || key === "Owner" && account.owner === OWNER_UNASSIGNED;
  const toRemove = Object.keys(tags).filter((key) => !Object.hasOwn(account.tags, key) && !kept(key)).sort();
  if (Object.keys(toSet).length > 0) {
    draft.add(CHANGE_KINDS.tagAccount, reference, {
      before: Object.fromEntries(
        Object.keys(toSet).filter((key) => Object.hasOwn(tags, key)).map((key) => [key, tags[key]])
      ),
      after: toSet,
      scope: { account: account.name, members: Object.entries(toSet).map((entry) => JSON.stringify(entry)) },
      dependsOn: [adoptId],
      description: `Set tags ${Object.keys(toSet).join(", ")} on ${account.name}`,
      accounts: [account.name]
    });
  }
  if (toRemove.length > 0) {
    draft.add(CHANGE_KINDS.untagAccount, reference, {
      before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
      after: null,
      scope: { account: account.name, members: toRemove },
      dependsOn: [adoptId],
      description: `Remove undeclared tags ${toRemove.join(", ")} from ${account.name}`,
      accounts: [account.name]
    });
  }
  if (!draft.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
    draft.accountStatus.set(account.name, "updated");
}
function planNewAccount(draft, account) {
  if (account.closed) return;
  const reference = accountReference(account.name);
  const declaredEmails = new Set(draft.desired.accounts.map((declared) => declared.email.toLowerCase()));
  const previous = draft.observed.accounts.find(
    (candidate) => (
      // A closed (suspended) account keeps its email for good, so a name re-used after it is a new account.
      candidate.status === "ACTIVE" && candidate.name === account.accountName && !declaredEmails.has(candidate.email.toLowerCase()) && candidate.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value
    )
  );
  if (previous) {
    draft.problems.push({
      target: reference,
      message: `No account has the email ${account.email}, but account ${previous.id} ('${previous.name}', ${previous.email}) carries ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} and this account's name: the email in ${account.file} was changed. Vend does not create a second account. Change the root email in AWS first: the Account Management API's StartPrimaryEmailUpdate sends a code to ${account.email}, and AcceptPrimaryEmailUpdate with that code completes it (the new address's owner must confirm). Then plan again. Or restore the old email in ${account.file}.`
    });
    return;
  }
  const inProgress = draft.observed.accountCreationsInProgress.find(
    (request) => request.accountName === account.accountName
  );
  draft.add(CHANGE_KINDS.createAccount, reference, {
    before: inProgress ? { createAccountRequestId: inProgress.requestId, state: "IN_PROGRESS" } : null,
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
    dependsOn: [`create-ou:${ouReference(account.ou)}`],
    description: inProgress ? `Create account ${account.name} <${account.email}> in ${account.ou}, once request ${inProgress.requestId} for that name is done (its account is this one only if its email is ${account.email})` : `Create account ${account.name} <${account.email}> in ${account.ou}`,
    accounts: [account.name]
  });
  draft.accountStatus.set(account.name, "new");
}
function plannedAccounts(draft) {
  const root = draft.desired.organization.root;
  const ouByPath = new Map(draft.desired.organizationalUnits.map((unit) => [unit.path, unit]));
  return draft.desired.accounts.filter((account) => draft.accountStatus.has(account.name) || draft.isManagementAccount(account.name)).map((account) => {
    const management = draft.isManagementAccount(account.name);
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
    const baselines = (management && !stackSetsReachManagementAccount(draft) ? [] : account.baselines).map((name) => {
      const baseline = draft.desired.baselines.find((candidate) => candidate.name === name);
      return { name, regions: [...baseline.regions ?? account.regions] };
    });
    return {
      name: account.name,
      email: account.email,
      // The management account stays where it is: vend never moves it.
      ou: management ? draft.existingAccounts.get(account.name)?.parentPath ?? "" : account.ou,
      status: management ? "management" : draft.accountStatus.get(account.name) ?? "updated",
      management,
      notes: draft.accountNotes.get(account.name) ?? [],
      scpsInForce: management ? [] : scpsInForce2,
      baselines,
      changeIds: [...draft.changesByAccount.get(account.name) ?? []].sort()
    };
  }).sort((a, b) => compareText(a.name, b.name));
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
    stackSetsReachManagementAccount(draft) ? `Its baselines deploy only if it has the execution role ${draft.desired.organization.stackSets.executionRoleName ?? "AWSCloudFormationStackSetExecutionRole"}: AWS Organizations creates that role in the accounts it creates, not in the management account.` : "Its baselines are not deployed: SERVICE_MANAGED StackSets never deploy to the management account."
  );
}
function unmanagedAccounts(draft) {
  const declaredEmails = new Set(draft.desired.accounts.map((account) => account.email.toLowerCase()));
  return draft.observed.accounts.filter(
    (account) => !declaredEmails.has(account.email.toLowerCase()) && account.id !== draft.observed.organization.managementAccountId
  ).map((account) => ({
    id: account.id,
    name: account.name,
    email: account.email,
    parentPath: account.parentPath || "(root)"
  })).sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
}

// src/plan/plan-organizational-units.ts
function planScpPolicyType(draft) {
  if (draft.observed.root.scpPolicyTypeEnabled) return;
  draft.add(CHANGE_KINDS.enableScpType, "root", {
    before: { SERVICE_CONTROL_POLICY: "DISABLED" },
    after: { SERVICE_CONTROL_POLICY: "ENABLED" },
    scope: { policyType: "SERVICE_CONTROL_POLICY" },
    highImpact: true,
    description: "Enable service control policies on the root"
  });
}
function planOrganizationalUnits(draft) {
  for (const unit of draft.desired.organizationalUnits) {
    if (draft.ouIdByPath.has(unit.path)) continue;
    if (draft.ambiguousOrganizationalUnits.some((path) => unit.path === path || unit.path.startsWith(`${path}/`)))
      continue;
    draft.add(CHANGE_KINDS.createOrganizationalUnit, ouReference(unit.path), {
      before: null,
      after: { name: unit.name, parent: ouReference(unit.parentPath ?? "") },
      scope: { ou: unit.path },
      dependsOn: [`create-ou:${ouReference(unit.parentPath ?? "")}`],
      description: `Create OU ${unit.path}`
    });
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
    if (account.closed) continue;
    const existing = draft.existingAccounts.get(account.name);
    if (existing && existing.tags === void 0) continue;
    const recorded = recordedParameterOverrides(existing?.tags);
    const declared = account.baselines.filter((baseline) => account.parameters[baseline]).sort();
    if (recorded.join(" ") === declared.join(" ")) continue;
    const value = declared.join(" ");
    const reference = accountReference(account.name);
    if (value.length > MAX_RECORD_LENGTH) {
      draft.problems.push({
        target: reference,
        message: `${account.name} overrides parameters of ${declared.length} baselines, whose names (${value.length} characters) do not fit the ${MAX_RECORD_LENGTH} characters of the ${PARAMETER_OVERRIDES_TAG} tag that records them. Override fewer baselines, or shorten their names.`
      });
      continue;
    }
    const instanceChanges = (baselines) => [...draft.changesByAccount.get(account.name) ?? []].filter((id2) => {
      const change = draft.changes.get(id2);
      return (change?.kind === CHANGE_KINDS.addStackInstances || change?.kind === CHANGE_KINDS.updateStackInstances) && baselines.some((baseline) => change.target === stackSetReference(stackSetName(namePrefix, baseline)));
    });
    const id = draft.add(CHANGE_KINDS.recordParameterOverrides, reference, {
      before: { baselines: recorded },
      after: { baselines: declared },
      scope: { account: account.name, baselines: value },
      // Narrowed only once the dropped overrides are reset.
      dependsOn: [
        ...accountReadinessChangeIds(account.name),
        ...instanceChanges(recorded.filter((baseline) => !declared.includes(baseline)))
      ],
      description: `Record on ${account.name} (tag ${PARAMETER_OVERRIDES_TAG}) that ${declared.length === 0 ? "no baseline carries" : `${declared.join(", ")} ${declared.length === 1 ? "carries" : "carry"}`} parameter overrides`,
      accounts: [account.name]
    });
    for (const instances of instanceChanges(declared.filter((baseline) => !recorded.includes(baseline)))) {
      const change = draft.changes.get(instances);
      change.dependsOn = [.../* @__PURE__ */ new Set([...change.dependsOn, id])].sort();
    }
  }
}

// src/plan/plan-scps.ts
function planScps(draft) {
  for (const scp of draft.desired.scps) {
    const existing = draft.policiesByName.get(scp.name);
    const after = { name: scp.name, description: scp.description, content: scp.content };
    const scope = { scp: scp.name, content: sha256Digest(scp.content), description: scp.description };
    if (!existing) {
      draft.add(CHANGE_KINDS.createScp, scpReference(scp.name), {
        before: null,
        after,
        scope,
        description: `Create SCP ${scp.name} from ${scp.file}`
      });
    } else if (existing.awsManaged || existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
      planForeignScp(draft, scp, existing);
    } else if (existing.content !== scp.content || existing.description !== scp.description) {
      draft.add(CHANGE_KINDS.updateScp, scpReference(scp.name), {
        before: { name: existing.name, description: existing.description, content: existing.content },
        after,
        scope,
        // New content reaches every account under every target at once.
        highImpact: existing.content !== scp.content && reachesWidely(draft, scp.name, existing.targetIds),
        description: `Update SCP ${scp.name} from ${scp.file}`
      });
    }
  }
}
function planForeignScp(draft, scp, existing) {
  const differences = [
    existing.content !== scp.content ? "content" : "",
    existing.description !== scp.description ? "description" : ""
  ].filter(Boolean);
  if (existing.awsManaged || differences.length > 0) {
    draft.problems.push({
      target: scpReference(scp.name),
      message: `An SCP named '${scp.name}' already exists (${existing.id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}${existing.awsManaged ? " (AWS manages it)" : `, and its ${differences.join(" and ")} ${differences.length === 1 ? "differs" : "differ"} from ${scp.file}`}; vend will not change a policy it does not own. Rename the catalogue entry, make it say exactly what the policy holds (vend then adopts it), or tag the policy to hand it to vend.`
    });
    return;
  }
  draft.add(CHANGE_KINDS.adoptScp, scpReference(scp.name), {
    before: { id: existing.id, name: existing.name, tags: existing.tags },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    scope: { scp: scp.name, policyId: existing.id, content: sha256Digest(scp.content) },
    description: `Adopt existing SCP ${scp.name} (${existing.id}), whose content and description are ${scp.file}'s`
  });
}
function planAttachments(draft) {
  const targets = [
    { reference: "root", id: draft.observed.root.id, attachments: draft.desired.organization.root, dependsOn: [] },
    ...draft.desired.organizationalUnits.map((unit) => ({
      reference: ouReference(unit.path),
      id: draft.ouIdByPath.get(unit.path),
      attachments: unit,
      dependsOn: [`create-ou:${ouReference(unit.path)}`]
    })),
    // SCPs do not apply to the management account, so vend neither attaches nor detaches any there.
    ...draft.desired.accounts.filter((account) => !account.closed && !draft.isManagementAccount(account.name)).map((account) => ({
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
  for (const target of targets) {
    const attached = new Set(
      target.id === void 0 ? [] : draft.observed.policies.filter((policy) => policy.targetIds.includes(target.id)).map((policy) => policy.name)
    );
    if (target.id === void 0 || enableScpType) attached.add(FULL_AWS_ACCESS_POLICY_NAME);
    const wanted = /* @__PURE__ */ new Set([
      ...target.attachments.scps,
      ...target.attachments.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []
    ]);
    const peak = (/* @__PURE__ */ new Set([...attached, ...wanted])).size;
    if (peak > draft.desired.organization.quotas.scpsPerTarget) {
      const leaving = [...attached].filter((name) => !wanted.has(name)).sort();
      draft.problems.push({
        target: target.reference,
        message: `${describeTarget(target.reference)} would briefly carry ${peak} SCPs (AWS allows ${draft.desired.organization.quotas.scpsPerTarget}), because new attachments are made before ${leaving.join(", ") || "anything"} is detached. Split the change: first merge a pull request that only removes ${leaving.join(", ") || "an SCP"}, then one that adds the new SCPs.`
      });
    }
    for (const name of [...wanted].sort()) {
      if (attached.has(name)) continue;
      draft.add(CHANGE_KINDS.attachScp, target.reference, {
        id: `attach-scp:${name}@${target.reference}`,
        before: null,
        after: { policy: name, target: target.reference },
        scope: { scp: name, target: target.reference },
        highImpact: target.reference === "root",
        dependsOn: [
          ...target.dependsOn,
          enableScpType,
          `create-scp:${scpReference(name)}`,
          `adopt-scp:${scpReference(name)}`
        ],
        description: `Attach SCP ${name} to ${describeTarget(target.reference)}`,
        accounts: target.account ? [target.account] : []
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, "updated");
    }
    for (const name of [...attached].sort()) {
      const owned = name === FULL_AWS_ACCESS_POLICY_NAME || draft.policiesByName.get(name)?.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
      if (wanted.has(name) || !owned) continue;
      draft.add(CHANGE_KINDS.detachScp, target.reference, {
        id: `detach-scp:${name}@${target.reference}`,
        before: { policy: name, target: target.reference },
        after: null,
        scope: { scp: name, target: target.reference },
        highImpact: target.reference === "root",
        dependsOn: [
          ...target.dependsOn,
          enableScpType,
          ...[...wanted].map((wantedName) => `attach-scp:${wantedName}@${target.reference}`)
        ],
        description: `Detach SCP ${name} from ${describeTarget(target.reference)}`,
        accounts: target.account ? [target.account] : []
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, "updated");
    }
  }
}
function planRetiredScps(draft) {
  const catalogue = new Set(draft.desired.scps.map((scp) => scp.name));
  const declaredTargets = /* @__PURE__ */ new Map([[draft.observed.root.id, "root"]]);
  for (const unit of draft.desired.organizationalUnits) {
    const id = draft.ouIdByPath.get(unit.path);
    if (id) declaredTargets.set(id, ouReference(unit.path));
  }
  for (const [name, account] of draft.existingAccounts) declaredTargets.set(account.id, accountReference(name));
  for (const policy of draft.observed.policies) {
    if (policy.awsManaged || catalogue.has(policy.name)) continue;
    if (policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id));
    if (undeclared.length > 0) {
      draft.problems.push({
        target: scpReference(policy.name),
        message: `SCP '${policy.name}' (${policy.id}) is vend's but no longer in the catalogue, and it is attached to ${undeclared.join(", ")}, which the repository does not declare. Detach it there by hand, or put it back in the catalogue.`
      });
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
  const { root } = draft.desired.organization;
  const declared = (root.scps.includes(scp) ? 1 : 0) + draft.desired.organizationalUnits.filter((unit) => unit.scps.includes(scp)).length + draft.desired.accounts.filter((account) => !account.closed && account.scps.includes(scp)).length;
  return root.scps.includes(scp) || observedTargetIds.includes(draft.observed.root.id) || declared > 1 || observedTargetIds.length > 1;
}

// src/plan/stack-set-ownership.ts
function adoptForeignStackSet(draft, baseline, existing, settings, after, scope) {
  const reference = stackSetReference(existing.name);
  const differences = [
    existing.templateBody !== baseline.templateBody ? "template" : "",
    canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ? "parameters" : "",
    ...settings.map((setting) => `${setting.name} (${setting.before}, not ${setting.after})`)
  ].filter(Boolean);
  if (differences.length > 0) {
    draft.problems.push({
      target: reference,
      message: `A StackSet named '${existing.name}' already exists but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and its ${differences.join(" and ")} ${differences.length === 1 ? "differs" : "differ"} from ${baseline.templateFile} and organization.yaml; vend will not change a StackSet it does not own. Rename the baseline (or the namePrefix), make the baseline say exactly what the StackSet holds (vend then adopts it), or tag the StackSet to hand it to vend.`
    });
    return void 0;
  }
  const count = existing.instances.length;
  return draft.add(CHANGE_KINDS.adoptStackSet, reference, {
    before: { name: existing.name },
    after: { ...after, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    scope,
    description: `Adopt existing StackSet ${existing.name}, whose template and parameters are ${baseline.templateFile}'s and organization.yaml's (its ${count} instance${count === 1 ? " is" : "s are"} updated to carry the ${MANAGED_BY_TAG.key} tag)`
  });
}
function settingChanges(draft, existing) {
  const settings = draft.desired.organization.stackSets;
  const changes = [];
  const compare = (name, before, after) => {
    if (before !== void 0 && before !== "" && after !== void 0 && before !== after)
      changes.push({ name, before, after });
  };
  compare("PermissionModel", existing.permissionModel, settings.permissionModel);
  if (settings.permissionModel === "SELF_MANAGED") {
    compare("AdministrationRoleARN", existing.administrationRoleArn, settings.administrationRoleArn);
    compare("ExecutionRoleName", existing.executionRoleName, settings.executionRoleName);
  }
  return changes;
}

// src/plan/plan-stack-sets.ts
function planStackSets(draft) {
  const { namePrefix } = draft.desired.organization.stackSets;
  const observedByName = new Map(draft.observed.stackSets.map((stackSet) => [stackSet.name, stackSet]));
  const declaredNames = new Set(draft.desired.baselines.map((baseline) => stackSetName(namePrefix, baseline.name)));
  const accountNameById = new Map([...draft.existingAccounts].map(([name, account]) => [account.id, name]));
  const instanceChangesByBaseline = /* @__PURE__ */ new Map();
  const removalByBaseline = /* @__PURE__ */ new Map();
  for (const baseline of draft.desired.baselines) {
    const name = stackSetName(namePrefix, baseline.name);
    const reference = stackSetReference(name);
    const existing = observedByName.get(name);
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
    if (existing && settings.some((setting) => setting.name === "PermissionModel")) {
      draft.problems.push({
        target: reference,
        message: `StackSet ${name} is ${existing.permissionModel}, but organization.yaml says ${draft.desired.organization.stackSets.permissionModel}; AWS cannot change the permission model of a StackSet with instances. Set stackSets.permissionModel to ${existing.permissionModel}, or rename the baseline so vend creates a new StackSet.`
      });
      continue;
    }
    if (existing && !existing.managedByVend) {
      stackSetChange = adoptForeignStackSet(draft, baseline, existing, settings, after, scope);
      if (!stackSetChange) continue;
    } else if (!existing) {
      stackSetChange = draft.add(CHANGE_KINDS.createStackSet, reference, {
        before: null,
        after,
        scope,
        // A new baseline of roles and policies changes access in every account it is deployed to.
        highImpact: baselineControlsAccess(baseline.name, baseline.templateBody),
        description: `Create StackSet ${name} from ${baseline.templateFile}`
      });
    } else if (existing.templateBody !== baseline.templateBody || canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) || settings.length > 0) {
      const what = [
        existing.templateBody !== baseline.templateBody ? "template" : "",
        canonicalJson(existing.parameters) !== canonicalJson(baseline.parameters) ? "parameters" : "",
        settings.length > 0 ? "roles" : ""
      ].filter(Boolean).join(" and ");
      const templateChange = existing.templateBody === baseline.templateBody && canonicalJson(existing.parameters) === canonicalJson(baseline.parameters) ? void 0 : compareTemplates(existing, baseline);
      const deleted = templateChange?.deletedResources;
      const instances = `${existing.instances.length} existing instance${existing.instances.length === 1 ? "" : "s"}`;
      stackSetChange = draft.add(CHANGE_KINDS.updateStackSet, reference, {
        before: {
          templateBody: existing.templateBody,
          parameters: existing.parameters,
          ...Object.fromEntries(settings.map((setting) => [setting.name, setting.before]))
        },
        after: { ...after, ...Object.fromEntries(settings.map((setting) => [setting.name, setting.after])) },
        scope: { ...scope, ...Object.fromEntries(settings.map((setting) => [setting.name, setting.after])) },
        // A template that drops resources deletes them in every account the StackSet reaches.
        destructive: templateChange !== void 0 && (deleted === void 0 || deleted.length > 0),
        // New content or parameters for roles and policies change access in every account it reaches, and so does
        // another role deploying them.
        highImpact: settings.length > 0 || baselineControlsAccess(baseline.name, existing.templateBody, baseline.templateBody),
        dependsOn: dependencyChanges,
        description: `Update StackSet ${name}: ${what} changed${updateEffect(templateChange, instances)}`
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
        draft.problems.push({
          target: reference,
          message: `The ${baseline.name} stack instance in ${instance.account} ${instance.region} is INOPERABLE: a deletion failed and left its stack unstable, and CloudFormation excludes it from every further operation. Delete the stack instance with RetainStacks set to true, delete or repair the stack in the account by hand, then plan again.`
        });
      } else if (!overridesMatch(baseline.parameters, current.parameterOverrides, instance.overrides) || !isDone(current.status)) {
        const group = toUpdate.get(key) ?? {
          overrides: instance.overrides,
          targets: [],
          before: /* @__PURE__ */ new Map(),
          notDone: [],
          overridesChange: false
        };
        group.targets.push({ account: instance.account, region: instance.region });
        group.before.set(`${instance.account}/${instance.region}`, current.parameterOverrides);
        if (!isDone(current.status)) group.notDone.push(current.status || "no status");
        if (!overridesMatch(baseline.parameters, current.parameterOverrides, instance.overrides))
          group.overridesChange = true;
        toUpdate.set(key, group);
      }
    }
    const instanceChanges = [];
    for (const [key, group] of [...toAdd].sort(([a], [b]) => compareText(a, b))) {
      group.targets.sort(compareInstanceTargets);
      const accounts = [...new Set(group.targets.map((target) => target.account))];
      instanceChanges.push(
        draft.add(CHANGE_KINDS.addStackInstances, reference, {
          id: `add-stack-instances:${reference}${groupSuffix(key)}`,
          before: null,
          after: { stackSet: name, instances: group.targets, parameterOverrides: group.overrides },
          scope: instanceScope(name, group.overrides, group.targets),
          // Overrides give these accounts roles or policies other than the reviewed StackSet parameters say.
          highImpact: Object.keys(group.overrides).length > 0 && baselineControlsAccess(baseline.name, baseline.templateBody),
          dependsOn: [stackSetChange, ...dependencyChanges, ...accounts.flatMap(accountReadinessChangeIds)],
          description: `Deploy ${baseline.name} to ${group.targets.length} stack instance${group.targets.length === 1 ? "" : "s"} (${accounts.length} account${accounts.length === 1 ? "" : "s"})`,
          accounts
        })
      );
    }
    for (const [key, group] of [...toUpdate].sort(([a], [b]) => compareText(a, b))) {
      group.targets.sort(compareInstanceTargets);
      const accounts = [...new Set(group.targets.map((target) => target.account))];
      const replaced = new Map(
        [...group.before.values()].flatMap(
          (before) => overrideReplacements(baseline.templateBody, baseline.parameters, before ?? {}, group.overrides).filter((resource) => !resource.retained).map((resource) => [resource.logicalId, resource])
        )
      );
      instanceChanges.push(
        draft.add(CHANGE_KINDS.updateStackInstances, reference, {
          id: `update-stack-instances:${reference}${groupSuffix(key)}`,
          before: Object.fromEntries(
            group.targets.map(({ account, region }) => [
              `${account}/${region}`,
              group.before.get(`${account}/${region}`)
            ])
          ),
          after: { stackSet: name, instances: group.targets, parameterOverrides: group.overrides },
          scope: instanceScope(name, group.overrides, group.targets),
          highImpact: group.overridesChange && baselineControlsAccess(baseline.name, baseline.templateBody),
          destructive: replaced.size > 0,
          dependsOn: [stackSetChange, ...dependencyChanges],
          description: `${describeInstanceUpdate(baseline.name, group.targets.length, group.notDone)}${[
            ...replaced.values()
          ].map(
            (resource) => `; ${resource.maybe ? "may replace" : "replaces"} ${resource.logicalId} (${resource.because.join(", ")} changed), deleting the old one`
          ).join("")}`,
          accounts
        })
      );
    }
    const stale = (existing?.instances ?? []).filter((instance) => {
      const account = accountNameById.get(instance.accountId);
      return account !== void 0 && !wantedKeys.has(`${instance.accountId}/${instance.region}`);
    }).sort(compareInstances);
    if (stale.length > 0) {
      const accounts = [...new Set(stale.map((instance) => accountNameById.get(instance.accountId)))];
      removalByBaseline.set(
        baseline.name,
        draft.add(CHANGE_KINDS.removeStackInstances, reference, {
          before: {
            stackSet: name,
            instances: stale.map((instance) => ({
              account: accountNameById.get(instance.accountId),
              accountId: instance.accountId,
              region: instance.region
            }))
          },
          after: null,
          scope: {
            stackSet: name,
            members: stale.map((instance) => `${accountNameById.get(instance.accountId)}/${instance.region}`)
          },
          description: `Remove ${stale.length} ${baseline.name} stack instance${stale.length === 1 ? "" : "s"} (stacks and their resources are deleted)`,
          accounts
        })
      );
      draft.markUpdated(accounts);
    }
    draft.markUpdated(draft.accountsIn(instanceChanges));
    instanceChangesByBaseline.set(baseline.name, instanceChanges);
  }
  removeDependentsFirst(draft, removalByBaseline);
  const retired = draft.observed.stackSets.filter(
    (candidate) => candidate.managedByVend && !declaredNames.has(candidate.name)
  );
  for (const stackSet of retired) {
    const reference = stackSetReference(stackSet.name);
    const instances = [...stackSet.instances].sort(compareInstances);
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
        )
      },
      description: `Remove ${instances.length === 1 ? "the only instance" : `all ${instances.length} instances`} of ${stackSet.name}: its baseline is no longer in the catalogue`,
      accounts
    }) : void 0;
    draft.markUpdated(accounts);
    draft.add(CHANGE_KINDS.deleteStackSet, reference, {
      before: { name: stackSet.name },
      after: null,
      scope: { stackSet: stackSet.name },
      dependsOn: [removeId],
      description: `Delete StackSet ${stackSet.name}: its baseline is no longer in the catalogue`
    });
  }
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
function wantedInstances(draft, baseline) {
  const reachesManagement = stackSetsReachManagementAccount(draft);
  return draft.desired.accounts.filter((account) => !account.closed && account.baselines.includes(baseline.name)).filter((account) => reachesManagement || !draft.isManagementAccount(account.name)).flatMap((account) => {
    const own = account.parameters[baseline.name];
    const overrides = own ? { ...baseline.parameters, ...own } : {};
    return (baseline.regions ?? account.regions).map((region) => ({ account: account.name, region, overrides }));
  });
}
function overridesMatch(stackSetParameters, observed, wanted) {
  if (Object.keys(wanted).length === 0) return Object.keys(observed).length === 0;
  return canonicalJson({ ...stackSetParameters, ...observed }) === canonicalJson(wanted);
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
function describeInstanceUpdate(baseline, count, notDone) {
  const plural = (n) => n === 1 ? "" : "s";
  const statuses = [...new Set(notDone)].sort().join(", ");
  if (notDone.length === count)
    return `Redeploy ${count} ${baseline} instance${plural(count)} whose last deployment did not succeed (${statuses})`;
  const what = `Update parameter overrides of ${count} ${baseline} instance${plural(count)}`;
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
function updateEffect(change, instances) {
  if (change?.deletedResources === void 0 && change !== void 0)
    return `; redeploying ${instances} deletes whatever the new template does not deploy, which cannot be ruled out: ${change.why}`;
  const replaced = new Set(change?.replaced.map((resource) => resource.logicalId) ?? []);
  const dropped = (change?.deletedResources ?? []).filter((logicalId) => !replaced.has(logicalId));
  const effects = [
    ...dropped.length > 0 ? [`deletes ${dropped.length === 1 ? "resource" : "resources"} ${dropped.join(", ")}`] : [],
    ...(change?.replaced ?? []).map(
      (resource) => `${resource.maybe ? "may replace" : "replaces"} ${resource.logicalId} (${resource.because.join(", ")} changed), ${resource.retained ? "keeping the old one (UpdateReplacePolicy: Retain)" : "deleting the old one"}`
    )
  ];
  return effects.length === 0 ? ` (${instances} will be redeployed)` : `; redeploying ${instances} ${effects.join("; ")}`;
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
  planParameterOverrideRecords(draft);
  closeAccountsLast(draft);
  const ordered = orderChanges([...draft.changes.values()]);
  const blastRadius = computeBlastRadius(ordered, desired, observed);
  const changes = flagFarReaching(ordered, blastRadius);
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
    accounts: plannedAccounts(draft),
    organizationalUnits: desired.organizationalUnits.map((unit) => ({
      path: unit.path,
      isNew: !draft.ouIdByPath.has(unit.path)
    })),
    unmanagedAccounts: unmanagedAccounts(draft),
    problems: draft.problems.sort((a, b) => compareText(a.target, b.target) || compareText(a.message, b.message)),
    blastRadius,
    noEchoParameters: noEchoParameters(desired, observed)
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

export {
  repositoryCommit,
  STAGE_OF_KIND,
  accountReadinessChangeIds,
  isAccountReadinessChangeId,
  computePlan,
  repositoryDigest
};
