import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  VEND_TAG_PREFIX,
  checkTemplates
} from "./chunk-L4HPXP6F.js";
import {
  RULES,
  WAIVABLE_RULES,
  compareDiagnostics,
  isCloudFormationTemplate,
  parameterNamesOf,
  parametersOf,
  parametersWithoutDefaultOf,
  readRepository,
  require_dist
} from "./chunk-E2IHRBMA.js";
import {
  DRIFT_SEVERITIES
} from "./chunk-WOFMCSLJ.js";
import {
  codePointOf
} from "./chunk-VDZD57HC.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

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

// src/config/rules/scp-rules.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/aws-constraints.ts
var ORGANIZATIONS_TAG_CHARACTER = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
var ORGANIZATIONS_TAG_CHARACTERS = "letters, numbers, spaces and _ . : / = + - @";
var ORGANIZATIONS_TAG_KEY = {
  member: "the Organizations TagKey shape",
  minLength: 1,
  maxLength: 128,
  unit: "characters",
  allowedCharacter: ORGANIZATIONS_TAG_CHARACTER,
  allowedCharacters: ORGANIZATIONS_TAG_CHARACTERS
};
var ORGANIZATIONS_TAG_VALUE = {
  member: "the Organizations TagValue shape",
  minLength: 0,
  maxLength: 256,
  unit: "characters",
  allowedCharacter: ORGANIZATIONS_TAG_CHARACTER,
  allowedCharacters: ORGANIZATIONS_TAG_CHARACTERS
};
var POLICY_DESCRIPTION = {
  member: "CreatePolicy Description, shape PolicyDescription",
  minLength: 0,
  maxLength: 512,
  unit: "characters"
};
var EXCLUSIVE_OPERATION_PREFERENCES = [
  ["maxConcurrentCount", "maxConcurrentPercentage"],
  ["failureToleranceCount", "failureTolerancePercentage"]
];
var TEMPLATE_PARAMETER_DESCRIPTION = {
  member: "a CloudFormation template parameter Description",
  minLength: 0,
  maxLength: 4e3,
  unit: "characters"
};
function lengthIn(unit, value) {
  return unit === "bytes" ? Buffer.byteLength(value, "utf8") : [...value].length;
}
function lengthProblem(constraint, value) {
  const length = lengthIn(constraint.unit, value);
  if (length > constraint.maxLength) return `is ${length} ${constraint.unit}; at most ${constraint.maxLength} fit`;
  if (length < constraint.minLength)
    return `is ${length} ${constraint.unit}; at least ${constraint.minLength} are needed`;
  return void 0;
}
function refusedCharacters(constraint, value) {
  const allowed = constraint.allowedCharacter;
  if (!allowed) return [];
  return [...new Set([...value].filter((character) => !allowed.test(character)))];
}
function describeCharacter(character) {
  const code = codePointOf(character);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `'${character}' (${code})` : code;
}

// src/config/rules/scp-grammar.ts
var POLICY_ELEMENTS = ["Version", "Statement"];
var STATEMENT_ELEMENTS = ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"];
var CONDITION_OPERATOR = new RegExp(
  "^(?:(?:ForAllValues:|ForAnyValue:)?(?:" + [
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike"
  ].join("|") + ")(?:IfExists)?|Null)$"
);
var CONDITION_KEY = /^[^:]+:./;
var ACTION = /^(?:\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+)$/;
var isResource = (value) => value === "*" || value.startsWith("arn:") && value.split(":").length >= 6;
var SID = /^[A-Za-z0-9]+$/;
var isObject = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function checkPolicyGrammar(source, document) {
  const diagnostics = [];
  const report = (message, path, part = "value") => diagnostics.push(source.diagnostic(RULES.scpSyntax, message, path, part));
  if (!isObject(document)) {
    report("an SCP must be a JSON object with Version and Statement.", []);
    return diagnostics;
  }
  checkElements(document, POLICY_ELEMENTS, "an SCP", [], report);
  if (document.Version !== "2012-10-17") {
    report(
      `Version must be "2012-10-17"; without it AWS evaluates the policy with the legacy grammar.`,
      document.Version === void 0 ? [] : ["Version"]
    );
  }
  const statement = document.Statement;
  if (!Array.isArray(statement) && !isObject(statement)) {
    report("Statement must be a statement object or a list of them.", statement === void 0 ? [] : ["Statement"]);
    return diagnostics;
  }
  const sids = /* @__PURE__ */ new Set();
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statements.length === 0)
    report("Statement is an empty list; an SCP must have at least one statement, so add one or delete the policy.", [
      "Statement"
    ]);
  statements.forEach((entry, index) => {
    const path = Array.isArray(statement) ? ["Statement", index] : ["Statement"];
    if (!isObject(entry)) report("each statement must be a JSON object with Effect, Action and Resource.", path);
    else checkStatement(entry, path, sids, report);
  });
  return diagnostics;
}
function checkElements(element, allowed, what, path, report) {
  for (const key of Object.keys(element)) {
    if (allowed.includes(key)) continue;
    if (key === "Principal" || key === "NotPrincipal")
      report(
        `SCPs do not support ${key}: an SCP applies to every principal in the accounts it is attached to. Remove it; to exempt principals, use a Condition such as ArnNotLike on aws:PrincipalArn.`,
        [...path, key],
        "key"
      );
    else
      report(
        `'${key}' is not an element ${what} accepts (${allowed.join(", ")}); remove it or fix its spelling.`,
        [...path, key],
        "key"
      );
  }
}
function checkStatement(statement, path, sids, report) {
  checkElements(statement, STATEMENT_ELEMENTS, "an SCP statement", path, report);
  const { Sid: sid, Effect: effect } = statement;
  if (sid !== void 0) {
    if (typeof sid !== "string" || !SID.test(sid))
      report(`Sid ${JSON.stringify(sid)} may contain only ASCII letters and digits; remove the other characters.`, [
        ...path,
        "Sid"
      ]);
    else if (sids.has(sid))
      report(`Sid '${sid}' is already used by another statement; Sids must be unique within a policy.`, [
        ...path,
        "Sid"
      ]);
    if (typeof sid === "string") sids.add(sid);
  }
  if (effect === void 0) report('the statement has no Effect; add "Effect": "Deny" or "Effect": "Allow".', path);
  else if (effect !== "Allow" && effect !== "Deny")
    report(`Effect must be "Allow" or "Deny", spelled exactly so; got ${JSON.stringify(effect)}.`, [...path, "Effect"]);
  checkOneOf(
    statement,
    ["Action", "NotAction"],
    path,
    report,
    (value) => ACTION.test(value) ? void 0 : `${JSON.stringify(value)} is not an action: write service:action, such as s3:PutObject, with * and ? as wildcards, or "*" for every action.`
  );
  checkOneOf(
    statement,
    ["Resource", "NotResource"],
    path,
    report,
    (value) => isResource(value) ? void 0 : `${JSON.stringify(value)} is not a resource: write "*" or an ARN such as arn:aws:s3:::bucket/*.`
  );
  if (statement.Condition !== void 0) checkCondition(statement.Condition, [...path, "Condition"], report);
}
function checkOneOf(statement, pair, path, report, problemOf) {
  const present = pair.filter((key) => statement[key] !== void 0);
  if (present.length === 0) report(`the statement has neither ${pair[0]} nor ${pair[1]}; add one of them.`, path);
  if (present.length === 2)
    report(`a statement has ${pair[0]} or ${pair[1]}, not both; remove one.`, [...path, pair[1]], "key");
  for (const key of present) {
    const value = statement[key];
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) report(`${key} is an empty list; list at least one entry.`, [...path, key]);
    values.forEach((entry, index) => {
      const at = Array.isArray(value) ? [...path, key, index] : [...path, key];
      const problem = typeof entry === "string" ? problemOf(entry) : `each ${key} entry must be a string.`;
      if (problem) report(problem, at);
    });
  }
}
function checkCondition(condition, path, report) {
  if (!isObject(condition)) {
    report(
      'Condition must be an object of operators, such as { "StringEquals": { "aws:RequestedRegion": "eu-west-1" } }.',
      path
    );
    return;
  }
  for (const [operator, block] of Object.entries(condition)) {
    if (!CONDITION_OPERATOR.test(operator))
      report(
        `'${operator}' is not an IAM condition operator (such as StringEquals, ArnNotLike or Bool, optionally with IfExists or a ForAllValues:/ForAnyValue: prefix); fix its spelling.`,
        [...path, operator],
        "key"
      );
    if (!isObject(block)) {
      report(`${operator} must map condition keys to values, such as { "aws:PrincipalArn": "arn:\u2026" }.`, [
        ...path,
        operator
      ]);
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      if (!CONDITION_KEY.test(key))
        report(
          `${JSON.stringify(key)} is not a condition key: write service:keyname, such as aws:PrincipalArn or s3:prefix.`,
          [...path, operator, key],
          "key"
        );
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || values.some((entry) => !["string", "number", "boolean"].includes(typeof entry)))
        report(
          `the value of condition key '${key}' must be a string, number or boolean, or a non-empty list of them.`,
          [...path, operator, key]
        );
    }
  }
}

// src/config/rules/scp-rules.ts
function minifyPolicy(document) {
  return JSON.stringify(document);
}
var checkScps = ({ repository, quotas }) => {
  const diagnostics = [];
  for (const scp of repository.scps.values()) {
    diagnostics.push(...checkPolicyGrammar(scp.source, scp.document), ...checkNumbersSentAsWritten(scp.source));
    const size = Buffer.byteLength(minifyPolicy(scp.document), "utf8");
    if (size > quotas.scpSize) {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSize,
          `SCP '${scp.name}' is ${size} bytes minified; ${limitPhrase("AWS", "scpSize", quotas.scpSize)}. Split it into two policies or use wildcards in actions.`
        )
      );
    }
  }
  return diagnostics;
};
function checkNumbersSentAsWritten(source) {
  const diagnostics = [];
  const visit = (node, path) => {
    if ((0, import_yaml.isMap)(node))
      for (const pair of node.items) visit(pair.value, [...path, String(pair.key.value)]);
    else if ((0, import_yaml.isSeq)(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
    else if ((0, import_yaml.isScalar)(node) && typeof node.value === "number" && node.source !== void 0) {
      const sent = JSON.stringify(node.value);
      if (decimalValue(node.source) !== decimalValue(sent))
        diagnostics.push(
          source.diagnostic(
            RULES.scpSyntax,
            `the number ${node.source} would be sent to AWS as ${sent}: vend sends SCPs minified through JavaScript numbers, which keep about 17 digits, so AWS would get another policy than the one reviewed. Quote it as a string ("${node.source}"); IAM condition values are compared as strings.`,
            path
          )
        );
    }
  };
  visit(source.document.contents, []);
  return diagnostics;
}
function decimalValue(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return void 0;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = (whole + fraction).replace(/^0+/, "");
  if (digits === "") return "0";
  const significant = digits.replace(/0+$/, "");
  return `${sign}${significant}e${BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length)}`;
}
var checkScpDescriptions = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  return Object.entries(organization.value.scps ?? {}).flatMap(([name, entry]) => {
    const problem = lengthProblem(POLICY_DESCRIPTION, entry.description ?? "");
    return problem ? [
      organization.source.diagnostic(
        RULES.scpDescription,
        `the description of SCP '${name}' ${problem} (${POLICY_DESCRIPTION.member}); shorten it, and keep the details in the policy file or the README.`,
        ["scps", name, "description"]
      )
    ] : [];
  });
};

// src/config/build-desired-state.ts
function buildDesiredState(repository) {
  const organization = repository.organization.value;
  const baselines = orderBaselines(organization, repository);
  const baselineOrder = new Map(baselines.map((baseline, index) => [baseline.name, index]));
  const byName = (a, b) => compareText(a.name, b.name);
  return {
    organization: {
      managementAccountId: organization.managementAccountId,
      ...organization.delegatedAdministratorAccountId ? { delegatedAdministratorAccountId: organization.delegatedAdministratorAccountId } : {},
      homeRegion: organization.homeRegion,
      allowedRegions: [...organization.allowedRegions],
      defaultRegions: [...organization.defaultRegions],
      emailDomains: [...organization.emailDomains ?? []],
      requiredTags: [...organization.requiredTags ?? []],
      stackSets: {
        ...organization.stackSets,
        operationPreferences: { ...organization.stackSets.operationPreferences ?? {} }
      },
      root: {
        scps: [...organization.root?.scps ?? []].sort(),
        fullAWSAccess: organization.root?.fullAWSAccess !== false
      },
      quotas: effectiveQuotas(organization)
    },
    organizationalUnits: repository.organizationalUnits.map((unit) => ({
      path: unit.path,
      name: unit.name,
      parentPath: unit.parentPath,
      scps: [...unit.document.scps ?? []].sort(),
      fullAWSAccess: unit.document.fullAWSAccess !== false,
      baselines: [...unit.document.baselines ?? []]
    })),
    scps: [...repository.scps.values()].map((scp) => ({
      name: scp.name,
      description: scp.description,
      file: scp.file,
      content: minifyPolicy(scp.document)
    })).sort(byName),
    baselines,
    accounts: repository.accounts.map(({ source, value }) => {
      const tags = {
        ...value.tags ?? {},
        ...value.owner === OWNER_UNASSIGNED ? {} : { Owner: value.owner },
        [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value
      };
      return {
        name: value.name,
        accountName: value.accountName ?? value.name,
        email: value.email,
        ou: value.ou,
        owner: value.owner,
        tags: Object.fromEntries(Object.entries(tags).sort(([a], [b]) => compareText(a, b))),
        regions: [...value.regions ?? organization.defaultRegions],
        baselines: effectiveBaselineNames(repository.organizationalUnits, value).sort(
          (a, b) => (baselineOrder.get(a) ?? 0) - (baselineOrder.get(b) ?? 0)
        ),
        scps: [...value.scps ?? []].sort(),
        fullAWSAccess: value.fullAWSAccess !== false,
        parameters: value.parameters ?? {},
        closed: value.closed === true,
        file: source.file
      };
    }).sort(byName)
  };
}
function orderBaselines(organization, repository) {
  const declared = organization.baselines ?? {};
  const ordered = [];
  const placed = /* @__PURE__ */ new Set();
  const remaining = Object.keys(declared).sort();
  while (remaining.length > 0) {
    const next = remaining.findIndex(
      (name2) => (declared[name2]?.dependsOn ?? []).every((dependency) => placed.has(dependency))
    );
    const [name] = remaining.splice(next < 0 ? 0 : next, 1);
    const baseline = declared[name];
    const template = repository.templates.get(name);
    ordered.push({
      name,
      description: baseline.description ?? "",
      templateFile: template?.file ?? baseline.template,
      templateBody: template?.body ?? "",
      ...baseline.regions ? { regions: [...baseline.regions] } : {},
      parameters: { ...baseline.parameters ?? {} },
      dependsOn: [...baseline.dependsOn ?? []].sort()
    });
    placed.add(name);
  }
  return ordered;
}

// src/config/drift-declarations.ts
function declaredExceptions(repository) {
  return repository.accounts.flatMap(
    ({ source, value }) => (value.exceptions ?? []).map((exception, index) => ({
      account: value.name,
      file: source.file,
      line: source.positionOf(["exceptions", index, "expires"]).line,
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
    line: organization.source.positionOf(["ignore", index]).line
  }));
}

// src/config/rules/account-rules.ts
import { basename } from "node:path";

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

// src/config/aws-regions.ts
var AWS_REGIONS_SOURCE = "the AWS SDK for JavaScript's endpoint data (core 3.981.2, read on 2026-11-30)";
var AWS_REGIONS = {
  "af-south-1": { partition: "aws", description: "Africa (Cape Town)" },
  "ap-east-1": { partition: "aws", description: "Asia Pacific (Hong Kong)" },
  "ap-east-2": { partition: "aws", description: "Asia Pacific (Taipei)" },
  "ap-northeast-1": { partition: "aws", description: "Asia Pacific (Tokyo)" },
  "ap-northeast-2": { partition: "aws", description: "Asia Pacific (Seoul)" },
  "ap-northeast-3": { partition: "aws", description: "Asia Pacific (Osaka)" },
  "ap-south-1": { partition: "aws", description: "Asia Pacific (Mumbai)" },
  "ap-south-2": { partition: "aws", description: "Asia Pacific (Hyderabad)" },
  "ap-southeast-1": { partition: "aws", description: "Asia Pacific (Singapore)" },
  "ap-southeast-2": { partition: "aws", description: "Asia Pacific (Sydney)" },
  "ap-southeast-3": { partition: "aws", description: "Asia Pacific (Jakarta)" },
  "ap-southeast-4": { partition: "aws", description: "Asia Pacific (Melbourne)" },
  "ap-southeast-5": { partition: "aws", description: "Asia Pacific (Malaysia)" },
  "ap-southeast-6": { partition: "aws", description: "Asia Pacific (New Zealand)" },
  "ap-southeast-7": { partition: "aws", description: "Asia Pacific (Thailand)" },
  "ca-central-1": { partition: "aws", description: "Canada (Central)" },
  "ca-west-1": { partition: "aws", description: "Canada West (Calgary)" },
  "cn-north-1": { partition: "aws-cn", description: "China (Beijing)" },
  "cn-northwest-1": { partition: "aws-cn", description: "China (Ningxia)" },
  "eu-central-1": { partition: "aws", description: "Europe (Frankfurt)" },
  "eu-central-2": { partition: "aws", description: "Europe (Zurich)" },
  "eu-isoe-west-1": { partition: "aws-iso-e", description: "EU ISOE West" },
  "eu-north-1": { partition: "aws", description: "Europe (Stockholm)" },
  "eu-south-1": { partition: "aws", description: "Europe (Milan)" },
  "eu-south-2": { partition: "aws", description: "Europe (Spain)" },
  "eu-west-1": { partition: "aws", description: "Europe (Ireland)" },
  "eu-west-2": { partition: "aws", description: "Europe (London)" },
  "eu-west-3": { partition: "aws", description: "Europe (Paris)" },
  "eusc-de-east-1": { partition: "aws-eusc", description: "AWS European Sovereign Cloud (Germany)" },
  "il-central-1": { partition: "aws", description: "Israel (Tel Aviv)" },
  "me-central-1": { partition: "aws", description: "Middle East (UAE)" },
  "me-south-1": { partition: "aws", description: "Middle East (Bahrain)" },
  "me-west-1": { partition: "aws", description: "Middle East (Saudi Arabia)" },
  "mx-central-1": { partition: "aws", description: "Mexico (Central)" },
  "sa-east-1": { partition: "aws", description: "South America (Sao Paulo)" },
  "sa-west-1": { partition: "aws", description: "South America (Chile)" },
  "us-east-1": { partition: "aws", description: "US East (N. Virginia)" },
  "us-east-2": { partition: "aws", description: "US East (Ohio)" },
  "us-gov-east-1": { partition: "aws-us-gov", description: "AWS GovCloud (US-East)" },
  "us-gov-west-1": { partition: "aws-us-gov", description: "AWS GovCloud (US-West)" },
  "us-iso-east-1": { partition: "aws-iso", description: "US ISO East" },
  "us-iso-west-1": { partition: "aws-iso", description: "US ISO WEST" },
  "us-isob-east-1": { partition: "aws-iso-b", description: "US ISOB East (Ohio)" },
  "us-isob-west-1": { partition: "aws-iso-b", description: "US ISOB West" },
  "us-isof-east-1": { partition: "aws-iso-f", description: "US ISOF EAST" },
  "us-isof-south-1": { partition: "aws-iso-f", description: "US ISOF SOUTH" },
  "us-west-1": { partition: "aws", description: "US West (N. California)" },
  "us-west-2": { partition: "aws", description: "US West (Oregon)" }
};

// src/config/rules/region-rules.ts
function isAwsRegion(code) {
  return Object.hasOwn(AWS_REGIONS, code);
}
var checkRegionCodes = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const { homeRegion, allowedRegions, defaultRegions, baselines } = organization.value;
  const homePartition = AWS_REGIONS[homeRegion]?.partition;
  const diagnostics = [];
  const check = (source, region, path) => {
    const known = isAwsRegion(region) ? AWS_REGIONS[region] : void 0;
    if (!known) {
      diagnostics.push(
        source.diagnostic(
          RULES.awsRegion,
          `'${region}' is not an AWS Region${similarRegions(region)}. Fix the code. Vend's list of Regions comes from ${AWS_REGIONS_SOURCE}; if AWS has opened this Region since, update the SDK and run npm run generate:regions.`,
          path
        )
      );
    } else if (homePartition && known.partition !== homePartition) {
      diagnostics.push(
        source.diagnostic(
          RULES.awsRegion,
          `'${region}' (${known.description}) is in the ${known.partition} partition, but homeRegion ${homeRegion} is in ${homePartition}; an organization and its StackSets live in one partition. Remove it.`,
          path
        )
      );
    }
  };
  const checkList = (source, regions, path) => (regions ?? []).forEach((region, index) => check(source, region, [...path, index]));
  check(organization.source, homeRegion, ["homeRegion"]);
  checkList(organization.source, allowedRegions, ["allowedRegions"]);
  checkList(organization.source, defaultRegions, ["defaultRegions"]);
  for (const [name, baseline] of Object.entries(baselines ?? {}))
    checkList(organization.source, baseline.regions, ["baselines", name, "regions"]);
  for (const { source, value } of repository.accounts) checkList(source, value.regions, ["regions"]);
  return diagnostics;
};
function similarRegions(region) {
  const codes = Object.keys(AWS_REGIONS);
  const family = codes.filter((code) => code.startsWith(region.replace(/\d+$/, "")));
  const similar = family.length > 0 ? family : codes.filter((code) => code.startsWith(`${region.split("-")[0]}-`));
  if (similar.length === 0) return "";
  return ` (Regions like it: ${similar.slice(0, 6).join(", ")}${similar.length > 6 ? ", \u2026" : ""})`;
}

// src/config/rules/account-rules.ts
var checkUniqueAccounts = ({ repository }) => firstAtEachPosition([
  ...duplicates(
    repository.accounts,
    (account) => account.value.name,
    (account, sharing) => account.source.diagnostic(
      RULES.uniqueAccountName,
      `account name '${account.value.name}' is also used by ${namesOf(sharing, account)}; every account needs its own name, so choose another.`,
      ["name"]
    )
  ),
  ...duplicates(
    repository.accounts,
    awsNameOf,
    (account, sharing) => sharing.every((other) => other.value.accountName === void 0) ? void 0 : {
      ...account.source.diagnostic(
        RULES.uniqueAccountName,
        `the account's name in AWS, '${awsNameOf(account)}', is also the AWS name in ${namesOf(sharing, account, awsNameField)} (the AWS name is accountName, or name without it; compared case-insensitively). AWS allows that and vend tells the accounts apart by email, but if one of them changes its email, vend cannot tell which account it was. Unless the names are meant to be the same, give each its own accountName (which renames the account in AWS).`,
        [awsNameField(account)]
      ),
      severity: "warning"
    }
  ),
  ...duplicates(
    repository.accounts,
    (account) => account.value.email,
    (account, sharing) => account.source.diagnostic(
      RULES.uniqueAccountEmail,
      `email '${account.value.email}' is also used by ${namesOf(sharing, account)} (emails compare case-insensitively); every account needs its own root email.`,
      ["email"]
    )
  )
]);
var awsNameOf = (account) => account.value.accountName ?? account.value.name;
var awsNameField = (account) => account.value.accountName === void 0 ? "name" : "accountName";
function namesOf(sharing, account, fieldOf) {
  return sharing.filter((other) => other !== account).map((other) => fieldOf ? `${other.source.file} (${fieldOf(other)})` : other.source.file).join(", ");
}
function duplicates(accounts, keyOf, report) {
  const byValue = /* @__PURE__ */ new Map();
  for (const account of accounts) {
    const key = keyOf(account).toLowerCase();
    byValue.set(key, [...byValue.get(key) ?? [], account]);
  }
  return [...byValue.values()].filter((sharing) => sharing.length > 1).flatMap((sharing) => sharing.flatMap((account) => report(account, sharing) ?? []));
}
function firstAtEachPosition(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter(({ file, line, column, rule }) => {
    const key = `${file}:${line}:${column}:${rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var checkFileNames = ({ repository }) => repository.accounts.filter(({ source, value }) => basename(source.file) !== `${value.name}.yaml`).map(
  ({ source, value }) => source.diagnostic(
    RULES.fileNameMatchesAccount,
    `file must be named after the account: rename ${source.file} to accounts/${value.name}.yaml, or change 'name'.`,
    ["name"]
  )
);
var checkOrganizationalUnitExists = ({ repository }) => {
  if (!repository.organization) return [];
  const declared = new Set(repository.organizationalUnits.map((unit) => unit.path));
  return repository.accounts.filter(({ value }) => !declared.has(value.ou)).map(
    ({ source, value }) => source.diagnostic(
      RULES.ouExists,
      `OU '${value.ou}' is not declared in baselines/organization.yaml; use one of: ${[...declared].sort().join(", ")}, or declare it there first.`,
      ["ou"]
    )
  );
};
var checkAccountReferences = ({ repository }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const scps = new Set(Object.keys(organization.scps ?? {}));
  const baselines = new Set(Object.keys(organization.baselines ?? {}));
  const diagnostics = [];
  for (const { source, value } of repository.accounts) {
    (value.scps ?? []).forEach((name, index) => {
      if (!scps.has(name))
        diagnostics.push(source.diagnostic(RULES.scpReference, unknownName("SCP", name, scps), ["scps", index]));
    });
    for (const key of ["baselines", "excludeBaselines"]) {
      (value[key] ?? []).forEach((name, index) => {
        if (!baselines.has(name))
          diagnostics.push(
            source.diagnostic(RULES.baselineReference, unknownName("baseline", name, baselines), [key, index])
          );
      });
    }
    for (const name of Object.keys(value.parameters ?? {})) {
      if (!baselines.has(name))
        diagnostics.push(
          source.diagnostic(
            RULES.baselineReference,
            unknownName("baseline", name, baselines),
            ["parameters", name],
            "key"
          )
        );
    }
  }
  return diagnostics;
};
function unknownName(kind, name, known) {
  const options = known.size > 0 ? `one of: ${[...known].sort().join(", ")}` : "none are declared";
  return `${kind} '${name}' is not in the catalogue in baselines/organization.yaml (${options}); fix the name or add it to the catalogue.`;
}
var checkAccountRegions = ({ repository, now }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const allowed = new Set(organization.allowedRegions);
  const diagnostics = [];
  for (const { source, value } of repository.accounts) {
    if (waivedRules(value, now).has(RULES.allowedRegions)) continue;
    (value.regions ?? []).forEach((region, index) => {
      if (!allowed.has(region) && isAwsRegion(region)) {
        diagnostics.push(
          source.diagnostic(
            RULES.allowedRegions,
            `region '${region}' is not in allowedRegions (${organization.allowedRegions.join(", ")}); remove it, or add an approved exception for rule allowed-regions.`,
            ["regions", index]
          )
        );
      }
    });
  }
  return diagnostics;
};
var checkEmailDomains = ({ repository, now }) => {
  const domains = (repository.organization?.value.emailDomains ?? []).map((domain) => domain.toLowerCase());
  if (domains.length === 0) return [];
  return repository.accounts.filter(({ value }) => !domains.includes(value.email.slice(value.email.lastIndexOf("@") + 1).toLowerCase())).filter(({ value }) => !waivedRules(value, now).has(RULES.emailDomain)).map(
    ({ source, value }) => source.diagnostic(
      RULES.emailDomain,
      `email '${value.email}' is not at an approved domain (${domains.join(", ")}); use an address there, or add an approved exception for rule email-domain.`,
      ["email"]
    )
  );
};
var checkRequiredTags = ({ repository, now }) => {
  const required = repository.organization?.value.requiredTags ?? [];
  const diagnostics = [];
  for (const { source, value } of repository.accounts) {
    if (waivedRules(value, now).has(RULES.requiredTags)) continue;
    const present = /* @__PURE__ */ new Set([...Object.keys(value.tags ?? {}), "Owner"]);
    const missing = required.filter((tag) => !present.has(tag));
    if (missing.length > 0) {
      diagnostics.push(
        source.diagnostic(
          RULES.requiredTags,
          `missing required tag(s) ${missing.join(", ")}; add them under 'tags', or add an approved exception for rule required-tags.`,
          value.tags ? ["tags"] : ["name"],
          "key"
        )
      );
    }
  }
  return diagnostics;
};
var checkBaselineOptOut = ({ repository, now }) => repository.accounts.filter(
  ({ value }) => (value.excludeBaselines ?? []).length > 0 && !waivedRules(value, now).has(RULES.baselineOptOut)
).map(
  ({ source }) => source.diagnostic(
    RULES.baselineOptOut,
    "excluding inherited baselines needs an approved exception for rule baseline-opt-out (with reason, approvedBy and expires); add one or remove excludeBaselines.",
    ["excludeBaselines"],
    "key"
  )
);
var checkOwnerAssigned = ({ repository }) => repository.accounts.filter(({ value }) => value.owner === OWNER_UNASSIGNED || value.owner.trim() === "").map(({ source, value }) => ({
  ...source.diagnostic(
    RULES.ownerUnassigned,
    value.owner === OWNER_UNASSIGNED ? `owner is '${OWNER_UNASSIGNED}', the placeholder vend import writes for an account whose Owner tag names no team (none, an empty one, or this placeholder); name the owning team here. Until then vend leaves the account's Owner tag as it is.` : "owner is only spaces, which names no team, though AWS takes it as the Owner tag; name the owning team here.",
    ["owner"]
  ),
  severity: "warning"
}));

// src/config/rules/drift-ignore-rules.ts
var MAX_IGNORE_DAYS = 366;
var checkDriftIgnore = ({ repository, now }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics = [];
  const { source } = organization;
  (organization.value.ignore ?? []).forEach((entry, index) => {
    const path = ["ignore", index];
    if (entry.id !== void 0 && (entry.kind !== void 0 || entry.target !== void 0)) {
      diagnostics.push(
        source.diagnostic(
          RULES.driftIgnore,
          `ignore entry names finding id '${entry.id}' and a ${entry.kind !== void 0 ? "kind" : "target"}; an id already names one finding, so remove the ${entry.kind !== void 0 ? "kind" : "target"}, or drop the id to ignore by kind and target.`,
          path
        )
      );
    } else if (entry.id === void 0 && entry.kind === void 0) {
      diagnostics.push(
        source.diagnostic(
          RULES.driftIgnore,
          `ignore entry names no finding: add 'id' (a finding id from vend drift) or 'kind' (with an optional 'target' pattern).`,
          path
        )
      );
    }
    if (typeof entry.target === "string" && entry.target.split("/").some((part) => part.includes("**") && part !== "**"))
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `target '${entry.target}' has '**' inside a '/'-separated part, where it matches like '*', within that part only; '**' crosses parts only as a part of its own ('ou:Sandbox/**'). For every OU, write two entries: 'ou:*' and 'ou:*/**' after the prefix.`,
          [...path, "target"]
        ),
        severity: "warning"
      });
    const expires = expiryInstant(entry.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, entry.expires, [...path, "expires"]));
    } else if (expires - now.getTime() > MAX_IGNORE_DAYS * DAY_MS) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `ignore entry expires on ${entry.expires}, more than ${MAX_IGNORE_DAYS} days ahead; its findings would stay out of the report and fail-on-drift until then. Set an expiry within a year, and renew it when it comes.`,
          [...path, "expires"]
        ),
        severity: "warning"
      });
    } else if (expires < now.getTime()) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnoreExpired,
          `ignore entry expired on ${entry.expires}, so vend drift reports its findings again; renew it with a new date and reason, or remove it.`,
          [...path, "expires"]
        ),
        severity: "warning"
      });
    }
  });
  return diagnostics;
};

// src/config/rules/organization-rules.ts
var checkOrganizationalUnitDepth = ({ repository, quotas }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const maximum = quotas.organizationalUnitDepth;
  return repository.organizationalUnits.filter((unit) => unit.depth === maximum + 1).map(
    (unit) => organization.source.diagnostic(
      RULES.ouDepth,
      `OU '${unit.path}' is ${unit.depth} levels deep; ${limitPhrase("AWS Organizations", "organizationalUnitDepth", maximum)}. Flatten the tree.`,
      unit.yamlPath,
      "key"
    )
  );
};
var checkOrganizationalUnitNameCase = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const first = /* @__PURE__ */ new Map();
  return repository.organizationalUnits.flatMap((unit) => {
    const key = `${unit.parentPath ?? ""}/${unit.name.toLowerCase()}`;
    const earlier = first.get(key);
    if (earlier === void 0) {
      first.set(key, unit.name);
      return [];
    }
    return [
      organization.source.diagnostic(
        RULES.ouNameCase,
        `OU name '${unit.name}' differs from its sibling '${earlier}' only in case: in a plan the two read as one OU. Merge them, or give one another name.`,
        unit.yamlPath,
        "key"
      )
    ];
  });
};
var checkOrganizationReferences = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const scps = new Set(Object.keys(organization.value.scps ?? {}));
  const baselines = new Set(Object.keys(organization.value.baselines ?? {}));
  const diagnostics = [];
  const checkList = (names, kind, yamlPath) => (names ?? []).forEach((name, index) => {
    const known = kind === "SCP" ? scps : baselines;
    if (!known.has(name)) {
      diagnostics.push(
        organization.source.diagnostic(
          kind === "SCP" ? RULES.scpReference : RULES.baselineReference,
          unknownName(kind, name, known),
          [...yamlPath, index]
        )
      );
    }
  });
  checkList(organization.value.root?.scps, "SCP", ["root", "scps"]);
  for (const unit of repository.organizationalUnits) {
    checkList(unit.document.scps, "SCP", [...unit.yamlPath, "scps"]);
    checkList(unit.document.baselines, "baseline", [...unit.yamlPath, "baselines"]);
  }
  for (const [name, baseline] of Object.entries(organization.value.baselines ?? {})) {
    checkList(baseline.dependsOn, "baseline", ["baselines", name, "dependsOn"]);
  }
  return diagnostics;
};
var checkBaselineDependencyCycles = ({ repository }) => {
  const organization = repository.organization;
  const baselines = organization?.value.baselines ?? {};
  if (!organization) return [];
  const diagnostics = [];
  const state = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  const visit = (name, trail) => {
    if (state.get(name) === "done" || !baselines[name]) return;
    if (state.get(name) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      const key = [...cycle].slice(0, -1).sort().join(",");
      if (!reported.has(key)) {
        reported.add(key);
        diagnostics.push(
          organization.source.diagnostic(
            RULES.baselineDependencyCycle,
            `baselines depend on each other in a cycle (${cycle.join(" \u2192 ")}); remove one dependsOn entry.`,
            ["baselines", name, "dependsOn"]
          )
        );
      }
      return;
    }
    state.set(name, "visiting");
    for (const dependency of baselines[name].dependsOn ?? []) visit(dependency, [...trail, name]);
    state.set(name, "done");
  };
  for (const name of Object.keys(baselines).sort()) visit(name, []);
  return diagnostics;
};
var checkScpAttachmentLimits = ({ repository, quotas }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics = [];
  const maximum = quotas.scpsPerTarget;
  const limitMessage = (target, count2) => `${target} would have ${count2} SCPs attached counting ${FULL_AWS_ACCESS_POLICY_NAME}; ${limitPhrase("AWS", "scpsPerTarget", maximum)}. Merge policies or move some to a parent OU.`;
  const count = (scps, fullAWSAccess) => (scps?.length ?? 0) + (fullAWSAccess === false ? 0 : 1);
  const rootCount = count(organization.value.root?.scps, organization.value.root?.fullAWSAccess);
  if (rootCount > maximum)
    diagnostics.push(
      organization.source.diagnostic(
        RULES.scpAttachmentLimit,
        limitMessage("the root", rootCount),
        ["root", "scps"],
        "key"
      )
    );
  for (const unit of repository.organizationalUnits) {
    const unitCount = count(unit.document.scps, unit.document.fullAWSAccess);
    if (unitCount > maximum) {
      diagnostics.push(
        organization.source.diagnostic(
          RULES.scpAttachmentLimit,
          limitMessage(`OU '${unit.path}'`, unitCount),
          [...unit.yamlPath, "scps"],
          "key"
        )
      );
    }
  }
  for (const { source, value } of repository.accounts) {
    const accountCount = count(value.scps, value.fullAWSAccess);
    if (accountCount > maximum)
      diagnostics.push(
        source.diagnostic(
          RULES.scpAttachmentLimit,
          limitMessage(`account '${value.name}'`, accountCount),
          ["scps"],
          "key"
        )
      );
  }
  return diagnostics;
};
var checkOrganizationRegions = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const allowed = new Set(organization.value.allowedRegions);
  const diagnostics = [];
  const check = (regions, yamlPath) => (regions ?? []).forEach((region, index) => {
    if (!allowed.has(region) && isAwsRegion(region)) {
      diagnostics.push(
        organization.source.diagnostic(
          RULES.allowedRegions,
          `region '${region}' is not in allowedRegions (${[...allowed].join(", ")}); add it there or remove it here.`,
          [...yamlPath, index]
        )
      );
    }
  });
  if (!allowed.has(organization.value.homeRegion) && isAwsRegion(organization.value.homeRegion)) {
    diagnostics.push(
      organization.source.diagnostic(
        RULES.allowedRegions,
        `homeRegion '${organization.value.homeRegion}' must be one of allowedRegions.`,
        ["homeRegion"]
      )
    );
  }
  check(organization.value.defaultRegions, ["defaultRegions"]);
  for (const [name, baseline] of Object.entries(organization.value.baselines ?? {}))
    check(baseline.regions, ["baselines", name, "regions"]);
  return diagnostics;
};
var checkAccountBaselineDependencies = ({ repository }) => {
  const baselines = repository.organization?.value.baselines ?? {};
  const diagnostics = [];
  for (const { source, value } of repository.accounts) {
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    for (const name of [...effective].sort()) {
      for (const dependency of baselines[name]?.dependsOn ?? []) {
        if (!effective.has(dependency) && baselines[dependency]) {
          const path = value.excludeBaselines?.includes(dependency) ? ["excludeBaselines", value.excludeBaselines.indexOf(dependency)] : ["ou"];
          diagnostics.push(
            source.diagnostic(
              RULES.baselineReference,
              `baseline '${name}' depends on '${dependency}', which this account would not get; keep '${dependency}' or drop '${name}' too.`,
              path
            )
          );
        }
      }
    }
  }
  return diagnostics;
};

// src/config/rules/parameter-rules.ts
var checkParameterReferences = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const templates = new Map(
    [...repository.templates].filter(([, template]) => isCloudFormationTemplate(template.template))
  );
  const diagnostics = [];
  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {})) {
    const template = templates.get(baseline);
    if (!template) continue;
    const declared = new Set(parameterNamesOf(template.template));
    const given = entry.parameters ?? {};
    for (const name of Object.keys(given)) {
      if (!declared.has(name))
        diagnostics.push(
          organization.source.diagnostic(
            RULES.parameterReference,
            undeclaredParameter(name, template),
            ["baselines", baseline, "parameters", name],
            "key"
          )
        );
    }
    const missing = parametersWithoutDefaultOf(template.template).filter((name) => !(name in given));
    if (missing.length > 0)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.parameterReference,
          `baseline '${baseline}' sets no value for ${missing.join(", ")}, which ${template.file} declares without a Default; the StackSet needs ${missing.length === 1 ? "it" : "them"} when it is created, before any per-account override applies. Set ${missing.length === 1 ? "it" : "them"} under baselines.${baseline}.parameters, or give the template parameter a Default.`,
          ["baselines", baseline],
          "key"
        )
      );
  }
  for (const { source, value } of repository.accounts) {
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    for (const [baseline, overrides] of Object.entries(value.parameters ?? {})) {
      const template = templates.get(baseline);
      if (!template) continue;
      if (!effective.has(baseline))
        diagnostics.push({
          ...source.diagnostic(
            RULES.parameterReference,
            `overrides for baseline '${baseline}', which this account does not get (not through its OU path nor its own baselines, or excludeBaselines removes it): they are never used. Remove them, or give the account the baseline.`,
            ["parameters", baseline],
            "key"
          ),
          severity: "warning"
        });
      const declared = new Set(parameterNamesOf(template.template));
      for (const name of Object.keys(overrides)) {
        if (!declared.has(name))
          diagnostics.push(
            source.diagnostic(
              RULES.parameterReference,
              undeclaredParameter(name, template),
              ["parameters", baseline, name],
              "key"
            )
          );
      }
    }
  }
  return diagnostics;
};
function undeclaredParameter(name, template) {
  const declared = parameterNamesOf(template.template);
  const options = declared.length > 0 ? `its parameters are ${declared.join(", ")}` : "it declares no parameters";
  return `parameter '${name}' is not declared in ${template.file}, the template of baseline '${template.baseline}' (${options}); CloudFormation would reject it only after apply has started. Fix the name, or declare the parameter in the template.`;
}
var checkParameterValues = ({ repository, quotas }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics = [];
  const check = (source, baseline, values, path) => {
    const template = repository.templates.get(baseline);
    const declarations = template && isCloudFormationTemplate(template.template) ? parametersOf(template.template) : {};
    for (const [name, value] of Object.entries(values)) {
      const size = lengthIn("bytes", value);
      const declaration = declarations[name];
      const problem = size > quotas.parameterValueSize ? `is ${size} bytes; ${limitPhrase("CloudFormation", "parameterValueSize", quotas.parameterValueSize, " per parameter value")}` : declaration && typeof declaration === "object" ? declarationProblem(declaration, value) : void 0;
      if (problem)
        diagnostics.push(
          source.diagnostic(
            RULES.parameterValue,
            `the value of parameter '${name}' ${problem}${template ? `, as ${template.file} declares it` : ""}; CloudFormation would refuse it only after apply has started. Fix the value.`,
            [...path, name]
          )
        );
    }
  };
  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {}))
    check(organization.source, baseline, entry.parameters ?? {}, ["baselines", baseline, "parameters"]);
  for (const { source, value } of repository.accounts)
    for (const [baseline, overrides] of Object.entries(value.parameters ?? {}))
      check(source, baseline, overrides, ["parameters", baseline]);
  for (const template of repository.templates.values()) {
    if (!isCloudFormationTemplate(template.template)) continue;
    for (const [name, declaration] of Object.entries(parametersOf(template.template))) {
      if (typeof declaration !== "object" || declaration === null) continue;
      const fallback = declaration.Default;
      if (typeof fallback !== "string" && typeof fallback !== "number") continue;
      const problem = declarationProblem(declaration, String(fallback));
      if (problem)
        diagnostics.push(
          template.source.diagnostic(
            RULES.parameterValue,
            `the Default of parameter '${name}' ${problem}; every stack instance without an override would get it, and CloudFormation would refuse it only after apply has started. Fix the Default.`,
            ["Parameters", name, "Default"]
          )
        );
    }
  }
  return diagnostics;
};
var DECIMAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function declarationProblem(declaration, value) {
  const { Type: type, AllowedValues: allowedValues, AllowedPattern: allowedPattern } = declaration;
  if (type !== "String" && type !== "Number") return void 0;
  if (Array.isArray(allowedValues) && !allowedValues.map(String).includes(value))
    return `is not one of its AllowedValues (${allowedValues.map(String).join(", ")})`;
  if (type === "Number") {
    const number = Number(value.trim());
    if (!DECIMAL_NUMBER.test(value.trim()) || !Number.isFinite(number))
      return "is not a decimal number, but the parameter has Type Number";
    if (typeof declaration.MinValue === "number" && number < declaration.MinValue)
      return `is below its MinValue ${declaration.MinValue}`;
    if (typeof declaration.MaxValue === "number" && number > declaration.MaxValue)
      return `is above its MaxValue ${declaration.MaxValue}`;
    return void 0;
  }
  const length = lengthIn("characters", value);
  if (typeof declaration.MinLength === "number" && length < declaration.MinLength)
    return `is ${length} characters, shorter than its MinLength ${declaration.MinLength}`;
  if (typeof declaration.MaxLength === "number" && length > declaration.MaxLength)
    return `is ${length} characters, longer than its MaxLength ${declaration.MaxLength}`;
  if (typeof allowedPattern === "string" && !wholeMatch(allowedPattern, value))
    return `does not match its AllowedPattern ${allowedPattern}`;
  return void 0;
}
function wholeMatch(pattern, value) {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return true;
  }
}

// src/config/rules/quota-rules.ts
var checkQuotaOverrides = ({ repository }) => {
  const organization = repository.organization;
  const overrides = organization?.value.quotas ?? {};
  if (!organization) return [];
  return Object.entries(overrides).filter(([name, value]) => name in QUOTAS && value !== QUOTAS[name].default).map(([name, value]) => {
    const quota = QUOTAS[name];
    const from = `the ${quota.description} from AWS's ${quota.default.toLocaleString("en-US")} to ${value.toLocaleString("en-US")}`;
    return {
      ...organization.source.diagnostic(
        RULES.quotaOverride,
        value > quota.default ? `quotas.${name} raises ${from}. Only AWS changes this limit (${quota.fixedBy}): if it has not raised it, the check is off and AWS refuses in apply instead, after accounts may exist. Keep it only if ${quota.source} shows the new value.` : `quotas.${name} lowers ${from}: validate now refuses what AWS accepts. Keep it only as a deliberate house limit; to follow AWS, remove it.`,
        ["quotas", name]
      ),
      severity: "warning"
    };
  });
};

// src/config/rules/stack-set-rules.ts
var checkTemplateLimits = ({ repository, quotas }) => [...repository.templates.values()].flatMap((template) => [
  ...checkBodySize(template, quotas),
  ...isCloudFormationTemplate(template.template) ? [...checkSectionSizes(template, quotas), ...checkParameterDeclarations(template, quotas)] : []
]);
function checkBodySize({ source, body }, quotas) {
  const size = lengthIn("bytes", body);
  return size > quotas.templateBodySize ? [
    source.diagnostic(
      RULES.templateLimits,
      `template is ${size} bytes; ${limitPhrase("CloudFormation", "templateBodySize", quotas.templateBodySize, " in TemplateBody")}. A larger template must be uploaded to S3 and passed as TemplateURL, which vend does not do: split the baseline into two joined by dependsOn, or shorten the template.`
    )
  ] : [];
}
var COUNTED_SECTIONS = [
  ["Parameters", "parametersPerTemplate", "Split the baseline, or replace parameters with mappings."],
  ["Resources", "resourcesPerTemplate", "Split the baseline into two joined by dependsOn."],
  ["Outputs", "outputsPerTemplate", "Remove outputs nothing reads, or split the baseline."],
  ["Mappings", "mappingsPerTemplate", "Merge mappings, or split the baseline."]
];
function checkSectionSizes({ source, template }, quotas) {
  const sections = template;
  const diagnostics = [];
  const description = sections.Description;
  if (typeof description === "string" && lengthIn("bytes", description) > quotas.templateDescriptionSize)
    diagnostics.push(
      source.diagnostic(
        RULES.templateLimits,
        `the template Description is ${lengthIn("bytes", description)} bytes; ${limitPhrase("CloudFormation", "templateDescriptionSize", quotas.templateDescriptionSize)}. Shorten it.`,
        ["Description"]
      )
    );
  for (const [section, quota, advice] of COUNTED_SECTIONS) {
    const declared = sections[section];
    if (!declared || typeof declared !== "object" || Array.isArray(declared)) continue;
    const count = Object.keys(declared).length;
    if (count > quotas[quota])
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `the template declares ${count} ${section.toLowerCase()}; ${limitPhrase("CloudFormation", quota, quotas[quota])}. ${advice}`,
          [section],
          "key"
        )
      );
  }
  return diagnostics;
}
function checkParameterDeclarations({ source, template }, quotas) {
  const diagnostics = [];
  for (const [name, declaration] of Object.entries(parametersOf(template))) {
    if (lengthIn("characters", name) > quotas.parameterNameLength)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `parameter name is ${lengthIn("characters", name)} characters; ${limitPhrase("CloudFormation", "parameterNameLength", quotas.parameterNameLength)}. Shorten it.`,
          ["Parameters", name],
          "key"
        )
      );
    const parameterDescription = declaration?.Description;
    const problem = typeof parameterDescription === "string" ? lengthProblem(TEMPLATE_PARAMETER_DESCRIPTION, parameterDescription) : void 0;
    if (problem)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `the Description of parameter '${name}' ${problem} (${TEMPLATE_PARAMETER_DESCRIPTION.member}); shorten it.`,
          ["Parameters", name, "Description"]
        )
      );
  }
  return diagnostics;
}
var checkOperationPreferences = ({ repository }) => {
  const organization = repository.organization;
  const preferences = organization?.value.stackSets.operationPreferences ?? {};
  return EXCLUSIVE_OPERATION_PREFERENCES.filter(
    ([count, percentage]) => count in preferences && percentage in preferences
  ).map(
    ([count, percentage]) => organization.source.diagnostic(
      RULES.operationPreferences,
      `operationPreferences sets both ${count} and ${percentage}; CloudFormation accepts one or the other, not both (StackSetOperationPreferences), and would refuse every StackSet operation. Remove one.`,
      ["stackSets", "operationPreferences", percentage],
      "key"
    )
  );
};
var checkAdministrationRole = ({ repository }) => {
  const organization = repository.organization;
  const settings = organization?.value.stackSets;
  const arn = settings?.administrationRoleArn;
  if (!organization || settings?.permissionModel !== "SELF_MANAGED" || typeof arn !== "string") return [];
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(arn)?.[1];
  const management = String(organization.value.managementAccountId);
  if (account === void 0 || account === management) return [];
  return [
    organization.source.diagnostic(
      RULES.administrationRole,
      `administrationRoleArn names a role in account ${account}, but SELF_MANAGED StackSets are administered from the management account ${management}, where vend creates them: CloudFormation could not use a role elsewhere, and every StackSet operation would fail. Name the administration role in ${management} (the bootstrap stack's AWSCloudFormationStackSetAdministrationRole).`,
      ["stackSets", "administrationRoleArn"]
    )
  ];
};

// src/config/rules/rule-context.ts
var isMapping = (value) => !!value && typeof value === "object" && !Array.isArray(value);

// src/config/rules/tag-rules.ts
function taggedManifests(repository) {
  const wellFormed = ({ value }) => {
    const { tags, owner, parameters } = value ?? {};
    return (tags === void 0 || isMapping(tags) && Object.values(tags).every((tag) => typeof tag === "string")) && typeof owner === "string" && (parameters === void 0 || isMapping(parameters));
  };
  return [...repository.accounts, ...(repository.accountsFailingSchema ?? []).filter(wellFormed)];
}
var checkTagLimits = ({ repository, quotas }) => {
  const diagnostics = [];
  for (const { source, value } of taggedManifests(repository)) {
    const tags = Object.entries(value.tags ?? {});
    const vendTags = ["Owner", MANAGED_BY_TAG.key, ...value.parameters ? [PARAMETER_OVERRIDES_TAG] : []];
    const total = (/* @__PURE__ */ new Set([...tags.map(([key]) => key), ...vendTags])).size;
    if (total > quotas.tagsPerAccount) {
      diagnostics.push(
        source.diagnostic(
          RULES.tagLimits,
          `${total} tags including the ones vend sets (${vendTags.join(", ")}); ${limitPhrase("AWS", "tagsPerAccount", quotas.tagsPerAccount, " per account")}. Remove ${total - quotas.tagsPerAccount}.`,
          ["tags"],
          "key"
        )
      );
    }
    const record = Object.keys(value.parameters ?? {}).sort().join(" ");
    const recordProblem = lengthProblem(ORGANIZATIONS_TAG_VALUE, record);
    if (recordProblem)
      diagnostics.push(
        source.diagnostic(
          RULES.tagLimits,
          `the baselines these parameters override are recorded in the tag ${PARAMETER_OVERRIDES_TAG} as '${record.slice(0, 40)}\u2026', which ${recordProblem} (${ORGANIZATIONS_TAG_VALUE.member}); override fewer baselines, or shorten their names.`,
          ["parameters"],
          "key"
        )
      );
    for (const [key, tagValue] of tags) {
      const at = ["tags", key];
      if (key.toLowerCase().startsWith("aws:"))
        diagnostics.push(
          source.diagnostic(RULES.tagLimits, `tag key '${key}' uses the reserved 'aws:' prefix; rename it.`, at, "key")
        );
      else if (key.toLowerCase().startsWith(VEND_TAG_PREFIX))
        diagnostics.push(
          source.diagnostic(
            RULES.tagLimits,
            `tag key '${key}' uses the '${VEND_TAG_PREFIX}' prefix, which vend keeps for its own records; rename it.`,
            at,
            "key"
          )
        );
      else if (key === "Owner" || key === MANAGED_BY_TAG.key)
        diagnostics.push(
          source.diagnostic(
            RULES.tagLimits,
            `tag '${key}' is set by vend; remove it from tags (Owner comes from 'owner').`,
            at,
            "key"
          )
        );
      const parts = [
        [ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, "key"],
        [ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, "value"]
      ];
      for (const [constraint, text, what, part] of parts) {
        const problem = lengthProblem(constraint, text);
        if (problem)
          diagnostics.push(
            source.diagnostic(
              RULES.tagLimits,
              `${what} ${problem} (${constraint.member}); ${lengthIn(constraint.unit, text) > constraint.maxLength ? "shorten it" : "give it a name"}.`,
              at,
              part
            )
          );
      }
    }
  }
  return diagnostics;
};
var checkTagCharacters = ({ repository }) => {
  const diagnostics = [];
  const check = (source, constraint, text, what, path, part = "value") => {
    const refused = refusedCharacters(constraint, text);
    if (refused.length === 0) return;
    diagnostics.push(
      source.diagnostic(
        RULES.tagCharacters,
        `${what} has ${refused.map(describeCharacter).join(", ")}, which AWS Organizations refuses in tags: keys and values may contain only ${constraint.allowedCharacters} (${constraint.member}). CreateAccount would fail for the whole account; remove or replace ${refused.length === 1 ? "it" : "them"}.`,
        path,
        part
      )
    );
  };
  for (const { source, value } of taggedManifests(repository)) {
    check(source, ORGANIZATIONS_TAG_VALUE, value.owner, `owner '${value.owner}', which becomes the tag Owner,`, [
      "owner"
    ]);
    for (const [key, tagValue] of Object.entries(value.tags ?? {})) {
      check(source, ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, ["tags", key], "key");
      check(source, ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, ["tags", key]);
    }
  }
  const organization = repository.organization;
  (organization?.value.requiredTags ?? []).forEach(
    (key, index) => check(organization.source, ORGANIZATIONS_TAG_KEY, key, `required tag key '${key}'`, ["requiredTags", index])
  );
  return diagnostics;
};

// src/config/cloudformation-resource-types.ts
var CLOUDFORMATION_RESOURCE_TYPES_SOURCE = "the AWS CDK's CloudFormation service specification (aws-service-spec 0.1.216, read on 2026-11-30)";
var TRANSFORM_RESOURCE_TYPES = {
  "AWS::Serverless::Api": "AWS::Serverless-2016-10-31",
  "AWS::Serverless::Application": "AWS::Serverless-2016-10-31",
  "AWS::Serverless::Function": "AWS::Serverless-2016-10-31",
  "AWS::Serverless::HttpApi": "AWS::Serverless-2016-10-31",
  "AWS::Serverless::LayerVersion": "AWS::Serverless-2016-10-31",
  "AWS::Serverless::SimpleTable": "AWS::Serverless-2016-10-31",
  "AWS::Serverless::StateMachine": "AWS::Serverless-2016-10-31"
};
var CLOUDFORMATION_RESOURCE_TYPES = [
  "AWS::ACMPCA::Certificate",
  "AWS::ACMPCA::CertificateAuthority",
  "AWS::ACMPCA::CertificateAuthorityActivation",
  "AWS::ACMPCA::Permission",
  "AWS::AIOps::InvestigationGroup",
  "AWS::APS::AnomalyDetector",
  "AWS::APS::ResourcePolicy",
  "AWS::APS::RuleGroupsNamespace",
  "AWS::APS::Scraper",
  "AWS::APS::Workspace",
  "AWS::ARCRegionSwitch::Plan",
  "AWS::ARCZonalShift::AutoshiftObserverNotificationStatus",
  "AWS::ARCZonalShift::ZonalAutoshiftConfiguration",
  "AWS::AWSExternalAnthropic::Workspace",
  "AWS::AccessAnalyzer::Analyzer",
  "AWS::AccessAnalyzer::ArchiveRule",
  "AWS::AccountAccess::Application",
  "AWS::AccountAccess::Entitlement",
  "AWS::AgentRegistry::Registry",
  "AWS::AgentRegistry::RegistryRecord",
  "AWS::AmazonMQ::Broker",
  "AWS::AmazonMQ::Configuration",
  "AWS::AmazonMQ::ConfigurationAssociation",
  "AWS::Amplify::App",
  "AWS::Amplify::Branch",
  "AWS::Amplify::Domain",
  "AWS::Amplify::Webhook",
  "AWS::AmplifyUIBuilder::Component",
  "AWS::AmplifyUIBuilder::Form",
  "AWS::AmplifyUIBuilder::Theme",
  "AWS::ApiGateway::Account",
  "AWS::ApiGateway::ApiKey",
  "AWS::ApiGateway::Authorizer",
  "AWS::ApiGateway::BasePathMapping",
  "AWS::ApiGateway::BasePathMappingV2",
  "AWS::ApiGateway::ClientCertificate",
  "AWS::ApiGateway::Deployment",
  "AWS::ApiGateway::DocumentationPart",
  "AWS::ApiGateway::DocumentationVersion",
  "AWS::ApiGateway::DomainName",
  "AWS::ApiGateway::DomainNameAccessAssociation",
  "AWS::ApiGateway::DomainNameV2",
  "AWS::ApiGateway::GatewayResponse",
  "AWS::ApiGateway::Method",
  "AWS::ApiGateway::Model",
  "AWS::ApiGateway::RequestValidator",
  "AWS::ApiGateway::Resource",
  "AWS::ApiGateway::RestApi",
  "AWS::ApiGateway::Stage",
  "AWS::ApiGateway::UsagePlan",
  "AWS::ApiGateway::UsagePlanKey",
  "AWS::ApiGateway::VpcLink",
  "AWS::ApiGatewayV2::Api",
  "AWS::ApiGatewayV2::ApiGatewayManagedOverrides",
  "AWS::ApiGatewayV2::ApiMapping",
  "AWS::ApiGatewayV2::Authorizer",
  "AWS::ApiGatewayV2::Deployment",
  "AWS::ApiGatewayV2::DomainName",
  "AWS::ApiGatewayV2::Integration",
  "AWS::ApiGatewayV2::IntegrationResponse",
  "AWS::ApiGatewayV2::Model",
  "AWS::ApiGatewayV2::PortalProduct",
  "AWS::ApiGatewayV2::Route",
  "AWS::ApiGatewayV2::RouteResponse",
  "AWS::ApiGatewayV2::RoutingRule",
  "AWS::ApiGatewayV2::Stage",
  "AWS::ApiGatewayV2::VpcLink",
  "AWS::AppConfig::Application",
  "AWS::AppConfig::ConfigurationProfile",
  "AWS::AppConfig::Deployment",
  "AWS::AppConfig::DeploymentStrategy",
  "AWS::AppConfig::Environment",
  "AWS::AppConfig::ExperimentDefinition",
  "AWS::AppConfig::ExperimentRun",
  "AWS::AppConfig::Extension",
  "AWS::AppConfig::ExtensionAssociation",
  "AWS::AppConfig::HostedConfigurationVersion",
  "AWS::AppFlow::Connector",
  "AWS::AppFlow::ConnectorProfile",
  "AWS::AppFlow::Flow",
  "AWS::AppIntegrations::Application",
  "AWS::AppIntegrations::DataIntegration",
  "AWS::AppIntegrations::EventIntegration",
  "AWS::AppMesh::GatewayRoute",
  "AWS::AppMesh::Mesh",
  "AWS::AppMesh::Route",
  "AWS::AppMesh::VirtualGateway",
  "AWS::AppMesh::VirtualNode",
  "AWS::AppMesh::VirtualRouter",
  "AWS::AppMesh::VirtualService",
  "AWS::AppRunner::AutoScalingConfiguration",
  "AWS::AppRunner::ObservabilityConfiguration",
  "AWS::AppRunner::Service",
  "AWS::AppRunner::VpcConnector",
  "AWS::AppRunner::VpcIngressConnection",
  "AWS::AppStream::AppBlock",
  "AWS::AppStream::AppBlockBuilder",
  "AWS::AppStream::Application",
  "AWS::AppStream::ApplicationEntitlementAssociation",
  "AWS::AppStream::ApplicationFleetAssociation",
  "AWS::AppStream::DirectoryConfig",
  "AWS::AppStream::Entitlement",
  "AWS::AppStream::Fleet",
  "AWS::AppStream::ImageBuilder",
  "AWS::AppStream::Stack",
  "AWS::AppStream::StackFleetAssociation",
  "AWS::AppStream::StackUserAssociation",
  "AWS::AppStream::User",
  "AWS::AppSync::Api",
  "AWS::AppSync::ApiCache",
  "AWS::AppSync::ApiKey",
  "AWS::AppSync::ChannelNamespace",
  "AWS::AppSync::DataSource",
  "AWS::AppSync::DomainName",
  "AWS::AppSync::DomainNameApiAssociation",
  "AWS::AppSync::FunctionConfiguration",
  "AWS::AppSync::GraphQLApi",
  "AWS::AppSync::GraphQLSchema",
  "AWS::AppSync::Resolver",
  "AWS::AppSync::SourceApiAssociation",
  "AWS::AppSync::Type",
  "AWS::AppTest::TestCase",
  "AWS::ApplicationAutoScaling::ScalableTarget",
  "AWS::ApplicationAutoScaling::ScalingPolicy",
  "AWS::ApplicationInsights::Application",
  "AWS::ApplicationSignals::Discovery",
  "AWS::ApplicationSignals::GroupingConfiguration",
  "AWS::ApplicationSignals::ServiceLevelObjective",
  "AWS::Athena::CapacityReservation",
  "AWS::Athena::DataCatalog",
  "AWS::Athena::NamedQuery",
  "AWS::Athena::PreparedStatement",
  "AWS::Athena::WorkGroup",
  "AWS::AuditManager::Assessment",
  "AWS::AuditManager::AssessmentFramework",
  "AWS::AutoScaling::AutoScalingGroup",
  "AWS::AutoScaling::LaunchConfiguration",
  "AWS::AutoScaling::LifecycleHook",
  "AWS::AutoScaling::ScalingPolicy",
  "AWS::AutoScaling::ScheduledAction",
  "AWS::AutoScaling::WarmPool",
  "AWS::AutoScalingPlans::ScalingPlan",
  "AWS::B2BI::Capability",
  "AWS::B2BI::Partnership",
  "AWS::B2BI::Profile",
  "AWS::B2BI::Transformer",
  "AWS::BCM::Dashboard",
  "AWS::BCM::ScheduledReport",
  "AWS::BCMDataExports::Export",
  "AWS::Backup::BackupPlan",
  "AWS::Backup::BackupSelection",
  "AWS::Backup::BackupVault",
  "AWS::Backup::Framework",
  "AWS::Backup::LegalHold",
  "AWS::Backup::LogicallyAirGappedBackupVault",
  "AWS::Backup::ReportPlan",
  "AWS::Backup::RestoreTestingPlan",
  "AWS::Backup::RestoreTestingSelection",
  "AWS::Backup::TieringConfiguration",
  "AWS::BackupGateway::Hypervisor",
  "AWS::Batch::ComputeEnvironment",
  "AWS::Batch::ConsumableResource",
  "AWS::Batch::JobDefinition",
  "AWS::Batch::JobQueue",
  "AWS::Batch::QuotaShare",
  "AWS::Batch::SchedulingPolicy",
  "AWS::Batch::ServiceEnvironment",
  "AWS::BcmPricingCalculator::BillScenario",
  "AWS::BcmPricingCalculator::WorkloadEstimate",
  "AWS::Bedrock::Agent",
  "AWS::Bedrock::AgentAlias",
  "AWS::Bedrock::ApplicationInferenceProfile",
  "AWS::Bedrock::AutomatedReasoningPolicy",
  "AWS::Bedrock::AutomatedReasoningPolicyVersion",
  "AWS::Bedrock::Blueprint",
  "AWS::Bedrock::DataAutomationLibrary",
  "AWS::Bedrock::DataAutomationProject",
  "AWS::Bedrock::DataSource",
  "AWS::Bedrock::EnforcedGuardrailConfiguration",
  "AWS::Bedrock::Flow",
  "AWS::Bedrock::FlowAlias",
  "AWS::Bedrock::FlowVersion",
  "AWS::Bedrock::Guardrail",
  "AWS::Bedrock::GuardrailVersion",
  "AWS::Bedrock::IntelligentPromptRouter",
  "AWS::Bedrock::KnowledgeBase",
  "AWS::Bedrock::KnowledgeBasePolicy",
  "AWS::Bedrock::Prompt",
  "AWS::Bedrock::PromptVersion",
  "AWS::Bedrock::ResourcePolicy",
  "AWS::Bedrock::Session",
  "AWS::BedrockAgentCore::ApiKeyCredentialProvider",
  "AWS::BedrockAgentCore::BrowserCustom",
  "AWS::BedrockAgentCore::BrowserProfile",
  "AWS::BedrockAgentCore::CapacityProvider",
  "AWS::BedrockAgentCore::CodeInterpreterCustom",
  "AWS::BedrockAgentCore::ConfigurationBundle",
  "AWS::BedrockAgentCore::Dataset",
  "AWS::BedrockAgentCore::Evaluator",
  "AWS::BedrockAgentCore::Gateway",
  "AWS::BedrockAgentCore::GatewayRateLimit",
  "AWS::BedrockAgentCore::GatewayRule",
  "AWS::BedrockAgentCore::GatewayTarget",
  "AWS::BedrockAgentCore::Harness",
  "AWS::BedrockAgentCore::HarnessEndpoint",
  "AWS::BedrockAgentCore::Memory",
  "AWS::BedrockAgentCore::OAuth2CredentialProvider",
  "AWS::BedrockAgentCore::OnlineEvaluationConfig",
  "AWS::BedrockAgentCore::PaymentConnector",
  "AWS::BedrockAgentCore::PaymentCredentialProvider",
  "AWS::BedrockAgentCore::PaymentManager",
  "AWS::BedrockAgentCore::Policy",
  "AWS::BedrockAgentCore::PolicyEngine",
  "AWS::BedrockAgentCore::ResourcePolicy",
  "AWS::BedrockAgentCore::Runtime",
  "AWS::BedrockAgentCore::RuntimeEndpoint",
  "AWS::BedrockAgentCore::WorkloadIdentity",
  "AWS::BedrockMantle::Project",
  "AWS::Billing::BillingView",
  "AWS::BillingConductor::BillingGroup",
  "AWS::BillingConductor::CustomLineItem",
  "AWS::BillingConductor::PricingPlan",
  "AWS::BillingConductor::PricingRule",
  "AWS::Braket::SpendingLimit",
  "AWS::Budgets::Budget",
  "AWS::Budgets::BudgetsAction",
  "AWS::CE::AnomalyMonitor",
  "AWS::CE::AnomalySubscription",
  "AWS::CE::CostCategory",
  "AWS::CUR::ReportDefinition",
  "AWS::Cases::Case",
  "AWS::Cases::CaseRule",
  "AWS::Cases::Domain",
  "AWS::Cases::Field",
  "AWS::Cases::Layout",
  "AWS::Cases::RelatedItem",
  "AWS::Cases::Template",
  "AWS::Cassandra::Keyspace",
  "AWS::Cassandra::Table",
  "AWS::Cassandra::Type",
  "AWS::CertificateManager::Account",
  "AWS::CertificateManager::AcmeDomainValidation",
  "AWS::CertificateManager::AcmeEndpoint",
  "AWS::CertificateManager::AcmeExternalAccountBinding",
  "AWS::CertificateManager::Certificate",
  "AWS::Chatbot::CustomAction",
  "AWS::Chatbot::MicrosoftTeamsChannelConfiguration",
  "AWS::Chatbot::SlackChannelConfiguration",
  "AWS::Chime::AppInstance",
  "AWS::Chime::AppInstanceBot",
  "AWS::Chime::AppInstanceUser",
  "AWS::Chime::Channel",
  "AWS::Chime::ChannelFlow",
  "AWS::Chime::MediaInsightsPipelineConfiguration",
  "AWS::Chime::MediaPipelineKinesisVideoStreamPool",
  "AWS::Chime::SipMediaApplication",
  "AWS::Chime::VoiceConnector",
  "AWS::CleanRooms::AnalysisTemplate",
  "AWS::CleanRooms::Collaboration",
  "AWS::CleanRooms::ConfiguredTable",
  "AWS::CleanRooms::ConfiguredTableAssociation",
  "AWS::CleanRooms::IdMappingTable",
  "AWS::CleanRooms::IdNamespaceAssociation",
  "AWS::CleanRooms::IntermediateTable",
  "AWS::CleanRooms::Membership",
  "AWS::CleanRooms::PrivacyBudgetTemplate",
  "AWS::CleanRoomsML::ConfiguredModelAlgorithm",
  "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation",
  "AWS::CleanRoomsML::TrainingDataset",
  "AWS::Cloud9::EnvironmentEC2",
  "AWS::CloudFormation::ChangeSet",
  "AWS::CloudFormation::CustomResource",
  "AWS::CloudFormation::GeneratedTemplate",
  "AWS::CloudFormation::GuardHook",
  "AWS::CloudFormation::HookDefaultVersion",
  "AWS::CloudFormation::HookTypeConfig",
  "AWS::CloudFormation::HookVersion",
  "AWS::CloudFormation::LambdaHook",
  "AWS::CloudFormation::Macro",
  "AWS::CloudFormation::ModuleDefaultVersion",
  "AWS::CloudFormation::ModuleVersion",
  "AWS::CloudFormation::PublicTypeVersion",
  "AWS::CloudFormation::Publisher",
  "AWS::CloudFormation::ResourceDefaultVersion",
  "AWS::CloudFormation::ResourceVersion",
  "AWS::CloudFormation::Stack",
  "AWS::CloudFormation::StackSet",
  "AWS::CloudFormation::TypeActivation",
  "AWS::CloudFormation::WaitCondition",
  "AWS::CloudFormation::WaitConditionHandle",
  "AWS::CloudFront::AnycastIpList",
  "AWS::CloudFront::CachePolicy",
  "AWS::CloudFront::CloudFrontOriginAccessIdentity",
  "AWS::CloudFront::ConnectionFunction",
  "AWS::CloudFront::ConnectionGroup",
  "AWS::CloudFront::ContinuousDeploymentPolicy",
  "AWS::CloudFront::Distribution",
  "AWS::CloudFront::DistributionTenant",
  "AWS::CloudFront::FieldLevelEncryptionProfile",
  "AWS::CloudFront::Function",
  "AWS::CloudFront::KeyGroup",
  "AWS::CloudFront::KeyValueStore",
  "AWS::CloudFront::MonitoringSubscription",
  "AWS::CloudFront::OriginAccessControl",
  "AWS::CloudFront::OriginRequestPolicy",
  "AWS::CloudFront::PublicKey",
  "AWS::CloudFront::RealtimeLogConfig",
  "AWS::CloudFront::ResponseHeadersPolicy",
  "AWS::CloudFront::StreamingDistribution",
  "AWS::CloudFront::TrustStore",
  "AWS::CloudFront::VpcOrigin",
  "AWS::CloudHSM::Cluster",
  "AWS::CloudTrail::Channel",
  "AWS::CloudTrail::Dashboard",
  "AWS::CloudTrail::EventDataStore",
  "AWS::CloudTrail::ResourcePolicy",
  "AWS::CloudTrail::Trail",
  "AWS::CloudWatch::Alarm",
  "AWS::CloudWatch::AlarmMuteRule",
  "AWS::CloudWatch::AnomalyDetector",
  "AWS::CloudWatch::CompositeAlarm",
  "AWS::CloudWatch::Dashboard",
  "AWS::CloudWatch::InsightRule",
  "AWS::CloudWatch::LogAlarm",
  "AWS::CloudWatch::MetricStream",
  "AWS::CloudWatch::OTelEnrichment",
  "AWS::CodeArtifact::Domain",
  "AWS::CodeArtifact::PackageGroup",
  "AWS::CodeArtifact::Repository",
  "AWS::CodeBuild::Fleet",
  "AWS::CodeBuild::Project",
  "AWS::CodeBuild::ReportGroup",
  "AWS::CodeBuild::SourceCredential",
  "AWS::CodeCommit::Repository",
  "AWS::CodeConnections::Connection",
  "AWS::CodeConnections::Host",
  "AWS::CodeDeploy::Application",
  "AWS::CodeDeploy::DeploymentConfig",
  "AWS::CodeDeploy::DeploymentGroup",
  "AWS::CodeGuruProfiler::ProfilingGroup",
  "AWS::CodeGuruReviewer::RepositoryAssociation",
  "AWS::CodePipeline::CustomActionType",
  "AWS::CodePipeline::Pipeline",
  "AWS::CodePipeline::Webhook",
  "AWS::CodeStar::GitHubRepository",
  "AWS::CodeStarConnections::Connection",
  "AWS::CodeStarConnections::RepositoryLink",
  "AWS::CodeStarConnections::SyncConfiguration",
  "AWS::CodeStarNotifications::NotificationRule",
  "AWS::Cognito::IdentityPool",
  "AWS::Cognito::IdentityPoolPrincipalTag",
  "AWS::Cognito::IdentityPoolRoleAttachment",
  "AWS::Cognito::LogDeliveryConfiguration",
  "AWS::Cognito::ManagedLoginBranding",
  "AWS::Cognito::Terms",
  "AWS::Cognito::UserPool",
  "AWS::Cognito::UserPoolClient",
  "AWS::Cognito::UserPoolDomain",
  "AWS::Cognito::UserPoolGroup",
  "AWS::Cognito::UserPoolIdentityProvider",
  "AWS::Cognito::UserPoolRegionalConfigurationAttachment",
  "AWS::Cognito::UserPoolReplica",
  "AWS::Cognito::UserPoolResourceServer",
  "AWS::Cognito::UserPoolRiskConfigurationAttachment",
  "AWS::Cognito::UserPoolUICustomizationAttachment",
  "AWS::Cognito::UserPoolUser",
  "AWS::Cognito::UserPoolUserToGroupAttachment",
  "AWS::Comprehend::DocumentClassifier",
  "AWS::Comprehend::DocumentClassifierEndpoint",
  "AWS::Comprehend::EntityRecognizer",
  "AWS::Comprehend::Flywheel",
  "AWS::ComputeOptimizer::AutomationRule",
  "AWS::Config::AggregationAuthorization",
  "AWS::Config::ConfigRule",
  "AWS::Config::ConfigurationAggregator",
  "AWS::Config::ConfigurationRecorder",
  "AWS::Config::ConformancePack",
  "AWS::Config::Connector",
  "AWS::Config::DeliveryChannel",
  "AWS::Config::OrganizationConfigRule",
  "AWS::Config::OrganizationConformancePack",
  "AWS::Config::RemediationConfiguration",
  "AWS::Config::StoredQuery",
  "AWS::Connect::AgentStatus",
  "AWS::Connect::ApprovedOrigin",
  "AWS::Connect::ContactFlow",
  "AWS::Connect::ContactFlowModule",
  "AWS::Connect::ContactFlowModuleAlias",
  "AWS::Connect::ContactFlowModuleVersion",
  "AWS::Connect::ContactFlowVersion",
  "AWS::Connect::DataLakeAssociation",
  "AWS::Connect::DataTable",
  "AWS::Connect::DataTableAttribute",
  "AWS::Connect::DataTableRecord",
  "AWS::Connect::EmailAddress",
  "AWS::Connect::EvaluationForm",
  "AWS::Connect::HoursOfOperation",
  "AWS::Connect::Instance",
  "AWS::Connect::InstanceStorageConfig",
  "AWS::Connect::IntegrationAssociation",
  "AWS::Connect::Metric",
  "AWS::Connect::Notification",
  "AWS::Connect::PhoneNumber",
  "AWS::Connect::PredefinedAttribute",
  "AWS::Connect::Prompt",
  "AWS::Connect::Queue",
  "AWS::Connect::QuickConnect",
  "AWS::Connect::RoutingProfile",
  "AWS::Connect::Rule",
  "AWS::Connect::SecurityKey",
  "AWS::Connect::SecurityProfile",
  "AWS::Connect::TaskTemplate",
  "AWS::Connect::TestCase",
  "AWS::Connect::TrafficDistributionGroup",
  "AWS::Connect::User",
  "AWS::Connect::UserHierarchyGroup",
  "AWS::Connect::UserHierarchyStructure",
  "AWS::Connect::View",
  "AWS::Connect::ViewVersion",
  "AWS::Connect::Vocabulary",
  "AWS::Connect::Workspace",
  "AWS::ConnectCampaigns::Campaign",
  "AWS::ConnectCampaignsV2::Campaign",
  "AWS::ControlTower::EnabledBaseline",
  "AWS::ControlTower::EnabledControl",
  "AWS::ControlTower::LandingZone",
  "AWS::CustomerProfiles::CalculatedAttributeDefinition",
  "AWS::CustomerProfiles::Domain",
  "AWS::CustomerProfiles::DomainObjectType",
  "AWS::CustomerProfiles::EventStream",
  "AWS::CustomerProfiles::EventTrigger",
  "AWS::CustomerProfiles::Integration",
  "AWS::CustomerProfiles::ObjectType",
  "AWS::CustomerProfiles::Recommender",
  "AWS::CustomerProfiles::RecommenderSchema",
  "AWS::CustomerProfiles::SegmentDefinition",
  "AWS::DAX::Cluster",
  "AWS::DAX::ParameterGroup",
  "AWS::DAX::SubnetGroup",
  "AWS::DLM::LifecyclePolicy",
  "AWS::DMS::Certificate",
  "AWS::DMS::DataMigration",
  "AWS::DMS::DataProvider",
  "AWS::DMS::Endpoint",
  "AWS::DMS::EventSubscription",
  "AWS::DMS::InstanceProfile",
  "AWS::DMS::MigrationProject",
  "AWS::DMS::ReplicationConfig",
  "AWS::DMS::ReplicationInstance",
  "AWS::DMS::ReplicationSubnetGroup",
  "AWS::DMS::ReplicationTask",
  "AWS::DRS::LaunchConfigurationTemplate",
  "AWS::DRS::ReplicationConfigurationTemplate",
  "AWS::DRS::SourceNetwork",
  "AWS::DSQL::Cluster",
  "AWS::DataBrew::Dataset",
  "AWS::DataBrew::Job",
  "AWS::DataBrew::Project",
  "AWS::DataBrew::Recipe",
  "AWS::DataBrew::Ruleset",
  "AWS::DataBrew::Schedule",
  "AWS::DataExchange::DataSet",
  "AWS::DataExchange::EventAction",
  "AWS::DataPipeline::Pipeline",
  "AWS::DataSync::Agent",
  "AWS::DataSync::LocationAzureBlob",
  "AWS::DataSync::LocationEFS",
  "AWS::DataSync::LocationFSxLustre",
  "AWS::DataSync::LocationFSxONTAP",
  "AWS::DataSync::LocationFSxOpenZFS",
  "AWS::DataSync::LocationFSxWindows",
  "AWS::DataSync::LocationHDFS",
  "AWS::DataSync::LocationNFS",
  "AWS::DataSync::LocationObjectStorage",
  "AWS::DataSync::LocationS3",
  "AWS::DataSync::LocationSMB",
  "AWS::DataSync::Task",
  "AWS::DataZone::Connection",
  "AWS::DataZone::DataSource",
  "AWS::DataZone::Domain",
  "AWS::DataZone::DomainUnit",
  "AWS::DataZone::Environment",
  "AWS::DataZone::EnvironmentActions",
  "AWS::DataZone::EnvironmentBlueprintConfiguration",
  "AWS::DataZone::EnvironmentProfile",
  "AWS::DataZone::FormType",
  "AWS::DataZone::GroupProfile",
  "AWS::DataZone::Owner",
  "AWS::DataZone::PolicyGrant",
  "AWS::DataZone::Project",
  "AWS::DataZone::ProjectMembership",
  "AWS::DataZone::ProjectProfile",
  "AWS::DataZone::SubscriptionTarget",
  "AWS::DataZone::UserProfile",
  "AWS::Deadline::Budget",
  "AWS::Deadline::Farm",
  "AWS::Deadline::Fleet",
  "AWS::Deadline::LicenseEndpoint",
  "AWS::Deadline::Limit",
  "AWS::Deadline::MeteredProduct",
  "AWS::Deadline::Monitor",
  "AWS::Deadline::Queue",
  "AWS::Deadline::QueueEnvironment",
  "AWS::Deadline::QueueFleetAssociation",
  "AWS::Deadline::QueueLimitAssociation",
  "AWS::Deadline::StorageProfile",
  "AWS::Deadline::Worker",
  "AWS::Detective::Graph",
  "AWS::Detective::MemberInvitation",
  "AWS::Detective::OrganizationAdmin",
  "AWS::DevOpsAgent::AgentSpace",
  "AWS::DevOpsAgent::Asset",
  "AWS::DevOpsAgent::Association",
  "AWS::DevOpsAgent::PrivateConnection",
  "AWS::DevOpsAgent::Service",
  "AWS::DevOpsAgent::Trigger",
  "AWS::DevOpsGuru::LogAnomalyDetectionIntegration",
  "AWS::DevOpsGuru::NotificationChannel",
  "AWS::DevOpsGuru::ResourceCollection",
  "AWS::DeviceFarm::DevicePool",
  "AWS::DeviceFarm::InstanceProfile",
  "AWS::DeviceFarm::NetworkProfile",
  "AWS::DeviceFarm::Project",
  "AWS::DeviceFarm::TestGridProject",
  "AWS::DeviceFarm::Upload",
  "AWS::DeviceFarm::VPCEConfiguration",
  "AWS::DirectConnect::Connection",
  "AWS::DirectConnect::DirectConnectGateway",
  "AWS::DirectConnect::DirectConnectGatewayAssociation",
  "AWS::DirectConnect::Lag",
  "AWS::DirectConnect::PrivateVirtualInterface",
  "AWS::DirectConnect::PublicVirtualInterface",
  "AWS::DirectConnect::TransitVirtualInterface",
  "AWS::DirectoryService::MicrosoftAD",
  "AWS::DirectoryService::SimpleAD",
  "AWS::DocDB::DBCluster",
  "AWS::DocDB::DBClusterParameterGroup",
  "AWS::DocDB::DBInstance",
  "AWS::DocDB::DBSubnetGroup",
  "AWS::DocDB::EventSubscription",
  "AWS::DocDB::GlobalCluster",
  "AWS::DocDBElastic::Cluster",
  "AWS::DocDBElastic::ClusterSnapshot",
  "AWS::DynamoDB::GlobalTable",
  "AWS::DynamoDB::Table",
  "AWS::EC2::ApplicationStatusCheck",
  "AWS::EC2::CapacityManagerDataExport",
  "AWS::EC2::CapacityReservation",
  "AWS::EC2::CapacityReservationFleet",
  "AWS::EC2::CarrierGateway",
  "AWS::EC2::ClientVpnAuthorizationRule",
  "AWS::EC2::ClientVpnEndpoint",
  "AWS::EC2::ClientVpnRoute",
  "AWS::EC2::ClientVpnTargetNetworkAssociation",
  "AWS::EC2::CustomerGateway",
  "AWS::EC2::DHCPOptions",
  "AWS::EC2::EC2Fleet",
  "AWS::EC2::EIP",
  "AWS::EC2::EIPAssociation",
  "AWS::EC2::EgressOnlyInternetGateway",
  "AWS::EC2::EnclaveCertificateIamRoleAssociation",
  "AWS::EC2::FlowLog",
  "AWS::EC2::FpgaImage",
  "AWS::EC2::GatewayRouteTableAssociation",
  "AWS::EC2::Host",
  "AWS::EC2::IPAM",
  "AWS::EC2::IPAMAllocation",
  "AWS::EC2::IPAMPool",
  "AWS::EC2::IPAMPoolCidr",
  "AWS::EC2::IPAMPrefixListResolver",
  "AWS::EC2::IPAMPrefixListResolverTarget",
  "AWS::EC2::IPAMResourceDiscovery",
  "AWS::EC2::IPAMResourceDiscoveryAssociation",
  "AWS::EC2::IPAMScope",
  "AWS::EC2::IPv4Pool",
  "AWS::EC2::Instance",
  "AWS::EC2::InstanceConnectEndpoint",
  "AWS::EC2::InstanceEventWindow",
  "AWS::EC2::InternetGateway",
  "AWS::EC2::IpPoolRouteTableAssociation",
  "AWS::EC2::IpamExternalResourceVerificationToken",
  "AWS::EC2::KeyPair",
  "AWS::EC2::LaunchTemplate",
  "AWS::EC2::LocalGatewayRoute",
  "AWS::EC2::LocalGatewayRouteTable",
  "AWS::EC2::LocalGatewayRouteTableVPCAssociation",
  "AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation",
  "AWS::EC2::LocalGatewayVirtualInterface",
  "AWS::EC2::LocalGatewayVirtualInterfaceGroup",
  "AWS::EC2::NatGateway",
  "AWS::EC2::NetworkAcl",
  "AWS::EC2::NetworkAclEntry",
  "AWS::EC2::NetworkInsightsAccessScope",
  "AWS::EC2::NetworkInsightsAccessScopeAnalysis",
  "AWS::EC2::NetworkInsightsAnalysis",
  "AWS::EC2::NetworkInsightsPath",
  "AWS::EC2::NetworkInterface",
  "AWS::EC2::NetworkInterfaceAttachment",
  "AWS::EC2::NetworkInterfacePermission",
  "AWS::EC2::NetworkPerformanceMetricSubscription",
  "AWS::EC2::PlacementGroup",
  "AWS::EC2::PrefixList",
  "AWS::EC2::Route",
  "AWS::EC2::RouteServer",
  "AWS::EC2::RouteServerAssociation",
  "AWS::EC2::RouteServerEndpoint",
  "AWS::EC2::RouteServerPeer",
  "AWS::EC2::RouteServerPropagation",
  "AWS::EC2::RouteTable",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::SecurityGroupEgress",
  "AWS::EC2::SecurityGroupIngress",
  "AWS::EC2::SecurityGroupVpcAssociation",
  "AWS::EC2::SnapshotBlockPublicAccess",
  "AWS::EC2::SpotFleet",
  "AWS::EC2::SqlHaStandbyDetectedInstance",
  "AWS::EC2::Subnet",
  "AWS::EC2::SubnetCidrBlock",
  "AWS::EC2::SubnetCidrReservation",
  "AWS::EC2::SubnetNetworkAclAssociation",
  "AWS::EC2::SubnetRouteTableAssociation",
  "AWS::EC2::TrafficMirrorFilter",
  "AWS::EC2::TrafficMirrorFilterRule",
  "AWS::EC2::TrafficMirrorSession",
  "AWS::EC2::TrafficMirrorTarget",
  "AWS::EC2::TransitGateway",
  "AWS::EC2::TransitGatewayAttachment",
  "AWS::EC2::TransitGatewayConnect",
  "AWS::EC2::TransitGatewayConnectPeer",
  "AWS::EC2::TransitGatewayMeteringPolicy",
  "AWS::EC2::TransitGatewayMeteringPolicyEntry",
  "AWS::EC2::TransitGatewayMulticastDomain",
  "AWS::EC2::TransitGatewayMulticastDomainAssociation",
  "AWS::EC2::TransitGatewayMulticastGroupMember",
  "AWS::EC2::TransitGatewayMulticastGroupSource",
  "AWS::EC2::TransitGatewayPeeringAttachment",
  "AWS::EC2::TransitGatewayPolicyTable",
  "AWS::EC2::TransitGatewayPolicyTableAssociation",
  "AWS::EC2::TransitGatewayPolicyTableEntry",
  "AWS::EC2::TransitGatewayRoute",
  "AWS::EC2::TransitGatewayRouteTable",
  "AWS::EC2::TransitGatewayRouteTableAssociation",
  "AWS::EC2::TransitGatewayRouteTablePropagation",
  "AWS::EC2::TransitGatewayVpcAttachment",
  "AWS::EC2::VPC",
  "AWS::EC2::VPCBlockPublicAccessExclusion",
  "AWS::EC2::VPCBlockPublicAccessOptions",
  "AWS::EC2::VPCCidrBlock",
  "AWS::EC2::VPCDHCPOptionsAssociation",
  "AWS::EC2::VPCEncryptionControl",
  "AWS::EC2::VPCEndpoint",
  "AWS::EC2::VPCEndpointConnectionNotification",
  "AWS::EC2::VPCEndpointService",
  "AWS::EC2::VPCEndpointServicePermissions",
  "AWS::EC2::VPCGatewayAttachment",
  "AWS::EC2::VPCPeeringConnection",
  "AWS::EC2::VPNConcentrator",
  "AWS::EC2::VPNConnection",
  "AWS::EC2::VPNConnectionRoute",
  "AWS::EC2::VPNGateway",
  "AWS::EC2::VPNGatewayRoutePropagation",
  "AWS::EC2::VerifiedAccessEndpoint",
  "AWS::EC2::VerifiedAccessGroup",
  "AWS::EC2::VerifiedAccessInstance",
  "AWS::EC2::VerifiedAccessTrustProvider",
  "AWS::EC2::Volume",
  "AWS::EC2::VolumeAttachment",
  "AWS::ECR::PublicRepository",
  "AWS::ECR::PullThroughCacheRule",
  "AWS::ECR::PullTimeUpdateExclusion",
  "AWS::ECR::RegistryPolicy",
  "AWS::ECR::RegistryScanningConfiguration",
  "AWS::ECR::ReplicationConfiguration",
  "AWS::ECR::Repository",
  "AWS::ECR::RepositoryCreationTemplate",
  "AWS::ECR::SigningConfiguration",
  "AWS::ECS::CapacityProvider",
  "AWS::ECS::Cluster",
  "AWS::ECS::ClusterCapacityProviderAssociations",
  "AWS::ECS::Daemon",
  "AWS::ECS::DaemonTaskDefinition",
  "AWS::ECS::ExpressGatewayService",
  "AWS::ECS::PrimaryTaskSet",
  "AWS::ECS::Service",
  "AWS::ECS::TaskDefinition",
  "AWS::ECS::TaskSet",
  "AWS::EFS::AccessPoint",
  "AWS::EFS::FileSystem",
  "AWS::EFS::MountTarget",
  "AWS::EKS::AccessEntry",
  "AWS::EKS::Addon",
  "AWS::EKS::Capability",
  "AWS::EKS::CertificateAuthority",
  "AWS::EKS::Cluster",
  "AWS::EKS::FargateProfile",
  "AWS::EKS::IdentityProviderConfig",
  "AWS::EKS::Nodegroup",
  "AWS::EKS::PodIdentityAssociation",
  "AWS::EMR::Cluster",
  "AWS::EMR::InstanceFleetConfig",
  "AWS::EMR::InstanceGroupConfig",
  "AWS::EMR::SecurityConfiguration",
  "AWS::EMR::Step",
  "AWS::EMR::Studio",
  "AWS::EMR::StudioSessionMapping",
  "AWS::EMR::WALWorkspace",
  "AWS::EMRContainers::Endpoint",
  "AWS::EMRContainers::JobTemplate",
  "AWS::EMRContainers::SecurityConfiguration",
  "AWS::EMRContainers::VirtualCluster",
  "AWS::EMRServerless::Application",
  "AWS::EVS::Environment",
  "AWS::ElastiCache::CacheCluster",
  "AWS::ElastiCache::GlobalReplicationGroup",
  "AWS::ElastiCache::ParameterGroup",
  "AWS::ElastiCache::ReplicationGroup",
  "AWS::ElastiCache::SecurityGroup",
  "AWS::ElastiCache::SecurityGroupIngress",
  "AWS::ElastiCache::ServerlessCache",
  "AWS::ElastiCache::ServerlessCacheSnapshot",
  "AWS::ElastiCache::SubnetGroup",
  "AWS::ElastiCache::User",
  "AWS::ElastiCache::UserGroup",
  "AWS::ElasticBeanstalk::Application",
  "AWS::ElasticBeanstalk::ApplicationVersion",
  "AWS::ElasticBeanstalk::ConfigurationTemplate",
  "AWS::ElasticBeanstalk::Environment",
  "AWS::ElasticLoadBalancing::LoadBalancer",
  "AWS::ElasticLoadBalancingV2::Listener",
  "AWS::ElasticLoadBalancingV2::ListenerCertificate",
  "AWS::ElasticLoadBalancingV2::ListenerRule",
  "AWS::ElasticLoadBalancingV2::LoadBalancer",
  "AWS::ElasticLoadBalancingV2::TargetGroup",
  "AWS::ElasticLoadBalancingV2::TrustStore",
  "AWS::ElasticLoadBalancingV2::TrustStoreRevocation",
  "AWS::Elasticsearch::Domain",
  "AWS::ElementalInference::Dictionary",
  "AWS::ElementalInference::Feed",
  "AWS::EntityResolution::IdMappingWorkflow",
  "AWS::EntityResolution::IdNamespace",
  "AWS::EntityResolution::MatchingWorkflow",
  "AWS::EntityResolution::PolicyStatement",
  "AWS::EntityResolution::SchemaMapping",
  "AWS::EventSchemas::Discoverer",
  "AWS::EventSchemas::Registry",
  "AWS::EventSchemas::RegistryPolicy",
  "AWS::EventSchemas::Schema",
  "AWS::Events::ApiDestination",
  "AWS::Events::Archive",
  "AWS::Events::Connection",
  "AWS::Events::Endpoint",
  "AWS::Events::EventBus",
  "AWS::Events::EventBusPolicy",
  "AWS::Events::Rule",
  "AWS::EventsV2::EventBus",
  "AWS::EventsV2::EventSource",
  "AWS::EventsV2::ResourcePolicy",
  "AWS::EventsV2::Subscriber",
  "AWS::Evidently::Experiment",
  "AWS::Evidently::Feature",
  "AWS::Evidently::Launch",
  "AWS::Evidently::Project",
  "AWS::Evidently::Segment",
  "AWS::FIS::ExperimentTemplate",
  "AWS::FIS::TargetAccountConfiguration",
  "AWS::FMS::ApplicationsList",
  "AWS::FMS::NotificationChannel",
  "AWS::FMS::Policy",
  "AWS::FMS::ProtocolsList",
  "AWS::FMS::ResourceSet",
  "AWS::FSx::Backup",
  "AWS::FSx::DataRepositoryAssociation",
  "AWS::FSx::FileCache",
  "AWS::FSx::FileSystem",
  "AWS::FSx::S3AccessPointAttachment",
  "AWS::FSx::Snapshot",
  "AWS::FSx::StorageVirtualMachine",
  "AWS::FSx::Volume",
  "AWS::FinSpace::Environment",
  "AWS::Forecast::Dataset",
  "AWS::Forecast::DatasetGroup",
  "AWS::FraudDetector::Detector",
  "AWS::FraudDetector::EntityType",
  "AWS::FraudDetector::EventType",
  "AWS::FraudDetector::Label",
  "AWS::FraudDetector::List",
  "AWS::FraudDetector::Outcome",
  "AWS::FraudDetector::Variable",
  "AWS::GameLift::Alias",
  "AWS::GameLift::Build",
  "AWS::GameLift::ContainerFleet",
  "AWS::GameLift::ContainerGroupDefinition",
  "AWS::GameLift::Fleet",
  "AWS::GameLift::GameServerGroup",
  "AWS::GameLift::GameSessionQueue",
  "AWS::GameLift::Location",
  "AWS::GameLift::MatchmakingConfiguration",
  "AWS::GameLift::MatchmakingRuleSet",
  "AWS::GameLift::Script",
  "AWS::GameLiftStreams::Application",
  "AWS::GameLiftStreams::StreamGroup",
  "AWS::GlobalAccelerator::Accelerator",
  "AWS::GlobalAccelerator::CrossAccountAttachment",
  "AWS::GlobalAccelerator::EndpointGroup",
  "AWS::GlobalAccelerator::Listener",
  "AWS::Glue::Blueprint",
  "AWS::Glue::Catalog",
  "AWS::Glue::Classifier",
  "AWS::Glue::Connection",
  "AWS::Glue::ConnectionType",
  "AWS::Glue::Crawler",
  "AWS::Glue::CustomEntityType",
  "AWS::Glue::DataCatalogEncryptionSettings",
  "AWS::Glue::DataQualityRuleset",
  "AWS::Glue::Database",
  "AWS::Glue::DevEndpoint",
  "AWS::Glue::IdentityCenterConfiguration",
  "AWS::Glue::Integration",
  "AWS::Glue::IntegrationResourceProperty",
  "AWS::Glue::Job",
  "AWS::Glue::MLTransform",
  "AWS::Glue::Partition",
  "AWS::Glue::Registry",
  "AWS::Glue::Schema",
  "AWS::Glue::SchemaVersion",
  "AWS::Glue::SchemaVersionMetadata",
  "AWS::Glue::SecurityConfiguration",
  "AWS::Glue::Session",
  "AWS::Glue::Table",
  "AWS::Glue::TableOptimizer",
  "AWS::Glue::Trigger",
  "AWS::Glue::UsageProfile",
  "AWS::Glue::UserDefinedFunction",
  "AWS::Glue::Workflow",
  "AWS::Grafana::Workspace",
  "AWS::Greengrass::ConnectorDefinition",
  "AWS::Greengrass::ConnectorDefinitionVersion",
  "AWS::Greengrass::CoreDefinition",
  "AWS::Greengrass::CoreDefinitionVersion",
  "AWS::Greengrass::DeviceDefinition",
  "AWS::Greengrass::DeviceDefinitionVersion",
  "AWS::Greengrass::FunctionDefinition",
  "AWS::Greengrass::FunctionDefinitionVersion",
  "AWS::Greengrass::Group",
  "AWS::Greengrass::GroupVersion",
  "AWS::Greengrass::LoggerDefinition",
  "AWS::Greengrass::LoggerDefinitionVersion",
  "AWS::Greengrass::ResourceDefinition",
  "AWS::Greengrass::ResourceDefinitionVersion",
  "AWS::Greengrass::SubscriptionDefinition",
  "AWS::Greengrass::SubscriptionDefinitionVersion",
  "AWS::GreengrassV2::ComponentVersion",
  "AWS::GreengrassV2::Deployment",
  "AWS::GroundStation::Config",
  "AWS::GroundStation::DataflowEndpointGroup",
  "AWS::GroundStation::DataflowEndpointGroupV2",
  "AWS::GroundStation::MissionProfile",
  "AWS::GuardDuty::CustomDetectionRuleAssociation",
  "AWS::GuardDuty::Detector",
  "AWS::GuardDuty::Filter",
  "AWS::GuardDuty::IPSet",
  "AWS::GuardDuty::MalwareProtectionPlan",
  "AWS::GuardDuty::Master",
  "AWS::GuardDuty::Member",
  "AWS::GuardDuty::PublishingDestination",
  "AWS::GuardDuty::ThreatEntitySet",
  "AWS::GuardDuty::ThreatIntelSet",
  "AWS::GuardDuty::TrustedEntitySet",
  "AWS::HealthAgent::Domain",
  "AWS::HealthImaging::Datastore",
  "AWS::HealthLake::DataTransformationProfile",
  "AWS::HealthLake::FHIRDatastore",
  "AWS::IAM::AccessKey",
  "AWS::IAM::Group",
  "AWS::IAM::GroupPolicy",
  "AWS::IAM::InstanceProfile",
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::OIDCProvider",
  "AWS::IAM::Policy",
  "AWS::IAM::Role",
  "AWS::IAM::RolePolicy",
  "AWS::IAM::SAMLProvider",
  "AWS::IAM::ServerCertificate",
  "AWS::IAM::ServiceLinkedRole",
  "AWS::IAM::User",
  "AWS::IAM::UserPolicy",
  "AWS::IAM::UserToGroupAddition",
  "AWS::IAM::VirtualMFADevice",
  "AWS::IVS::Channel",
  "AWS::IVS::EncoderConfiguration",
  "AWS::IVS::IngestConfiguration",
  "AWS::IVS::PlaybackKeyPair",
  "AWS::IVS::PlaybackRestrictionPolicy",
  "AWS::IVS::PublicKey",
  "AWS::IVS::RecordingConfiguration",
  "AWS::IVS::Stage",
  "AWS::IVS::StorageConfiguration",
  "AWS::IVS::StreamKey",
  "AWS::IVSChat::LoggingConfiguration",
  "AWS::IVSChat::Room",
  "AWS::IdentityStore::Group",
  "AWS::IdentityStore::GroupMembership",
  "AWS::IdentityStore::User",
  "AWS::ImageBuilder::Component",
  "AWS::ImageBuilder::ContainerRecipe",
  "AWS::ImageBuilder::DistributionConfiguration",
  "AWS::ImageBuilder::Image",
  "AWS::ImageBuilder::ImagePipeline",
  "AWS::ImageBuilder::ImageRecipe",
  "AWS::ImageBuilder::InfrastructureConfiguration",
  "AWS::ImageBuilder::LifecyclePolicy",
  "AWS::ImageBuilder::Workflow",
  "AWS::Inspector::AssessmentTarget",
  "AWS::Inspector::AssessmentTemplate",
  "AWS::Inspector::ResourceGroup",
  "AWS::InspectorV2::CisScanConfiguration",
  "AWS::InspectorV2::CodeSecurityIntegration",
  "AWS::InspectorV2::CodeSecurityScanConfiguration",
  "AWS::InspectorV2::Connector",
  "AWS::InspectorV2::Filter",
  "AWS::Interconnect::Connection",
  "AWS::InternetMonitor::Monitor",
  "AWS::Invoicing::InvoiceUnit",
  "AWS::Invoicing::ProcurementPortalPreference",
  "AWS::IoT::AccountAuditConfiguration",
  "AWS::IoT::Authorizer",
  "AWS::IoT::BillingGroup",
  "AWS::IoT::CACertificate",
  "AWS::IoT::Certificate",
  "AWS::IoT::CertificateProvider",
  "AWS::IoT::Command",
  "AWS::IoT::CustomMetric",
  "AWS::IoT::Dimension",
  "AWS::IoT::DomainConfiguration",
  "AWS::IoT::EncryptionConfiguration",
  "AWS::IoT::FleetMetric",
  "AWS::IoT::Job",
  "AWS::IoT::JobTemplate",
  "AWS::IoT::Logging",
  "AWS::IoT::MitigationAction",
  "AWS::IoT::Policy",
  "AWS::IoT::PolicyPrincipalAttachment",
  "AWS::IoT::ProvisioningTemplate",
  "AWS::IoT::ResourceSpecificLogging",
  "AWS::IoT::RoleAlias",
  "AWS::IoT::ScheduledAudit",
  "AWS::IoT::SecurityProfile",
  "AWS::IoT::SoftwarePackage",
  "AWS::IoT::SoftwarePackageVersion",
  "AWS::IoT::Stream",
  "AWS::IoT::Thing",
  "AWS::IoT::ThingGroup",
  "AWS::IoT::ThingPrincipalAttachment",
  "AWS::IoT::ThingType",
  "AWS::IoT::TopicRule",
  "AWS::IoT::TopicRuleDestination",
  "AWS::IoTAnalytics::Channel",
  "AWS::IoTAnalytics::Dataset",
  "AWS::IoTAnalytics::Datastore",
  "AWS::IoTAnalytics::Pipeline",
  "AWS::IoTCoreDeviceAdvisor::SuiteDefinition",
  "AWS::IoTEvents::AlarmModel",
  "AWS::IoTEvents::DetectorModel",
  "AWS::IoTEvents::Input",
  "AWS::IoTFleetHub::Application",
  "AWS::IoTFleetWise::Campaign",
  "AWS::IoTFleetWise::DecoderManifest",
  "AWS::IoTFleetWise::Fleet",
  "AWS::IoTFleetWise::ModelManifest",
  "AWS::IoTFleetWise::SignalCatalog",
  "AWS::IoTFleetWise::StateTemplate",
  "AWS::IoTFleetWise::Vehicle",
  "AWS::IoTSecureTunneling::Tunnel",
  "AWS::IoTSiteWise::AccessPolicy",
  "AWS::IoTSiteWise::Application",
  "AWS::IoTSiteWise::Asset",
  "AWS::IoTSiteWise::AssetModel",
  "AWS::IoTSiteWise::ComputationModel",
  "AWS::IoTSiteWise::Dashboard",
  "AWS::IoTSiteWise::Dataset",
  "AWS::IoTSiteWise::Gateway",
  "AWS::IoTSiteWise::Pipeline",
  "AWS::IoTSiteWise::Portal",
  "AWS::IoTSiteWise::Project",
  "AWS::IoTSiteWise::Task",
  "AWS::IoTSiteWise::Workspace",
  "AWS::IoTThingsGraph::FlowTemplate",
  "AWS::IoTTwinMaker::ComponentType",
  "AWS::IoTTwinMaker::Entity",
  "AWS::IoTTwinMaker::Scene",
  "AWS::IoTTwinMaker::SyncJob",
  "AWS::IoTTwinMaker::Workspace",
  "AWS::IoTWireless::Destination",
  "AWS::IoTWireless::DeviceProfile",
  "AWS::IoTWireless::FuotaTask",
  "AWS::IoTWireless::MulticastGroup",
  "AWS::IoTWireless::NetworkAnalyzerConfiguration",
  "AWS::IoTWireless::PartnerAccount",
  "AWS::IoTWireless::ServiceProfile",
  "AWS::IoTWireless::TaskDefinition",
  "AWS::IoTWireless::WirelessDevice",
  "AWS::IoTWireless::WirelessDeviceImportTask",
  "AWS::IoTWireless::WirelessGateway",
  "AWS::KMS::Alias",
  "AWS::KMS::Key",
  "AWS::KMS::ReplicaKey",
  "AWS::KafkaConnect::Connector",
  "AWS::KafkaConnect::CustomPlugin",
  "AWS::KafkaConnect::WorkerConfiguration",
  "AWS::Kendra::DataSource",
  "AWS::Kendra::Faq",
  "AWS::Kendra::FeaturedResultsSet",
  "AWS::Kendra::Index",
  "AWS::Kendra::QuerySuggestionsBlockList",
  "AWS::Kendra::Thesaurus",
  "AWS::KendraRanking::ExecutionPlan",
  "AWS::Kinesis::Channel",
  "AWS::Kinesis::ResourcePolicy",
  "AWS::Kinesis::Stream",
  "AWS::Kinesis::StreamConsumer",
  "AWS::KinesisAnalytics::Application",
  "AWS::KinesisAnalytics::ApplicationOutput",
  "AWS::KinesisAnalytics::ApplicationReferenceDataSource",
  "AWS::KinesisAnalyticsV2::Application",
  "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption",
  "AWS::KinesisAnalyticsV2::ApplicationOutput",
  "AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource",
  "AWS::KinesisFirehose::DeliveryStream",
  "AWS::KinesisVideo::SignalingChannel",
  "AWS::KinesisVideo::Stream",
  "AWS::LakeFormation::DataCellsFilter",
  "AWS::LakeFormation::DataLakeSettings",
  "AWS::LakeFormation::Permissions",
  "AWS::LakeFormation::PrincipalPermissions",
  "AWS::LakeFormation::Resource",
  "AWS::LakeFormation::Tag",
  "AWS::LakeFormation::TagAssociation",
  "AWS::Lambda::Alias",
  "AWS::Lambda::CapacityProvider",
  "AWS::Lambda::CodeSigningConfig",
  "AWS::Lambda::EventInvokeConfig",
  "AWS::Lambda::EventSourceMapping",
  "AWS::Lambda::Function",
  "AWS::Lambda::LayerVersion",
  "AWS::Lambda::LayerVersionPermission",
  "AWS::Lambda::MicrovmImage",
  "AWS::Lambda::NetworkConnector",
  "AWS::Lambda::Permission",
  "AWS::Lambda::ResourcePolicy",
  "AWS::Lambda::Url",
  "AWS::Lambda::Version",
  "AWS::LaunchWizard::Deployment",
  "AWS::Lex::Bot",
  "AWS::Lex::BotAlias",
  "AWS::Lex::BotVersion",
  "AWS::Lex::ResourcePolicy",
  "AWS::LicenseManager::Grant",
  "AWS::LicenseManager::License",
  "AWS::LicenseManager::LicenseAssetGroup",
  "AWS::LicenseManager::LicenseAssetRuleSet",
  "AWS::Lightsail::Alarm",
  "AWS::Lightsail::Bucket",
  "AWS::Lightsail::Certificate",
  "AWS::Lightsail::ContactMethod",
  "AWS::Lightsail::Container",
  "AWS::Lightsail::Database",
  "AWS::Lightsail::DatabaseSnapshot",
  "AWS::Lightsail::Disk",
  "AWS::Lightsail::DiskSnapshot",
  "AWS::Lightsail::Distribution",
  "AWS::Lightsail::Domain",
  "AWS::Lightsail::Instance",
  "AWS::Lightsail::InstanceSnapshot",
  "AWS::Lightsail::KeyPair",
  "AWS::Lightsail::LoadBalancer",
  "AWS::Lightsail::LoadBalancerTlsCertificate",
  "AWS::Lightsail::StaticIp",
  "AWS::Location::APIKey",
  "AWS::Location::GeofenceCollection",
  "AWS::Location::Map",
  "AWS::Location::PlaceIndex",
  "AWS::Location::RouteCalculator",
  "AWS::Location::Tracker",
  "AWS::Location::TrackerConsumer",
  "AWS::Logs::AccountPolicy",
  "AWS::Logs::Delivery",
  "AWS::Logs::DeliveryDestination",
  "AWS::Logs::DeliverySource",
  "AWS::Logs::Destination",
  "AWS::Logs::Integration",
  "AWS::Logs::LogAnomalyDetector",
  "AWS::Logs::LogGroup",
  "AWS::Logs::LogStream",
  "AWS::Logs::MetricFilter",
  "AWS::Logs::QueryDefinition",
  "AWS::Logs::ResourcePolicy",
  "AWS::Logs::ScheduledQuery",
  "AWS::Logs::StorageTierPolicy",
  "AWS::Logs::SubscriptionFilter",
  "AWS::Logs::Transformer",
  "AWS::LookoutEquipment::InferenceScheduler",
  "AWS::LookoutMetrics::Alert",
  "AWS::LookoutMetrics::AnomalyDetector",
  "AWS::LookoutVision::Project",
  "AWS::M2::Application",
  "AWS::M2::Deployment",
  "AWS::M2::Environment",
  "AWS::MGN::Connector",
  "AWS::MGN::LaunchConfigurationTemplate",
  "AWS::MGN::NetworkMigrationDefinition",
  "AWS::MPA::ApprovalTeam",
  "AWS::MPA::IdentitySource",
  "AWS::MSK::BatchScramSecret",
  "AWS::MSK::Channel",
  "AWS::MSK::Cluster",
  "AWS::MSK::ClusterPolicy",
  "AWS::MSK::Configuration",
  "AWS::MSK::Replicator",
  "AWS::MSK::ServerlessCluster",
  "AWS::MSK::Topic",
  "AWS::MSK::VpcConnection",
  "AWS::MWAA::Environment",
  "AWS::MWAAServerless::Workflow",
  "AWS::Macie::AllowList",
  "AWS::Macie::CustomDataIdentifier",
  "AWS::Macie::FindingsFilter",
  "AWS::Macie::Member",
  "AWS::Macie::Session",
  "AWS::ManagedBlockchain::Accessor",
  "AWS::ManagedBlockchain::Member",
  "AWS::ManagedBlockchain::Node",
  "AWS::MediaConnect::Bridge",
  "AWS::MediaConnect::BridgeOutput",
  "AWS::MediaConnect::BridgeSource",
  "AWS::MediaConnect::Flow",
  "AWS::MediaConnect::FlowEntitlement",
  "AWS::MediaConnect::FlowMediaStream",
  "AWS::MediaConnect::FlowOutput",
  "AWS::MediaConnect::FlowSource",
  "AWS::MediaConnect::FlowVpcInterface",
  "AWS::MediaConnect::Gateway",
  "AWS::MediaConnect::RouterInput",
  "AWS::MediaConnect::RouterNetworkInterface",
  "AWS::MediaConnect::RouterOutput",
  "AWS::MediaConvert::JobTemplate",
  "AWS::MediaConvert::Preset",
  "AWS::MediaConvert::Queue",
  "AWS::MediaLive::Channel",
  "AWS::MediaLive::ChannelPlacementGroup",
  "AWS::MediaLive::CloudWatchAlarmTemplate",
  "AWS::MediaLive::CloudWatchAlarmTemplateGroup",
  "AWS::MediaLive::Cluster",
  "AWS::MediaLive::EventBridgeRuleTemplate",
  "AWS::MediaLive::EventBridgeRuleTemplateGroup",
  "AWS::MediaLive::Input",
  "AWS::MediaLive::InputSecurityGroup",
  "AWS::MediaLive::Multiplex",
  "AWS::MediaLive::Multiplexprogram",
  "AWS::MediaLive::Network",
  "AWS::MediaLive::Node",
  "AWS::MediaLive::SdiSource",
  "AWS::MediaLive::SignalMap",
  "AWS::MediaPackage::Asset",
  "AWS::MediaPackage::Channel",
  "AWS::MediaPackage::OriginEndpoint",
  "AWS::MediaPackage::PackagingConfiguration",
  "AWS::MediaPackage::PackagingGroup",
  "AWS::MediaPackageV2::Channel",
  "AWS::MediaPackageV2::ChannelGroup",
  "AWS::MediaPackageV2::ChannelPolicy",
  "AWS::MediaPackageV2::OriginEndpoint",
  "AWS::MediaPackageV2::OriginEndpointPolicy",
  "AWS::MediaStore::Container",
  "AWS::MediaTailor::Channel",
  "AWS::MediaTailor::ChannelPolicy",
  "AWS::MediaTailor::Function",
  "AWS::MediaTailor::LiveSource",
  "AWS::MediaTailor::PlaybackConfiguration",
  "AWS::MediaTailor::PrefetchSchedule",
  "AWS::MediaTailor::SourceLocation",
  "AWS::MediaTailor::VodSource",
  "AWS::MemoryDB::ACL",
  "AWS::MemoryDB::Cluster",
  "AWS::MemoryDB::MultiRegionCluster",
  "AWS::MemoryDB::ParameterGroup",
  "AWS::MemoryDB::Snapshot",
  "AWS::MemoryDB::SubnetGroup",
  "AWS::MemoryDB::User",
  "AWS::Neptune::DBCluster",
  "AWS::Neptune::DBClusterParameterGroup",
  "AWS::Neptune::DBInstance",
  "AWS::Neptune::DBParameterGroup",
  "AWS::Neptune::DBSubnetGroup",
  "AWS::Neptune::EventSubscription",
  "AWS::Neptune::GlobalCluster",
  "AWS::NeptuneGraph::Graph",
  "AWS::NeptuneGraph::GraphSnapshot",
  "AWS::NeptuneGraph::PrivateGraphEndpoint",
  "AWS::NetworkFirewall::ContainerAssociation",
  "AWS::NetworkFirewall::Firewall",
  "AWS::NetworkFirewall::FirewallPolicy",
  "AWS::NetworkFirewall::LoggingConfiguration",
  "AWS::NetworkFirewall::RuleGroup",
  "AWS::NetworkFirewall::TLSInspectionConfiguration",
  "AWS::NetworkFirewall::VpcEndpointAssociation",
  "AWS::NetworkFlowMonitor::Monitor",
  "AWS::NetworkFlowMonitor::Scope",
  "AWS::NetworkManager::ConnectAttachment",
  "AWS::NetworkManager::ConnectPeer",
  "AWS::NetworkManager::Connection",
  "AWS::NetworkManager::CoreNetwork",
  "AWS::NetworkManager::CoreNetworkPrefixListAssociation",
  "AWS::NetworkManager::CustomerGatewayAssociation",
  "AWS::NetworkManager::Device",
  "AWS::NetworkManager::DirectConnectGatewayAttachment",
  "AWS::NetworkManager::GlobalNetwork",
  "AWS::NetworkManager::Link",
  "AWS::NetworkManager::LinkAssociation",
  "AWS::NetworkManager::Site",
  "AWS::NetworkManager::SiteToSiteVpnAttachment",
  "AWS::NetworkManager::TransitGatewayPeering",
  "AWS::NetworkManager::TransitGatewayRegistration",
  "AWS::NetworkManager::TransitGatewayRouteTableAttachment",
  "AWS::NetworkManager::VpcAttachment",
  "AWS::NetworkMonitor::Monitor",
  "AWS::NimbleStudio::LaunchProfile",
  "AWS::NimbleStudio::StreamingImage",
  "AWS::NimbleStudio::Studio",
  "AWS::NimbleStudio::StudioComponent",
  "AWS::Notifications::ChannelAssociation",
  "AWS::Notifications::EventRule",
  "AWS::Notifications::ManagedNotificationAccountContactAssociation",
  "AWS::Notifications::ManagedNotificationAdditionalChannelAssociation",
  "AWS::Notifications::NotificationConfiguration",
  "AWS::Notifications::NotificationHub",
  "AWS::Notifications::OrganizationalUnitAssociation",
  "AWS::NotificationsContacts::EmailContact",
  "AWS::NovaAct::WorkflowDefinition",
  "AWS::ODB::CloudAutonomousVmCluster",
  "AWS::ODB::CloudExadataInfrastructure",
  "AWS::ODB::CloudVmCluster",
  "AWS::ODB::OdbNetwork",
  "AWS::ODB::OdbPeeringConnection",
  "AWS::OSIS::Pipeline",
  "AWS::Oam::Link",
  "AWS::Oam::Sink",
  "AWS::ObservabilityAdmin::OrganizationCentralizationRule",
  "AWS::ObservabilityAdmin::OrganizationTelemetryRule",
  "AWS::ObservabilityAdmin::S3TableIntegration",
  "AWS::ObservabilityAdmin::TelemetryEnrichment",
  "AWS::ObservabilityAdmin::TelemetryPipelines",
  "AWS::ObservabilityAdmin::TelemetryRule",
  "AWS::Omics::AnnotationStore",
  "AWS::Omics::Configuration",
  "AWS::Omics::ReferenceStore",
  "AWS::Omics::RunCache",
  "AWS::Omics::RunGroup",
  "AWS::Omics::SequenceStore",
  "AWS::Omics::VariantStore",
  "AWS::Omics::Workflow",
  "AWS::Omics::WorkflowVersion",
  "AWS::OpenSearch::DataSource",
  "AWS::OpenSearchServerless::AccessPolicy",
  "AWS::OpenSearchServerless::Collection",
  "AWS::OpenSearchServerless::CollectionGroup",
  "AWS::OpenSearchServerless::CollectionIndex",
  "AWS::OpenSearchServerless::Index",
  "AWS::OpenSearchServerless::LifecyclePolicy",
  "AWS::OpenSearchServerless::SecurityConfig",
  "AWS::OpenSearchServerless::SecurityPolicy",
  "AWS::OpenSearchServerless::VpcEndpoint",
  "AWS::OpenSearchService::Application",
  "AWS::OpenSearchService::Domain",
  "AWS::OpsWorks::App",
  "AWS::OpsWorks::ElasticLoadBalancerAttachment",
  "AWS::OpsWorks::Instance",
  "AWS::OpsWorks::Layer",
  "AWS::OpsWorks::Stack",
  "AWS::OpsWorks::UserProfile",
  "AWS::OpsWorks::Volume",
  "AWS::OpsWorksCM::Server",
  "AWS::Organizations::Account",
  "AWS::Organizations::Organization",
  "AWS::Organizations::OrganizationalUnit",
  "AWS::Organizations::Policy",
  "AWS::Organizations::ResourcePolicy",
  "AWS::Outposts::Outpost",
  "AWS::Outposts::Site",
  "AWS::PCAConnectorAD::Connector",
  "AWS::PCAConnectorAD::DirectoryRegistration",
  "AWS::PCAConnectorAD::ServicePrincipalName",
  "AWS::PCAConnectorAD::Template",
  "AWS::PCAConnectorAD::TemplateGroupAccessControlEntry",
  "AWS::PCAConnectorSCEP::Challenge",
  "AWS::PCAConnectorSCEP::Connector",
  "AWS::PCS::Cluster",
  "AWS::PCS::ComputeNodeGroup",
  "AWS::PCS::Queue",
  "AWS::PI::PerfReports",
  "AWS::Panorama::ApplicationInstance",
  "AWS::Panorama::Package",
  "AWS::Panorama::PackageVersion",
  "AWS::PaymentCryptography::Alias",
  "AWS::PaymentCryptography::Key",
  "AWS::Personalize::Dataset",
  "AWS::Personalize::DatasetGroup",
  "AWS::Personalize::EventTracker",
  "AWS::Personalize::Filter",
  "AWS::Personalize::MetricAttribution",
  "AWS::Personalize::Schema",
  "AWS::Personalize::Solution",
  "AWS::Pinpoint::ADMChannel",
  "AWS::Pinpoint::APNSChannel",
  "AWS::Pinpoint::APNSSandboxChannel",
  "AWS::Pinpoint::APNSVoipChannel",
  "AWS::Pinpoint::APNSVoipSandboxChannel",
  "AWS::Pinpoint::App",
  "AWS::Pinpoint::ApplicationSettings",
  "AWS::Pinpoint::BaiduChannel",
  "AWS::Pinpoint::Campaign",
  "AWS::Pinpoint::EmailChannel",
  "AWS::Pinpoint::EmailTemplate",
  "AWS::Pinpoint::EventStream",
  "AWS::Pinpoint::GCMChannel",
  "AWS::Pinpoint::InAppTemplate",
  "AWS::Pinpoint::PushTemplate",
  "AWS::Pinpoint::SMSChannel",
  "AWS::Pinpoint::Segment",
  "AWS::Pinpoint::SmsTemplate",
  "AWS::Pinpoint::VoiceChannel",
  "AWS::PinpointEmail::ConfigurationSet",
  "AWS::PinpointEmail::ConfigurationSetEventDestination",
  "AWS::PinpointEmail::DedicatedIpPool",
  "AWS::PinpointEmail::Identity",
  "AWS::Pipes::Pipe",
  "AWS::PricingPlanManager::Subscription",
  "AWS::Proton::EnvironmentAccountConnection",
  "AWS::Proton::EnvironmentTemplate",
  "AWS::Proton::ServiceTemplate",
  "AWS::QBusiness::Application",
  "AWS::QBusiness::DataAccessor",
  "AWS::QBusiness::DataSource",
  "AWS::QBusiness::Index",
  "AWS::QBusiness::Permission",
  "AWS::QBusiness::Plugin",
  "AWS::QBusiness::Retriever",
  "AWS::QBusiness::WebExperience",
  "AWS::QLDB::Ledger",
  "AWS::QLDB::Stream",
  "AWS::QuickSight::ActionConnector",
  "AWS::QuickSight::Agent",
  "AWS::QuickSight::Analysis",
  "AWS::QuickSight::ApprovalPolicy",
  "AWS::QuickSight::CustomPermissions",
  "AWS::QuickSight::Customization",
  "AWS::QuickSight::DLPSetting",
  "AWS::QuickSight::Dashboard",
  "AWS::QuickSight::DataSet",
  "AWS::QuickSight::DataSource",
  "AWS::QuickSight::Flow",
  "AWS::QuickSight::Folder",
  "AWS::QuickSight::KnowledgeBase",
  "AWS::QuickSight::LimitsProfile",
  "AWS::QuickSight::OAuthClientApplication",
  "AWS::QuickSight::RefreshSchedule",
  "AWS::QuickSight::Space",
  "AWS::QuickSight::Template",
  "AWS::QuickSight::Theme",
  "AWS::QuickSight::Topic",
  "AWS::QuickSight::TopicV2",
  "AWS::QuickSight::VPCConnection",
  "AWS::RAM::Permission",
  "AWS::RAM::ResourceShare",
  "AWS::RDS::ClusterSnapshot",
  "AWS::RDS::CustomDBEngineVersion",
  "AWS::RDS::DBCluster",
  "AWS::RDS::DBClusterParameterGroup",
  "AWS::RDS::DBInstance",
  "AWS::RDS::DBParameterGroup",
  "AWS::RDS::DBProxy",
  "AWS::RDS::DBProxyEndpoint",
  "AWS::RDS::DBProxyTargetGroup",
  "AWS::RDS::DBSecurityGroup",
  "AWS::RDS::DBSecurityGroupIngress",
  "AWS::RDS::DBShardGroup",
  "AWS::RDS::DBSnapshot",
  "AWS::RDS::DBSubnetGroup",
  "AWS::RDS::EventSubscription",
  "AWS::RDS::GlobalCluster",
  "AWS::RDS::Integration",
  "AWS::RDS::OptionGroup",
  "AWS::RTBFabric::InboundExternalLink",
  "AWS::RTBFabric::Link",
  "AWS::RTBFabric::LinkRoutingRule",
  "AWS::RTBFabric::OutboundExternalLink",
  "AWS::RTBFabric::RequesterGateway",
  "AWS::RTBFabric::ResponderGateway",
  "AWS::RUM::AppMonitor",
  "AWS::Rbin::Rule",
  "AWS::Redshift::Cluster",
  "AWS::Redshift::ClusterParameterGroup",
  "AWS::Redshift::ClusterSecurityGroup",
  "AWS::Redshift::ClusterSecurityGroupIngress",
  "AWS::Redshift::ClusterSubnetGroup",
  "AWS::Redshift::EndpointAccess",
  "AWS::Redshift::EndpointAuthorization",
  "AWS::Redshift::EventSubscription",
  "AWS::Redshift::Integration",
  "AWS::Redshift::QEV2IdcApplication",
  "AWS::Redshift::ScheduledAction",
  "AWS::Redshift::Snapshot",
  "AWS::Redshift::SnapshotCopyGrant",
  "AWS::Redshift::SnapshotSchedule",
  "AWS::Redshift::UsageLimit",
  "AWS::RedshiftServerless::Namespace",
  "AWS::RedshiftServerless::Snapshot",
  "AWS::RedshiftServerless::Workgroup",
  "AWS::RefactorSpaces::Application",
  "AWS::RefactorSpaces::Environment",
  "AWS::RefactorSpaces::Route",
  "AWS::RefactorSpaces::Service",
  "AWS::Rekognition::Collection",
  "AWS::Rekognition::Dataset",
  "AWS::Rekognition::Project",
  "AWS::Rekognition::StreamProcessor",
  "AWS::ResilienceHub::App",
  "AWS::ResilienceHub::ResiliencyPolicy",
  "AWS::ResilienceHubV2::Policy",
  "AWS::ResilienceHubV2::Service",
  "AWS::ResilienceHubV2::ServiceFunction",
  "AWS::ResilienceHubV2::System",
  "AWS::ResilienceHubV2::UserJourney",
  "AWS::ResourceExplorer2::DefaultViewAssociation",
  "AWS::ResourceExplorer2::Index",
  "AWS::ResourceExplorer2::View",
  "AWS::ResourceGroups::Group",
  "AWS::ResourceGroups::TagSyncTask",
  "AWS::RoboMaker::Fleet",
  "AWS::RoboMaker::Robot",
  "AWS::RoboMaker::RobotApplication",
  "AWS::RoboMaker::RobotApplicationVersion",
  "AWS::RoboMaker::SimulationApplication",
  "AWS::RoboMaker::SimulationApplicationVersion",
  "AWS::RolesAnywhere::CRL",
  "AWS::RolesAnywhere::Profile",
  "AWS::RolesAnywhere::TrustAnchor",
  "AWS::Route53::CidrCollection",
  "AWS::Route53::DNSSEC",
  "AWS::Route53::DelegationSet",
  "AWS::Route53::HealthCheck",
  "AWS::Route53::HostedZone",
  "AWS::Route53::KeySigningKey",
  "AWS::Route53::QueryLoggingConfig",
  "AWS::Route53::RecordSet",
  "AWS::Route53::RecordSetGroup",
  "AWS::Route53::TrafficPolicy",
  "AWS::Route53::TrafficPolicyInstance",
  "AWS::Route53GlobalResolver::AccessSource",
  "AWS::Route53GlobalResolver::AccessToken",
  "AWS::Route53GlobalResolver::DnsView",
  "AWS::Route53GlobalResolver::FirewallDomainList",
  "AWS::Route53GlobalResolver::FirewallRule",
  "AWS::Route53GlobalResolver::GlobalResolver",
  "AWS::Route53GlobalResolver::HostedZoneAssociation",
  "AWS::Route53Profiles::Profile",
  "AWS::Route53Profiles::ProfileAssociation",
  "AWS::Route53Profiles::ProfileResourceAssociation",
  "AWS::Route53RecoveryControl::Cluster",
  "AWS::Route53RecoveryControl::ControlPanel",
  "AWS::Route53RecoveryControl::RoutingControl",
  "AWS::Route53RecoveryControl::SafetyRule",
  "AWS::Route53RecoveryReadiness::Cell",
  "AWS::Route53RecoveryReadiness::ReadinessCheck",
  "AWS::Route53RecoveryReadiness::RecoveryGroup",
  "AWS::Route53RecoveryReadiness::ResourceSet",
  "AWS::Route53Resolver::FirewallDomainList",
  "AWS::Route53Resolver::FirewallRuleGroup",
  "AWS::Route53Resolver::FirewallRuleGroupAssociation",
  "AWS::Route53Resolver::OutpostResolver",
  "AWS::Route53Resolver::ResolverConfig",
  "AWS::Route53Resolver::ResolverDNSSECConfig",
  "AWS::Route53Resolver::ResolverEndpoint",
  "AWS::Route53Resolver::ResolverQueryLoggingConfig",
  "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation",
  "AWS::Route53Resolver::ResolverRule",
  "AWS::Route53Resolver::ResolverRuleAssociation",
  "AWS::S3::AccessGrant",
  "AWS::S3::AccessGrantsInstance",
  "AWS::S3::AccessGrantsLocation",
  "AWS::S3::AccessPoint",
  "AWS::S3::Bucket",
  "AWS::S3::BucketPolicy",
  "AWS::S3::MultiRegionAccessPoint",
  "AWS::S3::MultiRegionAccessPointPolicy",
  "AWS::S3::StorageLens",
  "AWS::S3::StorageLensGroup",
  "AWS::S3Express::AccessPoint",
  "AWS::S3Express::BucketPolicy",
  "AWS::S3Express::DirectoryBucket",
  "AWS::S3Files::AccessPoint",
  "AWS::S3Files::FileSystem",
  "AWS::S3Files::FileSystemPolicy",
  "AWS::S3Files::MountTarget",
  "AWS::S3ObjectLambda::AccessPoint",
  "AWS::S3ObjectLambda::AccessPointPolicy",
  "AWS::S3Outposts::AccessPoint",
  "AWS::S3Outposts::Bucket",
  "AWS::S3Outposts::BucketPolicy",
  "AWS::S3Outposts::Endpoint",
  "AWS::S3Tables::Namespace",
  "AWS::S3Tables::Table",
  "AWS::S3Tables::TableBucket",
  "AWS::S3Tables::TableBucketPolicy",
  "AWS::S3Tables::TablePolicy",
  "AWS::S3Vectors::Index",
  "AWS::S3Vectors::VectorBucket",
  "AWS::S3Vectors::VectorBucketPolicy",
  "AWS::SCN::DataIntegrationFlow",
  "AWS::SCN::Dataset",
  "AWS::SCN::Namespace",
  "AWS::SDB::Domain",
  "AWS::SES::ConfigurationSet",
  "AWS::SES::ConfigurationSetEventDestination",
  "AWS::SES::ContactList",
  "AWS::SES::CustomVerificationEmailTemplate",
  "AWS::SES::DedicatedIpPool",
  "AWS::SES::EmailIdentity",
  "AWS::SES::EmailIdentityCertificate",
  "AWS::SES::MailManagerAddonInstance",
  "AWS::SES::MailManagerAddonSubscription",
  "AWS::SES::MailManagerAddressList",
  "AWS::SES::MailManagerArchive",
  "AWS::SES::MailManagerIngressPoint",
  "AWS::SES::MailManagerRelay",
  "AWS::SES::MailManagerRuleSet",
  "AWS::SES::MailManagerTrafficPolicy",
  "AWS::SES::MultiRegionEndpoint",
  "AWS::SES::ReceiptFilter",
  "AWS::SES::ReceiptRule",
  "AWS::SES::ReceiptRuleSet",
  "AWS::SES::Template",
  "AWS::SES::Tenant",
  "AWS::SES::VdmAttributes",
  "AWS::SMSVOICE::ConfigurationSet",
  "AWS::SMSVOICE::OptOutList",
  "AWS::SMSVOICE::PhoneNumber",
  "AWS::SMSVOICE::Pool",
  "AWS::SMSVOICE::ProtectConfiguration",
  "AWS::SMSVOICE::Registration",
  "AWS::SMSVOICE::RegistrationAttachment",
  "AWS::SMSVOICE::ResourcePolicy",
  "AWS::SMSVOICE::SenderId",
  "AWS::SMSVOICE::VerifiedDestinationNumber",
  "AWS::SNS::Subscription",
  "AWS::SNS::Topic",
  "AWS::SNS::TopicInlinePolicy",
  "AWS::SNS::TopicPolicy",
  "AWS::SQS::Queue",
  "AWS::SQS::QueueInlinePolicy",
  "AWS::SQS::QueuePolicy",
  "AWS::SSM::Association",
  "AWS::SSM::CloudConnector",
  "AWS::SSM::Document",
  "AWS::SSM::MaintenanceWindow",
  "AWS::SSM::MaintenanceWindowTarget",
  "AWS::SSM::MaintenanceWindowTask",
  "AWS::SSM::OpsItem",
  "AWS::SSM::Parameter",
  "AWS::SSM::PatchBaseline",
  "AWS::SSM::ResourceDataSync",
  "AWS::SSM::ResourcePolicy",
  "AWS::SSM::ServiceSetting",
  "AWS::SSMContacts::Contact",
  "AWS::SSMContacts::ContactChannel",
  "AWS::SSMContacts::Plan",
  "AWS::SSMContacts::Rotation",
  "AWS::SSMGuiConnect::Preferences",
  "AWS::SSMIncidents::ReplicationSet",
  "AWS::SSMIncidents::ResponsePlan",
  "AWS::SSMQuickSetup::ConfigurationManager",
  "AWS::SSMQuickSetup::LifecycleAutomation",
  "AWS::SSO::Application",
  "AWS::SSO::ApplicationAssignment",
  "AWS::SSO::Assignment",
  "AWS::SSO::Instance",
  "AWS::SSO::InstanceAccessControlAttributeConfiguration",
  "AWS::SSO::PermissionSet",
  "AWS::SageMaker::AIWorkloadConfig",
  "AWS::SageMaker::Action",
  "AWS::SageMaker::Algorithm",
  "AWS::SageMaker::App",
  "AWS::SageMaker::AppImageConfig",
  "AWS::SageMaker::Artifact",
  "AWS::SageMaker::Cluster",
  "AWS::SageMaker::ClusterSchedulerConfig",
  "AWS::SageMaker::CodeRepository",
  "AWS::SageMaker::Context",
  "AWS::SageMaker::DataQualityJobDefinition",
  "AWS::SageMaker::Device",
  "AWS::SageMaker::DeviceFleet",
  "AWS::SageMaker::Domain",
  "AWS::SageMaker::Endpoint",
  "AWS::SageMaker::EndpointConfig",
  "AWS::SageMaker::Experiment",
  "AWS::SageMaker::ExperimentTrialComponent",
  "AWS::SageMaker::FeatureGroup",
  "AWS::SageMaker::Hub",
  "AWS::SageMaker::HumanTaskUi",
  "AWS::SageMaker::Image",
  "AWS::SageMaker::ImageVersion",
  "AWS::SageMaker::InferenceComponent",
  "AWS::SageMaker::InferenceExperiment",
  "AWS::SageMaker::MlflowApp",
  "AWS::SageMaker::MlflowTrackingServer",
  "AWS::SageMaker::Model",
  "AWS::SageMaker::ModelBiasJobDefinition",
  "AWS::SageMaker::ModelCard",
  "AWS::SageMaker::ModelExplainabilityJobDefinition",
  "AWS::SageMaker::ModelPackage",
  "AWS::SageMaker::ModelPackageGroup",
  "AWS::SageMaker::ModelQualityJobDefinition",
  "AWS::SageMaker::MonitoringSchedule",
  "AWS::SageMaker::NotebookInstance",
  "AWS::SageMaker::NotebookInstanceLifecycleConfig",
  "AWS::SageMaker::PartnerApp",
  "AWS::SageMaker::Pipeline",
  "AWS::SageMaker::ProcessingJob",
  "AWS::SageMaker::Project",
  "AWS::SageMaker::Space",
  "AWS::SageMaker::StudioLifecycleConfig",
  "AWS::SageMaker::TrialComponent",
  "AWS::SageMaker::UserProfile",
  "AWS::SageMaker::Workforce",
  "AWS::SageMaker::Workteam",
  "AWS::Scheduler::Schedule",
  "AWS::Scheduler::ScheduleGroup",
  "AWS::SecretsManager::ResourcePolicy",
  "AWS::SecretsManager::RotationSchedule",
  "AWS::SecretsManager::Secret",
  "AWS::SecretsManager::SecretTargetAttachment",
  "AWS::SecurityAgent::AgentSpace",
  "AWS::SecurityAgent::Application",
  "AWS::SecurityAgent::Artifact",
  "AWS::SecurityAgent::Pentest",
  "AWS::SecurityAgent::SecurityRequirementPack",
  "AWS::SecurityAgent::TargetDomain",
  "AWS::SecurityHub::AggregatorV2",
  "AWS::SecurityHub::AutomationRule",
  "AWS::SecurityHub::AutomationRuleV2",
  "AWS::SecurityHub::ConfigurationPolicy",
  "AWS::SecurityHub::Connector",
  "AWS::SecurityHub::ConnectorV2",
  "AWS::SecurityHub::DelegatedAdmin",
  "AWS::SecurityHub::FindingAggregator",
  "AWS::SecurityHub::Hub",
  "AWS::SecurityHub::HubV2",
  "AWS::SecurityHub::Insight",
  "AWS::SecurityHub::OrganizationConfiguration",
  "AWS::SecurityHub::PolicyAssociation",
  "AWS::SecurityHub::ProductSubscription",
  "AWS::SecurityHub::SecurityControl",
  "AWS::SecurityHub::Standard",
  "AWS::SecurityLake::AwsLogSource",
  "AWS::SecurityLake::DataLake",
  "AWS::SecurityLake::Subscriber",
  "AWS::SecurityLake::SubscriberNotification",
  "AWS::Serverless::Api",
  "AWS::Serverless::Application",
  "AWS::Serverless::Function",
  "AWS::Serverless::HttpApi",
  "AWS::Serverless::LayerVersion",
  "AWS::Serverless::SimpleTable",
  "AWS::Serverless::StateMachine",
  "AWS::ServerlessRepo::Application",
  "AWS::ServiceCatalog::AcceptedPortfolioShare",
  "AWS::ServiceCatalog::CloudFormationProduct",
  "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
  "AWS::ServiceCatalog::LaunchNotificationConstraint",
  "AWS::ServiceCatalog::LaunchRoleConstraint",
  "AWS::ServiceCatalog::LaunchTemplateConstraint",
  "AWS::ServiceCatalog::Portfolio",
  "AWS::ServiceCatalog::PortfolioPrincipalAssociation",
  "AWS::ServiceCatalog::PortfolioProductAssociation",
  "AWS::ServiceCatalog::PortfolioShare",
  "AWS::ServiceCatalog::ResourceUpdateConstraint",
  "AWS::ServiceCatalog::ServiceAction",
  "AWS::ServiceCatalog::ServiceActionAssociation",
  "AWS::ServiceCatalog::StackSetConstraint",
  "AWS::ServiceCatalog::TagOption",
  "AWS::ServiceCatalog::TagOptionAssociation",
  "AWS::ServiceCatalogAppRegistry::Application",
  "AWS::ServiceCatalogAppRegistry::AttributeGroup",
  "AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation",
  "AWS::ServiceCatalogAppRegistry::ResourceAssociation",
  "AWS::ServiceDiscovery::HttpNamespace",
  "AWS::ServiceDiscovery::Instance",
  "AWS::ServiceDiscovery::PrivateDnsNamespace",
  "AWS::ServiceDiscovery::PublicDnsNamespace",
  "AWS::ServiceDiscovery::Service",
  "AWS::Shield::DRTAccess",
  "AWS::Shield::ProactiveEngagement",
  "AWS::Shield::Protection",
  "AWS::Shield::ProtectionGroup",
  "AWS::Signer::ProfilePermission",
  "AWS::Signer::SigningProfile",
  "AWS::SimSpaceWeaver::Simulation",
  "AWS::StepFunctions::Activity",
  "AWS::StepFunctions::StateMachine",
  "AWS::StepFunctions::StateMachineAlias",
  "AWS::StepFunctions::StateMachineVersion",
  "AWS::StorageGateway::Tape",
  "AWS::StorageGateway::TapePool",
  "AWS::StorageGateway::Volume",
  "AWS::SupportApp::AccountAlias",
  "AWS::SupportApp::SlackChannelConfiguration",
  "AWS::SupportApp::SlackWorkspaceConfiguration",
  "AWS::SupportAuthZ::SupportPermit",
  "AWS::Synthetics::Canary",
  "AWS::Synthetics::Group",
  "AWS::SystemsManagerSAP::Application",
  "AWS::Textract::Adapter",
  "AWS::Timestream::Database",
  "AWS::Timestream::InfluxDBCluster",
  "AWS::Timestream::InfluxDBInstance",
  "AWS::Timestream::ScheduledQuery",
  "AWS::Timestream::Table",
  "AWS::Transcribe::CallAnalyticsCategory",
  "AWS::Transcribe::MedicalVocabulary",
  "AWS::Transcribe::Vocabulary",
  "AWS::Transcribe::VocabularyFilter",
  "AWS::Transfer::Agreement",
  "AWS::Transfer::Certificate",
  "AWS::Transfer::Connector",
  "AWS::Transfer::HostKey",
  "AWS::Transfer::Profile",
  "AWS::Transfer::Server",
  "AWS::Transfer::User",
  "AWS::Transfer::WebApp",
  "AWS::Transfer::Workflow",
  "AWS::Translate::ParallelData",
  "AWS::UXC::AccountCustomization",
  "AWS::VerifiedPermissions::IdentitySource",
  "AWS::VerifiedPermissions::Policy",
  "AWS::VerifiedPermissions::PolicyStore",
  "AWS::VerifiedPermissions::PolicyStoreAlias",
  "AWS::VerifiedPermissions::PolicyTemplate",
  "AWS::VoiceID::Domain",
  "AWS::VpcLattice::AccessLogSubscription",
  "AWS::VpcLattice::AuthPolicy",
  "AWS::VpcLattice::DomainVerification",
  "AWS::VpcLattice::Listener",
  "AWS::VpcLattice::ResourceConfiguration",
  "AWS::VpcLattice::ResourceGateway",
  "AWS::VpcLattice::ResourcePolicy",
  "AWS::VpcLattice::Rule",
  "AWS::VpcLattice::Service",
  "AWS::VpcLattice::ServiceNetwork",
  "AWS::VpcLattice::ServiceNetworkResourceAssociation",
  "AWS::VpcLattice::ServiceNetworkServiceAssociation",
  "AWS::VpcLattice::ServiceNetworkVpcAssociation",
  "AWS::VpcLattice::TargetGroup",
  "AWS::WAF::ByteMatchSet",
  "AWS::WAF::IPSet",
  "AWS::WAF::Rule",
  "AWS::WAF::SizeConstraintSet",
  "AWS::WAF::SqlInjectionMatchSet",
  "AWS::WAF::WebACL",
  "AWS::WAF::XssMatchSet",
  "AWS::WAFRegional::ByteMatchSet",
  "AWS::WAFRegional::GeoMatchSet",
  "AWS::WAFRegional::IPSet",
  "AWS::WAFRegional::RateBasedRule",
  "AWS::WAFRegional::RegexPatternSet",
  "AWS::WAFRegional::Rule",
  "AWS::WAFRegional::SizeConstraintSet",
  "AWS::WAFRegional::SqlInjectionMatchSet",
  "AWS::WAFRegional::WebACL",
  "AWS::WAFRegional::WebACLAssociation",
  "AWS::WAFRegional::XssMatchSet",
  "AWS::WAFv2::IPSet",
  "AWS::WAFv2::LoggingConfiguration",
  "AWS::WAFv2::RegexPatternSet",
  "AWS::WAFv2::RuleGroup",
  "AWS::WAFv2::WebACL",
  "AWS::WAFv2::WebACLAssociation",
  "AWS::WellArchitected::AgentContext",
  "AWS::WellArchitected::AgentGoal",
  "AWS::WellArchitected::AgentProfile",
  "AWS::WellArchitected::Lens",
  "AWS::WellArchitected::Profile",
  "AWS::WellArchitected::ReviewTemplate",
  "AWS::WellArchitected::Workload",
  "AWS::Wickr::Network",
  "AWS::Wisdom::AIAgent",
  "AWS::Wisdom::AIAgentVersion",
  "AWS::Wisdom::AIGuardrail",
  "AWS::Wisdom::AIGuardrailVersion",
  "AWS::Wisdom::AIPrompt",
  "AWS::Wisdom::AIPromptVersion",
  "AWS::Wisdom::Assistant",
  "AWS::Wisdom::AssistantAssociation",
  "AWS::Wisdom::KnowledgeBase",
  "AWS::Wisdom::MessageTemplate",
  "AWS::Wisdom::MessageTemplateVersion",
  "AWS::Wisdom::QuickResponse",
  "AWS::WorkSpaces::ConnectionAlias",
  "AWS::WorkSpaces::Workspace",
  "AWS::WorkSpaces::WorkspaceIpGroup",
  "AWS::WorkSpaces::WorkspacesPool",
  "AWS::WorkSpacesThinClient::Environment",
  "AWS::WorkSpacesWeb::BrowserSettings",
  "AWS::WorkSpacesWeb::DataProtectionSettings",
  "AWS::WorkSpacesWeb::IdentityProvider",
  "AWS::WorkSpacesWeb::IpAccessSettings",
  "AWS::WorkSpacesWeb::NetworkSettings",
  "AWS::WorkSpacesWeb::Portal",
  "AWS::WorkSpacesWeb::SessionLogger",
  "AWS::WorkSpacesWeb::TrustStore",
  "AWS::WorkSpacesWeb::UserAccessLoggingSettings",
  "AWS::WorkSpacesWeb::UserSettings",
  "AWS::WorkspacesInstances::Volume",
  "AWS::WorkspacesInstances::VolumeAssociation",
  "AWS::WorkspacesInstances::WorkspaceInstance",
  "AWS::XRay::Group",
  "AWS::XRay::ResourcePolicy",
  "AWS::XRay::SamplingRule",
  "AWS::XRay::TransactionSearchConfig",
  "Alexa::ASK::Skill"
];

// src/config/rules/template-resource-rules.ts
var REGISTRY_TYPE = /^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(?:::MODULE)?$/;
var CUSTOM_TYPE = /^Custom::[A-Za-z0-9_@-]{1,60}$/;
var LOGICAL_ID = /^[A-Za-z0-9]+$/;
var AWS_NAMESPACE = /^(?:AWS|Alexa)::/i;
var KNOWN_TYPES = new Set(CLOUDFORMATION_RESOURCE_TYPES);
var checkTemplateResources = ({ repository }) => [...repository.templates.values()].flatMap((template) => {
  if (!isCloudFormationTemplate(template.template)) return [];
  if (!("Transform" in template.template)) return checkResources(template, template.template.Resources);
  if (repository.organization?.value.stackSets.permissionModel !== "SERVICE_MANAGED") return [];
  return [
    template.source.diagnostic(
      RULES.templateResource,
      "this template declares a Transform, and StackSets with SERVICE_MANAGED permissions do not support macros (the Include and Serverless transforms included): every operation would fail. Write the template without the Transform, or use SELF_MANAGED StackSets.",
      ["Transform"],
      "key"
    )
  ];
});
function checkResources({ source }, resources) {
  const report = (message, path, part = "value") => source.diagnostic(RULES.templateResource, message, ["Resources", ...path], part);
  if (!isMapping(resources))
    return [report("Resources must map logical IDs to resources, such as Topic: { Type: AWS::SNS::Topic }.", [])];
  if (Object.keys(resources).length === 0)
    return [report("Resources is empty; CloudFormation needs at least one resource in a template. Add one.", [])];
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    const found = [];
    if (!LOGICAL_ID.test(logicalId))
      found.push(
        report(
          `logical ID '${logicalId}' may contain only letters and digits (A-Za-z0-9); rename it, and every Ref and GetAtt of it.`,
          [logicalId],
          "key"
        )
      );
    if (!isMapping(resource) || resource.Type === void 0)
      found.push(
        report(
          `resource '${logicalId}' needs a Type, such as Type: AWS::SNS::Topic, with its Properties beside it.`,
          [logicalId],
          "key"
        )
      );
    else {
      const problem = typeProblem(resource.Type);
      if (problem) found.push(report(problem, [logicalId, "Type"]));
    }
    return found;
  });
}
function typeProblem(type) {
  if (typeof type !== "string")
    return `Type must be a resource type name written as text, such as AWS::SNS::Topic; got ${JSON.stringify(type)}.`;
  if (type.startsWith("Custom::"))
    return CUSTOM_TYPE.test(type) ? void 0 : `'${type}' is not a custom resource type: after Custom:: come 1 to 60 letters, digits, _, @ or -. Rename it.`;
  if (!REGISTRY_TYPE.test(type))
    return `'${type}' is not a resource type name: CloudFormation types are three parts of 2-64 letters and digits joined by ::, such as AWS::SNS::Topic, or Custom:: and a name for a custom resource.${suggestion(type)}`;
  if (AWS_NAMESPACE.test(type) && !KNOWN_TYPES.has(type))
    return `'${type}' is not a resource type AWS has.${suggestion(type)} Vend's list of types comes from ${CLOUDFORMATION_RESOURCE_TYPES_SOURCE}; if AWS has added this one since, update @aws-cdk/aws-service-spec and run npm run generate:resource-types.`;
  const transform = TRANSFORM_RESOURCE_TYPES[type];
  if (transform)
    return `'${type}' exists only through the ${transform} transform, which this template does not declare, so CloudFormation does not know it. Write the CloudFormation resources it stands for instead.`;
  return void 0;
}
function suggestion(type) {
  const lower = type.toLowerCase();
  let best;
  for (const known of CLOUDFORMATION_RESOURCE_TYPES) {
    const distance = known.toLowerCase() === lower ? 0 : editDistance(lower, known.toLowerCase(), 2);
    if (distance <= 2 && (!best || distance < best.distance)) best = { type: known, distance };
  }
  return best ? ` Did you mean '${best.type}'?` : "";
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

// src/config/load-repository.ts
var CROSS_FILE_RULES = [
  checkUniqueAccounts,
  checkFileNames,
  checkOrganizationalUnitExists,
  checkAccountReferences,
  checkOrganizationReferences,
  checkBaselineDependencyCycles,
  checkAccountBaselineDependencies,
  checkOrganizationalUnitDepth,
  checkOrganizationalUnitNameCase,
  checkScps,
  checkScpDescriptions,
  checkScpAttachmentLimits,
  checkQuotaOverrides,
  checkTagLimits,
  checkTagCharacters,
  checkRegionCodes,
  checkOrganizationRegions,
  checkAccountRegions,
  checkEmailDomains,
  checkRequiredTags,
  checkBaselineOptOut,
  checkOwnerAssigned,
  checkTemplates,
  checkTemplateResources,
  checkTemplateLimits,
  checkParameterReferences,
  checkParameterValues,
  checkOperationPreferences,
  checkAdministrationRole,
  checkExceptions,
  checkDriftIgnore
];
function loadRepository(root, options) {
  const { repository, diagnostics } = readRepository(root);
  const quotas = effectiveQuotas(repository.organization?.value);
  for (const rule of CROSS_FILE_RULES) diagnostics.push(...rule({ repository, now: options.now, quotas }));
  diagnostics.sort(compareDiagnostics);
  const organization = repository.organization;
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === "error");
  const declarations = {
    diagnostics,
    fileCount: repository.filesRead.length,
    exceptions: declaredExceptions(repository),
    driftIgnore: driftIgnoreEntries(repository)
  };
  return hasErrors || !organization ? declarations : { desired: buildDesiredState({ ...repository, organization }), ...declarations };
}

// src/commands/validate.ts
function runValidate(settings, now = /* @__PURE__ */ new Date()) {
  const verdict = loadRepository(settings.repositoryRoot, { now });
  const hasErrors = verdict.diagnostics.some((diagnostic) => diagnostic.severity === "error");
  return { ...verdict, exitCode: hasErrors ? 1 : 0 };
}
function validateAsMerged(settings, now = /* @__PURE__ */ new Date()) {
  const today = runValidate(settings, now);
  if (today.desired) return today;
  const expired = today.exceptions.map((exception) => expiryInstant(exception.expires)).filter((instant) => instant < now.getTime());
  if (expired.length === 0) return today;
  const beforeExpiry = runValidate(settings, new Date(Math.min(...expired)));
  return beforeExpiry.desired ? { ...beforeExpiry, diagnostics: today.diagnostics } : today;
}

// src/settings/settings.ts
import { statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
var COMMANDS = ["validate", "plan", "apply", "drift"];
var AVAILABLE_COMMANDS = [...COMMANDS, "import"];
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var DEFAULT_DETECTION_MINUTES = 15;
var UsageError = class extends Error {
  name = "UsageError";
};
var EnvironmentError = class extends Error {
  name = "EnvironmentError";
};
function parseChoice(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(", ")}.`);
}
function parseBoolean(name, value) {
  const normalized = value.trim().toLowerCase();
  if (normalized === "true") return true;
  if (normalized === "false") return false;
  throw new UsageError(`Invalid ${name} '${value}'. Expected true or false.`);
}
function parseFailOnDrift(name, value) {
  const normalized = value.trim().toLowerCase();
  if (normalized === "false") return void 0;
  if (normalized === "true") return "info";
  if (DRIFT_SEVERITIES.includes(normalized)) return normalized;
  throw new UsageError(
    `Invalid ${name} '${value}'. Expected true, false or a severity: ${DRIFT_SEVERITIES.join(", ")}.`
  );
}
var MINUTES_RANGE = "a whole number of minutes from 1 to 1440";
function parseMinutes(name, value) {
  const minutes = Number(value);
  if (/^\d+$/.test(value.trim()) && minutes >= 1 && minutes <= 1440) return minutes;
  throw new UsageError(`Invalid ${name} '${value}'. Expected ${MINUTES_RANGE}.`);
}
function requireDirectory(name, path, expected = "Expected a directory holding accounts/ and baselines/.", ifMissing = "") {
  let kind = "missing";
  try {
    kind = statSync(path).isDirectory() ? "directory" : "other";
  } catch {
  }
  if (kind === "other") throw new UsageError(`Invalid ${name} '${path}': it is a file, not a directory. ${expected}`);
  if (kind === "missing") throw new UsageError(`Invalid ${name} '${path}'. ${expected}${ifMissing}`);
  return path;
}
function requireOutsideRepositoryFiles(name, path, root) {
  for (const directory of ["accounts", "baselines"]) {
    const inside = relative(join(root, directory), path);
    if (inside === "" || !inside.startsWith("..") && !isAbsolute(inside))
      throw new UsageError(
        `Invalid ${name} '${path}': it is inside ${directory}/, which vend reads as the repository, and writing there would replace its files. Write it elsewhere, outside accounts/ and baselines/.`
      );
  }
  return path;
}

export {
  organizationalUnitLineage,
  effectiveBaselineNames,
  QUOTAS,
  effectiveQuotas,
  limitPhrase,
  POLICY_DESCRIPTION,
  lengthProblem,
  checkScps,
  expiryInstant,
  expiresSoon,
  checkTagLimits,
  checkTagCharacters,
  runValidate,
  validateAsMerged,
  COMMANDS,
  AVAILABLE_COMMANDS,
  OUTPUT_FORMATS,
  DEFAULT_DETECTION_MINUTES,
  UsageError,
  EnvironmentError,
  parseChoice,
  parseBoolean,
  parseFailOnDrift,
  MINUTES_RANGE,
  parseMinutes,
  requireDirectory,
  requireOutsideRepositoryFiles
};
