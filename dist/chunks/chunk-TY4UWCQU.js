import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  canonicalJson
} from "./chunk-OFZH4PFY.js";
import {
  PERMISSIONS_BOUNDARY_BASELINE
} from "./chunk-BY7TRITL.js";
import {
  parametersOf,
  parseRepositoryFile,
  resourcesOf,
  templateToJson
} from "./chunk-AZNZSHZR.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/plan/template-grants.ts
function grantsOf(resources) {
  const principals = /* @__PURE__ */ new Map();
  const managedPolicies = /* @__PURE__ */ new Set();
  const grant = (principal, scopes) => {
    const held = principals.get(principal) ?? /* @__PURE__ */ new Set();
    for (const scope of scopes) held.add(scope);
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
      if (key === "ManagedPolicyArns") for (const leaf of leavesOf(child)) managedPolicies.add(leaf);
      else if (SHARED_WITH_KEY.test(key)) for (const leaf of leavesOf(child)) grant(leaf, ["*"]);
      else visit(child, POLICY_KEY.test(key));
    }
  };
  for (const resource of resources) visit(resource.properties, false);
  return { principals, managedPolicies };
}
function compareGrants(before, after) {
  const added = [];
  const widened = [];
  for (const [principal, scopes] of after.principals) {
    const previous = before.principals.get(principal);
    if (!previous) added.push(principal);
    else if ([...scopes].some((scope) => !previous.has(scope))) widened.push(principal);
  }
  const sorted = (values) => values.sort(compareText);
  return {
    added: sorted(added),
    widened: sorted(widened),
    newManagedPolicies: sorted([...after.managedPolicies].filter((policy) => !before.managedPolicies.has(policy)))
  };
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
  const actions = statement["NotAction"] !== void 0 ? [`all actions except ${leavesOf(statement["NotAction"]).join(", ")}`] : statement["Action"] !== void 0 ? leavesOf(statement["Action"]) : ["*"];
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
function isIntrinsic(value) {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::"));
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
    newManagedPolicies: []
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
    newManagedPolicies: grants.newManagedPolicies
  };
}

export {
  readTemplateFacts,
  declaresTransform,
  controlsAccess,
  baselineControlsAccess,
  summarizeTemplateChange
};
