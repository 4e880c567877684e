import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RULES,
  isCloudFormationTemplate,
  resourcesOf
} from "./chunk-TSP7M7MX.js";

// src/config/quotas.ts
var ORGANIZATIONS_QUOTAS = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html";
var CLOUDFORMATION_QUOTAS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html";
var POLICY_HARD_LIMIT = 'hard limit: "All policy limits are hard limits"';
var TEMPLATE_LIMIT = "template limit";
var QUOTAS = {
  // "Number of policies that you can attach to an entity", row Service control policy: 10 per root, OU and account
  // (5 before 2026-05-15). Only direct attachments count, FullAWSAccess included; all policy limits are hard limits.
  scpsPerTarget: {
    default: 10,
    maximum: 100,
    description: "SCPs attached directly to one root, OU or account, counting FullAWSAccess",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: POLICY_HARD_LIMIT
  },
  // "Maximum size of a policy document": 10,240 characters for SCPs since 2026-05-15, doubled with the attachment
  // count (AWS What's New, "AWS Organizations increased SCP quotas"); copies of the quotas page from before say
  // "5120 characters", older ones "5120 bytes (not characters)". So vend counts UTF-8 bytes of the minified JSON it
  // sends: for ASCII the two agree, and for other text bytes can only over-count, never let a large policy through.
  scpSize: {
    default: 10240,
    maximum: 1e6,
    description: "size of one SCP as sent (minified JSON), counted in UTF-8 bytes",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: POLICY_HARD_LIMIT
  },
  // "OU maximum nesting in a root: Five levels of OUs deep under a root."
  organizationalUnitDepth: {
    default: 5,
    maximum: 20,
    description: "levels of OUs under the root",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: 'fixed by CreateOrganizationalUnit: "For service control policies, the limit is five"'
  },
  // "Number of tags that you can attach to a root, OU, or account: 50".
  tagsPerAccount: {
    default: 50,
    maximum: 1e3,
    description: "tags on one account, counting vend's Owner and ManagedBy",
    source: ORGANIZATIONS_QUOTAS,
    fixedBy: "fixed: the quotas page marks the account count adjustable, not this"
  },
  // Template body size in a request: 51,200 bytes. Larger templates must be uploaded to S3 and passed as
  // TemplateURL, which vend does not do. The CreateStackSet TemplateBody member documentation (CloudFormation
  // model, shape TemplateBody) gives the same "maximum length of 51,200 bytes".
  templateBodySize: {
    default: 51200,
    maximum: 1048576,
    description: "bytes of one baseline template, sent as TemplateBody",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: "API constraint: the TemplateBody member of CreateStackSet and UpdateStackSet"
  },
  // Template description: 1,024 bytes.
  templateDescriptionSize: {
    default: 1024,
    maximum: 1048576,
    description: "bytes of a template's Description",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Parameters declared in a template: 200.
  parametersPerTemplate: {
    default: 200,
    maximum: 1e4,
    description: "parameters one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Parameter name: 255 characters.
  parameterNameLength: {
    default: 255,
    maximum: 1e4,
    description: "characters in a template parameter name",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Parameter value: 4,096 bytes. The model's ParameterValue shape has no length of its own.
  parameterValueSize: {
    default: 4096,
    maximum: 1048576,
    description: "bytes in one StackSet parameter value",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Resources declared in a template: 500 (200 in older copies of the page).
  resourcesPerTemplate: {
    default: 500,
    maximum: 1e5,
    description: "resources one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Outputs declared in a template: 200 (60 in older copies of the page).
  outputsPerTemplate: {
    default: 200,
    maximum: 1e5,
    description: "outputs one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Mappings declared in a template: 200 (100 in older copies of the page).
  mappingsPerTemplate: {
    default: 200,
    maximum: 1e5,
    description: "mappings one template declares",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Mapping attributes: 200 for each mapping (the name-value pairs under one of its keys).
  mappingAttributes: {
    default: 200,
    maximum: 1e5,
    description: "attributes under one key of one mapping",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  },
  // Dynamic references: 60 in a stack template ({{resolve:ssm:…}}, {{resolve:secretsmanager:…}}).
  dynamicReferencesPerTemplate: {
    default: 60,
    maximum: 1e5,
    description: "dynamic references ({{resolve:\u2026}}) in one template",
    source: CLOUDFORMATION_QUOTAS,
    fixedBy: TEMPLATE_LIMIT
  }
};
function effectiveQuotas(organization) {
  const quotas = {};
  for (const name of Object.keys(QUOTAS))
    quotas[name] = organization?.quotas?.[name] ?? QUOTAS[name].default;
  return quotas;
}
function limitPhrase(authority, name, value, per = "") {
  const aws = QUOTAS[name].default;
  return value === aws ? `${authority} allows ${value}${per} (quota ${name})` : `the override quotas.${name} in baselines/organization.yaml allows ${value}${per} (${authority}: ${aws})`;
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
  QUOTAS,
  effectiveQuotas,
  limitPhrase,
  PERMISSIONS_BOUNDARY_BASELINE,
  checkTemplates
};
