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
  const empty = { added: [], removed: [], retyped: [], modified: [], newPrincipals: [], newManagedPolicies: [] };
  const before = deployedBody === void 0 ? { resources: [] } : readTemplateFacts(deployedBody);
  if (!before) return { ...empty, unreadable: "deployed" };
  const after = readTemplateFacts(newBody);
  if (!after) return { ...empty, unreadable: "new" };
  const old = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const next = new Map(after.resources.map((resource) => [resource.logicalId, resource]));
  const named = ({ logicalId, type }) => ({ logicalId, type });
  const byId = (a, b) => compareText(a.logicalId, b.logicalId);
  const grantsBefore = grantsOf(before.resources);
  const grantsAfter = grantsOf(after.resources);
  const added = (values, previous) => [...values].filter((value) => !previous.has(value)).sort(compareText);
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
    newPrincipals: added(grantsAfter.principals, grantsBefore.principals),
    newManagedPolicies: added(grantsAfter.managedPolicies, grantsBefore.managedPolicies)
  };
}
function grantsOf(resources) {
  const principals = /* @__PURE__ */ new Set();
  const managedPolicies = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object" && !isIntrinsic(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "Principal" || key === "NotPrincipal") for (const leaf of leavesOf(child)) principals.add(leaf);
        else if (key === "ManagedPolicyArns") for (const leaf of leavesOf(child)) managedPolicies.add(leaf);
        else visit(child);
      }
    }
  };
  for (const resource of resources) visit(resource.properties);
  return { principals, managedPolicies };
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

export {
  readTemplateFacts,
  declaresTransform,
  controlsAccess,
  baselineControlsAccess,
  summarizeTemplateChange
};
