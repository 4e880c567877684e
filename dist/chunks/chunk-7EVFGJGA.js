import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RULES,
  WAIVABLE_RULES,
  isCloudFormationTemplate,
  resourcesOf
} from "./chunk-XGHJCEMG.js";

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

// src/config/drift-declarations.ts
function declaredExceptions(repository) {
  return repository.accounts.flatMap(
    ({ source, value }) => (value.exceptions ?? []).map((exception, index) => ({
      account: value.name,
      file: source.file,
      ...source.positionOf(["exceptions", index, "expires"]),
      rule: exception.rule,
      reason: exception.reason,
      approvedBy: exception.approvedBy,
      expires: exception.expires
    }))
  );
}
function driftIgnoreEntries(repository) {
  const organization = repository.organization;
  if (!organization) return [];
  return (organization.value.ignore ?? []).map((entry, index) => ({
    ...entry,
    line: organization.source.positionOf(["ignore", index]).line,
    expiresAt: organization.source.positionOf(["ignore", index, "expires"])
  }));
}
function targetPatternMatches(pattern, target) {
  return pattern === target || patternExpression(pattern).test(target);
}
function patternExpression(pattern) {
  const parts = pattern.split("/");
  const source = parts.map((part, index) => {
    const last = index === parts.length - 1;
    if (part === "**") return last ? ".*" : "(?:[^/]*/)*";
    return `${part.split("*").map(escapeForExpression).join("[^/]*")}${last ? "" : "/"}`;
  }).join("");
  return new RegExp(`^${source}$`, "s");
}
function escapeForExpression(text) {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
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
    diagnostics.push(...checkAdminAllows(template, resources));
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
  return resources.filter((resource) => resource.type === "AWS::IAM::Role" && resource.properties.PermissionsBoundary === void 0).map(
    (resource) => template.source.diagnostic(
      RULES.templatePermissionsBoundary,
      `role '${resource.logicalId}' has no PermissionsBoundary; set it to the boundary policy from the ${PERMISSIONS_BOUNDARY_BASELINE} baseline.`,
      ["Resources", resource.logicalId, "Properties"],
      "key"
    )
  );
}
function checkAdminAllows(template, resources) {
  const diagnostics = [];
  for (const resource of resources) {
    for (const { statement, path } of policyStatements(resource.properties, [
      "Resources",
      resource.logicalId,
      "Properties"
    ])) {
      if (statement.Effect === "Allow" && includesWildcard(statement.Action) && includesWildcard(statement.Resource)) {
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action on every resource ("*" on "*"); list the actions and resources that ${resource.type === "AWS::IAM::Role" ? "the role needs" : "its principals need"}.`,
            path
          )
        );
      }
    }
  }
  return diagnostics;
}
function includesWildcard(value) {
  return value === "*" || Array.isArray(value) && value.includes("*");
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
  declaredExceptions,
  driftIgnoreEntries,
  targetPatternMatches,
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
