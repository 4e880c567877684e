import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RULES,
  isCloudFormationTemplate,
  resourcesOf
} from "./chunk-M3BOY7N3.js";

// src/config/desired-state.ts
var MANAGED_BY_TAG = { key: "ManagedBy", value: "vend" };
var OWNER_UNASSIGNED = "vend:unassigned";
var PARAMETER_OVERRIDES_TAG = "vend:parameter-overrides";
var VEND_TAG_PREFIX = "vend:";
function recordedParameterOverrides(tags) {
  return (tags?.[PARAMETER_OVERRIDES_TAG] ?? "").split(" ").filter(Boolean);
}
var FULL_AWS_ACCESS_POLICY_NAME = "FullAWSAccess";

// src/config/json-numbers.ts
function decimalValue(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return void 0;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = (whole + fraction).replace(/^0+/, "");
  if (digits === "") return "0";
  const significant = digits.replace(/0+$/, "");
  return `${sign}${significant}e${BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length)}`;
}
function numberAsJavaScriptWrites(literal) {
  const written = JSON.stringify(Number(literal));
  return decimalValue(literal) === decimalValue(written) ? void 0 : written;
}
function jsonNumberLiterals(json) {
  const literals = [];
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let index = 0; index < json.length; index++) {
    const character = json[index];
    if (character === '"') {
      for (index++; index < json.length && json[index] !== '"'; index++) if (json[index] === "\\") index++;
    } else if (character === "-" || character >= "0" && character <= "9") {
      number.lastIndex = index;
      const match = number.exec(json);
      if (match) {
        literals.push(match[0]);
        index += match[0].length - 1;
      }
    }
  }
  return literals;
}
function losesNumberValues(json) {
  return jsonNumberLiterals(json).some((literal) => numberAsJavaScriptWrites(literal) !== void 0);
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
            `resource '${resource.logicalId}' allows every action on every resource ("*" on "*"); list the actions and resources the role needs.`,
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
function checkNamedIamRegions(template, resources, organization) {
  const regions = organization.value.baselines?.[template.baseline]?.regions;
  if (regions?.length === 1) return [];
  const named = resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    return property !== void 0 && resource.properties[property] !== void 0;
  });
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
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  VEND_TAG_PREFIX,
  recordedParameterOverrides,
  FULL_AWS_ACCESS_POLICY_NAME,
  numberAsJavaScriptWrites,
  jsonNumberLiterals,
  losesNumberValues,
  PERMISSIONS_BOUNDARY_BASELINE,
  checkTemplates
};
