import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RULES,
  WAIVABLE_RULES,
  isCloudFormationTemplate,
  resourcesOf
} from "./chunk-SWRMEDXE.js";

// src/config/rules/exceptions.ts
var WARNING_DAYS = 14;
var DAY_MS = 24 * 60 * 60 * 1e3;
function expiryInstant(expires) {
  const instant = Date.parse(`${expires}T23:59:59.999Z`);
  return !Number.isNaN(instant) && new Date(instant).toISOString().startsWith(expires) ? instant : NaN;
}
function expiresSoon(expires, now) {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Date.parse(`${expires}T00:00:00Z`) - today <= WARNING_DAYS * DAY_MS;
}
function waivedRules(account, now) {
  const waived = /* @__PURE__ */ new Set();
  for (const exception of account.exceptions ?? []) {
    const rule = exception.rule;
    if (WAIVABLE_RULES.includes(rule) && expiryInstant(exception.expires) >= now.getTime()) waived.add(rule);
  }
  return waived;
}
function notACalendarDate(source, expires, path) {
  return source.diagnostic(RULES.schema, `'${expires}' is not a calendar date; write it as YYYY-MM-DD.`, path);
}
var checkExceptions = ({ repository, now }) => {
  const diagnostics = [];
  for (const account of repository.accounts) diagnostics.push(...checkAccountExceptions(account, now));
  return diagnostics;
};
function checkAccountExceptions({ source, value }, now) {
  const diagnostics = [];
  (value.exceptions ?? []).forEach((exception, index) => {
    const path = ["exceptions", index];
    if (!WAIVABLE_RULES.includes(exception.rule)) {
      diagnostics.push(
        source.diagnostic(
          RULES.exceptionUnknownRule,
          `exception names rule '${exception.rule}', which cannot be waived; use one of: ${WAIVABLE_RULES.join(", ")}.`,
          [...path, "rule"]
        )
      );
      return;
    }
    const expires = expiryInstant(exception.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, exception.expires, [...path, "expires"]));
    } else if (expires < now.getTime()) {
      diagnostics.push(
        source.diagnostic(
          RULES.exceptionExpired,
          `exception for '${exception.rule}' expired on ${exception.expires}; renew it with a new approval and date, or remove it and comply with the rule.`,
          [...path, "expires"]
        )
      );
    } else if (expiresSoon(exception.expires, now)) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.exceptionExpiring,
          `exception for '${exception.rule}' expires on ${exception.expires}, within ${WARNING_DAYS} days; renew it or plan to comply.`,
          [...path, "expires"]
        ),
        severity: "warning"
      });
    }
  });
  return diagnostics;
}

// src/config/rules/template-rules.ts
var PERMISSIONS_BOUNDARY_BASELINE = "permissions-boundary";
var NAMED_IAM_PROPERTIES = {
  "AWS::IAM::Role": "RoleName",
  "AWS::IAM::ManagedPolicy": "ManagedPolicyName",
  "AWS::IAM::InstanceProfile": "InstanceProfileName",
  "AWS::IAM::Group": "GroupName",
  "AWS::IAM::SAMLProvider": "Name",
  "AWS::IAM::ServerCertificate": "ServerCertificateName",
  "AWS::IAM::OIDCProvider": "Url"
};
var checkTemplates = ({ repository }) => {
  const diagnostics = [];
  for (const template of repository.templates.values()) {
    if (!isCloudFormationTemplate(template.template)) {
      diagnostics.push(
        template.source.diagnostic(RULES.templateParse, "not a CloudFormation template: it has no Resources section.")
      );
      continue;
    }
    const resources = resourcesOf(template.template);
    diagnostics.push(...checkIamUsers(template, resources));
    if (template.baseline !== PERMISSIONS_BOUNDARY_BASELINE) diagnostics.push(...checkBoundaries(template, resources));
    diagnostics.push(...checkAdminAllows(template, resources), ...checkOpenTrust(template, resources));
    if (repository.organization)
      diagnostics.push(...checkNamedIamRegions(template, resources, repository.organization));
  }
  return diagnostics;
};
function checkIamUsers(template, resources) {
  return resources.filter((resource) => resource.type === "AWS::IAM::User").map(
    (resource) => template.source.diagnostic(
      RULES.templateNoIamUser,
      `resource '${resource.logicalId}' is an IAM user; baselines use identity federation (SAML or IAM Identity Center) instead. Replace it with a role.`,
      ["Resources", resource.logicalId, "Type"]
    )
  );
}
function checkBoundaries(template, resources) {
  const diagnostics = [];
  for (const resource of resources.filter((candidate) => candidate.type === "AWS::IAM::Role")) {
    const boundary = resource.properties.PermissionsBoundary;
    const problem = boundary === void 0 ? "has no PermissionsBoundary" : mayBeNoValue(boundary) ? "has a PermissionsBoundary that AWS::NoValue can remove (a Ref to it, or a branch of an Fn::If), and then none" : literalText(boundary, "\0")?.endsWith(":iam::aws:policy/AdministratorAccess") ? "has AdministratorAccess as its PermissionsBoundary, which allows everything and so limits nothing" : void 0;
    if (problem)
      diagnostics.push(
        template.source.diagnostic(
          RULES.templatePermissionsBoundary,
          `role '${resource.logicalId}' ${problem}; set it to the boundary policy from the ${PERMISSIONS_BOUNDARY_BASELINE} baseline.`,
          boundary === void 0 ? ["Resources", resource.logicalId, "Properties"] : ["Resources", resource.logicalId, "Properties", "PermissionsBoundary"],
          "key"
        )
      );
  }
  return diagnostics;
}
function mayBeNoValue(value) {
  const call = intrinsic(value);
  if (call?.name === "Ref") return call.argument === "AWS::NoValue";
  if (call?.name === "Fn::If" && Array.isArray(call.argument))
    return call.argument.slice(1).some((branch) => mayBeNoValue(branch));
  return false;
}
function checkAdminAllows(template, resources) {
  const diagnostics = [];
  for (const resource of resources) {
    for (const { statement, path } of policyStatements(resource.properties, [
      "Resources",
      resource.logicalId,
      "Properties"
    ])) {
      if (statement.Effect !== "Allow" || !includesWildcard(statement.Resource)) continue;
      const needs = resource.type === "AWS::IAM::Role" ? "the role needs" : "its principals need";
      if (includesWildcard(statement.Action))
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action on every resource ("*" on "*"); list the actions and resources that ${needs}.`,
            path
          )
        );
      else if (statement.NotAction !== void 0 && !excludesIam(statement.NotAction))
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action but those NotAction lists on every resource, IAM included, so it can grant itself the rest; add iam:* to NotAction, or list the actions and resources that ${needs}.`,
            [...path, "NotAction"],
            "key"
          )
        );
    }
  }
  return diagnostics;
}
function includesWildcard(value) {
  if (Array.isArray(value)) return value.some(includesWildcard);
  if (literalText(value) === "*") return true;
  const call = intrinsic(value);
  if (call?.name === "Fn::If" && Array.isArray(call.argument)) return call.argument.slice(1).some(includesWildcard);
  if (call?.name === "Fn::Split" && Array.isArray(call.argument)) {
    const [delimiter, text] = call.argument.map((part) => literalText(part));
    return delimiter !== void 0 && text !== void 0 && text.split(delimiter).includes("*");
  }
  return false;
}
function excludesIam(value) {
  const actions = (Array.isArray(value) ? value : [value]).map((action) => literalText(action)?.toLowerCase());
  return actions.some((action) => action === "*" || action === "iam:*");
}
function intrinsic(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const entries = Object.entries(value);
  if (entries.length !== 1) return void 0;
  const [[name, argument]] = entries;
  return name === "Ref" || name.startsWith("Fn::") ? { name, argument } : void 0;
}
function literalText(value, unknown) {
  if (typeof value === "string") return value;
  const call = intrinsic(value);
  if (call?.name === "Fn::Sub") {
    const [text, variables] = Array.isArray(call.argument) ? call.argument : [call.argument, {}];
    if (typeof text !== "string") return void 0;
    const map = variables && typeof variables === "object" ? variables : {};
    let resolved = true;
    const spelt = text.replace(/\$\{([^}]*)\}/g, (_whole, inner) => {
      if (inner.startsWith("!")) return `\${${inner.slice(1)}}`;
      const literal = Object.hasOwn(map, inner.trim()) ? literalText(map[inner.trim()], unknown) : void 0;
      if (literal === void 0 && unknown === void 0) resolved = false;
      return literal ?? unknown ?? "";
    });
    return resolved ? spelt : void 0;
  }
  if (call?.name === "Fn::Join" && Array.isArray(call.argument)) {
    const [delimiter, pieces] = call.argument;
    if (typeof delimiter !== "string" || !Array.isArray(pieces)) return void 0;
    const texts = pieces.map((piece) => literalText(piece, unknown) ?? unknown);
    return texts.every((piece) => piece !== void 0) ? texts.join(delimiter) : void 0;
  }
  return unknown;
}
function checkOpenTrust(template, resources) {
  const diagnostics = [];
  for (const resource of resources.filter((candidate) => candidate.type === "AWS::IAM::Role")) {
    const path = ["Resources", resource.logicalId, "Properties", "AssumeRolePolicyDocument"];
    for (const { statement, path: at } of policyStatements(resource.properties.AssumeRolePolicyDocument, path)) {
      if (statement.Effect !== "Allow" || statement.Condition !== void 0) continue;
      const principal = statement.Principal;
      const open = includesWildcard(principal) || principal !== null && typeof principal === "object" && !Array.isArray(principal) && includesWildcard(principal.AWS);
      if (open)
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateOpenTrust,
            `role '${resource.logicalId}' lets any principal of any AWS account assume it (Principal "*" with no Condition); name the accounts or roles that may, or add a Condition such as aws:PrincipalOrgID.`,
            [...at, "Principal"],
            "key"
          )
        );
    }
  }
  return diagnostics;
}
function policyStatements(value, path) {
  if (Array.isArray(value)) return value.flatMap((item, index) => policyStatements(item, [...path, index]));
  if (!value || typeof value !== "object") return [];
  const found = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === "Statement") {
      const statements = Array.isArray(child) ? child : [child];
      statements.forEach((statement, index) => {
        if (statement && typeof statement === "object") {
          found.push({
            statement,
            path: Array.isArray(child) ? [...path, key, index] : [...path, key]
          });
        }
      });
    } else {
      found.push(...policyStatements(child, [...path, key]));
    }
  }
  return found;
}
function namedIamResource(resources) {
  return resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    return property !== void 0 && resource.properties[property] !== void 0;
  });
}
function checkNamedIamRegions(template, resources, organization) {
  const regions = organization.value.baselines?.[template.baseline]?.regions;
  if (regions?.length === 1) return [];
  const named = namedIamResource(resources);
  if (!named) return [];
  return [
    organization.source.diagnostic(
      RULES.templateNamedIamSingleRegion,
      `baseline '${template.baseline}' creates IAM resources with explicit names (${named.logicalId} in ${template.file}); IAM is global, so a second region fails with AlreadyExists. Set its regions to exactly one region, e.g. [${organization.value.homeRegion}].`,
      regions ? ["baselines", template.baseline, "regions"] : ["baselines", template.baseline],
      regions ? "value" : "key"
    )
  ];
}

export {
  DAY_MS,
  expiryInstant,
  expiresSoon,
  waivedRules,
  notACalendarDate,
  checkExceptions,
  PERMISSIONS_BOUNDARY_BASELINE,
  NAMED_IAM_PROPERTIES,
  checkTemplates,
  namedIamResource
};
