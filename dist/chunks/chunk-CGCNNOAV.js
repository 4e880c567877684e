import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  accountReference,
  canonicalJson,
  ouReference
} from "./chunk-CYCIKFCL.js";
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  PERMISSIONS_BOUNDARY_BASELINE
} from "./chunk-L4HPXP6F.js";
import {
  isIntrinsic,
  parametersOf,
  parseRepositoryFile,
  resourcesOf,
  templateToJson
} from "./chunk-E2IHRBMA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/plan/organization-snapshot.ts
function grantsAccess(content) {
  const statements = policyStatements(content);
  return statements === void 0 || statements.some((statement) => statement.Effect === "Allow");
}
function policyStatements(content) {
  try {
    const { Statement } = JSON.parse(content);
    const list = Array.isArray(Statement) ? Statement : [Statement];
    return list.every((statement) => typeof statement === "object" && statement !== null) ? list : void 0;
  } catch {
    return void 0;
  }
}
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
  const granting = new Set(
    observed.policies.filter((policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || grantsAccess(policy.content)).map((policy) => policy.name)
  );
  const foreignAttached = new Set(
    Object.entries(observed.foreignScpsByTarget).filter(([, policies]) => policies.length > 0).flatMap(([id]) => referenceById.get(id) ?? [])
  );
  return { accountPaths, attachments, granting, enforced: observed.root.scpPolicyTypeEnabled, foreignAttached };
}
function plannedSnapshot(desired, observed, withheld = /* @__PURE__ */ new Set()) {
  const before = observedSnapshot(desired, observed);
  const accountPaths = new Map(before.accountPaths);
  const managementEmail = observed.accounts.find((account) => account.id === observed.organization.managementAccountId)?.email.toLowerCase();
  const members = desired.accounts.filter(
    (account) => account.email.toLowerCase() !== managementEmail && !withheld.has(account.name)
  );
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
  const granting = /* @__PURE__ */ new Set([...before.granting, FULL_AWS_ACCESS_POLICY_NAME]);
  const foreign = new Set(observed.policies.filter((policy) => !owned.has(policy.name)).map((policy) => policy.name));
  for (const scp of desired.scps) {
    if (foreign.has(scp.name)) continue;
    if (grantsAccess(scp.content)) granting.add(scp.name);
    else granting.delete(scp.name);
  }
  return { accountPaths, attachments, granting, enforced: true, foreignAttached: before.foreignAttached };
}
function levelsAllowingNothing(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0 || !snapshot.enforced) return [];
  return levelsOf(account, path).filter((level) => {
    const attached = snapshot.attachments.get(level);
    return attached !== void 0 && attached.size > 0 && !snapshot.foreignAttached.has(level) && ![...attached].some((name) => snapshot.granting.has(name));
  });
}
function levelsOf(account, path) {
  const levels = ["root"];
  const parts = path === "" ? [] : path.split("/");
  for (let depth = 1; depth <= parts.length; depth++) levels.push(ouReference(parts.slice(0, depth).join("/")));
  levels.push(accountReference(account));
  return levels;
}
function accountsBeneath(snapshot, target) {
  if (target.startsWith("account:")) {
    const name = target.slice("account:".length);
    return snapshot.accountPaths.has(name) ? [name] : [];
  }
  const path = target === "root" ? void 0 : target.slice("ou:".length);
  return [...snapshot.accountPaths].filter(([, accountPath]) => path === void 0 || accountPath === path || accountPath.startsWith(`${path}/`)).map(([name]) => name).sort(compareText);
}
function accountsLackingAttachment(snapshot, target, scp) {
  const grants = snapshot.granting.has(scp);
  return accountsBeneath(snapshot, target).filter((account) => grants || !scpsInForce(snapshot, account).has(scp));
}
function scpsInForce(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0) return /* @__PURE__ */ new Set();
  return new Set(levelsOf(account, path).flatMap((level) => [...snapshot.attachments.get(level) ?? []]));
}
function memberAccounts(observed) {
  return observed.accounts.filter(
    (account) => account.status === "ACTIVE" && account.id !== observed.organization.managementAccountId
  );
}

// src/plan/template-grants.ts
function grantsOf(resources) {
  const principals = /* @__PURE__ */ new Map();
  const managedPolicies = /* @__PURE__ */ new Set();
  let resourceId = "";
  const grant = (principal, scopes) => {
    const held = principals.get(principal) ?? /* @__PURE__ */ new Set();
    for (const scope of scopes) held.add(`${resourceId}${GRANT_SEPARATOR}${scope}`);
    principals.set(principal, held);
  };
  const visit = (value, policyText) => {
    if (typeof value === "string") {
      if (policyText) {
        const parsed = parseJson(value);
        if (parsed !== void 0) visit(parsed, false);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, policyText);
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (isIntrinsic(value)) {
      visit(Object.values(value)[0], policyText);
      return;
    }
    const record = value;
    if ("Principal" in record || "NotPrincipal" in record) {
      if (record["Effect"] === "Deny") return;
      const scopes = statementScopes(record);
      if (record["Principal"] !== void 0) for (const leaf of leavesOf(record["Principal"])) grant(leaf, scopes);
      if (record["NotPrincipal"] !== void 0)
        grant(`everyone except ${leavesOf(record["NotPrincipal"]).join(", ")}`, scopes);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === "ManagedPolicyArns")
        for (const leaf of leavesOf(child)) managedPolicies.add(`${leaf} (${resourceId})`);
      else if (SHARED_WITH_KEY.test(key)) for (const leaf of leavesOf(child)) grant(leaf, ["*"]);
      else visit(child, POLICY_KEY.test(key));
    }
  };
  for (const resource of resources) {
    resourceId = resource.logicalId;
    visit(resource.properties, false);
  }
  return { principals, managedPolicies };
}
var GRANT_SEPARATOR = " | ";
function compareGrants(before, after) {
  const added = [];
  const widened = [];
  for (const [principal, scopes] of after.principals) {
    const previous = before.principals.get(principal);
    if (!previous) {
      added.push(principal);
      continue;
    }
    const through = new Set(
      [...scopes].filter((scope) => !previous.has(scope)).map((scope) => scope.split(GRANT_SEPARATOR)[0])
    );
    if (through.size > 0) widened.push(`${principal} (through ${[...through].sort(compareText).join(", ")})`);
  }
  const sorted = (values) => values.sort(compareText);
  return {
    added: sorted(added),
    widened: sorted(widened),
    newManagedPolicies: sorted([...after.managedPolicies].filter((policy) => !before.managedPolicies.has(policy)))
  };
}
function identityGrantsOf(resources) {
  const grants = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const label = `${resource.logicalId} (${resource.type})`;
    const visit = (value, policyText) => {
      if (typeof value === "string") {
        const parsed = policyText ? parseJson(value) : void 0;
        if (parsed !== void 0) visit(parsed, false);
        return;
      }
      if (Array.isArray(value)) {
        for (const item of value) visit(item, policyText);
        return;
      }
      if (value === null || typeof value !== "object") return;
      if (isIntrinsic(value)) {
        visit(Object.values(value)[0], policyText);
        return;
      }
      const record = value;
      if ("Principal" in record || "NotPrincipal" in record) return;
      if (("Action" in record || "NotAction" in record) && "Effect" in record) {
        if (record["Effect"] === "Deny") return;
        const held = grants.get(label) ?? /* @__PURE__ */ new Set();
        for (const scope of statementScopes(record)) held.add(scope);
        grants.set(label, held);
        return;
      }
      for (const [key, child] of Object.entries(record)) visit(child, POLICY_KEY.test(key) || key === "InlinePolicy");
    };
    visit(resource.properties, false);
  }
  return grants;
}
function newlyAllowedActions(before, after) {
  const rank = (action) => action.includes("*") ? 0 : /^(iam|sts|organizations|kms|sso|identitystore):/i.test(action) ? 1 : 2;
  return [...after].flatMap(([resource, scopes]) => {
    const previous = before.get(resource) ?? /* @__PURE__ */ new Set();
    const actions = [
      ...new Set([...scopes].filter((scope) => !previous.has(scope)).map((scope) => scope.split(" | ")[0]))
    ].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
    return actions.length > 0 ? [{ resource, actions }] : [];
  }).sort((a, b) => compareText(a.resource, b.resource));
}
var SHARED_WITH_KEY = /^(Principals|AllowedPrincipals|PeerOwnerId)$/;
var POLICY_KEY = /Policy(Document|Text)?$/;
function statementScopes(statement) {
  const rest = Object.fromEntries(
    Object.entries(statement).filter(
      ([key]) => !["Principal", "NotPrincipal", "Effect", "Action", "NotAction", "Sid"].includes(key)
    )
  );
  const context = canonicalJson(rest);
  const actions = statement["NotAction"] !== void 0 ? [`all actions except (${leavesOf(statement["NotAction"]).join(", ")})`] : statement["Action"] !== void 0 ? leavesOf(statement["Action"]) : ["*"];
  return actions.map((action) => `${action} | ${context}`);
}
function parseJson(text) {
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function leavesOf(value, prefix = "") {
  if (Array.isArray(value)) return value.flatMap((item) => leavesOf(item, prefix));
  if (value !== null && typeof value === "object")
    return isIntrinsic(value) ? [`${prefix}${canonicalJson(value)}`] : Object.entries(value).flatMap(([key, child]) => leavesOf(child, `${prefix}${key}: `));
  return [`${prefix}${String(value)}`];
}

// src/plan/template-change.ts
function readTemplateFacts(body) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return void 0;
  const template = templateToJson(source.document);
  const resources = resourcesOf(template);
  const opaque = template?.Transform !== void 0 ? { kind: "transform", why: "it uses a Transform, whose macro decides the resources" } : resources.some((resource) => resource.type === "AWS::CloudFormation::Stack") ? { kind: "nested", why: "it nests stacks, whose templates decide the resources" } : resources.some((resource) => resource.condition !== void 0) ? { kind: "conditions", why: "a resource has a Condition, which deletes it where it evaluates to false" } : void 0;
  const defaults = Object.fromEntries(
    Object.entries(parametersOf(template)).flatMap(([name, declaration]) => {
      const value = declaration?.Default;
      return value === void 0 || value === null ? [] : [[name, String(value)]];
    })
  );
  const conditions = template?.Conditions && typeof template.Conditions === "object" ? template.Conditions : {};
  return { resources, defaults, conditions, ...opaque ? { opaque } : {} };
}
function declaresTransform(body) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  const template = source ? templateToJson(source.document) : null;
  return template?.Transform !== void 0 && template?.Transform !== null;
}
function controlsAccess(resource) {
  return ACCESS_TYPE_PREFIXES.some((prefix) => resource.type.startsWith(prefix)) || resource.type.endsWith("Policy") || resource.type.endsWith("Permission") || ACCESS_TYPES.has(resource.type) || reachesAccess(resource.properties);
}
var ACCESS_TYPE_PREFIXES = ["AWS::IAM::", "AWS::SSO::", "AWS::RAM::", "Custom::"];
var ACCESS_TYPES = /* @__PURE__ */ new Set([
  "AWS::KMS::Key",
  "AWS::CloudFormation::CustomResource",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::SecurityGroupIngress",
  "AWS::EC2::SecurityGroupEgress"
]);
var ACCESS_PROPERTY = /Policy(Document|Text)?$|^PublicAccessBlockConfiguration$|^AllowExternalPrincipals$|^(Role|RoleArn|ServiceRole|ServiceRoleArn|ExecutionRoleArn|TaskRoleArn|IamInstanceProfile|InstanceProfileArn)$/;
var PRINCIPAL_KEY = /Principals?$|^NotPrincipal$|^PeerOwnerId$/;
var ACCOUNT_ID = /(^|:)\d{12}(:|$)/;
function reachesAccess(value) {
  if (typeof value === "string") return ACCOUNT_ID.test(value);
  if (typeof value === "number") return /^\d{12}$/.test(String(value));
  if (Array.isArray(value)) return value.some(reachesAccess);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(
    ([key, child]) => ACCESS_PROPERTY.test(key) || PRINCIPAL_KEY.test(key) || reachesAccess(child)
  );
}
function baselineControlsAccess(baseline, ...bodies) {
  if (baseline === PERMISSIONS_BOUNDARY_BASELINE) return true;
  return bodies.some((body) => {
    const facts = readTemplateFacts(body);
    return facts === void 0 || facts.resources.some(controlsAccess);
  });
}
function summarizeTemplateChange(deployedBody, newBody) {
  const empty = {
    added: [],
    removed: [],
    retyped: [],
    modified: [],
    newPrincipals: [],
    widenedPrincipals: [],
    newManagedPolicies: [],
    newlyAllowed: []
  };
  const before = deployedBody === void 0 ? { resources: [] } : readTemplateFacts(deployedBody);
  if (!before) return { ...empty, unreadable: "deployed" };
  const after = readTemplateFacts(newBody);
  if (!after) return { ...empty, unreadable: "new" };
  const old = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const next = new Map(after.resources.map((resource) => [resource.logicalId, resource]));
  const named = ({ logicalId, type }) => ({ logicalId, type });
  const byId = (a, b) => compareText(a.logicalId, b.logicalId);
  const grants = compareGrants(grantsOf(before.resources), grantsOf(after.resources));
  return {
    added: after.resources.filter((resource) => !old.has(resource.logicalId)).map(named).sort(byId),
    removed: before.resources.filter((resource) => !next.has(resource.logicalId)).map(named).sort(byId),
    retyped: after.resources.flatMap((resource) => {
      const previous = old.get(resource.logicalId);
      return previous && previous.type !== resource.type ? [{ logicalId: resource.logicalId, from: previous.type, to: resource.type }] : [];
    }).sort(byId),
    modified: after.resources.filter((resource) => {
      const previous = old.get(resource.logicalId);
      return previous?.type === resource.type && canonicalJson(previous.definition ?? null) !== canonicalJson(resource.definition ?? null);
    }).map(named).sort(byId),
    newPrincipals: grants.added,
    widenedPrincipals: grants.widened,
    newManagedPolicies: grants.newManagedPolicies,
    newlyAllowed: newlyAllowedActions(identityGrantsOf(before.resources), identityGrantsOf(after.resources))
  };
}

export {
  policyStatements,
  AccountNames,
  observedSnapshot,
  plannedSnapshot,
  levelsAllowingNothing,
  accountsBeneath,
  accountsLackingAttachment,
  scpsInForce,
  readTemplateFacts,
  declaresTransform,
  controlsAccess,
  baselineControlsAccess,
  summarizeTemplateChange
};
