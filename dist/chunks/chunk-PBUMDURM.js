import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  RULES,
  isCloudFormationTemplate,
  parametersOf,
  resourcesOf
} from "./chunk-EFBOC2AA.js";

// src/config/inheritance.ts
function organizationalUnitLineage(units, path) {
  const byPath = new Map(units.map((unit) => [unit.path, unit]));
  const lineage = [];
  for (let current = byPath.get(path); current; current = current.parentPath === null ? void 0 : byPath.get(current.parentPath)) {
    lineage.unshift(current);
  }
  return lineage;
}
function effectiveBaselineNames(units, account) {
  const excluded = new Set(account.excludeBaselines ?? []);
  const names = /* @__PURE__ */ new Set();
  for (const unit of organizationalUnitLineage(units, account.ou))
    for (const name of unit.document.baselines ?? []) names.add(name);
  for (const name of account.baselines ?? []) names.add(name);
  return [...names].filter((name) => !excluded.has(name));
}

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

// src/config/rules/template-values.ts
function parameterValues(repository, template) {
  const declared = parametersOf(template.template);
  return (parameter) => {
    const declaration = declared[parameter];
    if (typeof declaration !== "object" || declaration === null) return [];
    const found = [];
    const add = (value, where) => {
      if (typeof value === "string" || typeof value === "number") found.push({ value: String(value), where });
    };
    add(declaration.Default, `its Default in ${template.file}`);
    add(
      repository.organization?.value.baselines?.[template.baseline]?.parameters?.[parameter],
      "baselines/organization.yaml"
    );
    for (const { source, value } of repository.accounts)
      add(value.parameters?.[template.baseline]?.[parameter], source.file);
    return found;
  };
}
function wildcardIn(value, values) {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = wildcardIn(item, values);
      if (found !== void 0) return found;
    }
    return void 0;
  }
  if (literalText(value) === "*") return "";
  const call = intrinsic(value);
  if (call?.name === "Ref" && typeof call.argument === "string") {
    const parameter = call.argument;
    const star = values(parameter).find(({ value: set }) => set.split(",").some((member) => member.trim() === "*"));
    return star ? `parameter ${parameter} is "*" in ${star.where}` : void 0;
  }
  if (call?.name === "Fn::If" && Array.isArray(call.argument)) return wildcardIn(call.argument.slice(1), values);
  if (call?.name === "Fn::Split" && Array.isArray(call.argument)) {
    const [delimiter, text] = call.argument.map((part) => literalText(part));
    return delimiter !== void 0 && text !== void 0 && text.split(delimiter).includes("*") ? "" : void 0;
  }
  return void 0;
}
function mayAllow(effect, values) {
  const text = literalText(effect);
  if (text !== void 0) return text === "Allow";
  const call = intrinsic(effect);
  if (call?.name === "Ref" && typeof call.argument === "string") {
    const set = values(call.argument);
    return set.length === 0 || set.some(({ value }) => value === "Allow");
  }
  if (call?.name === "Fn::If" && Array.isArray(call.argument))
    return call.argument.slice(1).some((branch) => mayAllow(branch, values));
  return true;
}
function mayBeNoValue(value) {
  const call = intrinsic(value);
  if (call?.name === "Ref") return call.argument === "AWS::NoValue";
  if (call?.name === "Fn::If" && Array.isArray(call.argument))
    return call.argument.slice(1).some((branch) => mayBeNoValue(branch));
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
  if (typeof value === "string" || typeof value === "number") return String(value);
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
  if (call?.name === "Fn::Select" && Array.isArray(call.argument)) {
    const [at, list] = call.argument;
    const index = Number(literalText(at));
    const split = intrinsic(list);
    const items = Array.isArray(list) ? list : split?.name === "Fn::Split" && Array.isArray(split.argument) ? splitText(split.argument) : void 0;
    return Number.isInteger(index) && items && index >= 0 && index < items.length ? literalText(items[index], unknown) ?? unknown : unknown;
  }
  return unknown;
}
function splitText(argument) {
  const [delimiter, text] = [argument[0], literalText(argument[1])];
  return typeof delimiter === "string" && text !== void 0 ? text.split(delimiter || ",") : void 0;
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
  "AWS::IAM::OIDCProvider": "Url",
  "AWS::IAM::VirtualMFADevice": "VirtualMfaDeviceName",
  // One service-linked role per service (and suffix) in an account: the second Region's create is refused.
  "AWS::IAM::ServiceLinkedRole": "AWSServiceName"
};
function conditionsOf(template) {
  const conditions = template?.Conditions;
  return conditions && typeof conditions === "object" ? conditions : {};
}
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
    const values = parameterValues(repository, template);
    diagnostics.push(...checkAdminAllows(template, resources, values), ...checkOpenTrust(template, resources, values));
    if (repository.organization)
      diagnostics.push(...checkNamedIamRegions(template, resources, repository, repository.organization));
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
function checkAdminAllows(template, resources, values) {
  const diagnostics = [];
  for (const resource of resources.filter(({ type }) => type !== "AWS::Organizations::Policy")) {
    for (const { statement, path } of policyStatements(resource.properties, [
      "Resources",
      resource.logicalId,
      "Properties"
    ])) {
      const onEverything = wildcardIn(statement.Resource, values);
      if (!mayAllow(statement.Effect, values) || onEverything === void 0) continue;
      const needs = resource.type === "AWS::IAM::Role" ? "the role needs" : "its principals need";
      const everyAction = wildcardIn(statement.Action, values);
      const via = [everyAction, onEverything].filter(Boolean).join("; ");
      if (everyAction !== void 0)
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateNoAdminAllow,
            `resource '${resource.logicalId}' allows every action on every resource ("*" on "*"${via ? `: ${via}` : ""}); list the actions and resources that ${needs}.`,
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
function checkOpenTrust(template, resources, values) {
  const diagnostics = [];
  for (const resource of resources.filter((candidate) => candidate.type === "AWS::IAM::Role")) {
    const path = ["Resources", resource.logicalId, "Properties", "AssumeRolePolicyDocument"];
    for (const { statement, path: at } of policyStatements(resource.properties.AssumeRolePolicyDocument, path)) {
      const narrowed = statement.Condition !== void 0 && !mayBeNoValue(statement.Condition);
      if (!mayAllow(statement.Effect, values) || narrowed) continue;
      const principal = statement.Principal;
      const open = wildcardIn(principal, values) ?? (principal !== null && typeof principal === "object" && !Array.isArray(principal) ? wildcardIn(principal.AWS, values) : void 0);
      if (open !== void 0)
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateOpenTrust,
            `role '${resource.logicalId}' lets any principal of any AWS account assume it (Principal "*" with no Condition${open ? `: ${open}` : ""}); name the accounts or roles that may, or add a Condition such as aws:PrincipalOrgID.`,
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
function namedIamResource(resources, conditions = {}) {
  const regional = regionalConditions(conditions);
  return resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    const name = property === void 0 ? void 0 : resource.properties[property];
    if (name === void 0) return false;
    if (typeof resource.condition === "string" && regional.has(resource.condition)) return false;
    const ifCondition = name?.["Fn::If"]?.[0];
    if (typeof ifCondition === "string" && regional.has(ifCondition)) return false;
    return !namedPerRegion(name);
  });
}
function namedPerRegion(name) {
  const text = JSON.stringify(name);
  return text.includes('"Ref":"AWS::Region"') || /\$\{AWS::Region\}/.test(text);
}
function regionalConditions(conditions) {
  const regional = /* @__PURE__ */ new Set();
  const reads = (name, seen) => {
    if (regional.has(name)) return true;
    if (seen.has(name) || !Object.hasOwn(conditions, name)) return false;
    seen.add(name);
    const text = JSON.stringify(conditions[name]);
    const named = [...text.matchAll(/"Condition":"([^"]+)"/g)].map((match) => match[1]);
    return text.includes('"Ref":"AWS::Region"') || named.some((other) => reads(other, seen));
  };
  for (const name of Object.keys(conditions)) if (reads(name, /* @__PURE__ */ new Set())) regional.add(name);
  return regional;
}
function multiRegionPlacement(baseline, repository, organization) {
  const regions = organization.baselines?.[baseline]?.regions;
  if (regions) return regions.length > 1 ? { regions } : void 0;
  for (const { value } of repository.accounts) {
    const accountRegions = value.regions ?? organization.defaultRegions;
    if (value.closed !== true && accountRegions.length > 1 && effectiveBaselineNames(repository.organizationalUnits, value).includes(baseline))
      return { regions: accountRegions, account: value.name };
  }
  return void 0;
}
function checkNamedIamRegions(template, resources, repository, organization) {
  const named = namedIamResource(resources, conditionsOf(template.template));
  const placement = named && multiRegionPlacement(template.baseline, repository, organization.value);
  if (!named || !placement) return [];
  const where = placement.account ? `account ${placement.account} receives it in ${placement.regions.length} regions (${placement.regions.join(", ")})` : `its regions are ${placement.regions.join(", ")}`;
  return [
    organization.source.diagnostic(
      RULES.templateNamedIamSingleRegion,
      `baseline '${template.baseline}' creates IAM resources with explicit names (${named.logicalId} in ${template.file}), and ${where}; IAM is global, so the second region fails with AlreadyExists. Set its regions to exactly one region, e.g. [${organization.value.homeRegion}], or put \${AWS::Region} in the name.`,
      placement.account ? ["baselines", template.baseline] : ["baselines", template.baseline, "regions"],
      placement.account ? "key" : "value"
    )
  ];
}

export {
  organizationalUnitLineage,
  effectiveBaselineNames,
  numberAsJavaScriptWrites,
  jsonNumberLiterals,
  losesNumberValues,
  literalText,
  PERMISSIONS_BOUNDARY_BASELINE,
  NAMED_IAM_PROPERTIES,
  conditionsOf,
  checkTemplates,
  namedIamResource
};
