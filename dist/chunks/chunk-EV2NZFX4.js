import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  policyProblems,
  templateProblems,
  templateRuleProblems
} from "./chunk-GAOTOHXA.js";
import {
  accountTagDifferences,
  attachedElsewhere,
  computePlan,
  shellQuoted
} from "./chunk-IGAP76TN.js";
import {
  inactiveAccountIds
} from "./chunk-ERWZD7JS.js";
import {
  prettyPolicy,
  summarizeTemplateChange,
  templateSummaryLines,
  unifiedDiff
} from "./chunk-M3UDQYU5.js";
import {
  accountsLackingAttachment,
  observedSnapshot,
  scpsInForce
} from "./chunk-FIBX53YH.js";
import {
  readTemplateFacts
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
  AccountsByEmail,
  CHANGE_KINDS,
  PLAN_PROBLEMS,
  accountReference,
  describeTarget,
  organizationalUnitSubtree,
  ouReference,
  resolveOrganizationalUnits,
  stackSetName
} from "./chunk-AA4LRLPW.js";
import {
  expiryInstant,
  reservedTagKey
} from "./chunk-LOLNR32M.js";
import {
  quoted
} from "./chunk-JJIYTWUR.js";
import {
  NAMED_IAM_PROPERTIES,
  namedIamResource
} from "./chunk-PBUMDURM.js";
import {
  CATALOGUE_NAME,
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  ORGANIZATIONAL_UNIT_NAME_RULE,
  ORGANIZATION_FILE,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  RULES,
  SCP_NAME,
  countOf,
  isDeclarableOrganizationalUnitName,
  listNames,
  problemPlace,
  recordedParameterOverrides
} from "./chunk-EFBOC2AA.js";
import {
  visibleLine
} from "./chunk-JWIVJMBW.js";
import {
  findingId,
  makeFinding
} from "./chunk-64E6KWWN.js";
import {
  targetPatternMatches
} from "./chunk-OTXXD2RD.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/drift/renamed-organizational-units.ts
function findRenamedOrganizationalUnits(desired, observed, ouIdByPath) {
  const resolved = new Map(ouIdByPath);
  const declaredIds = new Set(ouIdByPath.values());
  const childrenOf = /* @__PURE__ */ new Map();
  for (const unit of observed.organizationalUnits)
    childrenOf.set(unit.parentId, [...childrenOf.get(unit.parentId) ?? [], unit]);
  const subtree = (id) => {
    const ids = /* @__PURE__ */ new Set([id]);
    for (const current of ids) for (const child of childrenOf.get(current) ?? []) ids.add(child.id);
    return ids;
  };
  const claimed = /* @__PURE__ */ new Set();
  const renamed = [];
  const depth = (path) => path.split("/").length;
  for (const unit of [...desired.organizationalUnits].sort((a, b) => depth(a.path) - depth(b.path))) {
    const parentId = resolved.get(unit.parentPath ?? "");
    if (resolved.has(unit.path) || parentId === void 0) continue;
    const named = (childrenOf.get(parentId) ?? []).filter((child) => child.name === unit.name);
    if (named.length === 1 && !ouIdByPath.has(unit.parentPath ?? "")) {
      resolved.set(unit.path, named[0].id);
      declaredIds.add(named[0].id);
    }
    if (named.length > 0) continue;
    const declaredSiblings = new Set(
      desired.organizationalUnits.filter((other) => other.parentPath === unit.parentPath).map((other) => other.name)
    );
    const beneath = (path) => path === unit.path || path.startsWith(`${unit.path}/`);
    const declaredChildren = new Set(
      desired.organizationalUnits.filter((child) => child.parentPath === unit.path).map((child) => child.name)
    );
    const scored = (childrenOf.get(parentId) ?? []).filter(
      // One with a declared OU's name is that OU or its twin (ou-ambiguous), never this one renamed.
      (candidate) => !declaredIds.has(candidate.id) && !claimed.has(candidate.id) && !declaredSiblings.has(candidate.name)
    ).map((candidate) => {
      const ids = subtree(candidate.id);
      const accounts = { held: [], elsewhere: [], left: [] };
      for (const account of desired.accounts.filter((declared) => !declared.closed && beneath(declared.ou))) {
        const found = observed.accounts.find((o) => o.email.toLowerCase() === account.email.toLowerCase());
        (found === void 0 ? accounts.left : ids.has(found.parentId) ? accounts.held : accounts.elsewhere).push(
          account.name
        );
      }
      const scps = observed.policies.filter(
        (policy) => unit.scps.includes(policy.name) && policy.targetIds.includes(candidate.id)
      ).length;
      const children = (childrenOf.get(candidate.id) ?? []).filter(
        (child) => declaredChildren.has(child.name)
      ).length;
      const tagged = candidate.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
      return { candidate, ids, accounts, tagged, score: accounts.held.length + scps + children + Number(tagged) };
    }).filter(
      (entry) => entry.score > 0 && (entry.accounts.held.length > 0 || entry.accounts.elsewhere.length === 0 || entry.tagged)
    ).sort((a, b) => b.score - a.score || compareText(a.candidate.id, b.candidate.id));
    const [best, runnerUp] = scored;
    if (!best || runnerUp && runnerUp.score === best.score) continue;
    claimed.add(best.candidate.id);
    resolved.set(unit.path, best.candidate.id);
    renamed.push({
      path: unit.path,
      id: best.candidate.id,
      name: best.candidate.name,
      observedPath: best.candidate.path,
      subtreeIds: best.ids,
      accounts: best.accounts,
      tagged: best.tagged
    });
  }
  return renamed;
}

// src/drift/drift-context.ts
var DriftContext = class {
  constructor(desired, observed, plan, checkedOn, expiredExceptions = []) {
    this.desired = desired;
    this.observed = observed;
    this.plan = plan;
    this.checkedOn = checkedOn;
    this.expiredExceptions = expiredExceptions;
    this.live = observedSnapshot(desired, observed);
    const resolved = resolveOrganizationalUnits(desired, observed);
    this.ouIdByPath = resolved.ids;
    this.ambiguousOrganizationalUnits = resolved.ambiguous;
    const twins = new Set(resolved.ambiguous.flatMap(({ ids }) => ids));
    const declaredPaths = new Set(desired.organizationalUnits.map((unit) => unit.path));
    const pathOf = new Map(observed.organizationalUnits.map((unit) => [unit.id, unit.path]));
    this.ambiguousSubtreeIds = new Set(
      [...this.subtreeIds(twins)].filter((id) => twins.has(id) || declaredPaths.has(pathOf.get(id) ?? ""))
    );
    const byEmail = new AccountsByEmail(observed.accounts);
    for (const account of desired.accounts) {
      const existing = byEmail.find(account.email);
      if (existing) {
        this.existingAccounts.set(account.name, existing);
        this.accountNameById.set(existing.id, account.name);
      }
    }
    for (const change of plan.changes) {
      const same = this.changesByKind.get(change.kind) ?? [];
      same.push(change);
      this.changesByKind.set(change.kind, same);
    }
    this.renamed = findRenamedOrganizationalUnits(desired, observed, this.ouIdByPath);
    for (const rename of this.renamed) {
      this.renamedTargetIds.set(rename.id, `ou:${rename.path}`);
      for (const unit of desired.organizationalUnits.filter(
        (candidate) => candidate.path.startsWith(`${rename.path}/`)
      )) {
        let id = rename.id;
        for (const name of unit.path.slice(rename.path.length + 1).split("/")) {
          const children = observed.organizationalUnits.filter((ou) => ou.parentId === id && ou.name === name);
          id = children.length === 1 ? children[0].id : void 0;
          if (id === void 0) break;
        }
        if (id !== void 0) this.renamedTargetIds.set(id, `ou:${unit.path}`);
      }
    }
    for (const [id, target] of this.renamedTargetIds) this.renamedPathIds.set(target.slice("ou:".length), id);
    const scoped = (kind, field) => new Set(this.changesOf(kind).map((change) => String(change.scope[field])));
    this.scpPolicyTypeDisabled = this.changesOf(CHANGE_KINDS.enableScpType).length > 0;
    this.missingScps = scoped(CHANGE_KINDS.createScp, "scp");
    this.missingAccounts = scoped(CHANGE_KINDS.createAccount, "account");
    this.accountsThatLeft = this.changesOf(CHANGE_KINDS.createAccount).filter((change) => creationRequestOf(change) === void 0).map((change) => String(change.scope.account)).sort(compareText);
    this.missingStackSets = scoped(CHANGE_KINDS.createStackSet, "stackSet");
  }
  desired;
  observed;
  plan;
  checkedOn;
  expiredExceptions;
  /** Declared OU path (`''` for the root) → its id in AWS, for the declared OUs that exist. */
  ouIdByPath;
  /** Declared OU paths that several OUs could be (same name, same parent). */
  ambiguousOrganizationalUnits;
  /**
   * The ids of those OUs and of the OUs beneath them at a declared path: which of them is declared cannot be told
   * while the twins stand (ou-ambiguous), so none is called undeclared, and no SCP on one is called stray.
   */
  ambiguousSubtreeIds;
  renamed;
  /**
   * Renamed declared OUs, and the declared OUs beneath them, by their ids in AWS → `ou:<declared path>`. The plan
   * sees them as missing; their SCPs are still compared, by id (renamed-target-scps.ts).
   */
  renamedTargetIds = /* @__PURE__ */ new Map();
  /**
   * The same, by declared path → id: the declared OUs that stand in AWS under another path, renamed or beneath a
   * renamed one. Such an OU is not missing, and an account in it is where main puts it.
   */
  renamedPathIds = /* @__PURE__ */ new Map();
  /** The SCP policy type is off on the root: every SCP attachment the plan makes follows from that one finding. */
  scpPolicyTypeDisabled;
  /** Catalogue SCPs the plan creates: each is one finding, its attachments included. */
  missingScps;
  /** Declared accounts the plan creates: each left the organization (see account-findings.ts). */
  missingAccounts;
  /** Those of missingAccounts that are not being created, by manifest name, sorted: they left, or never were. */
  accountsThatLeft;
  /** StackSets the plan creates: each is one finding, its stack instances included. */
  missingStackSets;
  /** The organization as observed: where accounts are in AWS, not where main puts them. */
  live;
  /** Declared accounts that exist, by manifest name. */
  existingAccounts = /* @__PURE__ */ new Map();
  accountNameById = /* @__PURE__ */ new Map();
  changesByKind = /* @__PURE__ */ new Map();
  /** The declared account a manifest names `name`, or undefined. */
  declaredAccount(name) {
    return this.desired.accounts.find((candidate) => candidate.name === name);
  }
  /** The OUs `ids` and every OU beneath them, by id. */
  subtreeIds(ids) {
    return organizationalUnitSubtree(this.observed.organizationalUnits, ids);
  }
  changesOf(kind) {
    return this.changesByKind.get(kind) ?? [];
  }
  /** A declared OU's id in AWS, found by its path or through a rename on it (renamedPathIds); else undefined. */
  organizationalUnitId(path) {
    return this.ouIdByPath.get(path) ?? this.renamedPathIds.get(path);
  }
  /** Whether a declared OU path lies in a renamed OU's subtree, which its rename finding tells. */
  renamedAt(path) {
    return this.renamed.find((rename) => path === rename.path || path.startsWith(`${rename.path}/`));
  }
  /** The declared OU path a target reference (`root`, `ou:…`) names, or undefined for other targets. */
  organizationalUnitPathOf(target) {
    if (target === "root") return "";
    return target.startsWith("ou:") ? target.slice("ou:".length) : void 0;
  }
  /** A target that does not exist in AWS: an OU the plan creates (or that was renamed) or an account that left. */
  targetIsMissing(target) {
    const path = this.organizationalUnitPathOf(target);
    if (path !== void 0) return path !== "" && !this.ouIdByPath.has(path);
    if (target.startsWith("account:")) return this.missingAccounts.has(target.slice("account:".length));
    return false;
  }
  /**
   * The OUs that could each be the declared OU at `path` while it is in doubt (ou-ambiguous, at it or above it): the
   * observed OUs at that path. Empty when the path is resolved, or no OU is there.
   */
  organizationalUnitsInDoubt(path) {
    if (this.ouIdByPath.has(path)) return [];
    return this.observed.organizationalUnits.filter(
      (unit) => unit.path === path && this.ambiguousSubtreeIds.has(unit.id)
    );
  }
  /** How an account id reads in a finding: `account:<manifest name>`, or `account:<id>` for any other account. */
  accountTarget(accountId) {
    return accountReference(this.accountNameById.get(accountId) ?? accountId);
  }
};
function creationRequestOf(change) {
  return change.before?.createAccountRequestId;
}

// src/drift/foreign-scps.ts
function foreignScpFindings(context, attachments) {
  const declared = declaredTargetIds(context);
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  const known = context.observed.policies.filter(
    (policy) => !policy.awsManaged && !catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value
  ).flatMap(
    (policy) => policy.targetIds.flatMap((id) => {
      const target = declared.get(id);
      return target ? [{ policyId: policy.id, policyName: policy.name, target }] : [];
    })
  );
  const unique = new Map(
    [...known, ...attachments].map((attachment) => [`${attachment.policyId}@${attachment.target}`, attachment])
  );
  const placesOf = policyPlaces(context, [...unique.values()], declared);
  return [...unique.values()].sort((a, b) => compareText(a.target, b.target) || compareText(a.policyName, b.policyName)).map(
    (attachment) => makeFinding(
      "scp-foreign",
      `scp:${scpTargetName(attachment.policyName)}@${attachment.target}`,
      {
        expected: `only the SCPs main declares on ${describeTarget(attachment.target)}`,
        actual: `SCP ${attachment.policyName} (${attachment.policyId}) attached, which vend does not own`,
        restore: "apply leaves it: vend never changes a policy it does not own. Detach it by hand if it should not be there",
        accept: adoptionEdit(context, attachment, placesOf.get(attachment.policyId))
      },
      context.checkedOn
    )
  );
}
function policyPlaces(context, attachments, declared) {
  const places = /* @__PURE__ */ new Map();
  const of = (policyId) => places.get(policyId) ?? places.set(policyId, { declared: [], undeclared: 0 }).get(policyId);
  for (const { policyId, target } of attachments) of(policyId).declared.push(target);
  for (const place of places.values()) place.declared.sort(compareText);
  const targetIds = /* @__PURE__ */ new Map();
  for (const [id, policies] of Object.entries(context.observed.foreignScpsByTarget))
    for (const policy of policies) targetIds.set(policy.id, (targetIds.get(policy.id) ?? /* @__PURE__ */ new Set()).add(id));
  for (const policy of context.observed.policies)
    for (const id of policy.targetIds) targetIds.set(policy.id, (targetIds.get(policy.id) ?? /* @__PURE__ */ new Set()).add(id));
  for (const [policyId, place] of places)
    place.undeclared = [...targetIds.get(policyId) ?? []].filter(
      (id) => !declared.has(id) && id !== context.observed.organization.managementAccountId
    ).length;
  return places;
}
function adoptionEdit(context, { policyId, policyName }, places) {
  const ignore = `add an ignore: entry for this finding to ${ORGANIZATION_FILE}, with the reason it stays`;
  if (!SCP_NAME.test(policyName))
    return `${ignore} (its name is not one the SCP catalogue can hold, so vend cannot take it over as it is)`;
  const listOf = (target) => {
    const manifest = target.startsWith("account:") ? context.desired.accounts.find((account) => `account:${account.name}` === target)?.file : void 0;
    if (target === "root") return `root.scps in ${ORGANIZATION_FILE}`;
    return manifest ? `scps in ${manifest}` : `the scps of ${describeTarget(target)} in ${ORGANIZATION_FILE}`;
  };
  const lists = listNames(places.declared.map(listOf), Infinity);
  const everywhere = places.declared.length > 1 ? ` (every declared target it is attached to: once vend owns it, the plan detaches it wherever it is not listed)` : "";
  const undeclared = places.undeclared > 0 ? ` It stays attached to ${countOf(places.undeclared, "OU or account", "OUs and accounts")} the repository does not declare, which drift then reports as scp-attached-undeclared.` : "";
  const taken = new Set(context.desired.scps.map((scp) => scp.file.replace(/^baselines\//, "")));
  const file = taken.has(`scps/${policyName}.json`) ? `scps/${policyName}-${policyId}.json` : `scps/${policyName}.json`;
  return `to manage it in git, add it to the SCP catalogue (scps: in ${ORGANIZATION_FILE}) as ${policyName}: { file: ${file}, description: \u2026 }, with the description and, in baselines/${file}, the content AWS holds (aws organizations describe-policy --policy-id ${policyId} --query 'Policy.[PolicySummary.Description,Content]' --output text), and list it under ${lists}${everywhere}: the next plan adopts it (tags it ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}) when the content and description are the same. Validate checks them as it checks every catalogue SCP (grammar, size, hidden characters, numbers JavaScript cannot hold): drift does not read them, so if validate refuses them the repository cannot take the policy as it is.${undeclared} To leave it another team's, ${ignore}`;
}
function foreignScpAttachments(context) {
  return [...declaredTargetIds(context)].flatMap(
    ([id, target]) => (context.observed.foreignScpsByTarget[id] ?? []).map((policy) => ({
      policyId: policy.id,
      policyName: policy.name,
      target
    }))
  );
}
function declaredTargetIds(context) {
  const targets = /* @__PURE__ */ new Map([[context.observed.root.id, "root"]]);
  for (const [path, id] of context.ouIdByPath) if (path !== "") targets.set(id, `ou:${path}`);
  for (const [id, target] of context.renamedTargetIds) targets.set(id, target);
  for (const [name, account] of context.existingAccounts)
    if (account.id !== context.observed.organization.managementAccountId) targets.set(account.id, `account:${name}`);
  return targets;
}
function strayAttachmentFindings(context) {
  if (context.scpPolicyTypeDisabled) return [];
  const declared = declaredTargetIds(context);
  for (const id of context.ambiguousSubtreeIds) declared.set(id, "ambiguous");
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  const management = context.observed.organization.managementAccountId;
  const unitById = new Map(context.observed.organizationalUnits.map((unit) => [unit.id, unit]));
  const accountById = new Map(context.observed.accounts.map((account) => [account.id, account]));
  const strayAt = (id) => {
    if (declared.has(id) || id === management) return false;
    const account = accountById.get(id);
    if (account) return account.status === "ACTIVE" && account.tags?.[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value;
    return unitById.has(id);
  };
  return context.observed.policies.filter((policy) => catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value).flatMap(
    (policy) => policy.targetIds.filter(strayAt).map((id) => {
      const unit = unitById.get(id);
      const account = accountById.get(id);
      const where = unit ? `OU ${unit.path} (${id})` : `account ${account.name} (${id})`;
      return makeFinding(
        "scp-attached-undeclared",
        `scp:${scpTargetName(policy.name)}@${unit ? `ou:${unit.path}` : `account:${id}`}`,
        {
          expected: `SCP ${policy.name} attached only where the repository declares it`,
          actual: `attached to ${where}, which the repository does not declare: it acts on ${unit ? "the accounts there" : "that account"}`,
          restore: `apply cannot: it changes nothing where the repository does not declare. Detach it by hand: aws organizations detach-policy --policy-id ${policy.id} --target-id ${id}`,
          accept: `declare ${unit ? "that OU" : "that account"} in the repository with ${policy.name} among its scps (see its own finding for what that takes), or add an ignore: entry for this finding, with the reason it stays`
        },
        context.checkedOn
      );
    })
  ).sort((a, b) => compareText(a.target, b.target));
}
function scpTargetName(name) {
  return name.replace(/%/g, "%25").replace(/@/g, "%40");
}

// src/drift/repository-places.ts
function scpListOf(context, target) {
  if (target === "root") return `root.scps in ${ORGANIZATION_FILE}`;
  if (target.startsWith("ou:")) return `the scps of OU ${target.slice("ou:".length)} in ${ORGANIZATION_FILE}`;
  return `scps in ${manifestOf(context, target.slice("account:".length))}`;
}
function fullAwsAccessSettingOf(context, target) {
  if (target === "root") return `root.fullAWSAccess in ${ORGANIZATION_FILE}`;
  if (target.startsWith("ou:")) return `fullAWSAccess of OU ${target.slice("ou:".length)} in ${ORGANIZATION_FILE}`;
  return `fullAWSAccess in ${manifestOf(context, target.slice("account:".length))}`;
}
function manifestOf(context, account) {
  return context.declaredAccount(account)?.file ?? `accounts/${account}.yaml`;
}
function templateFileOf(context, baseline) {
  const file = context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateFile;
  return underBaselines(file ?? `stacksets/${baseline}.yaml`);
}
function scpFileOf(context, scp) {
  const file = context.desired.scps.find((candidate) => candidate.name === scp)?.file;
  return underBaselines(file ?? `scps/${scp}.json`);
}
function underBaselines(file) {
  return file.startsWith("baselines/") ? file : `baselines/${file}`;
}
var DESTRUCTIVE = "a destructive change: apply carries it out only with allow-destructive";
var HIGH_IMPACT = "a high-impact change: apply carries it out only with allow-high-impact";

// src/drift/stack-set-accepts.ts
function deployedTemplateAccept(context, baseline, body) {
  const file = templateFileOf(context, baseline);
  const [problem] = [
    ...templateProblems(file, body),
    ...templateRuleProblems(baseline, file, body, context.desired.organization.quotas),
    ...namedIamRegionProblem(context, baseline, body)
  ];
  return problem === void 0 ? `copy the deployed template into ${file}` : `none as it is: validate would refuse the deployed template in ${file} (${problem}); restore main's template, or copy it once that is fixed`;
}
function namedIamRegionProblem(context, baseline, body) {
  const facts = readTemplateFacts(body);
  const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
  if (!named) return [];
  const own = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  const several = own ? own.length > 1 : context.desired.accounts.some(
    (account) => !account.closed && account.baselines.includes(baseline) && account.regions.length > 1
  );
  return several ? [
    `${RULES.templateNamedIamSingleRegion}: it names IAM resources (${named.logicalId}), and the baseline deploys to more than one region of an account`
  ] : [];
}
function givingUpStackSet(context, baseline) {
  const { baselines, organizationalUnits, accounts } = context.desired;
  const body = baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? "";
  const facts = readTemplateFacts(body);
  const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
  const dependents = baselines.filter((candidate) => candidate.dependsOn.includes(baseline)).map(({ name }) => name);
  const units = organizationalUnits.filter((unit) => unit.baselines.includes(baseline)).map(({ path }) => path);
  const manifests = accounts.filter(
    (account) => Object.hasOwn(account.parameters, baseline) || (account.waivers?.excludedBaselines.includes(baseline) ?? false) || account.baselines.includes(baseline) && !units.some((path) => account.ou === path || account.ou.startsWith(`${path}/`))
  ).map(({ file }) => file);
  const references = [
    // A manifest under such an OU may list the baseline as well, which the desired state does not tell apart.
    ...units.length > 0 ? [`the baselines of OU ${listNames(units, Infinity)} and of any manifest beneath them that lists it too`] : [],
    ...manifests.length > 0 ? [`its baselines, parameters and excludeBaselines in ${listNames(manifests, Infinity)}`] : [],
    ...dependents.length > 0 ? [`the dependsOn of ${listNames(dependents, Infinity)}, which must then do without it`] : []
  ];
  return `to give the StackSet up, remove baseline ${baseline} from ${ORGANIZATION_FILE}${references.length > 0 ? ` and every name of it (${references.join("; ")})` : ""}: vend then leaves the StackSet and its stacks as they are, deploys nothing in their place, and drift reports the StackSet as stackset-foreign, which an ignore: entry accepts${named ? `. Renaming the baseline instead deploys a second StackSet beside this one, and its template names IAM resources (${named.logicalId}), which already exist wherever this one has stacks, so those fail (AlreadyExists)` : ""}`;
}
function rolesAccept(context, stackSet, roles) {
  const settings = roles.map((role) => role === "ExecutionRoleName" ? "executionRoleName" : "administrationRoleArn").join(" and ");
  const them = roles.length === 1 ? "it" : "them";
  const { namePrefix, executionRoleName } = context.desired.organization.stackSets;
  const execution = roles.includes("ExecutionRoleName") && executionRoleName ? executionRoleName : void 0;
  const exempting = execution ? context.desired.scps.filter((scp) => namesRole(scp.content, execution)).map((scp) => scp.name) : [];
  const naming = execution ? context.desired.baselines.filter(
    (baseline) => Object.values(baseline.parameters).includes(execution) || namesRole(baseline.templateBody, execution)
  ).map((baseline) => baseline.name) : [];
  const caveat = execution ? `; first ${[
    ...exempting.length > 0 ? [
      `read ${exempting.length === 1 ? "SCP" : "SCPs"} ${listNames(exempting)}, which ${exempting.length === 1 ? "names" : "name"} role ${execution}: the deployed role gets no exemption written for that one, so what they deny would deny its operations`
    ] : [],
    ...naming.length > 0 ? [
      `change the role's name where ${naming.length === 1 ? "baseline" : "baselines"} ${listNames(naming)} ${naming.length === 1 ? "names" : "name"} it (its parameters or template), or what they protect stays the old role`
    ] : [],
    `update the bootstrap stack's ExecutionRoleName, since the administration role may assume only the role of that name`
  ].join("; ")}` : "";
  const edit = `set stackSets.${settings} in ${ORGANIZATION_FILE} to the deployed ${roles.length === 1 ? "one" : "ones"}${caveat}`;
  const others = context.desired.baselines.map((baseline) => `${namePrefix}${baseline.name}`).filter((candidate) => candidate !== stackSet);
  if (others.length === 0) return edit;
  return `${edit}. Do so only if every baseline is to run with ${them}: the setting is every StackSet's, so apply then moves ${listNames(others)} onto ${them} too (high impact). For this StackSet alone there is none: restore it`;
}
function acceptOverrides(context, stackSet, instance, baseline, account) {
  const manifest = manifestOf(context, account);
  const declared = context.declaredAccount(account);
  const targeted = new Set(
    context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions ?? declared?.regions ?? []
  );
  const others = (stackSet?.instances ?? []).filter(
    (candidate) => candidate.accountId === instance.accountId && targeted.has(candidate.region) && canonicalJson(candidate.parameterOverrides) !== canonicalJson(instance.parameterOverrides)
  );
  if (others.length > 0) {
    const regions = (list) => listNames(list.map((other) => other.region).sort(compareText));
    const bare = others.filter((other) => Object.keys(other.parameterOverrides).length === 0);
    const carrying = others.filter((other) => Object.keys(other.parameterOverrides).length > 0);
    const differ = [
      ...carrying.length > 0 ? [`in ${regions(carrying)} carry other overrides`] : [],
      ...bare.length > 0 ? [`in ${regions(bare)} carry none`] : []
    ];
    return `none by one manifest edit: its ${baseline} instances ${differ.join(", and ")}, and ${manifest} declares one set for every region; make the instances agree first`;
  }
  return Object.keys(instance.parameterOverrides).length === 0 ? `remove parameters.${baseline} from ${manifest}: the instance has no overrides` : `declare the deployed values under parameters.${baseline} in ${manifest}`;
}
function namesRole(text, name) {
  for (const [, pattern] of text.matchAll(/role\/(?:[\w+=,.@-]*\/)*([\w+=,.@*?-]+)/g)) {
    const glob = new RegExp(
      `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`
    );
    if (glob.test(name)) return true;
  }
  return false;
}

// src/report/effect-details.ts
var HIDDEN_VALUE = "(NoEcho: value not shown)";
var NEWLY_HIDDEN = "NoEcho only from this plan's template change, so not shown: read the values in the repository's files before approving";
function valueChanges(before, after, secret = /* @__PURE__ */ new Set(), newlySecret = /* @__PURE__ */ new Set(), defaults = {
  before: {},
  after: {}
}) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareText);
  return keys.flatMap((key) => {
    const old = Object.hasOwn(before, key) ? before[key] : void 0;
    const next = Object.hasOwn(after, key) ? after[key] : void 0;
    if (old === next) return [];
    const what = old === void 0 ? "set" : next === void 0 ? "removed" : "changed";
    if (newlySecret.has(key)) return [`${key}: ${what} (${NEWLY_HIDDEN})`];
    if (secret.has(key)) return [`${key}: ${what} (NoEcho: ${what === "changed" ? "values" : "value"} not shown)`];
    const unset = (side, word) => side[key] === void 0 ? `(${word})` : `(${word}: default ${quoted(side[key])})`;
    return [
      `${key}: ${old === void 0 ? unset(defaults.before, "not set") : quoted(old)} \u2192 ${next === void 0 ? defaults.removed?.(key) ?? unset(defaults.after, "removed") : quoted(next)}`
    ];
  });
}
function valueAssignments(values, secret = /* @__PURE__ */ new Set(), newlySecret = /* @__PURE__ */ new Set(), first = /* @__PURE__ */ new Set()) {
  return Object.keys(values).sort((a, b) => Number(first.has(b)) - Number(first.has(a)) || compareText(a, b)).map(
    (key) => `${key} = ${newlySecret.has(key) ? `(${NEWLY_HIDDEN})` : secret.has(key) ? HIDDEN_VALUE : quoted(values[key])}`
  );
}
function instanceLines(members2, accountName, first = /* @__PURE__ */ new Set()) {
  const regionsByAccount = /* @__PURE__ */ new Map();
  for (const member of members2) {
    const slash = member.lastIndexOf("/");
    const account = accountName(member.slice(0, slash));
    regionsByAccount.set(account, [...regionsByAccount.get(account) ?? [], member.slice(slash + 1)]);
  }
  const accountsByRegions = /* @__PURE__ */ new Map();
  for (const [account, regions] of regionsByAccount) {
    const key = [...regions].sort(compareText).join(", ");
    accountsByRegions.set(key, [...accountsByRegions.get(key) ?? [], account]);
  }
  return [...accountsByRegions].sort(([a], [b]) => compareText(a, b)).map(([regions, accounts]) => {
    const sorted = [
      ...accounts.filter((account) => first.has(account)).sort(compareText),
      ...accounts.filter((account) => !first.has(account)).sort(compareText)
    ];
    return `${regions}: ${sorted.length > 1 ? `${countOf(sorted.length, "account")}: ` : ""}${listNames(sorted)}`;
  });
}
var agree = (count, singular, plural) => count === 1 ? singular : plural;
function scpReachLines(radius, kind) {
  const { accounts, affected, elsewhere } = radius;
  if (kind === "content") {
    if (accounts.length === 0) return ["it is in force for no account yet"];
    const only = radius.targets.length === 1 && radius.targets[0].startsWith("account:") && accounts.length === 1;
    if (only)
      return [
        `in force for ${describeTarget(radius.targets[0])} alone`,
        ...undeclaredLines(radius.undeclared),
        ...deniedEverythingLines(radius.deniedEverything)
      ];
    return [
      `in force for ${countOf(accounts.length, "account")} through ${listNames(radius.targets.map(describeTarget), 4)}: ${listNames(accounts)}`,
      ...undeclaredLines(radius.undeclared),
      ...deniedEverythingLines(radius.deniedEverything)
    ];
  }
  const target = describeTarget(radius.targets[0] ?? "root");
  const lines = [];
  if (accounts.length === 0) return [`no active account is beneath ${target}`];
  const allow = radius.allowsPerLevel ? ` its Allow at ${target}` : " it";
  if (kind === "attach") {
    lines.push(
      affected.length === accounts.length ? `applies to ${countOf(accounts.length, "account")}: ${listNames(accounts)}` : affected.length === 0 ? "no account gains it" : `${countOf(affected.length, "account")} ${agree(affected.length, "gains", "gain")}${allow}: ${listNames(affected)}`
    );
  } else {
    lines.push(
      affected.length === 0 ? "no account loses it" : `${countOf(affected.length, "account")} ${agree(affected.length, "loses", "lose")}${allow}: ${listNames(affected)}`
    );
  }
  const accountTarget = (radius.targets[0] ?? "").startsWith("account:");
  if (elsewhere.length > 0 && accountTarget)
    lines.push(
      kind === "attach" ? `${target} has it in force today through its OU or the root` : `${target} keeps it through its OU or the root`
    );
  else if (elsewhere.length > 0)
    lines.push(
      kind === "attach" ? (
        // Beneath the target once the plan is applied: a new OU, or one an account moves into, holds it only then.
        `${countOf(elsewhere.length, "other account")} beneath ${target} once the plan is applied ${agree(elsewhere.length, "has", "have")} it in force already, and ${agree(elsewhere.length, "keeps", "keep")} it through another attachment: ${listNames(elsewhere)}`
      ) : `${countOf(elsewhere.length, "other account")} beneath ${target} ${agree(elsewhere.length, "keeps", "keep")} it through another attachment: ${listNames(elsewhere)}`
    );
  const kept = radius.keptThroughThis ?? [];
  if (kept.length > 0 && accountTarget)
    lines.push(
      `${target} keeps it, now through this attachment alone (the plan moves it here, or takes away the attachment that gives it today)`
    );
  else if (kept.length > 0)
    lines.push(
      `${countOf(kept.length, "account")} beneath ${target} ${agree(kept.length, "keeps", "keep")} it, now through this attachment alone (the plan moves ${agree(kept.length, "it", "them")} here, or takes away the attachment that gives it today): ${listNames(kept)}`
    );
  return [
    ...lines,
    ...radius.widensAllowList ? [
      `it allows actions at ${target}, where FullAWSAccess is not attached: the allow list there grows, loosening that guardrail`
    ] : [],
    ...undeclaredLines(radius.undeclared),
    ...deniedEverythingLines(radius.deniedEverything)
  ];
}
function undeclaredLines(accounts) {
  if (!accounts || accounts.length === 0) return [];
  return [
    accounts.length === 1 ? `${accounts[0]} is in no manifest (another team's account?)` : `${accounts.length} of them are in no manifest (other teams' accounts?): ${listNames(accounts)}`
  ];
}
function outsideLines(ids) {
  if (!ids || ids.length === 0) return [];
  const one = ids.length === 1;
  return [
    `${listNames(ids)} ${one ? "is" : "are"} not in the organization (${one ? "it" : "they"} left, or ${one ? "was" : "were"} removed): vend drift reports ${one ? "its instance" : "their instances"} as stack-instance-outside-organization`
  ];
}
function deniedEverythingLines(accounts) {
  if (!accounts || accounts.length === 0) return [];
  return [
    `leaves ${countOf(accounts.length, "account")} with a level where no attached SCP allows anything, so every action in ${agree(accounts.length, "it", "them")} is denied: ${listNames(accounts)}`
  ];
}
function stackSetReachLines(radius) {
  const added = radius.added ?? [];
  const addedAccounts = new Set(added.map((instance) => instance.slice(0, instance.lastIndexOf("/")))).size;
  const adding = added.length > 0 ? [
    `${radius.instances.length === 0 ? "deploys it" : "and deploys it"} to ${countOf(added.length, "new stack instance")} in ${countOf(addedAccounts, "account")} this plan adds:`,
    ...instanceLines(added, (account) => account, /* @__PURE__ */ new Set()).map((line) => `  ${line}`),
    ...Object.entries(radius.addedOverriding ?? {}).map(
      ([parameter, accounts]) => `${countOf(accounts.length, "of these accounts", "of these accounts")} ${agree(accounts.length, "overrides", "override")} ${parameter}, so ${agree(accounts.length, "its new instances take its", "their new instances take their")} own value, not the new one: ${listNames(accounts)}`
    )
  ] : [];
  const skipped = radius.skipped ?? 0;
  const skipping = skipped === 0 ? [] : radius.instances.length > 0 || added.length > 0 ? [
    skipped === 1 ? "not the stack instance in a suspended or closing account, which StackSet operations skip" : `not the ${skipped} stack instances in suspended or closing accounts, which StackSet operations skip`
  ] : [
    skipped === 1 ? "its only stack instance is in a suspended or closing account, which StackSet operations skip" : `its ${skipped} stack instances are all in suspended or closing accounts, which StackSet operations skip`
  ];
  if (radius.instances.length === 0)
    return added.length > 0 ? [...adding, ...skipping] : skipped > 0 ? skipping : ["it has no stack instances yet"];
  return [
    `redeploys ${countOf(radius.instances.length, "stack instance")} in ${countOf(radius.accounts.length, "account")}:`,
    ...instanceLines(radius.instances, (account) => account, new Set(radius.undeclared)).map((line) => `  ${line}`),
    ...skipping,
    ...radius.management ? [
      `${radius.management} is the management account, which no manifest declares: roles there act over the whole organization, and no SCP limits them`
    ] : [],
    ...outsideLines(radius.outsideOrganization),
    ...undeclaredLines(
      radius.undeclared?.filter(
        (account) => account !== radius.management && !radius.outsideOrganization?.includes(account)
      )
    ),
    ...Object.entries(radius.overriddenBy ?? {}).map(
      ([parameter, accounts]) => accounts.length === radius.accounts.length ? accounts.length === 1 ? `that account overrides ${parameter} and keeps its own value` : `every one of them overrides ${parameter}, so none takes its new value` : `${countOf(accounts.length, "account")} ${agree(accounts.length, "overrides", "override")} ${parameter} and ${agree(accounts.length, "keeps its", "keep their")} own value: ${listNames(accounts)}`
    ),
    // Overrides are set after the StackSet update (UpdateStackInstances depends on UpdateStackSet).
    ...Object.entries(radius.overriddenLater ?? {}).map(
      ([parameter, accounts]) => `${countOf(accounts.length, "account")} ${agree(accounts.length, "gets", "get")} the new value of ${parameter} first, until the override this plan sets after the update gives ${agree(accounts.length, "it its", "them their")} own: ${listNames(accounts)}`
    ),
    ...adding
  ];
}
function moveLines(radius, foreign = /* @__PURE__ */ new Set()) {
  const named = (verb, noun, names) => names.length > 0 ? [`${verb} ${noun}${names.length === 1 ? "" : "s"} ${names.join(", ")}`] : [];
  const scps = (names) => names.map((name) => foreign.has(name) ? `${name} (not vend's)` : name);
  const lines = [
    ...named("gains", "SCP", scps(radius.gains.scps)),
    ...named("loses", "SCP", scps(radius.loses.scps)),
    ...named("gains", "baseline", radius.gains.baselines),
    ...named("loses", "baseline", radius.loses.baselines),
    ...radius.untilDetached && radius.untilDetached.length > 0 ? [
      `is under ${radius.untilDetached.length === 1 ? "SCP" : "SCPs"} ${radius.untilDetached.join(", ")} until ${radius.untilDetached.length === 1 ? "its detachment runs" : "their detachments run"} (destructive, last; refused without allow-destructive, ${radius.untilDetached.length === 1 ? "it stays" : "they stay"})`
    ] : [],
    ...radius.deniedEverythingAt && radius.deniedEverythingAt.length > 0 ? [
      `no SCP attached to ${listNames(radius.deniedEverythingAt.map(describeTarget))} allows anything: every action in the account is denied`
    ] : [],
    ...radius.leavesDeniedEverythingAt && radius.leavesDeniedEverythingAt.length > 0 ? [
      `leaves ${listNames(radius.leavesDeniedEverythingAt.map(describeTarget))}, where no attached SCP allows anything: every action denied there today is allowed again as far as the SCPs of its new path allow`
    ] : []
  ];
  return lines.length > 0 ? lines : ["keeps the same SCPs in force and the same baselines"];
}
function tellingDetailIndices(details, count) {
  const isHeading = (index) => details[index].endsWith(":") && (details[index + 1] ?? "").startsWith("  ");
  const items = details.map((_, index) => index).filter((index) => !isHeading(index));
  const rank = (line) => line.includes(" \u2192 ") && !/^\s*\S+: \(not set\) → /.test(line) ? 0 : /\barn:|\b\d{12}\b/.test(line) ? 1 : 2;
  const first = items[0] !== void 0 && !details[items[0]].startsWith("  ") ? [items[0]] : [];
  const rest = items.slice(first.length);
  const chosen = [
    ...first,
    ...[0, 1, 2].flatMap((tier) => rest.filter((index) => rank(details[index]) === tier))
  ].slice(0, count);
  const kept = new Set(chosen);
  for (const index of chosen) {
    if (!details[index].startsWith("  ")) continue;
    let heading = index - 1;
    while (heading >= 0 && details[heading].startsWith("  ")) heading--;
    if (heading >= 0 && isHeading(heading)) kept.add(heading);
  }
  return kept;
}

// src/drift/missing-instance-findings.ts
function missingInstanceFindings(context, change) {
  const name = String(change.scope.stackSet);
  if (context.missingStackSets.has(name)) return [];
  const baseline = baselineOf(context, name);
  return members(change).filter(({ account }) => !context.missingAccounts.has(account)).map(
    ({ account, region }) => makeFinding(
      "stack-instance-missing",
      instanceTarget(name, `account:${account}`, region),
      {
        expected: `the ${baseline} stack instance in ${account} ${region}`,
        actual: "no stack instance",
        restore: restoreMissing(context, baseline, account, region),
        accept: acceptMissing(context, baseline, account, region)
      },
      context.checkedOn
    )
  );
}
function restoreMissing(context, baseline, account, region) {
  const named = namedIamResource2(context, baseline);
  if (!named) return "apply deploys it";
  return `apply deploys it, unless the instance was removed keeping its stack (RetainStacks): that stack in ${account} ${region} still holds the IAM resources the template names (${named}), so the deploy fails (EntityAlreadyExists) until the stack is deleted in the account`;
}
function namedIamResource2(context, baseline) {
  const facts = readTemplateFacts(
    context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? ""
  );
  return facts?.resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    return property !== void 0 && resource.properties[property] !== void 0;
  })?.logicalId;
}
function acceptMissing(context, baseline, account, region) {
  const manifest = manifestOf(context, account);
  const declared = context.declaredAccount(account);
  const dependents = context.desired.baselines.filter(
    (candidate) => candidate.dependsOn.includes(baseline) && (declared?.baselines.includes(candidate.name) ?? false)
  ).map((candidate) => candidate.name);
  const ownRegions = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  const fixedRegions = ownRegions !== void 0;
  const regions = declared?.regions ?? [];
  const elsewhere = (ownRegions ?? regions).filter((candidate) => candidate !== region);
  const removes = elsewhere.length > 0 ? `, which also makes apply remove its ${elsewhere.length === 1 ? "instance" : "instances"} in ${listNames(elsewhere)} (destructive)` : "";
  const inherited = context.desired.organizationalUnits.some(
    (unit) => unit.baselines.includes(baseline) && declared !== void 0 && (declared.ou === unit.path || declared.ou.startsWith(`${unit.path}/`))
  );
  const leaveOut = inherited ? `leave ${baseline} out for ${account} in ${manifest} (excludeBaselines, with a baseline-opt-out exception)` : `remove ${baseline} from baselines in ${manifest}`;
  const alsoLeaving = (declared?.baselines ?? []).filter(
    (name) => name !== baseline && context.desired.baselines.find((candidate) => candidate.name === name)?.regions === void 0
  );
  const dropRegion = !fixedRegions && regions.length > 1 && regions.includes(region) ? `; or set its regions to [${regions.filter((candidate) => candidate !== region).join(", ")}]${alsoLeaving.length > 0 ? `, which also makes apply remove the instances of ${listNames(alsoLeaving, Infinity)} in ${region} (destructive)` : ""}` : "";
  return dependents.length > 0 ? `none while ${listNames(dependents)} ${dependents.length === 1 ? "stays" : "stay"} there: ${dependents.length === 1 ? "it depends" : "they depend"} on ${baseline}, and validate refuses one without the other (baseline-reference). Leaving all of them out of ${account} (excludeBaselines in ${manifest}, with a baseline-opt-out exception) makes apply remove ${dependents.length === 1 ? "its instances" : "their instances"} too` : `${leaveOut}${removes}${dropRegion}`;
}

// src/drift/stack-set-findings.ts
function missingStackSetFinding(context, change) {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  const named = namedIamResource2(context, baseline);
  return makeFinding(
    "stackset-missing",
    change.target,
    {
      expected: `StackSet ${name} from ${templateFileOf(context, baseline)}`,
      actual: `no StackSet named ${name}`,
      restore: named ? `apply creates it and deploys its stack instances again, unless its instances were removed keeping their stacks (RetainStacks): those stacks still hold the IAM resources the template names (${named}), so the deploy fails (EntityAlreadyExists) in every such account until its stack is deleted there` : "apply creates it and deploys its stack instances again",
      accept: `remove baseline ${baseline} from the baselines catalogue of ${ORGANIZATION_FILE}, and from every OU and account that names it`
    },
    context.checkedOn
  );
}
var FINDING_DIFF_LINES = 120;
var FINDING_RESOURCE_NAMES = 20;
function stackSetUpdateFindings(context, change) {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  const before = change.before;
  const after = change.after;
  const inactive = inactiveAccountIds(context.observed.accounts);
  const instances = context.observed.stackSets.find((stackSet) => stackSet.name === name)?.instances.filter((instance) => !inactive.has(instance.accountId)).length ?? 0;
  const radius = context.plan.blastRadius.find((entry) => entry.changeId === change.id);
  const undeclared = radius?.kind === "stackset" ? radius.undeclared ?? [] : [];
  const redeploys = `redeploys its ${countOf(instances, "stack instance")}${undeclared.length > 0 ? `, ${undeclared.length === 1 ? "one" : undeclared.length} of them in ${undeclared.length === 1 ? "an account" : "accounts"} no manifest declares (${listNames(undeclared)}), whose stacks it rewrites too` : ""}`;
  const findings = [];
  if (before.templateBody !== after.templateBody) {
    const secret = context.plan.noEchoParameters[name] ?? [];
    const { lines } = unifiedDiff(
      maskNoEchoDefaults(after.templateBody, secret),
      maskNoEchoDefaults(before.templateBody, secret, after.templateBody)
    );
    const omitted = lines.length - FINDING_DIFF_LINES;
    const summary = templateSummaryLines(
      summarizeTemplateChange(after.templateBody, before.templateBody),
      FINDING_RESOURCE_NAMES
    );
    const size = Buffer.byteLength(before.templateBody, "utf8");
    const limit = context.desired.organization.quotas.templateBodySize;
    findings.push(
      makeFinding(
        "stackset-template",
        change.target,
        {
          expected: `the template of ${templateFileOf(context, baseline)}`,
          actual: `another template${summary.length > 0 ? `: ${summary.map((line) => line.replace(/^template /, "")).join("; ")}` : ""} (the diff turns main\u2019s template into the deployed one)`,
          restore: `apply updates the StackSet with main\u2019s template and ${redeploys}`,
          accept: size > limit ? `none as it is: the deployed template is ${size.toLocaleString("en-US")} bytes, over the ${limit.toLocaleString("en-US")} vend sends inline (quota templateBodySize), so validate would refuse it in ${templateFileOf(context, baseline)}; restore main's template, or split the baseline` : deployedTemplateAccept(context, baseline, before.templateBody),
          details: [
            ...lines.slice(0, FINDING_DIFF_LINES),
            ...omitted > 0 ? [`\u2026 ${countOf(omitted, "more line")} of diff`] : []
          ]
        },
        context.checkedOn
      )
    );
  }
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)])].filter((key) => before.parameters[key] !== after.parameters[key]).sort(compareText);
  if (keys.length > 0) {
    const secret = new Set(context.plan.noEchoParameters[name] ?? []);
    const declared = /* @__PURE__ */ new Set([...parameterNamesIn(before.templateBody), ...parameterNamesIn(after.templateBody)]);
    const show = (values, templateBody) => {
      const defaults = parameterDefaultsIn(templateBody);
      return keys.map(
        (key) => values[key] !== void 0 && secret.has(key) && !declared.has(key) ? `${key}=(value not shown: no template declares it)` : `${key}=${parameterValue(values[key], secret.has(key), secret.has(key) ? void 0 : defaults[key])}`
      ).join(", ");
    };
    findings.push(
      makeFinding(
        "stackset-parameters",
        change.target,
        {
          expected: show(after.parameters, after.templateBody),
          actual: show(before.parameters, before.templateBody),
          restore: `apply sets main\u2019s parameters again and ${redeploys}`,
          accept: `set the parameters of baseline ${baseline} in ${ORGANIZATION_FILE} to the deployed ones`
        },
        context.checkedOn
      )
    );
  }
  const roles = ["AdministrationRoleARN", "ExecutionRoleName"].filter(
    (role) => typeof after[role] === "string" && before[role] !== after[role]
  );
  if (roles.length > 0)
    findings.push(
      makeFinding(
        "stackset-roles",
        change.target,
        {
          expected: roles.map((role) => `${role} ${String(after[role])}`).join(", "),
          actual: roles.map((role) => `${role} ${String(before[role])}`).join(", "),
          restore: `apply sets main\u2019s roles again and ${redeploys}`,
          accept: rolesAccept(context, name, roles)
        },
        context.checkedOn
      )
    );
  if (before.AutoDeployment !== void 0 && before.AutoDeployment !== after.AutoDeployment)
    findings.push(
      makeFinding(
        "stackset-auto-deployment",
        change.target,
        {
          expected: "automatic deployment off: vend deploys per manifest",
          actual: `automatic deployment ${String(before.AutoDeployment).toLowerCase()}: CloudFormation deploys to, and deletes from, accounts as they move in and out of the target OUs, with no plan to review`,
          restore: `apply turns it off, and ${redeploys}`,
          accept: `none in vend, which keeps it off. To hand the StackSet to automatic deployment, remove its ${MANAGED_BY_TAG.key} tag in AWS (vend then leaves it alone) and remove baseline ${baseline} from ${ORGANIZATION_FILE}; removing the baseline with the tag still on makes apply delete the StackSet and its instances (destructive)`
        },
        context.checkedOn
      )
    );
  return findings;
}
function stackSetAdoptionFinding(context, change) {
  const name = String(change.scope.stackSet);
  return makeFinding(
    "stackset-ownership-tag",
    change.target,
    {
      expected: `StackSet ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: `StackSet ${name} is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; its template and parameters are still main\u2019s`,
      restore: "apply tags it again (its plan shows this as adopting the StackSet), redeploying its instances unchanged",
      accept: givingUpStackSet(context, baselineOf(context, name))
    },
    context.checkedOn
  );
}
function updatedInstanceFindings(context, change) {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  const stackSet = context.observed.stackSets.find((candidate) => candidate.name === name);
  const wanted = change.after.parameterOverrides ?? {};
  const secret = new Set(context.plan.noEchoParameters[name] ?? []);
  return members(change).flatMap(({ account, region }) => {
    const accountId = context.existingAccounts.get(account)?.id;
    const instance = stackSet?.instances.find(
      (candidate) => candidate.accountId === accountId && candidate.region === region
    );
    if (!instance) return [];
    const target = instanceTarget(name, `account:${account}`, region);
    const findings = [];
    if (!["SUCCEEDED", "CURRENT"].includes(instance.status))
      findings.push(
        makeFinding(
          "stack-instance-failed",
          target,
          {
            expected: "its last deployment SUCCEEDED",
            actual: `${instance.status || "no status"}${instance.statusReason ? `: ${instance.statusReason}` : ""}`,
            restore: "apply redeploys it",
            // The edit a missing instance's finding proposes, which says what validate needs for it
            // (excludeBaselines takes a baseline-opt-out exception) and what else it removes.
            accept: `if it cannot deploy there: ${acceptMissing(context, baseline, account, region)}`
          },
          context.checkedOn
        )
      );
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(wanted), ...Object.keys(instance.parameterOverrides)])].filter((key) => wanted[key] !== instance.parameterOverrides[key]).sort(compareText);
    if (keys.length > 0) {
      const inEffect = (values, key) => values[key] ?? stackSet?.parameters[key] ?? void 0;
      const differing = keys.filter((key) => inEffect(wanted, key) !== inEffect(instance.parameterOverrides, key));
      const listed = differing.length > 0 ? differing : keys;
      const show = (values) => Object.keys(values).length === 0 ? "no overrides" : listed.map(
        (key) => (
          // Not set: the instance takes the StackSet's value, which may itself have drifted from main's.
          values[key] === void 0 && stackSet?.parameters[key] !== void 0 ? `${key}=(not set: the StackSet's ${parameterValue(stackSet.parameters[key], secret.has(key))})` : `${key}=${parameterValue(values[key], secret.has(key))}`
        )
      ).join(", ");
      const declared = context.declaredAccount(account)?.parameters[baseline];
      const declaredKeys = Object.keys(declared ?? {}).sort(compareText);
      const carried = Object.keys(wanted).length > declaredKeys.length;
      const expected = declaredKeys.length === 0 ? `no overrides${carried ? " of its own (organization.yaml\u2019s values)" : ""}` : `${declaredKeys.map((key) => `${key}=${parameterValue(declared[key], secret.has(key))}`).join(", ")}, as the manifest declares${carried ? "; every other parameter at organization.yaml\u2019s value" : ""}`;
      findings.push(
        makeFinding(
          "stack-instance-overrides",
          target,
          {
            expected,
            actual: show(instance.parameterOverrides),
            restore: appliesOverrides(context, account, baseline) ? "apply sets the declared overrides, and the others to organization.yaml\u2019s values" : `apply does not see it: a plan reads an instance\u2019s overrides only where the manifest declares some for ${baseline} or the account\u2019s ${PARAMETER_OVERRIDES_TAG} tag records them, and neither does here. Reset it by hand: UpdateStackInstances for this instance with ParameterOverrides listing every override it keeps and leaving out ${keys.join(", ")} (--parameter-overrides '[]' when none is kept; a call without ParameterOverrides changes none), or add ${baseline} to that tag's value so the next plan resets it`,
            accept: acceptOverrides(context, stackSet, instance, baseline, account)
          },
          context.checkedOn
        )
      );
    }
    return findings;
  });
}
function appliesOverrides(context, account, baseline) {
  const declared = context.declaredAccount(account)?.parameters[baseline];
  const tags = context.existingAccounts.get(account)?.tags;
  return declared !== void 0 || recordedParameterOverrides(tags).includes(baseline);
}
function undeclaredStackSetFinding(context, change) {
  const name = String(change.scope.stackSet);
  const instances = context.observed.stackSets.find((stackSet) => stackSet.name === name)?.instances.length ?? 0;
  const baseline = baselineOf(context, name);
  return makeFinding(
    "stackset-undeclared",
    change.target,
    {
      expected: `no StackSet ${name}: the baselines catalogue does not name ${baseline === "" ? "one for it" : baseline}`,
      actual: `StackSet ${name} with ${countOf(instances, "stack instance")}`,
      restore: `apply ${instances > 0 ? "removes its instances and deletes it" : "deletes it"}; ${DESTRUCTIVE}`,
      // A StackSet cannot be renamed: one whose name holds no catalogue name cannot be declared as it is.
      accept: CATALOGUE_NAME.test(baseline) ? `declare baseline ${baseline} in the baselines catalogue of ${ORGANIZATION_FILE}, with the template the StackSet deploys and the accounts it reaches` : `none as it is: '${baseline}' cannot name a baseline (a catalogue name is 1-64 lowercase letters, digits and hyphens, starting with a letter); remove its ${MANAGED_BY_TAG.key} tag to leave it to its owner, or let apply delete it`
    },
    context.checkedOn
  );
}
function foreignStackSetFindings(context) {
  const prefix = context.desired.organization.stackSets.namePrefix;
  const catalogue = new Set(context.desired.baselines.map((baseline) => `${prefix}${baseline.name}`));
  return context.observed.stackSets.filter((stackSet) => !stackSet.managedByVend && !catalogue.has(stackSet.name)).map(
    (stackSet) => makeFinding(
      "stackset-foreign",
      `stackset:${stackSet.name}`,
      {
        expected: `no StackSet named with ${prefix} but vend's`,
        actual: `StackSet ${stackSet.name}, not tagged ManagedBy=vend${stackSet.administrationRoleArn ? `, administered by ${stackSet.administrationRoleArn}` : ""}`,
        restore: "apply leaves it: vend never changes a StackSet it does not own. Rename or delete it by hand",
        accept: `add an ignore: entry for this finding to ${ORGANIZATION_FILE}, with the reason it stays`
      },
      context.checkedOn
    )
  );
}
function inoperableInstanceFindings(context, stackSetName2) {
  const stackSet = context.observed.stackSets.find((candidate) => candidate.name === stackSetName2);
  return (stackSet?.instances ?? []).filter((instance) => instance.status === "INOPERABLE").map(
    (instance) => makeFinding(
      "stack-instance-inoperable",
      instanceTarget(stackSetName2, context.accountTarget(instance.accountId), instance.region),
      {
        expected: "a stack instance CloudFormation can update",
        actual: `INOPERABLE${instance.statusReason ? `: ${instance.statusReason}` : ""}`,
        restore: "apply cannot: CloudFormation leaves it out of every operation. Delete the instance with RetainStacks, repair or delete its stack by hand, then apply",
        accept: "none"
      },
      context.checkedOn
    )
  );
}
function instanceTarget(stackSet, account, region) {
  return `stackset:${stackSet}@${account}/${region}`;
}
function members(change) {
  return (change.scope.members ?? []).map((member) => {
    const slash = member.lastIndexOf("/");
    return { account: member.slice(0, slash), region: member.slice(slash + 1) };
  });
}
function baselineOf(context, stackSet) {
  return stackSet.slice(context.desired.organization.stackSets.namePrefix.length);
}
function parameterValue(value, secret, templateDefault) {
  if (value === void 0)
    return templateDefault === void 0 ? "(not set)" : `(not set: template default ${quoted(templateDefault)})`;
  return secret ? HIDDEN_VALUE : quoted(value);
}

// src/drift/unowned-stack-set-findings.ts
var UNTAGGED_RESTORE = `apply changes no StackSet it does not own: once it is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again, `;
function unownedStackSetFindings(context, problem) {
  if (problem.rule !== PLAN_PROBLEMS.stackSetNotOwned) return [];
  const name = problem.target.slice("stackset:".length);
  const observed = context.observed.stackSets.find((stackSet) => stackSet.name === name);
  const baseline = context.desired.baselines.find((candidate) => candidate.name === baselineOf(context, name));
  if (!observed || !baseline) return [];
  return [
    makeFinding(
      "stackset-ownership-tag",
      problem.target,
      {
        expected: `StackSet ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
        actual: `StackSet ${name} is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and holds another template or other parameters than main, so vend will not change it`,
        restore: `apply cannot: it changes no StackSet it does not own. Tag the StackSet ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again if it is vend\u2019s, then apply`,
        accept: givingUpStackSet(context, baseline.name)
      },
      context.checkedOn
    )
  ];
}
function untaggedStackSetsNotChecked(context) {
  const declared = new Set(
    context.desired.baselines.map((baseline) => `${context.desired.organization.stackSets.namePrefix}${baseline.name}`)
  );
  return context.observed.stackSets.filter((stackSet) => !stackSet.managedByVend && declared.has(stackSet.name)).map((stackSet) => ({
    target: `stackset:${stackSet.name}`,
    what: "resource drift",
    reason: `the StackSet is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and drift starts no detection on a StackSet vend does not own`
  }));
}

// src/drift/unwanted-instance-findings.ts
function untargetedInstanceFindings(context, change) {
  const name = String(change.scope.stackSet);
  const baseline = baselineOf(context, name);
  if (!context.desired.baselines.some((candidate) => candidate.name === baseline)) return [];
  const closing = new Set(context.changesOf(CHANGE_KINDS.closeAccount).map((close) => String(close.scope.account)));
  return members(change).flatMap(({ account, region }) => {
    if (closing.has(account)) return [];
    const target = instanceTarget(name, `account:${account}`, region);
    return [
      makeFinding(
        "stack-instance-untargeted",
        target,
        {
          expected: `no ${baseline} stack instance in ${account} ${region}`,
          actual: "a stack instance",
          restore: `apply removes it, with its stack and resources; ${DESTRUCTIVE}`,
          accept: keepingEdit(context, account, baseline, region)
        },
        context.checkedOn
      )
    ];
  });
}
function keepingEdit(context, account, baseline, region) {
  const manifest = manifestOf(context, account);
  const declared = context.desired.accounts.find((candidate) => candidate.name === account);
  const fixed = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  const allowed = context.desired.organization.allowedRegions.includes(region) ? [] : [`add ${region} to allowedRegions in ${ORGANIZATION_FILE}`];
  if (fixed && !fixed.includes(region)) {
    const body = context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? "";
    const facts = readTemplateFacts(body);
    const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
    if (named)
      return `none: baseline ${baseline} deploys only to its own regions (${listNames(fixed, Infinity)}), whatever an account's regions, and its template names IAM resources (${named.logicalId}), which are global, so it can have one region only (rule template-named-iam-single-region)`;
    return `none in ${manifest}: baseline ${baseline} deploys only to its own regions (${listNames(fixed, Infinity)}), whatever an account's regions; to keep it, ${[...allowed, `add ${region} to its regions in ${ORGANIZATION_FILE}`].join(", then ")}, which deploys it there in every account that has it`;
  }
  if (!declared) return `give ${account} the baseline ${baseline} in ${region} in ${manifest}`;
  const edits = [
    ...declared.waivers?.excludedBaselines.includes(baseline) ? [`remove ${baseline} from excludeBaselines`] : declared.baselines.includes(baseline) ? [] : [`add ${baseline} to baselines`],
    ...fixed || declared.regions.includes(region) ? [] : [
      `set regions to [${[...declared.regions, region].join(", ")}], which also deploys there its other baselines that have no regions of their own`
    ]
  ];
  if (edits.length === 0) return `give ${account} the baseline ${baseline} in ${region} in ${manifest}`;
  const overrides = Object.keys(declared.parameters[baseline] ?? {}).sort(compareText);
  const reconciled = overrides.length > 0 ? `; the instance then takes the overrides ${manifest} sets for ${baseline} (${listNames(overrides, Infinity)}), an update of its own` : handSetOverrides(context, baseline, context.existingAccounts.get(account)?.id, region, manifest);
  return `${[...allowed, `in ${manifest}, ${edits.join(" and ")}`].join(", then ")}${reconciled}`;
}
function handSetOverrides(context, baseline, accountId, region, manifest) {
  const name = `${context.desired.organization.stackSets.namePrefix}${baseline}`;
  const inAccount = context.observed.stackSets.find((stackSet) => stackSet.name === name)?.instances.filter((candidate) => candidate.accountId === accountId) ?? [];
  const instance = inAccount.find((candidate) => candidate.region === region);
  const keys = Object.keys(instance?.parameterOverrides ?? {}).sort(compareText);
  if (keys.length === 0) return "";
  const sets = new Set(inAccount.map((candidate) => canonicalJson(candidate.parameterOverrides)));
  if (sets.size > 1)
    return `; its ${baseline} instances in ${listNames(
      inAccount.map((candidate) => candidate.region),
      Infinity
    )} carry different overrides set outside the repository (${listNames(keys, Infinity)} here), and a manifest holds one set per baseline for all its regions: make them the same in AWS first, then declare them under parameters.${baseline} in ${manifest}`;
  return `; it carries overrides set outside the repository (${listNames(keys, Infinity)}): declare them under parameters.${baseline} in ${manifest} to keep them as they are`;
}
function declaringEdit(context, baseline, region, accountId) {
  const { defaultRegions, allowedRegions } = context.desired.organization;
  const fixed = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  if (fixed && !fixed.includes(region))
    return `none by declaring the account: baseline ${baseline} deploys only to its own regions (${listNames(fixed, Infinity)}), so apply would deploy it there and remove this instance (destructive)`;
  const regions = fixed || defaultRegions.includes(region) ? "" : ` and ${region} among its regions${allowedRegions.includes(region) ? "" : ` (after adding ${region} to allowedRegions in ${ORGANIZATION_FILE})`}, as defaultRegions does not hold it`;
  const needs = dependenciesOf(context, baseline);
  const baselines = needs.length > 0 ? `baselines ${listNames([...needs, baseline], Infinity)} (${baseline} depends on ${needs.length === 1 ? "the other" : "the others"})` : `baseline ${baseline}`;
  return `declare the account in accounts/ with ${baselines}${regions}, in an OU whose own baselines it is to get too${handSetOverrides(context, baseline, accountId, region, "its manifest")}`;
}
function dependenciesOf(context, baseline) {
  const byName = new Map(context.desired.baselines.map((candidate) => [candidate.name, candidate]));
  const found = /* @__PURE__ */ new Set();
  const visit = (name) => {
    for (const dependency of byName.get(name)?.dependsOn ?? [])
      if (!found.has(dependency)) {
        found.add(dependency);
        visit(dependency);
      }
  };
  visit(baseline);
  return context.desired.baselines.map((candidate) => candidate.name).filter((name) => found.has(name));
}
function closedManifestExpects(context, baseline, account, region) {
  return `no ${baseline} stack instance in ${account} ${region}: ${manifestOf(context, account)} sets closed: true`;
}
function instancesInClosedAccountsFindings(context) {
  const closedById = new Map(
    context.desired.accounts.flatMap((account) => {
      const observed = context.existingAccounts.get(account.name);
      return account.closed && observed !== void 0 && observed.status !== "ACTIVE" ? [[observed.id, { account: account.name, status: observed.status }]] : [];
    })
  );
  return context.observed.stackSets.filter((stackSet) => stackSet.managedByVend).flatMap(
    (stackSet) => stackSet.instances.flatMap((instance) => {
      const closed = closedById.get(instance.accountId);
      if (!closed) return [];
      return [
        makeFinding(
          "stack-instance-untargeted",
          instanceTarget(stackSet.name, `account:${closed.account}`, instance.region),
          {
            ...suspendedAccountInstance(stackSet.name, instance, closed.status, "planned"),
            expected: closedManifestExpects(
              context,
              baselineOf(context, stackSet.name),
              closed.account,
              instance.region
            )
          },
          context.checkedOn
        )
      ];
    })
  );
}
function instancesOutsideOrganization(context) {
  const inOrganization = new Set(context.observed.accounts.map((account) => account.id));
  return context.observed.stackSets.flatMap(
    (stackSet) => stackSet.instances.filter((instance) => !inOrganization.has(instance.accountId)).map((instance) => ({ stackSet: stackSet.name, instance }))
  );
}
function instancesOutsideOrganizationFindings(context) {
  const left = context.accountsThatLeft;
  const named = left.length === 1 ? left[0] : `one of ${listNames(left)}`;
  const perhaps = left.length === 0 ? "" : `; perhaps the account of ${named}, which left the organization (account-left-organization): vend cannot tell, since an account outside it shows no email`;
  return instancesOutsideOrganization(context).map(({ stackSet, instance }) => {
    const removal = `remove the instance from the StackSet and keep its stack: ${retainingRemoval(stackSet, instance)}`;
    return makeFinding(
      "stack-instance-outside-organization",
      instanceTarget(stackSet, `account:${instance.accountId}`, instance.region),
      {
        expected: `stack instances of ${stackSet} only in the organization\u2019s accounts`,
        actual: `a stack instance in ${instance.accountId} ${instance.region}, which is not in the organization${perhaps}`,
        restore: left.length === 0 ? `apply leaves it: the account is not the organization\u2019s. Bring the account back, or ${removal}` : `apply leaves it. If it is the account of ${named}, invite it back as that finding says: apply adopts it, and the instance is vend\u2019s again. Otherwise ${removal}`,
        accept: left.length === 0 ? "none: vend deploys only to the organization\u2019s accounts" : `none: vend deploys only to the organization\u2019s accounts; once ${manifestsOf(context, left)} ${left.length === 1 ? "is" : "are"} deleted, ${removal}`
      },
      context.checkedOn
    );
  });
}
function manifestsOf(context, accounts) {
  return listNames(accounts.map((account) => manifestOf(context, account)));
}
function instancesInUndeclaredAccountsFindings(context) {
  const declared = new Set([...context.existingAccounts.values()].map((account) => account.id));
  for (const account of context.plan.unmanagedAccounts) if (account.ownedByVend) declared.add(account.id);
  const managementId = context.observed.organization.managementAccountId;
  const management = context.observed.accounts.find((account) => account.id === managementId);
  if (management?.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) declared.add(managementId);
  const statusOf = new Map(context.observed.accounts.map((account) => [account.id, account.status]));
  return context.observed.stackSets.filter((stackSet) => stackSet.managedByVend).flatMap(
    (stackSet) => stackSet.instances.filter((instance) => statusOf.has(instance.accountId) && !declared.has(instance.accountId)).map(
      (instance) => makeFinding(
        "stack-instance-untargeted",
        instanceTarget(stackSet.name, context.accountTarget(instance.accountId), instance.region),
        instance.accountId === managementId ? {
          expected: `stack instances of ${stackSet.name} only in accounts a manifest declares`,
          actual: `a stack instance in the management account ${instance.accountId} ${instance.region}, which no manifest declares: roles there no SCP limits, and nothing maintains`,
          restore: "apply leaves it: vend deletes no stack in an account it does not manage. Delete the instance by hand (DeleteStackInstances)",
          accept: `delete the instance, or ${declaringEdit(context, baselineOf(context, stackSet.name), instance.region, instance.accountId).replace("declare the account", "declare the management account")}: that adopts it, and vend then maintains there every baseline it gets, each a high-impact change`
        } : statusOf.get(instance.accountId) === "ACTIVE" ? {
          expected: `stack instances of ${stackSet.name} only in accounts a manifest declares`,
          actual: `a stack instance in ${instance.accountId} ${instance.region}, an account no manifest declares`,
          restore: "apply leaves it: vend deletes no stack in an account it does not manage. Delete the instance by hand (DeleteStackInstances), or declare the account",
          accept: declaringEdit(
            context,
            baselineOf(context, stackSet.name),
            instance.region,
            instance.accountId
          )
        } : suspendedAccountInstance(stackSet.name, instance, statusOf.get(instance.accountId), "undeclared"),
        context.checkedOn
      )
    )
  );
}
function suspendedAccountInstance(stackSet, instance, status, account) {
  const removal = `Remove the instance from the StackSet and keep its stack, which goes with the account: ${retainingRemoval(stackSet, instance)}`;
  return {
    expected: `stack instances of ${stackSet} only in accounts a manifest declares`,
    actual: `a stack instance in ${instance.accountId} ${instance.region}, an account that is ${status} (closed or closing)`,
    restore: account === "planned" ? `apply leaves it: CloudFormation skips a stack instance in a closed account (SKIPPED_SUSPENDED_ACCOUNT), so a removal that deletes its stack would never happen. ${removal}` : `apply leaves it. ${removal}`,
    accept: account === "planned" ? "none: the manifest already says the account is closed, and no manifest keeps a stack instance in a closed account; remove the instance as above" : "none: a closed account cannot be declared; remove the instance as above, or reopen the account (AWS Support, within 90 days of closing) and declare it"
  };
}
function retainingRemoval(stackSet, instance) {
  return `aws cloudformation delete-stack-instances --stack-set-name ${stackSet} --accounts ${instance.accountId} --regions ${instance.region} --retain-stacks`;
}

// src/drift/account-findings.ts
function leftOrganizationFinding(context, change) {
  const account = String(change.scope.account);
  const email = String(change.scope.email);
  const request = creationRequestOf(change);
  if (request)
    return {
      target: change.target,
      what: "the account",
      reason: `its creation (request ${request}) is still in progress`
    };
  const consequences = context.plan.changes.filter((other) => other.id !== change.id && touchesAccount(other, account));
  const outsideInstances = instancesOutsideOrganization(context);
  const outside = outsideInstances.length;
  const outsideAccounts = new Set(outsideInstances.map(({ instance }) => instance.accountId)).size;
  return makeFinding(
    "account-left-organization",
    change.target,
    {
      expected: `account ${account} <${email}> in ${String(change.scope.ou)}`,
      actual: `no account in the organization has the email ${email}: it left or was removed, or it was never created (an apply of main that is still waiting, was not approved or failed)`,
      restore: "if it was never created, run apply of main (it creates it). If it left, apply cannot bring it back: it would create a new account with this email, which AWS refuses while the account that left still has it. Invite the account back (organizations invite-account-to-organization); apply then adopts it by its email",
      accept: `if it left for good, delete ${manifestOf(context, account)}; if it was never created, nothing: apply of main creates it`,
      details: [
        ...consequences.length > 0 ? [
          // Named by what they are, not by a fixed list of kinds that may not be among them.
          // A change may also cover other accounts (a StackSet's instances): only this account's part waits.
          `${countOf(consequences.length, "other change")} of main\u2019s plan ${consequences.length === 1 ? "includes" : "include"} it, and none does its part for this account until the account is back or created: ${consequences.slice(0, NAMED_CONSEQUENCES).map((other) => other.description).join(
            "; "
          )}${consequences.length > NAMED_CONSEQUENCES ? `; and ${consequences.length - NAMED_CONSEQUENCES} more` : ""}`
        ] : [],
        ...outside > 0 ? [
          `${countOf(outside, "stack instance")} of vend\u2019s StackSets ${outside === 1 ? "is" : "are"} in ${outsideAccounts === 1 ? "an account" : `${outsideAccounts} accounts`} outside the organization, ${outsideAccounts === 1 ? "perhaps" : "one perhaps"} its own (stack-instance-outside-organization): invited back, the account keeps its instances; if you delete the manifest instead, remove them as those findings say`
        ] : []
      ]
    },
    context.checkedOn
  );
}
var NAMED_CONSEQUENCES = 3;
function ownershipTagFinding(context, change) {
  const account = String(change.scope.account);
  const tags = context.existingAccounts.get(account)?.tags ?? {};
  const current = tags[MANAGED_BY_TAG.key];
  return makeFinding(
    "account-ownership-tag",
    change.target,
    {
      expected: `tag ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: current === void 0 ? `no ${MANAGED_BY_TAG.key} tag` : `${MANAGED_BY_TAG.key}=${quoted(current)}`,
      restore: "apply tags it again (its plan shows this as adopting the account)",
      accept: `delete ${manifestOf(context, account)} to give the account up: vend manages only accounts it tags${leftBehind(context, context.existingAccounts.get(account)?.id)}`
    },
    context.checkedOn
  );
}
function leftBehind(context, accountId) {
  if (accountId === void 0) return "";
  const instances = context.observed.stackSets.filter((stackSet) => stackSet.managedByVend).flatMap(
    (stackSet) => stackSet.instances.filter((instance) => instance.accountId === accountId).map((instance) => `${stackSet.name} ${instance.region}`)
  );
  const scps = context.observed.policies.filter((policy) => !policy.awsManaged && policy.targetIds.includes(accountId)).map((policy) => policy.name);
  const stays = [
    ...instances.length > 0 ? [
      `its ${countOf(instances.length, "stack instance")} of vend\u2019s StackSets (${listNames(instances)}), each then stack-instance-untargeted until you delete it`
    ] : [],
    ...scps.length > 0 ? [`${scps.length === 1 ? "SCP" : "SCPs"} ${listNames(scps)} attached to it`] : []
  ];
  return stays.length > 0 ? `. What vend put there stays, as vend changes nothing in an account no manifest declares: ${stays.join("; and ")}` : "";
}
function accountTagFindings(context) {
  const byAccount = /* @__PURE__ */ new Map();
  for (const change of context.changesOf(CHANGE_KINDS.tagAccount))
    byAccount.set(change.target, { ...byAccount.get(change.target), set: change });
  for (const change of context.changesOf(CHANGE_KINDS.untagAccount))
    byAccount.set(change.target, { ...byAccount.get(change.target), removed: change });
  return [...byAccount].sort(([a], [b]) => compareText(a, b)).map(([target, { set, removed }]) => {
    const account = target.slice("account:".length);
    const wanted = set?.after ?? {};
    const had = set?.before ?? {};
    const extra = removed?.before ?? {};
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(wanted), ...Object.keys(extra)])].sort(compareText);
    const describe = (key, value) => value === void 0 ? `no ${key}` : `${key}=${quoted(value)}`;
    const required = context.desired.organization.requiredTags;
    const requiredGone = keys.filter(
      (key) => wanted[key] !== void 0 && had[key] === void 0 && required.includes(key)
    );
    const reserved = keys.filter((key) => reservedTagKey(key) !== void 0);
    const accept = [
      ...reserved.length < keys.length ? [`declare the organization\u2019s tags in ${manifestOf(context, account)}`] : [],
      ...requiredGone.length > 0 ? [
        `${requiredGone.join(", ")} ${requiredGone.length === 1 ? "is" : "are"} in requiredTags, so removing ${requiredGone.length === 1 ? "it" : "them"} there also needs an approved exception for rule required-tags`
      ] : [],
      // Owner is the manifest's owner, never a tag it declares (tag-limits refuses one): accepting it means owner:.
      ...keys.includes("Owner") ? [
        `Owner comes from the manifest's owner: set owner to ${had.Owner === void 0 ? `'${OWNER_UNASSIGNED}' to leave the tag alone` : `${quoted(had.Owner)}`}, not an Owner tag`
      ] : [],
      ...reserved.length > 0 ? [
        `${listNames(reserved)} ${reserved.length === 1 ? reservedTagKey(reserved[0]) : "are tags vend keeps for itself"}, so no manifest can declare ${reserved.length === 1 ? "it" : "them"}: only apply sets ${reserved.length === 1 ? "it" : "them"} back, or removes ${reserved.length === 1 ? "it" : "them"} where added by hand`
      ] : []
    ];
    return makeFinding(
      "account-tags",
      target,
      {
        expected: keys.map((key) => describe(key, wanted[key])).join(", "),
        actual: keys.map((key) => describe(key, had[key] ?? extra[key])).join(", "),
        restore: "apply sets the declared tags and removes the undeclared ones",
        accept: accept.join("; ")
      },
      context.checkedOn
    );
  });
}
function accountNameFinding(context, change) {
  const account = String(change.scope.account);
  const before = change.before;
  return makeFinding(
    "account-name",
    change.target,
    {
      expected: `account name ${quoted(String(change.scope.accountName))}`,
      actual: `account name ${quoted(before.name)}`,
      restore: "apply renames it back",
      accept: `set accountName: ${quoted(before.name)} in ${manifestOf(context, account)}`
    },
    context.checkedOn
  );
}
function notClosedFinding(context, change) {
  const account = String(change.scope.account);
  return makeFinding(
    "account-not-closed",
    change.target,
    {
      expected: "closed (closed: true)",
      actual: `${change.before.status}`,
      restore: `apply closes it; ${DESTRUCTIVE}`,
      accept: `remove closed: true from ${manifestOf(context, account)}`,
      // Its stack instances follow from closed: true: told here, not as findings of their own.
      details: context.changesOf(CHANGE_KINDS.removeStackInstances).flatMap(
        (removal) => (removal.scope.members ?? []).filter((member) => member.startsWith(`${account}/`)).map(
          (member) => `stack instance of ${String(removal.scope.stackSet)} in ${member.slice(account.length + 1)}: apply removes it, with its stack and resources, before it closes the account`
        )
      )
    },
    context.checkedOn
  );
}
function overridesRecordFinding(context, change) {
  const account = String(change.scope.account);
  if (context.missingAccounts.has(account)) return void 0;
  const list = (value) => value.baselines.join(" ") || "none";
  return makeFinding(
    "parameter-overrides-record",
    change.target,
    {
      expected: `tag ${PARAMETER_OVERRIDES_TAG}: ${list(change.after)}`,
      actual: `tag ${PARAMETER_OVERRIDES_TAG}: ${list(change.before)}`,
      restore: "apply writes the record again",
      accept: "none: the tag is vend\u2019s record of the overrides it deployed, and apply keeps it"
    },
    context.checkedOn
  );
}
function accountProblemFinding(context, problem) {
  const account = problem.target.slice("account:".length);
  const existing = context.existingAccounts.get(account);
  const declared = context.declaredAccount(account);
  if (!declared) return void 0;
  if (existing && existing.status !== "ACTIVE")
    return makeFinding(
      "account-suspended",
      problem.target,
      {
        expected: "ACTIVE",
        actual: `${existing.status} (${existing.id})`,
        restore: "apply cannot reopen an account; within 90 days of its closing, AWS Support can",
        accept: `set closed: true in ${manifestOf(context, account)}, or delete the manifest`,
        details: suspendedAccountDifferences(declared, existing)
      },
      context.checkedOn
    );
  if (existing && existing.name !== declared.accountName && !declared.closed)
    return makeFinding(
      "account-name",
      problem.target,
      {
        expected: `account name ${quoted(declared.accountName)}`,
        actual: `account name ${quoted(existing.name)}`,
        restore: `apply cannot rename it back yet: ${problem.message}`,
        accept: `set accountName: ${quoted(existing.name)} in ${manifestOf(context, account)}`
      },
      context.checkedOn
    );
  if (!existing && !declared.closed)
    return makeFinding(
      "account-email",
      problem.target,
      {
        expected: `email ${declared.email}`,
        actual: problem.message,
        restore: "apply cannot change an account\u2019s root email; the Account Management API can, with the new address confirming",
        accept: `set email in ${manifestOf(context, account)} to the account\u2019s email`
      },
      context.checkedOn
    );
  return void 0;
}
function suspendedAccountDifferences(declared, existing) {
  const details = [];
  if (existing.parentPath !== declared.ou)
    details.push(`also in ${existing.parentPath === "" ? "(root)" : existing.parentPath}, not in ${declared.ou}`);
  if (existing.tags === void 0) return details;
  const { toSet, toRemove } = accountTagDifferences(declared, existing.tags);
  const tags = existing.tags;
  const differences = [
    ...Object.entries(toSet).map(
      ([key, value]) => tags[key] === void 0 ? `no ${key} (main: ${quoted(value)})` : `${key}=${quoted(tags[key])} (main: ${quoted(value)})`
    ),
    ...toRemove.map((key) => `${key}=${quoted(tags[key])} (not in main)`)
  ];
  if (differences.length > 0) details.push(`also tags differ: ${differences.join(", ")}`);
  return details;
}
function undeclaredOwnedAccountFindings(context) {
  const managementId = context.observed.organization.managementAccountId;
  const management = context.observed.accounts.find((account) => account.id === managementId);
  const managementLeft = management?.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value && ![...context.existingAccounts.values()].some((account) => account.id === managementId);
  return [
    ...context.plan.unmanagedAccounts.filter((account) => account.ownedByVend),
    ...managementLeft ? [{ ...management, parentPath: "(root)" }] : []
  ].map(
    (account) => makeFinding(
      "account-undeclared",
      `account-id:${account.id}`,
      {
        expected: "a manifest for every account tagged as vend\u2019s",
        actual: `${account.id === managementId ? "the management account " : ""}${account.name} (${account.id}, ${account.email}, in ${account.parentPath}) carries ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and no manifest has its email`,
        restore: "apply leaves it alone: it neither closes it nor changes it again",
        accept: account.id === managementId ? `put its manifest back, or give it up: remove its ${MANAGED_BY_TAG.key} tag in AWS, and delete vend's stack instances there by hand (DeleteStackInstances), whose roles no SCP limits` : `put its manifest back (with closed: true to close it), or give it up by removing its ${MANAGED_BY_TAG.key} tag in AWS`,
        details: context.observed.stackSets.flatMap(
          (stackSet) => stackSet.instances.filter((instance) => instance.accountId === account.id).map(
            (instance) => `stack instance of ${stackSet.name} in ${instance.region}, which vend no longer maintains`
          )
        )
      },
      context.checkedOn
    )
  );
}
function unmanagedAccountFindings(context) {
  const byParent = /* @__PURE__ */ new Map();
  const statusById = new Map(context.observed.accounts.map((account) => [account.id, account.status]));
  for (const account of context.plan.unmanagedAccounts.filter((unmanaged) => !unmanaged.ownedByVend)) {
    const parent = account.parentPath === "(root)" ? "root" : `ou:${account.parentPath}`;
    const group = byParent.get(parent) ?? { accounts: [], inactive: 0 };
    const status = statusById.get(account.id);
    const inactive = status !== void 0 && status !== "ACTIVE";
    group.accounts.push(`${account.name} (${account.id}${inactive ? `, ${status}` : ""})`);
    if (inactive) group.inactive += 1;
    byParent.set(parent, group);
  }
  const declared = new Set(context.desired.organizationalUnits.map((unit) => `ou:${unit.path}`));
  const declare = (target, some) => target === "root" ? `add a manifest for ${some} to accounts/ naming the OU it belongs in (apply adopts an existing account by its email, and moves it out of the root: the plan shows the move), or an ignore: entry` : declared.has(target) ? `add a manifest for ${some} to accounts/ (apply adopts an existing account by its email), or an ignore: entry` : `declare ${target.slice("ou:".length)} in ${ORGANIZATION_FILE} (where AWS holds a name the repository cannot declare, rename the OU in AWS first), then add a manifest for ${some} to accounts/; or an ignore: entry`;
  return [...byParent].sort(([a], [b]) => compareText(a, b)).map(
    ([target, { accounts, inactive }]) => makeFinding(
      "unmanaged-accounts",
      target,
      {
        expected: "no account that no manifest declares",
        actual: `${countOf(accounts.length, "unmanaged account")}: ${listNames(accounts)}`,
        restore: `apply leaves ${accounts.length === 1 ? "it" : "them"} alone: vend changes only accounts a manifest declares`,
        accept: inactive === accounts.length ? "nothing to declare: a suspended account cannot be adopted or changed; an ignore: entry holds it back (still listed, as ignored)" : declare(target, accounts.length === 1 ? "it" : inactive > 0 ? "each active one" : "each"),
        details: accounts
      },
      context.checkedOn
    )
  );
}
function touchesAccount(change, account) {
  if (change.target === `account:${account}`) return true;
  return (change.scope.members ?? []).some((member) => member.startsWith(`${account}/`));
}

// src/drift/account-placement-findings.ts
function wrongOrganizationalUnitFinding(context, change) {
  const account = String(change.scope.account);
  const declared = String(change.scope.ou);
  const observed = context.existingAccounts.get(account);
  const renamedId = context.renamedPathIds.get(declared);
  if (renamedId !== void 0 && observed?.parentId === renamedId) return void 0;
  const where = change.before.ou;
  const here = scpsInForce(context.live, account);
  const there = scpsInForce(
    { ...context.live, accountPaths: new Map(context.live.accountPaths).set(account, declared) },
    account
  );
  const catalogue = /* @__PURE__ */ new Set([FULL_AWS_ACCESS_POLICY_NAME, ...context.desired.scps.map((scp) => scp.name)]);
  const owner = (scp) => catalogue.has(scp) ? scp : `${scp} (not vend's)`;
  const lacks = [...there].filter((scp) => !here.has(scp)).sort(compareText).map(owner);
  const extra = [...here].filter((scp) => !there.has(scp)).sort(compareText).map(owner);
  const details = [
    ...lacks.length > 0 ? [`lacks ${scpsNamed(lacks)} where it is`] : [],
    ...extra.length > 0 ? [`has ${scpsNamed(extra)} that ${declared} does not give`] : []
  ];
  const radius = context.plan.blastRadius.find((entry) => entry.changeId === change.id);
  const interim = radius?.kind === "move" && radius.untilDetached ? `; there it is under SCP ${radius.untilDetached.join(", ")} until apply's detachments run (destructive: refused without allow-destructive, and then it stays)` : "";
  return makeFinding(
    "account-wrong-ou",
    change.target,
    {
      expected: `in ${declared}`,
      actual: `in ${where}`,
      restore: `apply moves it back to ${declared}${interim}`,
      accept: acceptOrganizationalUnit(context, account, observed, where),
      details
    },
    context.checkedOn
  );
}
function acceptOrganizationalUnit(context, account, observed, where) {
  const manifest = manifestOf(context, account);
  if (where === "(root)" || !observed)
    return `none: a manifest cannot keep an account in the root, its ou names a declared OU; move it back, or into an OU that ${manifest} can name`;
  if (context.desired.organizationalUnits.some((unit) => unit.path === where))
    return `set ou: ${where} in ${manifest}${baselineConsequences(context, account, where)}`;
  const renamed = context.renamedTargetIds.get(observed.parentId)?.slice("ou:".length);
  if (renamed !== void 0)
    return `set ou: ${renamed} in ${manifest} (the declared OU, ${where} in AWS since a rename)${baselineConsequences(context, account, renamed)}`;
  const units = new Map(context.observed.organizationalUnits.map((unit) => [unit.id, unit]));
  const names = [];
  for (let unit = units.get(observed.parentId); unit; unit = units.get(unit.parentId)) names.unshift(unit.name);
  if (names.some((name) => name.includes("/") || !isDeclarableOrganizationalUnitName(name)))
    return `none as it is: the repository cannot name OU ${where} (an OU name it declares has ${ORGANIZATIONAL_UNIT_NAME_RULE}); rename it in AWS first, or move the account back`;
  return `declare OU ${where} under organizationalUnits in ${ORGANIZATION_FILE}, then set ou: ${where} in ${manifest}${baselineConsequences(context, account, where)}`;
}
function baselineConsequences(context, account, where) {
  const manifest = context.declaredAccount(account);
  if (!manifest) return "";
  const inheritedAt = (path) => new Set(
    context.desired.organizationalUnits.filter((unit) => path === unit.path || path.startsWith(`${unit.path}/`)).flatMap((unit) => unit.baselines)
  );
  const now = inheritedAt(manifest.ou);
  const then = inheritedAt(where);
  const excluded = new Set(manifest.waivers?.excludedBaselines ?? []);
  const lost = manifest.baselines.filter((baseline) => now.has(baseline) && !then.has(baseline));
  const gained = [...then].filter((baseline) => !now.has(baseline) && !excluded.has(baseline)).sort(compareText);
  return [
    ...lost.length > 0 ? [
      `; the account then loses ${lost.length === 1 ? "baseline" : "baselines"} ${listNames(lost)}, which ${manifest.ou} gives: apply removes ${lost.length === 1 ? "its stack instances" : "their stack instances"} (destructive), unless ${manifestOf(context, account)} lists ${lost.length === 1 ? "it" : "them"} under baselines`
    ] : [],
    ...gained.length > 0 ? [`; it gains ${gained.length === 1 ? "baseline" : "baselines"} ${listNames(gained)}, which apply deploys`] : []
  ].join("");
}
function scpsNamed(names) {
  return `${names.length === 1 ? "SCP" : "SCPs"} ${listNames(names, names.length)}`;
}

// src/drift/organizational-unit-findings.ts
function missingOrganizationalUnitFinding(context, change) {
  const path = String(change.scope.ou);
  if (context.renamedPathIds.has(path)) return void 0;
  const unit = context.desired.organizationalUnits.find((candidate) => candidate.path === path);
  if (!unit || context.organizationalUnitId(unit.parentPath ?? "") === void 0) return void 0;
  const children = context.desired.organizationalUnits.filter((other) => other.path.startsWith(`${path}/`));
  const parent = unit.parentPath ? `OU ${unit.parentPath}` : "the root";
  const parentId = context.organizationalUnitId(unit.parentPath ?? "");
  const declaredIds = new Set(context.ouIdByPath.values());
  const alike = context.observed.organizationalUnits.filter((candidate) => candidate.parentId === parentId && !declaredIds.has(candidate.id)).map((candidate) => ({
    candidate,
    scps: context.observed.policies.filter((policy) => unit.scps.includes(policy.name) && policy.targetIds.includes(candidate.id)).map((policy) => policy.name)
  })).filter(({ candidate, scps }) => scps.length > 0 || candidate.name.toLowerCase() === unit.name.toLowerCase());
  const lookFirst = alike.map(
    ({ candidate, scps }) => `; OU ${quoted(candidate.name)} (${candidate.id}) under ${parent} ${scps.length > 0 ? `holds the SCPs declared on it (${listNames(scps, Infinity)})` : "has its name but for case"}: if it is this OU renamed, rename it back instead (aws organizations update-organizational-unit --organizational-unit-id ${candidate.id} --name=${shellQuoted(unit.name)})`
  ).join("");
  return makeFinding(
    "ou-missing",
    change.target,
    {
      expected: `OU ${unit.name} under ${parent}${children.length > 0 ? `, with ${countOf(children.length, "OU")} beneath it` : ""}`,
      actual: `no OU named ${quoted(unit.name)} under ${parent}`,
      restore: `apply creates it, attaches its SCPs and moves its accounts into it${lookFirst}`,
      accept: `remove OU ${path} from ${ORGANIZATION_FILE}, and move its accounts\u2019 ou elsewhere`
    },
    context.checkedOn
  );
}
function ownershipTagOrganizationalUnitFinding(context, change) {
  const path = String(change.scope.ou);
  const managedBy = change.before?.managedBy;
  return makeFinding(
    "ou-ownership-tag",
    change.target,
    {
      expected: `OU ${path} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: `${String(change.scope.ouId)}: ${managedBy === void 0 ? `no ${MANAGED_BY_TAG.key} tag` : `${MANAGED_BY_TAG.key}=${quoted(managedBy)}`}`,
      restore: "apply tags it again (its plan shows this as adopting the OU)",
      accept: context.desired.organizationalUnits.some((unit) => unit.path.startsWith(`${path}/`)) ? `remove OU ${path} and the OUs declared beneath it from ${ORGANIZATION_FILE}, and move their accounts\u2019 ou elsewhere, to give the OU up` : `remove OU ${path} from ${ORGANIZATION_FILE}, and move its accounts\u2019 ou elsewhere, to give the OU up`
    },
    context.checkedOn
  );
}
function renamedOrganizationalUnitFindings(context) {
  return context.renamed.map((rename) => {
    const declaredName = rename.path.split("/").at(-1);
    return makeFinding(
      "ou-renamed",
      `ou:${rename.path}`,
      {
        expected: `OU named ${quoted(declaredName)}`,
        // Without a record of the declared OU's id, a rename and a replacement holding its accounts look alike.
        actual: `renamed to ${quoted(rename.name)} (${rename.id}), or replaced by it, ${heldAccounts(rename)}`,
        restore: `apply would create a second OU ${rename.path}${rename.accounts.held.length > 0 ? " and move the accounts it holds into it" : mainPutsAccounts(rename) ? " and move main\u2019s accounts into it" : ""}, leaving ${rename.id} behind: rename it back instead (aws organizations update-organizational-unit --organizational-unit-id ${rename.id} --name=${shellQuoted(declaredName)})`,
        accept: isDeclarableOrganizationalUnitName(rename.name) ? `rename OU ${rename.path} to ${quoted(rename.name)} in ${ORGANIZATION_FILE}, and the ou of its accounts` : `none in the repository: ${quoted(rename.name)} is not a name it can declare (${ORGANIZATIONAL_UNIT_NAME_RULE}); rename the OU back in AWS`
      },
      context.checkedOn
    );
  });
}
function heldAccounts(rename) {
  const { held, elsewhere, left } = rename.accounts;
  const total = held.length + elsewhere.length;
  const where = `main puts in ${rename.path} or beneath it`;
  const gone = left.length > 0 ? `; ${listNames(left)} left the organization` : "";
  if (total === 0)
    return left.length > 0 ? `holding none of main's accounts: every one ${where} left the organization (${listNames(left)})` : `holding no account: main puts none in ${rename.path} or beneath it`;
  if (held.length === 0)
    return `tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}, holding ${total === 1 ? "not the account" : `none of the ${total} accounts`} ${where} (${listNames(elsewhere)} ${elsewhere.length === 1 ? "is" : "are"} elsewhere)${gone}`;
  if (elsewhere.length === 0)
    return `holding ${total === 1 ? "the account" : total === 2 ? "both accounts" : `all ${total} accounts`} ${where}${left.length > 0 ? " still in the organization" : ""}: ${listNames(held)}${gone}`;
  return `holding ${held.length} of the ${countOf(total, "account")} ${where}: ${listNames(held)} (not ${listNames(elsewhere)})${gone}`;
}
function undeclaredOrganizationalUnitFindings(context) {
  const known = new Set(context.ouIdByPath.values());
  for (const rename of context.renamed) for (const id of rename.subtreeIds) known.add(id);
  for (const id of context.ambiguousSubtreeIds) known.add(id);
  const undeclared = context.observed.organizationalUnits.filter((unit) => !known.has(unit.id));
  const undeclaredIds = new Set(undeclared.map((unit) => unit.id));
  return undeclared.filter((unit) => !undeclaredIds.has(unit.parentId)).sort((a, b) => compareText(a.path, b.path)).map((unit) => {
    const beneath = context.subtreeIds([unit.id]);
    const accounts = context.observed.accounts.filter((account) => beneath.has(account.parentId)).length;
    return makeFinding(
      "ou-undeclared",
      `ou:${unit.path}`,
      {
        expected: "no such OU",
        actual: `OU ${unit.path} (${unit.id})${beneathPhrase(beneath.size - 1, accounts)}`,
        restore: "apply leaves it alone: vend never deletes an OU",
        // An OU path joins names with '/', so a name that holds one cannot be declared as it is, nor can a
        // name the schema refuses (`..`, a leading space).
        accept: unit.name.includes("/") ? `rename it in AWS without '/' (an OU path joins names with '/'), then declare it under organizationalUnits in ${ORGANIZATION_FILE}` : !isDeclarableOrganizationalUnitName(unit.name) ? `rename it in AWS to a name the repository can declare (${ORGANIZATIONAL_UNIT_NAME_RULE}), then declare it under organizationalUnits in ${ORGANIZATION_FILE}` : `declare it under organizationalUnits in ${ORGANIZATION_FILE}`
      },
      context.checkedOn
    );
  });
}
function ambiguousOrganizationalUnitFinding(context, problem) {
  const path = problem.target.slice("ou:".length);
  const ambiguous = context.ambiguousOrganizationalUnits.find((candidate) => candidate.path === path);
  if (!ambiguous) return void 0;
  const declared = context.desired.organizationalUnits.find((unit) => unit.path === path);
  const wanted = declared ? [...declared.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : [], ...declared.scps] : [];
  return makeFinding(
    "ou-ambiguous",
    problem.target,
    {
      expected: `one OU named ${quoted(path.split("/").at(-1))} under its parent`,
      actual: `${ambiguous.ids.length} OUs: ${listNames(ambiguous.ids)}`,
      restore: "apply is blocked until only one is left: move the accounts out of the others, then rename or remove them in AWS Organizations",
      accept: `none: an OU path in ${ORGANIZATION_FILE} names one OU`,
      // Which twin holds which accounts, and which lacks the guardrails declared there: a same-named OU is a way to
      // take an account out from under them.
      details: ambiguous.ids.map((id) => twinDetail(context, id, wanted))
    },
    context.checkedOn
  );
}
function twinDetail(context, id, wanted) {
  const beneath = context.subtreeIds([id]);
  const accounts = context.observed.accounts.filter((account) => beneath.has(account.parentId)).map((account) => account.name).sort(compareText);
  const attached = /* @__PURE__ */ new Set([
    ...context.observed.policies.filter((policy) => policy.targetIds.includes(id)).map((policy) => policy.name),
    ...(context.observed.foreignScpsByTarget[id] ?? []).map((policy) => policy.name)
  ]);
  const lacks = wanted.filter((scp) => !attached.has(scp));
  const extra = [...attached].filter((scp) => !wanted.includes(scp)).sort(compareText);
  const scps = (names) => `${names.length === 1 ? "SCP" : "SCPs"} ${listNames(names, names.length)}`;
  return `${id}: ${accounts.length > 0 ? `holds ${listNames(accounts)}` : "holds no account"}; ${lacks.length > 0 ? `lacks ${scps(lacks)} declared there` : "has every SCP declared there"}${extra.length > 0 ? `; also has ${scps(extra)}, not declared there` : ""}`;
}
function beneathPhrase(units, accounts) {
  const parts = [...units > 0 ? [countOf(units, "OU")] : [], ...accounts > 0 ? [countOf(accounts, "account")] : []];
  return parts.length > 0 ? `, with ${parts.join(" and ")} beneath it` : ", with nothing beneath it";
}
function mainPutsAccounts(rename) {
  return rename.accounts.held.length + rename.accounts.elsewhere.length > 0;
}

// src/drift/scp-findings.ts
function attachmentTarget(scp, target) {
  return `scp:${scp}@${target}`;
}
function scpPolicyTypeFindings(context) {
  if (!context.scpPolicyTypeDisabled) return [];
  const attachments = context.changesOf(CHANGE_KINDS.attachScp);
  const { desired } = context;
  const fullAwsAccessTargets = [
    ...desired.organization.root.fullAWSAccess ? ["root"] : [],
    ...desired.organizationalUnits.filter((unit) => unit.fullAWSAccess).map((unit) => ouReference(unit.path)),
    ...desired.accounts.filter((account) => account.fullAWSAccess).map((account) => accountReference(account.name))
  ];
  const lost = attachments.map((change) => `${String(change.scope.scp)} on ${describeTarget(change.target)}`);
  const acting = [...context.changesOf(CHANGE_KINDS.enableScpType), ...attachments];
  const flags = [
    ...acting.some((change) => change.destructive) ? [DESTRUCTIVE] : [],
    ...acting.some((change) => change.highImpact) ? [HIGH_IMPACT] : []
  ];
  const finding = makeFinding(
    "scp-policy-type-disabled",
    "root",
    {
      expected: "the SERVICE_CONTROL_POLICY policy type enabled on the root",
      actual: "disabled: no SCP is in force anywhere in the organization",
      restore: [
        `apply enables it (AWS then attaches FullAWSAccess to every OU and account) and makes the ${countOf(attachments.length, "SCP attachment")} main declares`,
        ...flags
      ].join("; "),
      accept: "none: vend\u2019s guardrails are SCPs; only removing every SCP from the repository would match",
      details: lost.length > 0 ? [`not in force: ${listNames(lost)}`] : []
    },
    context.checkedOn
  );
  finding.covers = [
    ...attachments.map(
      (change) => findingId("scp-detached", attachmentTarget(String(change.scope.scp), change.target))
    ),
    ...fullAwsAccessTargets.map(
      (target) => findingId("full-aws-access-missing", attachmentTarget(FULL_AWS_ACCESS_POLICY_NAME, target))
    )
  ];
  return [finding];
}
function scpUpdateFindings(context, change) {
  return scpContentFindings(
    context,
    change.target,
    String(change.scope.scp),
    change.before,
    change.after
  );
}
function scpContentFindings(context, target, scp, before, after, owned = true) {
  const writesBack = (what) => owned ? `apply writes main\u2019s ${what} back` : `once the policy is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again (apply changes no policy it does not own), apply writes main\u2019s ${what} back`;
  const findings = [];
  if (before.content !== after.content) {
    const diff = unifiedDiff(prettyPolicy(after.content), prettyPolicy(before.content));
    findings.push(
      makeFinding(
        "scp-content",
        target,
        {
          expected: `the content of ${scpFileOf(context, scp)}`,
          actual: "other content (the diff turns main\u2019s content into the organization\u2019s)",
          restore: writesBack("content"),
          accept: organizationContentAccept(context, scp, before.content, after.description),
          details: diff.lines
        },
        context.checkedOn
      )
    );
  }
  if (before.description !== after.description) {
    findings.push(
      makeFinding(
        "scp-description",
        target,
        {
          expected: `description ${JSON.stringify(after.description)}`,
          actual: `description ${JSON.stringify(before.description)}`,
          restore: writesBack("description"),
          accept: `set the description of ${scp} in ${ORGANIZATION_FILE} to the organization\u2019s`
        },
        context.checkedOn
      )
    );
  }
  return findings;
}
function detachedScpFinding(context, change) {
  const scp = String(change.scope.scp);
  if (context.scpPolicyTypeDisabled || context.missingScps.has(scp)) return void 0;
  const path = context.organizationalUnitPathOf(change.target);
  const inDoubt = path === void 0 ? [] : context.organizationalUnitsInDoubt(path);
  if (inDoubt.length > 0) return detachedFromTwinsFinding(context, scp, change.target, inDoubt);
  if (context.targetIsMissing(change.target)) {
    if (path === void 0 || context.renamedPathIds.has(path) || scp === FULL_AWS_ACCESS_POLICY_NAME) return void 0;
    return makeFinding(
      "scp-detached",
      attachmentTarget(scp, change.target),
      {
        expected: `SCP ${scp} attached to ${describeTarget(change.target)}`,
        actual: `not attached: ${describeTarget(change.target)} is missing (ou-missing)`,
        restore: "apply creates the OU again and attaches it",
        accept: `remove ${scp} from ${scpListOf(context, change.target)}`
      },
      context.checkedOn
    );
  }
  const lacking = accountsLackingAttachment(context.live, change.target, scp);
  const details = lacking.length > 0 ? [`not in force for ${countOf(lacking.length, "account")} beneath it: ${listNames(lacking)}`] : [];
  if (scp === FULL_AWS_ACCESS_POLICY_NAME)
    return makeFinding(
      "full-aws-access-missing",
      attachmentTarget(scp, change.target),
      {
        expected: `FullAWSAccess attached to ${describeTarget(change.target)}`,
        actual: "detached: unless another SCP allows them, every action beneath it is denied",
        restore: "apply attaches it",
        accept: `set ${fullAwsAccessSettingOf(context, change.target)} to false`,
        details
      },
      context.checkedOn
    );
  return makeFinding(
    "scp-detached",
    attachmentTarget(scp, change.target),
    {
      expected: `SCP ${scp} attached to ${describeTarget(change.target)}`,
      actual: "not attached",
      restore: "apply attaches it",
      accept: `remove ${scp} from ${scpListOf(context, change.target)}`,
      details
    },
    context.checkedOn
  );
}
function undeclaredAttachmentFinding(context, change) {
  const scp = String(change.scope.scp);
  if (retiredScps(context).has(scp)) return void 0;
  if (scp === FULL_AWS_ACCESS_POLICY_NAME)
    return makeFinding(
      "full-aws-access-undeclared",
      attachmentTarget(scp, change.target),
      {
        expected: `FullAWSAccess not attached to ${describeTarget(change.target)} (fullAWSAccess: false)`,
        actual: "attached: it allows every action the other SCPs do not deny",
        restore: `apply detaches it; ${DESTRUCTIVE}`,
        accept: `set ${fullAwsAccessSettingOf(context, change.target)} to true, or remove it`
      },
      context.checkedOn
    );
  return makeFinding(
    "scp-attached-undeclared",
    attachmentTarget(scp, change.target),
    {
      expected: `SCP ${scp} not attached to ${describeTarget(change.target)}`,
      actual: "attached",
      restore: `apply detaches it; ${DESTRUCTIVE}`,
      accept: `add ${scp} to ${scpListOf(context, change.target)}`
    },
    context.checkedOn
  );
}
function organizationContentAccept(context, scp, content, description) {
  const file = scpFileOf(context, scp);
  const [problem] = policyProblems(scp, file, content, description, context.desired.organization.quotas);
  return problem === void 0 ? `copy the organization\u2019s content into ${file}` : `none as it is: validate would refuse the organization\u2019s content in ${file} (${problem}); restore main\u2019s content, or copy it once that is fixed`;
}
function renamingScp(context, name) {
  const { organization, organizationalUnits, accounts } = context.desired;
  const lists = [
    ...organization.root.scps.includes(name) ? [`root.scps`] : [],
    ...organizationalUnits.filter((unit) => unit.scps.includes(name)).map((unit) => `OU ${unit.path}`)
  ];
  const manifests = accounts.filter((account) => account.scps.includes(name)).map((account) => account.file);
  const where = [
    ...lists.length > 0 ? [`${listNames(lists)} in ${ORGANIZATION_FILE}`] : [],
    ...manifests.length > 0 ? [listNames(manifests)] : []
  ];
  const policy = context.observed.policies.find((candidate) => candidate.name === name);
  const attached = policy?.targetIds.length ?? 0;
  return `rename ${name} in the scps catalogue of ${ORGANIZATION_FILE}${where.length > 0 ? ` and in the scps lists that name it (${where.join("; ")})` : ""}, so vend creates its own${attached > 0 ? `. The old policy${policy ? ` (${policy.id})` : ""} stays attached to ${countOf(attached, "target")}, acting beside the new one and counting toward each target's SCP quota: vend changes no policy it does not own, so detach it by hand if it should go; until then drift reports it as scp-foreign` : ""}`;
}
function scpAdoptionFinding(context, change) {
  const name = String(change.scope.scp);
  return makeFinding(
    "scp-ownership-tag",
    change.target,
    {
      expected: `SCP ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: `SCP ${name} (${String(change.scope.policyId)}) is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; its content and description are still the catalogue's`,
      restore: "apply tags it again (its plan shows this as adopting the SCP)",
      accept: renamingScp(context, name)
    },
    context.checkedOn
  );
}
function scpProblemFinding(context, problem) {
  const name = problem.target.slice("scp:".length);
  const policy = context.observed.policies.find((candidate) => candidate.name === name);
  if (!policy) return [];
  const declared = context.desired.scps.find((scp) => scp.name === name);
  if (declared)
    return [
      ...scpContentFindings(context, problem.target, name, policy, declared, false),
      makeFinding(
        "scp-ownership-tag",
        problem.target,
        {
          expected: `SCP ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
          actual: `SCP ${name} (${policy.id}) is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so vend will not change it`,
          restore: `apply cannot: it changes no policy it does not own. Tag the policy ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again if it is vend\u2019s, then apply`,
          accept: renamingScp(context, name)
        },
        context.checkedOn
      )
    ];
  const declaredTargets = declaredTargetIds(context);
  const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id) || context.renamedTargetIds.has(id));
  return [
    makeFinding(
      "scp-retired",
      `scp:${scpTargetName(name)}`,
      {
        expected: `no SCP ${name}: the catalogue no longer names it`,
        actual: `SCP ${name} (${policy.id}) is attached to ${attachedElsewhere(context.observed, undeclared)}`,
        restore: "apply cannot detach it from targets the repository does not declare: detach it there by hand, then apply deletes it",
        accept: `put ${name} in the scps catalogue of ${ORGANIZATION_FILE}, with its content, if it is to stay; if vend never managed it, remove its ${MANAGED_BY_TAG.key} tag instead`
      },
      context.checkedOn
    )
  ];
}
function retiredScps(context) {
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  return new Set(
    context.observed.policies.filter(
      (policy) => !policy.awsManaged && !catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value
    ).map((policy) => policy.name)
  );
}
function detachedFromTwinsFinding(context, scp, target, twins) {
  const policy = context.observed.policies.find((candidate) => candidate.name === scp);
  const lacking = twins.filter((twin) => !policy?.targetIds.includes(twin.id)).map((twin) => {
    const beneath = context.subtreeIds([twin.id]);
    const accounts = context.observed.accounts.filter((account) => account.status === "ACTIVE" && beneath.has(account.parentId)).map((account) => account.name).sort(compareText);
    return { twin, accounts };
  }).filter(({ accounts }) => accounts.length > 0);
  if (lacking.length === 0) return void 0;
  return makeFinding(
    "scp-detached",
    attachmentTarget(scp, target),
    {
      expected: `SCP ${scp} attached to ${describeTarget(target)}`,
      actual: `not attached to ${listNames(lacking.map(({ twin }) => twin.id))}, one of ${countOf(twins.length, "OU")} at that path`,
      restore: "apply is blocked until one OU is left at that path (see the OU duplicated finding); then it attaches it",
      accept: `remove ${scp} from the scps of ${describeTarget(target)} in ${ORGANIZATION_FILE}`,
      details: lacking.map(({ twin, accounts }) => `not in force for ${listNames(accounts)}, beneath ${twin.id}`)
    },
    context.checkedOn
  );
}

// src/drift/missing-scp-findings.ts
function missingScpFinding(context, change) {
  const scp = String(change.scope.scp);
  const targets = plannedTargetsOf(context, scp).map(describeTarget);
  const renamed = renamedTo(context, change);
  const recreate = `apply creates it again${targets.length > 0 ? ` and attaches it to ${countOf(targets.length, "target")}` : ""}`;
  const attachments = context.changesOf(CHANGE_KINDS.attachScp).filter((attach) => attach.scope.scp === scp);
  const flags = [
    ...attachments.some((attach) => attach.destructive) ? [DESTRUCTIVE] : [],
    ...attachments.some((attach) => attach.highImpact) ? [HIGH_IMPACT] : []
  ];
  const accept = `remove ${scp} from the scps catalogue in ${ORGANIZATION_FILE} and from every scps list that names it`;
  const finding = makeFinding(
    "scp-missing",
    change.target,
    renamed ? {
      expected: `SCP ${scp} from ${scpFileOf(context, scp)}${targets.length > 0 ? `, attached to ${listNames(targets)}` : ""}`,
      actual: `no SCP named ${scp} in the organization, but vend's SCP ${renamed.name} (${renamed.id}) holds exactly its content and is attached to ${listNames(renamed.targets.map(describeTarget))}: ${scp} renamed outside git, in force under its new name`,
      restore: `${[recreate, ...flags].join("; ")}; then it detaches and deletes ${renamed.name} (scp-retired), ${DESTRUCTIVE}. Renaming it back by hand instead (aws organizations update-policy --policy-id ${renamed.id} --name ${scp}) leaves apply nothing to do`,
      accept: `rename ${scp} to ${renamed.name} in the scps catalogue in ${ORGANIZATION_FILE} and in every scps list that names it; or ${accept}`
    } : {
      expected: `SCP ${scp} from ${scpFileOf(context, scp)}${targets.length > 0 ? `, attached to ${listNames(targets)}` : ""}`,
      actual: `no SCP named ${scp} in the organization`,
      restore: recreate,
      accept
    },
    context.checkedOn
  );
  finding.covers = plannedTargetsOf(context, scp).map(
    (target) => findingId("scp-detached", attachmentTarget(scp, target))
  );
  return finding;
}
function retiredScpFinding(context, change) {
  return retiredPolicyFinding(context, change.before);
}
function renamedCatalogueScp(context, id) {
  const renamedFrom = context.changesOf(CHANGE_KINDS.createScp).find((created) => renamedTo(context, created)?.id === id);
  return renamedFrom === void 0 ? void 0 : String(renamedFrom.scope.scp);
}
function retiredPolicyFinding(context, before, blocked = false) {
  const targets = attachedTargetsOf(context, before.id);
  const catalogueName = renamedCatalogueScp(context, before.id);
  const renameBack = catalogueName ? `Renaming it back by hand instead (aws organizations update-policy --policy-id ${before.id} --name ${catalogueName}) leaves apply nothing to do` : "";
  return makeFinding(
    "scp-retired",
    `scp:${scpTargetName(before.name)}`,
    {
      expected: `no SCP ${before.name}: the catalogue no longer names it`,
      actual: `SCP ${before.name} (${before.id}) exists${targets.length > 0 ? `, attached to ${listNames(targets.map(describeTarget))}` : ""}${catalogueName ? `, holding exactly the content of catalogue SCP ${catalogueName}, which is missing (scp-missing): ${catalogueName} renamed outside git` : ""}`,
      restore: blocked ? `apply cannot detach it while it is attached where the repository does not declare (an OU renamed in AWS is such a place until the rename is undone: see the OU renamed finding). ${renameBack}` : `apply detaches and deletes it; ${DESTRUCTIVE}${renameBack ? `. ${renameBack}` : ""}`,
      // Tagged ManagedBy vend, it counts as vend's; whoever tagged it may have had it in the catalogue or not.
      accept: `put ${before.name} in the scps catalogue of ${ORGANIZATION_FILE}, with its content, if it is to stay; if vend never managed it, remove its ${MANAGED_BY_TAG.key} tag instead, which keeps it out of vend's hands`
    },
    context.checkedOn
  );
}
function renamedTo(context, created) {
  const after = created.after;
  const same = (after?.replaces ?? []).filter((replaced) => replaced.content === after?.content);
  if (same.length === 1) {
    const policy2 = context.observed.policies.find((candidate) => candidate.name === same[0].name);
    return policy2 ? { name: policy2.name, id: policy2.id, targets: same[0].targets } : void 0;
  }
  if (same.length > 1 || after?.content === void 0) return void 0;
  const declared = declaredTargetIds(context);
  const planned = new Set(plannedTargetsOf(context, String(created.scope.scp)));
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  const candidates = context.observed.policies.filter(
    (policy2) => !catalogue.has(policy2.name) && policy2.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value && policy2.content === after.content
  ).map((policy2) => ({
    policy: policy2,
    targets: policy2.targetIds.flatMap((id) => {
      const target = declared.get(id);
      return target !== void 0 && planned.has(target) ? [target] : [];
    })
  })).filter(({ targets: targets2 }) => targets2.length > 0);
  if (candidates.length !== 1) return void 0;
  const [{ policy, targets }] = candidates;
  return { name: policy.name, id: policy.id, targets };
}
function plannedTargetsOf(context, scp) {
  return context.changesOf(CHANGE_KINDS.attachScp).filter((change) => change.scope.scp === scp).map((change) => change.target);
}
function attachedTargetsOf(context, policyId) {
  const declared = declaredTargetIds(context);
  const policy = context.observed.policies.find((candidate) => candidate.id === policyId);
  return (policy?.targetIds ?? []).map((id) => declared.get(id) ?? id);
}

// src/drift/renamed-target-scps.ts
function renamedTargetScpFindings(context) {
  if (context.scpPolicyTypeDisabled) return [];
  const findings = [];
  for (const [id, target] of context.renamedTargetIds) {
    const unit = context.desired.organizationalUnits.find((candidate) => `ou:${candidate.path}` === target);
    if (!unit) continue;
    const attached = new Set(
      context.observed.policies.filter((policy) => policy.targetIds.includes(id)).map((policy) => policy.name)
    );
    const wanted = [...unit.scps, ...unit.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []];
    const renamedTo2 = context.observed.organizationalUnits.find((ou) => ou.id === id)?.path ?? id;
    for (const scp of wanted.filter((name) => !attached.has(name) && !context.missingScps.has(name))) {
      const lacking = accountsLackingAttachment(context.live, `ou:${renamedTo2}`, scp);
      findings.push(
        makeFinding(
          scp === FULL_AWS_ACCESS_POLICY_NAME ? "full-aws-access-missing" : "scp-detached",
          attachmentTarget(scp, target),
          {
            expected: `SCP ${scp} attached to ${describeTarget(target)} (in AWS now ${renamedTo2}, ${id})`,
            actual: "not attached",
            restore: "apply attaches it once the OU has its declared name again (see the OU renamed finding); until then apply would create a second OU",
            accept: scp === FULL_AWS_ACCESS_POLICY_NAME ? `set ${fullAwsAccessSettingOf(context, target)} to false` : `remove ${scp} from ${scpListOf(context, target)}`,
            details: lacking.length > 0 ? [`not in force for ${countOf(lacking.length, "account")} beneath it: ${listNames(lacking)}`] : []
          },
          context.checkedOn
        )
      );
    }
    const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
    const stray = context.observed.policies.filter(
      (policy) => policy.targetIds.includes(id) && !wanted.includes(policy.name) && (policy.name === FULL_AWS_ACCESS_POLICY_NAME ? policy.awsManaged : catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value)
    );
    const restore = `apply detaches it once the OU has its declared name again (see the OU renamed finding); ${DESTRUCTIVE}`;
    for (const policy of stray)
      findings.push(
        policy.name === FULL_AWS_ACCESS_POLICY_NAME ? makeFinding(
          "full-aws-access-undeclared",
          attachmentTarget(policy.name, target),
          {
            expected: `FullAWSAccess not attached to ${describeTarget(target)} (in AWS now ${renamedTo2}, ${id}; fullAWSAccess: false)`,
            actual: "attached: it allows every action the other SCPs do not deny",
            restore,
            accept: `set ${fullAwsAccessSettingOf(context, target)} to true, or remove it`
          },
          context.checkedOn
        ) : makeFinding(
          "scp-attached-undeclared",
          attachmentTarget(policy.name, target),
          {
            expected: `SCP ${policy.name} not attached to ${describeTarget(target)} (in AWS now ${renamedTo2}, ${id})`,
            actual: "attached",
            restore,
            accept: `add ${policy.name} to ${scpListOf(context, target)}`
          },
          context.checkedOn
        )
      );
  }
  return findings;
}

// src/drift/unreadable-secrets.ts
function unreadableSecretsNotChecked(context) {
  const { namePrefix } = context.desired.organization.stackSets;
  const observed = new Map(context.observed.stackSets.map((stackSet) => [stackSet.name, stackSet]));
  return context.desired.baselines.flatMap((baseline) => {
    const stackSet = observed.get(stackSetName(namePrefix, baseline.name));
    if (!stackSet) return [];
    const secret = new Set(noEchoIn(stackSet.templateBody));
    const maskedIn = (parameters) => Object.entries(parameters ?? {}).filter(([key, value]) => secret.has(key) && isMaskedValue(value)).map(([key]) => key);
    const onStackSet = maskedIn(stackSet.parameters);
    const overridden = new Set(stackSet.instances.flatMap((instance) => maskedIn(instance.parameterOverrides)));
    if (onStackSet.length === 0 && overridden.size === 0) return [];
    const names = [.../* @__PURE__ */ new Set([...onStackSet, ...overridden])].sort(compareText);
    return [
      {
        target: `stackset:${stackSet.name}`,
        what: `NoEcho parameter value${names.length === 1 ? "" : "s"} ${listNames(names)}${overridden.size > 0 ? " (on the StackSet, or overridden on its instances)" : ""}`,
        reason: "AWS returns NoEcho values masked (****), so one changed outside vend cannot be told from main\u2019s"
      }
    ];
  });
}

// src/drift/plan-findings.ts
var FROM_CHANGE = {
  [CHANGE_KINDS.enableScpType]: () => void 0,
  [CHANGE_KINDS.createOrganizationalUnit]: missingOrganizationalUnitFinding,
  [CHANGE_KINDS.adoptOrganizationalUnit]: ownershipTagOrganizationalUnitFinding,
  [CHANGE_KINDS.createScp]: missingScpFinding,
  [CHANGE_KINDS.adoptScp]: scpAdoptionFinding,
  [CHANGE_KINDS.updateScp]: scpUpdateFindings,
  [CHANGE_KINDS.deleteScp]: retiredScpFinding,
  [CHANGE_KINDS.createAccount]: leftOrganizationFinding,
  [CHANGE_KINDS.adoptAccount]: ownershipTagFinding,
  [CHANGE_KINDS.moveAccount]: wrongOrganizationalUnitFinding,
  [CHANGE_KINDS.tagAccount]: () => void 0,
  [CHANGE_KINDS.untagAccount]: () => void 0,
  [CHANGE_KINDS.renameAccount]: accountNameFinding,
  [CHANGE_KINDS.attachScp]: detachedScpFinding,
  [CHANGE_KINDS.detachScp]: undeclaredAttachmentFinding,
  [CHANGE_KINDS.createStackSet]: missingStackSetFinding,
  [CHANGE_KINDS.adoptStackSet]: stackSetAdoptionFinding,
  [CHANGE_KINDS.updateStackSet]: stackSetUpdateFindings,
  [CHANGE_KINDS.addStackInstances]: missingInstanceFindings,
  [CHANGE_KINDS.updateStackInstances]: updatedInstanceFindings,
  [CHANGE_KINDS.recordParameterOverrides]: overridesRecordFinding,
  [CHANGE_KINDS.removeStackInstances]: untargetedInstanceFindings,
  [CHANGE_KINDS.deleteStackSet]: undeclaredStackSetFinding,
  [CHANGE_KINDS.closeAccount]: notClosedFinding
};
function changeFindings(context, change) {
  const derived = fromChange(context, change);
  if (change.kind === CHANGE_KINDS.tagAccount || change.kind === CHANGE_KINDS.untagAccount)
    derived.push(...accountTagFindings(context).filter((finding) => finding.target === change.target));
  if (change.kind === CHANGE_KINDS.enableScpType) derived.push(...scpPolicyTypeFindings(context));
  return derived.filter((item) => item !== void 0 && "id" in item);
}
function tellingFindings(context, change) {
  const findingsOf = (kind, key, values) => context.changesOf(kind).filter((made) => values.includes(String(made.scope[key]))).flatMap((made) => changeFindings(context, made));
  if (change.kind === CHANGE_KINDS.attachScp) {
    if (context.scpPolicyTypeDisabled) return scpPolicyTypeFindings(context);
    const scp = findingsOf(CHANGE_KINDS.createScp, "scp", [String(change.scope.scp)]);
    if (scp.length > 0 || !change.target.startsWith("account:")) return scp;
    return findingsOf(CHANGE_KINDS.createAccount, "account", [change.target.slice("account:".length)]);
  }
  if (change.kind !== CHANGE_KINDS.addStackInstances) return [];
  const stackSet = String(change.scope.stackSet);
  if (context.missingStackSets.has(stackSet)) return findingsOf(CHANGE_KINDS.createStackSet, "stackSet", [stackSet]);
  const gone = members(change).map(({ account }) => account).filter((account) => context.missingAccounts.has(account));
  return findingsOf(CHANGE_KINDS.createAccount, "account", gone);
}
function organizationFindings(context, foreignAttachments) {
  const derived = [
    ...scpPolicyTypeFindings(context),
    ...accountTagFindings(context),
    ...renamedOrganizationalUnitFindings(context),
    ...context.plan.changes.flatMap((change) => fromChange(context, change)),
    ...problemFindings(context),
    ...foreignScpFindings(context, foreignAttachments),
    ...strayAttachmentFindings(context),
    ...renamedTargetScpFindings(context),
    ...undeclaredOrganizationalUnitFindings(context),
    ...undeclaredOwnedAccountFindings(context),
    ...unmanagedAccountFindings(context),
    ...instancesOutsideOrganizationFindings(context),
    ...instancesInUndeclaredAccountsFindings(context),
    ...instancesInClosedAccountsFindings(context),
    ...foreignStackSetFindings(context),
    ...unreadableSecretsNotChecked(context)
  ];
  const findings = /* @__PURE__ */ new Map();
  const notChecked = [];
  for (const item of derived) {
    if (item === void 0) continue;
    if ("id" in item) findings.set(item.id, item);
    else notChecked.push(item);
  }
  return { findings: whileBlocked(context, [...findings.values()]), notChecked };
}
function fromChange(context, change) {
  const derived = [FROM_CHANGE[change.kind](context, change)].flat();
  const told = [change, ...change.kind === CHANGE_KINDS.createScp ? attachmentsOf(context, change) : []];
  const needs = [
    ...told.some((one) => one.destructive) ? [DESTRUCTIVE] : [],
    ...told.some((one) => one.highImpact) ? [HIGH_IMPACT] : []
  ];
  if (needs.length === 0) return derived;
  return derived.map((item) => {
    if (item === void 0 || !("id" in item) || !/^apply /.test(item.restore) || RESTORED_BY_NO_APPLY.test(item.restore))
      return item;
    const unsaid = needs.filter((need) => !item.restore.includes(need));
    return unsaid.length > 0 ? { ...item, restore: [item.restore, ...unsaid].join("; ") } : item;
  });
}
function attachmentsOf(context, created) {
  return context.changesOf(CHANGE_KINDS.attachScp).filter((attachment) => attachment.scope.scp === created.scope.scp);
}
var RESTORED_BY_NO_APPLY = /^apply (?:leaves|cannot|is blocked|does not see)/;
function whileBlocked(context, findings) {
  const targets = [...new Set(context.plan.problems.map((problem) => problem.target))].sort();
  const expired = context.expiredExceptions;
  if (targets.length === 0 && expired.length === 0) return findings;
  const places = [
    ...new Set(context.plan.problems.map((problem) => `${problem.target} at ${problemPlace(problem)}`))
  ].sort();
  const blockers = [
    ...targets.length > 0 ? [`main's plan has ${countOf(context.plan.problems.length, "problem")} (${listNames(places)})`] : [],
    ...expired.length > 0 ? [`validation fails on ${countOf(expired.length, "expired exception")} (${listNames(expired)})`] : []
  ];
  const count = context.plan.problems.length + expired.length;
  const byHand = (finding) => finding.kind === "ou-renamed" || RESTORED_BY_NO_APPLY.test(finding.restore);
  return findings.map((finding) => ({
    ...finding,
    restore: finding.kind === "blocking-problem" ? finding.restore : targets.includes(finding.target) ? `${finding.restore}; until then, apply changes nothing at all` : byHand(finding) ? finding.restore : `${finding.restore}, once apply is unblocked: ${blockers.join(" and ")}, and apply changes nothing until ${count === 1 ? "it is" : "they are"} fixed`
  }));
}
function problemFindings(context) {
  const unexplained = /* @__PURE__ */ new Map();
  const findings = [];
  for (const problem of context.plan.problems) {
    if (problem.rule === PLAN_PROBLEMS.organizationalUnitRenamed) continue;
    const explained = explainProblem(context, problem);
    if (explained.length > 0) findings.push(...explained);
    else unexplained.set(problem.target, [...unexplained.get(problem.target) ?? [], problem]);
  }
  for (const [target, problems] of unexplained)
    findings.push(
      makeFinding(
        "blocking-problem",
        target,
        {
          expected: "a plan apply can carry out",
          actual: problems.map((problem) => `${problem.message} (${problemPlace(problem)})`).join(" "),
          restore: "apply changes nothing while the plan has a problem: fix it as the problem says",
          accept: "as the problem says"
        },
        context.checkedOn
      )
    );
  return findings;
}
function explainProblem(context, problem) {
  const [kind] = problem.target.split(":");
  const single = (finding) => finding ? [finding] : [];
  switch (kind) {
    case "scp": {
      const policy = context.observed.policies.find((candidate) => `scp:${candidate.name}` === problem.target);
      return policy && renamedCatalogueScp(context, policy.id) ? [retiredPolicyFinding(context, policy, true)] : scpProblemFinding(context, problem);
    }
    case "account":
      return single(accountProblemFinding(context, problem));
    case "ou":
      return single(ambiguousOrganizationalUnitFinding(context, problem));
    case "stackset": {
      const unowned = unownedStackSetFindings(context, problem);
      return unowned.length > 0 ? untaggedStackSetFindings(context, problem.target, unowned) : inoperableInstanceFindings(context, problem.target.slice("stackset:".length));
    }
    default:
      return [];
  }
}
function untaggedStackSetFindings(context, target, ownership) {
  const name = target.slice("stackset:".length);
  const observed = {
    ...context.observed,
    stackSets: context.observed.stackSets.map(
      (stackSet) => stackSet.name === name ? { ...stackSet, managedByVend: true } : stackSet
    )
  };
  const tagged = new DriftContext(
    context.desired,
    observed,
    computePlan(context.desired, observed),
    context.checkedOn,
    context.expiredExceptions
  );
  const kinds = /* @__PURE__ */ new Set([
    CHANGE_KINDS.updateStackSet,
    CHANGE_KINDS.addStackInstances,
    CHANGE_KINDS.updateStackInstances,
    CHANGE_KINDS.removeStackInstances
  ]);
  const derived = [
    ...tagged.plan.changes.filter((change) => change.target === target && kinds.has(change.kind)).flatMap((change) => fromChange(tagged, change)),
    ...[...instancesInUndeclaredAccountsFindings(tagged), ...instancesInClosedAccountsFindings(tagged)].filter(
      (finding) => finding.target.startsWith(`${target}@`)
    )
  ];
  const acting = tagged.plan.changes.filter(
    (change) => change.target === target || change.target.startsWith(`${target}@`)
  );
  const flags = [
    ...acting.some((change) => change.destructive) ? ["allow-destructive"] : [],
    ...acting.some((change) => change.highImpact) ? ["allow-high-impact"] : []
  ];
  return [
    ...ownership.map(
      (finding) => flags.length > 0 ? { ...finding, restore: `${finding.restore}, with ${flags.join(" and ")}` } : finding
    ),
    ...derived.filter((item) => item !== void 0 && "id" in item).map(
      (finding) => RESTORED_BY_NO_APPLY.test(finding.restore) ? finding : { ...finding, restore: `${UNTAGGED_RESTORE}${finding.restore}` }
    )
  ];
}

// src/drift/ignore-findings.ts
function applyIgnoreList(findings, entries, now) {
  const inForce = (entry) => expiryInstant(entry.expires) >= now.getTime();
  const current = entries.filter(inForce);
  const expired = entries.filter((entry) => !inForce(entry));
  const reported = [];
  const ignored = [];
  for (const finding of findings) {
    const entry = current.find((candidate) => matches(candidate, finding));
    if (entry) {
      ignored.push({ ...finding, ignoredBy: describeEntry(entry) });
      continue;
    }
    const lapsed = expired.find((candidate) => matches(candidate, finding));
    reported.push(lapsed ? { ...finding, ignoreExpired: { ...lapsed.expiresAt, expires: lapsed.expires } } : finding);
  }
  return { findings: reported, ignored };
}
function isIgnored(entries, finding, now) {
  return entries.some((entry) => expiryInstant(entry.expires) >= now.getTime() && matches(entry, finding));
}
function matches(entry, finding) {
  if (entry.id !== void 0) return entry.id === finding.id;
  if (entry.kind !== finding.kind) return false;
  return entry.target === void 0 || targetPatternMatches(entry.target, finding.target) || targetPatternMatches(entry.target, visibleLine(finding.target));
}
function describeEntry(entry) {
  return {
    entry: entry.id !== void 0 ? `id ${entry.id}` : `kind ${entry.kind}${entry.target === void 0 ? "" : `, target ${entry.target}`}`,
    reason: entry.reason,
    expires: entry.expires,
    ...entry.approvedBy === void 0 ? {} : { approvedBy: entry.approvedBy },
    line: entry.line
  };
}

export {
  findRenamedOrganizationalUnits,
  DriftContext,
  applyIgnoreList,
  isIgnored,
  manifestOf,
  templateFileOf,
  valueChanges,
  valueAssignments,
  instanceLines,
  scpReachLines,
  stackSetReachLines,
  moveLines,
  tellingDetailIndices,
  instanceTarget,
  keepingEdit,
  renamedOrganizationalUnitFindings,
  foreignScpAttachments,
  declaredTargetIds,
  scpTargetName,
  untaggedStackSetsNotChecked,
  changeFindings,
  tellingFindings,
  organizationFindings
};
