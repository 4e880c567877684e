import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  NAMED_IAM_PROPERTIES,
  checkTemplates,
  effectiveBaselineNames,
  literalText,
  numberAsJavaScriptWrites,
  organizationalUnitLineage
} from "./chunk-PBUMDURM.js";
import {
  DEFAULT_ACCOUNT_ACCESS_ROLE,
  DEFAULT_STACK_SET_EXECUTION_ROLE,
  EXCLUSIVE_OPERATION_PREFERENCES,
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  ORGANIZATIONS_TAG_KEY,
  ORGANIZATIONS_TAG_VALUE,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  POLICY_DESCRIPTION,
  QUOTAS,
  RULES,
  TEMPLATE_OUTPUT_DESCRIPTION,
  TEMPLATE_PARAMETER_DESCRIPTION,
  VEND_TAG_PREFIX,
  WAIVABLE_RULES,
  compareDiagnostics,
  countOf,
  describeCharacter,
  effectiveQuotas,
  formatCount,
  isCloudFormationTemplate,
  isIntrinsic,
  isListParameterType,
  lengthIn,
  lengthProblem,
  limitPhrase,
  listNames,
  parameterNamesOf,
  parametersOf,
  parametersWithoutDefaultOf,
  readRepository,
  readRepositoryBytes,
  refusedCharacters,
  require_dist,
  resourcesOf,
  usesMacros
} from "./chunk-EFBOC2AA.js";
import {
  criticalFindingOf,
  declaredCriticalTargets,
  declaredExceptions,
  driftIgnoreEntries,
  targetPatternMatches
} from "./chunk-OTXXD2RD.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

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

// src/config/bootstrap-template.ts
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
var BOOTSTRAP_TEMPLATE = "baselines/bootstrap/management-account.yaml";
var BOOTSTRAP_DIRECTORY = "baselines/bootstrap";
function bootstrapTemplateChanges(root, baseRoot) {
  const files = [.../* @__PURE__ */ new Set([...bootstrapFiles(root), ...bootstrapFiles(baseRoot)])].sort(compareText);
  return files.flatMap((file) => {
    const proposed = readRepositoryBytes(root, file);
    const current = readRepositoryBytes(baseRoot, file);
    if (proposed.refused) return [{ file, change: proposed.refused }];
    if (!proposed.bytes && !current.bytes) return [];
    if (!current.bytes) return [{ file, change: "added" }];
    if (!proposed.bytes) return [{ file, change: "removed" }];
    return Buffer.from(proposed.bytes).equals(Buffer.from(current.bytes)) ? [] : [{ file, change: "changed" }];
  });
}
function bootstrapFiles(root) {
  const found = [];
  const walk2 = (directory) => {
    for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) walk2(path);
      else found.push(path);
    }
  };
  const statOf = (path) => {
    try {
      return lstatSync(join(root, path), { throwIfNoEntry: false });
    } catch {
      return void 0;
    }
  };
  const parent = statOf("baselines");
  if (parent?.isSymbolicLink()) return [BOOTSTRAP_DIRECTORY];
  if (parent && !parent.isDirectory()) return [];
  const top = statOf(BOOTSTRAP_DIRECTORY);
  if (top?.isSymbolicLink()) return [BOOTSTRAP_DIRECTORY];
  if (top?.isDirectory()) walk2(BOOTSTRAP_DIRECTORY);
  else if (top) found.push(BOOTSTRAP_DIRECTORY);
  return found;
}

// src/config/rules/exceptions.ts
var WARNING_DAYS = 14;
var MAX_EXPIRY_DAYS = 366;
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
    } else if (expires - now.getTime() > MAX_EXPIRY_DAYS * DAY_MS) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.exceptionLongLived,
          `exception for '${exception.rule}' expires on ${exception.expires}, more than ${MAX_EXPIRY_DAYS} days ahead, so the account is exempt from the rule until then without anyone looking again. Set an expiry within a year, and renew it with a new approval when it comes.`,
          [...path, "expires"]
        ),
        severity: "warning"
      });
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

// src/config/rules/rule-context.ts
var isMapping = (value) => !!value && typeof value === "object" && !Array.isArray(value);
function functionName(node) {
  if (!isMapping(node)) return void 0;
  const keys = Object.keys(node);
  const name = keys.length === 1 ? keys[0] : void 0;
  return name !== void 0 && (name === "Ref" || name === "Condition" || name.startsWith("Fn::")) ? name : void 0;
}
function functionCalls(node, path = []) {
  if (Array.isArray(node)) return node.flatMap((item, index) => functionCalls(item, [...path, index]));
  if (!isMapping(node)) return [];
  const name = functionName(node);
  return [
    ...name === void 0 ? [] : [{ name, argument: node[name], path }],
    ...Object.keys(node).flatMap((key) => functionCalls(node[key], [...path, key]))
  ];
}

// src/config/rules/export-regions.ts
var checkImportedExportRegions = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const baselines = organization.value.baselines ?? {};
  const exportsOf = new Map(
    [...repository.templates].map(([name, loaded]) => [name, literalExports(loaded.template)])
  );
  const closure = (name, seen = /* @__PURE__ */ new Set()) => {
    for (const dependency of baselines[name]?.dependsOn ?? [])
      if (!seen.has(dependency)) closure(dependency, seen.add(dependency));
    return seen;
  };
  const diagnostics = [];
  for (const name of Object.keys(baselines).sort()) {
    const needed = closure(name);
    for (const exported of new Set(literalImports(repository.templates.get(name)?.template))) {
      const exporters = [...exportsOf].filter(([other, names]) => other !== name && names.has(exported));
      if (exporters.length === 0 || exporters.some(([other]) => needed.has(other))) continue;
      const exporter = exporters[0][0];
      diagnostics.push(
        organization.source.diagnostic(
          RULES.baselineReference,
          `baseline '${name}' imports '${exported}' (Fn::ImportValue), which baseline '${exporter}' exports, but does not depend on it: add '${exporter}' to its dependsOn, so that apply deploys the export first wherever both go.`,
          ["baselines", name],
          "key"
        )
      );
    }
  }
  const gaps = /* @__PURE__ */ new Map();
  for (const { value } of repository.accounts) {
    if (value.closed === true) continue;
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    const regionsOf = (baseline) => baselines[baseline]?.regions ?? value.regions ?? organization.value.defaultRegions;
    for (const name of [...effective].sort()) {
      const imported = literalImports(repository.templates.get(name)?.template);
      for (const dependency of [...closure(name)].sort()) {
        if (!effective.has(dependency)) continue;
        if (!imported.some((exported) => exportsOf.get(dependency)?.has(exported))) continue;
        const missing = regionsOf(name).filter((region) => !regionsOf(dependency).includes(region));
        if (missing.length === 0) continue;
        const key = `${name} ${dependency}`;
        gaps.set(key, (gaps.get(key) ?? /* @__PURE__ */ new Map()).set(value.name, missing));
      }
    }
  }
  for (const [key, accounts] of gaps) {
    const [name, dependency] = key.split(" ");
    const where = [...accounts].map(([account, regions]) => `${account} (${regions.join(", ")})`);
    const dependsOn = baselines[name].dependsOn ?? [];
    const index = dependsOn.includes(dependency) ? dependsOn.indexOf(dependency) : dependsOn.findIndex((direct) => closure(direct).has(dependency));
    diagnostics.push(
      organization.source.diagnostic(
        RULES.baselineReference,
        `baseline '${name}' imports an export of '${dependency}' (Fn::ImportValue), and exports exist only in the Regions where their stack is, but '${name}' would be deployed where '${dependency}' is not: ${listNames(where)}. Give '${dependency}' those Regions too, or deploy '${name}' only where '${dependency}' is.`,
        ["baselines", name, "dependsOn", index]
      )
    );
  }
  return diagnostics;
};
function literalExports(template) {
  const outputs = isMapping(template) && isMapping(template.Outputs) ? template.Outputs : {};
  return new Set(
    Object.values(outputs).flatMap(
      (output) => isMapping(output) && isMapping(output.Export) && typeof output.Export.Name === "string" ? [output.Export.Name] : []
    )
  );
}
function literalImports(template) {
  return functionCalls(template).filter((call) => call.name === "Fn::ImportValue" && typeof call.argument === "string").map((call) => call.argument);
}

// src/config/rules/scp-rules.ts
var import_yaml = __toESM(require_dist(), 1);

// src/config/rules/scp-condition-values.ts
import { isIP } from "node:net";
var ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
var NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function conditionValueProblem(operator, value) {
  const text2 = String(value);
  if (text2.includes("${")) return void 0;
  const base = operator.replace(/^(?:ForAllValues|ForAnyValue):/, "").replace(/IfExists$/, "");
  if (base === "Bool" || base === "Null")
    return /^(?:true|false)$/i.test(text2) ? void 0 : `${operator} compares with true or false, not ${JSON.stringify(value)}`;
  if (base.startsWith("Numeric"))
    return NUMBER.test(text2) ? void 0 : `${operator} compares numbers, and ${JSON.stringify(value)} is none`;
  if (base.startsWith("Date"))
    return ISO_8601.test(text2) && !Number.isNaN(Date.parse(text2)) ? void 0 : /^\d+$/.test(text2) ? void 0 : `${operator} compares dates (ISO 8601, such as 2026-12-31T23:59:59Z, or epoch seconds), and ${JSON.stringify(value)} is none`;
  if (base === "IpAddress" || base === "NotIpAddress") return ipRangeProblem(operator, text2);
  if (base === "BinaryEquals")
    return text2.length > 0 && BASE64.test(text2) ? void 0 : `BinaryEquals compares base-64 values, and ${JSON.stringify(value)} is none`;
  if (base.startsWith("Arn"))
    return text2 === "*" || text2.startsWith("arn:") ? void 0 : `${operator} compares ARNs (arn:partition:service:\u2026), and ${JSON.stringify(value)} is none; use a String operator for other values`;
  return void 0;
}
function ipRangeProblem(operator, text2) {
  const [address = "", prefix, ...rest] = text2.split("/");
  const version = isIP(address);
  const bits = version === 4 ? 32 : 128;
  const prefixOk = prefix === void 0 || /^\d{1,3}$/.test(prefix) && Number(prefix) <= bits;
  return version !== 0 && prefixOk && rest.length === 0 ? void 0 : `${operator} compares IP addresses or CIDR ranges (such as 203.0.113.0/24), and ${JSON.stringify(text2)} is none`;
}

// src/config/rules/policy-conditions.ts
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
var isFunction = (value) => isMapping(value) && isIntrinsic(value);
function checkCondition(condition, path, report, warnValue, given, fromYaml = false) {
  if (!isMapping(condition)) {
    report(
      'Condition must be an object of operators, such as { "StringEquals": { "aws:RequestedRegion": "eu-west-1" } }.',
      path
    );
    return;
  }
  for (const [written, block] of Object.entries(condition)) {
    const operator = fromYaml && written === "null" ? "Null" : written;
    if (!CONDITION_OPERATOR.test(operator))
      report(
        `'${operator}' is not an IAM condition operator (such as StringEquals, ArnNotLike or Bool, optionally with IfExists or a ForAllValues:/ForAnyValue: prefix); fix its spelling.`,
        [...path, written],
        "key"
      );
    if (given(block)) continue;
    if (!isMapping(block)) {
      report(`${operator} must map condition keys to values, such as { "aws:PrincipalArn": "arn:\u2026" }.`, [
        ...path,
        written
      ]);
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      if (!CONDITION_KEY.test(key))
        report(
          `${JSON.stringify(key)} is not a condition key: write service:keyname, such as aws:PrincipalArn or s3:prefix.`,
          [...path, written, key],
          "key"
        );
      const values = Array.isArray(value) ? value : [value];
      if (values.some(given)) continue;
      if (values.length === 0 || values.some((entry) => !["string", "number", "boolean"].includes(typeof entry))) {
        report(
          `the value of condition key '${key}' must be a string, number or boolean, or a non-empty list of them.`,
          [...path, written, key]
        );
        continue;
      }
      values.forEach((entry, index) => {
        const problem = CONDITION_OPERATOR.test(operator) && !(typeof entry === "number" && !Number.isFinite(entry)) ? conditionValueProblem(operator, entry) : void 0;
        if (problem)
          warnValue(
            `${problem}: ${neverMatching(operator, key, values.length)}. Fix the value.`,
            Array.isArray(value) ? [...path, written, key, index] : [...path, written, key]
          );
      });
    }
  }
}
function neverMatching(operator, key, values) {
  if (values > 1) return `this value never matches, though the others listed for '${key}' still do`;
  if (/Not(?:Equals|Like)|NotIpAddress/.test(operator))
    return `the value never matches, so the condition on '${key}' always holds and the statement applies everywhere it names, with no exemption`;
  if (operator.endsWith("IfExists") || operator.startsWith("ForAllValues:"))
    return `the condition on '${key}' holds only where the request has no '${key}', so the statement applies only there`;
  return `the condition on '${key}' can never hold, so the statement never applies`;
}

// src/config/rules/policy-grammar.ts
var POLICY_ELEMENTS = {
  scp: ["Version", "Statement"],
  trust: ["Version", "Id", "Statement"],
  identity: ["Version", "Id", "Statement"],
  resource: ["Version", "Id", "Statement"]
};
var STATEMENT_ELEMENTS = {
  scp: ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"],
  trust: ["Sid", "Effect", "Principal", "Action", "NotAction", "Condition"],
  identity: ["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"],
  resource: [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition"
  ]
};
var WHAT = {
  scp: "an SCP",
  trust: "a trust policy",
  identity: "an identity policy",
  resource: "a resource policy"
};
var PRINCIPAL_KEYS = ["AWS", "Service", "Federated", "CanonicalUser"];
var ACTION = /^(?:\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;
var WILDCARD_PREFIX = /^[A-Za-z0-9*?-]*[*?][A-Za-z0-9*?-]*:/;
var isResource = (value) => value === "*" || value.startsWith("arn:") && value.split(":").length >= 6;
var SID = /^[A-Za-z0-9]*$/;
function checkPolicyGrammar(source, document, partition) {
  return checkGrammar(source, document, {
    kind: "scp",
    at: [],
    rule: RULES.scpSyntax,
    warningRule: RULES.scpConditionValue,
    partition,
    given: () => false
  });
}
function checkTemplatePolicy(source, document, kind, at, partition, resourceOptional = false) {
  if (typeof document === "string" || isFunction(document)) return [];
  return checkGrammar(source, document, {
    kind,
    resourceOptional,
    at,
    rule: RULES.templatePolicy,
    warningRule: RULES.templatePolicy,
    partition,
    given: isFunction
  });
}
function checkGrammar(source, document, options) {
  const { kind, at, given } = options;
  const diagnostics = [];
  const report = (message, path, part = "value") => diagnostics.push(source.diagnostic(options.rule, message, [...at, ...path], part));
  const warnValue = (message, path, part = "value") => diagnostics.push({
    ...source.diagnostic(options.warningRule, message, [...at, ...path], part),
    severity: "warning"
  });
  if (!isMapping(document)) {
    report(`${WHAT[kind]} must be ${kind === "scp" ? "a JSON object" : "a mapping"} with Version and Statement.`, []);
    return diagnostics;
  }
  checkElements(document, POLICY_ELEMENTS[kind], WHAT[kind], [], report, kind);
  if (kind === "scp" && document.Version !== "2012-10-17") {
    report(
      `Version must be "2012-10-17"; without it AWS evaluates the policy with the legacy grammar.`,
      document.Version === void 0 ? [] : ["Version"]
    );
  } else if (kind !== "scp" && document.Version !== void 0 && !given(document.Version)) {
    if (document.Version !== "2012-10-17" && document.Version !== "2008-10-17")
      report(`Version must be "2012-10-17" (or the legacy "2008-10-17"); got ${JSON.stringify(document.Version)}.`, [
        "Version"
      ]);
  }
  const statement = document.Statement;
  if (given(statement)) return diagnostics;
  if (!Array.isArray(statement) && !isMapping(statement)) {
    report("Statement must be a statement object or a list of them.", statement === void 0 ? [] : ["Statement"]);
    return diagnostics;
  }
  const sids = /* @__PURE__ */ new Set();
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statements.length === 0)
    report(
      `Statement is an empty list; ${WHAT[kind]} must have at least one statement, so add one${kind === "scp" ? " or delete the policy" : ""}.`,
      ["Statement"]
    );
  statements.forEach((entry, index) => {
    const path = Array.isArray(statement) ? ["Statement", index] : ["Statement"];
    if (given(entry)) return;
    if (!isMapping(entry)) report("each statement must be a JSON object with Effect, Action and Resource.", path);
    else checkStatement(entry, path, sids, report, warnValue, options);
  });
  return diagnostics;
}
function checkElements(element, allowed, what, path, report, kind) {
  for (const key of Object.keys(element)) {
    if (allowed.includes(key)) continue;
    if ((key === "Principal" || key === "NotPrincipal") && kind === "identity")
      report(
        `an identity policy has no ${key}: it applies to whoever it is attached to, and IAM refuses it ("Policy document should not specify a principal"). Remove it; to say who may assume a role, use the role's AssumeRolePolicyDocument.`,
        [...path, key],
        "key"
      );
    else if (key === "NotPrincipal" && kind === "trust")
      report(
        `a trust policy takes no NotPrincipal: IAM refuses it in a role trust policy ("You cannot use the NotPrincipal element in an IAM identity-based policy nor in an IAM role trust policy"). Name whom the role trusts in Principal instead.`,
        [...path, key],
        "key"
      );
    else if ((key === "Resource" || key === "NotResource") && kind === "trust")
      report(
        `a trust policy has no ${key}: the role is its resource, and IAM refuses it ("Has prohibited field ${key}"). Remove it.`,
        [...path, key],
        "key"
      );
    else if (key === "Principal" || key === "NotPrincipal")
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
function checkStatement(statement, path, sids, report, warnValue, options) {
  const { kind, partition, given } = options;
  checkElements(statement, STATEMENT_ELEMENTS[kind], `${WHAT[kind]} statement`, path, report, kind);
  const { Sid: sid, Effect: effect } = statement;
  if (sid !== void 0 && !given(sid) && kind !== "resource") {
    if (typeof sid !== "string" || !SID.test(sid))
      report(`Sid ${JSON.stringify(sid)} may contain only ASCII letters and digits; remove the other characters.`, [
        ...path,
        "Sid"
      ]);
    else if (sid !== "" && sids.has(sid))
      report(`Sid '${sid}' is already used by another statement; Sids must be unique within a policy.`, [
        ...path,
        "Sid"
      ]);
    if (typeof sid === "string") sids.add(sid);
  }
  if (effect === void 0) report('the statement has no Effect; add "Effect": "Deny" or "Effect": "Allow".', path);
  else if (effect !== "Allow" && effect !== "Deny" && !given(effect))
    report(`Effect must be "Allow" or "Deny", spelled exactly so; got ${JSON.stringify(effect)}.`, [...path, "Effect"]);
  checkOneOf(
    statement,
    ["Action", "NotAction"],
    path,
    report,
    given,
    (value) => ACTION.test(value) ? void 0 : WILDCARD_PREFIX.test(value) ? `${JSON.stringify(value)} has a wildcard in its service prefix, which AWS refuses ("Action vendors must not contain wildcards"): write one entry per service (s3:Untag*, ec2:Untag*), with wildcards only after the colon.` : `${JSON.stringify(value)} is not an action: write service:action, such as s3:PutObject, with * and ? as wildcards, or "*" for every action.`
  );
  if (kind === "trust" || kind === "resource") checkPrincipal(statement, path, report, WHAT[kind]);
  if (kind !== "trust")
    checkOneOf(
      statement,
      ["Resource", "NotResource"],
      path,
      report,
      given,
      (value) => resourceProblem(value, partition),
      options.resourceOptional !== true
    );
  if (statement.Condition !== void 0 && !given(statement.Condition))
    checkCondition(statement.Condition, [...path, "Condition"], report, warnValue, given, kind !== "scp");
}
function checkPrincipal(statement, path, report, what) {
  const value = statement.Principal ?? statement.NotPrincipal;
  const key = statement.Principal === void 0 ? "NotPrincipal" : "Principal";
  if (value === void 0) {
    report(
      `${what} statement names whom it ${what === WHAT.trust ? "trusts" : "concerns"}; add a Principal, such as { "Service": "ec2.amazonaws.com" } or { "AWS": "arn:aws:iam::111122223333:root" }.`,
      path
    );
    return;
  }
  if (statement.Principal !== void 0 && statement.NotPrincipal !== void 0) {
    report("a statement has Principal or NotPrincipal, not both; remove one.", [...path, "NotPrincipal"], "key");
    return;
  }
  if (value === "*" || isFunction(value)) return;
  if (!isMapping(value)) {
    report(`${key} must be "*" or a map such as { "AWS": "arn:aws:iam::111122223333:root" }.`, [...path, key]);
    return;
  }
  for (const kindOfPrincipal of Object.keys(value))
    if (!PRINCIPAL_KEYS.includes(kindOfPrincipal))
      report(
        `'${kindOfPrincipal}' is not a kind of principal (${PRINCIPAL_KEYS.join(", ")}); fix its spelling.`,
        [...path, key, kindOfPrincipal],
        "key"
      );
  const aws = value.AWS;
  const entries = Array.isArray(aws) ? aws.map((entry, index) => [entry, index]) : [[aws, void 0]];
  for (const [entry, index] of entries) {
    const problem = typeof entry === "string" ? awsPrincipalProblem(entry) : void 0;
    if (problem) report(problem, index === void 0 ? [...path, key, "AWS"] : [...path, key, "AWS", index]);
  }
}
function awsPrincipalProblem(value) {
  if (value === "*" || /^\d{12}$/.test(value) || /^A[A-Z0-9]{15,127}$/.test(value)) return void 0;
  if (!value.startsWith("arn:"))
    return `${JSON.stringify(value)} is not an AWS principal, which IAM refuses ("Invalid principal in policy"): write an account id (111122223333), an ARN such as arn:aws:iam::111122223333:role/name, or "*".`;
  if (/[*?]/.test(value))
    return `${JSON.stringify(value)} has a wildcard in a principal ARN, which IAM refuses ("You cannot use a wildcard to match part of a principal name or ARN"): name the principal whole, or use "*" with a Condition such as ArnLike on aws:PrincipalArn.`;
  const identity = /^arn:[^:]+:iam::\d{12}:(role|user)\/(.*)$/.exec(value);
  if (identity && !/^(?:[\u0021-\u007E]*\/)?[\w+=,.@-]{1,64}$/.test(identity[2]))
    return `${JSON.stringify(value)} is not a ${identity[1]} ARN IAM can match ("Invalid principal in policy"): a ${identity[1]} name takes only letters, digits and _ + = , . @ - (IAM API, ${identity[1]}NameType), after a path without spaces.`;
  return void 0;
}
function resourceProblem(value, partition) {
  if (!isResource(value))
    return `${JSON.stringify(value)} is not a resource: write "*" or an ARN such as arn:${partition ?? "aws"}:s3:::bucket/*.`;
  if (/\s/.test(value) && !inS3ObjectKey(value))
    return `${JSON.stringify(value)} holds whitespace, which no resource name has but an S3 object key's, so it would match nothing; remove it.`;
  const named = value.split(":")[1];
  if (value !== "*" && named === "")
    return `${JSON.stringify(value)} names no partition; write arn:${partition ?? "aws"}:\u2026.`;
  if (partition && value !== "*" && !/[*?$]/.test(named) && named !== partition)
    return `${JSON.stringify(value)} names the partition '${named}', but the organization is in '${partition}' (homeRegion); AWS refuses a resource of another partition, and it could match nothing here. Write arn:${partition}:\u2026.`;
  return void 0;
}
function inS3ObjectKey(arn) {
  const parts = arn.split(":");
  if (parts[2] !== "s3" || parts.length < 6 || /\s$/.test(arn)) return false;
  const resource = parts.slice(5).join(":");
  const slash = resource.indexOf("/");
  return slash > 0 && !/\s/.test([...parts.slice(0, 5), resource.slice(0, slash)].join(":"));
}
function checkOneOf(statement, pair, path, report, given, problemOf, required = true) {
  const present = pair.filter((key) => statement[key] !== void 0);
  if (present.length === 0 && required)
    report(`the statement has neither ${pair[0]} nor ${pair[1]}; add one of them.`, path);
  if (present.length === 2)
    report(`a statement has ${pair[0]} or ${pair[1]}, not both; remove one.`, [...path, pair[1]], "key");
  for (const key of present) {
    const value = statement[key];
    if (given(value)) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) report(`${key} is an empty list; list at least one entry.`, [...path, key]);
    values.forEach((entry, index) => {
      const at = Array.isArray(value) ? [...path, key, index] : [...path, key];
      if (given(entry)) return;
      const problem = typeof entry === "string" ? problemOf(entry) : `each ${key} entry must be a string.`;
      if (problem) report(problem, at);
    });
  }
}

// src/config/rules/scp-rules.ts
function minifyPolicy(document) {
  return JSON.stringify(document);
}
function policySize(document) {
  return Buffer.byteLength(minifyPolicy(document), "utf8");
}
var checkScps = ({ repository, quotas }) => {
  const diagnostics = [];
  const homePartition = AWS_REGIONS[String(repository.organization?.value.homeRegion)]?.partition;
  for (const scp of repository.scps.values()) {
    diagnostics.push(
      ...checkPolicyGrammar(scp.source, scp.document, homePartition),
      ...checkNumbersSentAsWritten(scp.source)
    );
    const size = policySize(scp.document);
    if (size > quotas.scpSize) {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSize,
          `SCP '${scp.name}' is ${formatCount(size)} bytes minified; ${limitPhrase("AWS", "scpSize", quotas.scpSize)}. Split it into two policies or use wildcards in actions.`
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
      const sent = numberAsJavaScriptWrites(node.source);
      if (sent !== void 0)
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
        file: source.file,
        ...(value.exceptions?.length ?? 0) + (value.excludeBaselines?.length ?? 0) > 0 ? {
          waivers: {
            exceptions: (value.exceptions ?? []).map(({ rule, approvedBy }) => ({ rule, approvedBy })),
            excludedBaselines: [...value.excludeBaselines ?? []].sort(compareText)
          }
        } : {}
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

// src/config/rules/account-rules.ts
import { basename } from "node:path";

// src/config/opt-in-regions.ts
var REGIONS_ENABLED_BY_DEFAULT = /* @__PURE__ */ new Set([
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ca-central-1",
  "eu-central-1",
  "eu-north-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "sa-east-1",
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2"
]);

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
  const check = (source, region, path, deploysThere = true) => {
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
    } else if (deploysThere && known.partition === "aws" && !REGIONS_ENABLED_BY_DEFAULT.has(region)) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.awsRegion,
          `'${region}' (${known.description}) is an opt-in Region, disabled by default in every account, the ones vend creates included: a stack instance there fails unless the Region is enabled in its account and in the management account. Vend does not enable Regions; enable it in each account first (aws account enable-region --region-name ${region} --account-id \u2026), or remove it.`,
          path
        ),
        severity: "warning"
      });
    }
  };
  const checkList = (source, regions, path, deploysThere = true) => (regions ?? []).forEach((region, index) => check(source, region, [...path, index], deploysThere));
  check(organization.source, homeRegion, ["homeRegion"], false);
  checkList(organization.source, allowedRegions, ["allowedRegions"], false);
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
    const record = Object.entries(value.parameters ?? {}).filter(([, overrides]) => Object.keys(overrides ?? {}).length > 0).map(([baseline]) => baseline).sort().join(" ");
    const vendTags = [
      ...value.owner === OWNER_UNASSIGNED ? [] : ["Owner"],
      MANAGED_BY_TAG.key,
      ...record ? [PARAMETER_OVERRIDES_TAG] : []
    ];
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
            key === "Owner" ? `tag 'Owner' is set by vend from the manifest's 'owner'; remove it from tags, and set owner instead.` : `tag '${key}' is vend's ownership record (${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}), which vend sets on every account it manages; remove it from tags.`,
            at,
            "key"
          )
        );
      const parts = [
        [ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, "key"],
        [ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, "value"]
      ];
      for (const [constraint, text2, what, part] of parts) {
        const problem = lengthProblem(constraint, text2);
        if (problem)
          diagnostics.push(
            source.diagnostic(
              RULES.tagLimits,
              `${what} ${problem} (${constraint.member}); ${lengthIn(constraint.unit, text2) > constraint.maxLength ? "shorten it" : "give it a name"}.`,
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
  const check = (source, constraint, text2, what, path, part = "value") => {
    const refused = refusedCharacters(constraint, text2);
    if (refused.length === 0) return;
    diagnostics.push(
      source.diagnostic(
        RULES.tagCharacters,
        `${what} has ${refused.map(describeCharacter).join(", ")}, which AWS Organizations refuses in tags: keys and values may contain only ${constraint.allowedCharacters} (${constraint.member}). CreateAccount refuses a new account with it, and TagResource an existing account's tags; remove or replace ${refused.length === 1 ? "it" : "them"}.`,
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
  (organization?.value.requiredTags ?? []).forEach((key, index) => {
    check(organization.source, ORGANIZATIONS_TAG_KEY, key, `required tag key '${key}'`, ["requiredTags", index]);
    const tooLong = lengthProblem(ORGANIZATIONS_TAG_KEY, key);
    if (tooLong)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.tagLimits,
          `required tag key '${key}' ${tooLong} (${ORGANIZATIONS_TAG_KEY.member}), so no manifest could set it and every account would miss it; shorten it.`,
          ["requiredTags", index]
        )
      );
    const reserved = reservedTagKey(key);
    if (reserved)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.tagLimits,
          `required tag key '${key}' ${reserved}, so no manifest may set it and every account would miss it; remove it from requiredTags.`,
          ["requiredTags", index]
        )
      );
  });
  return diagnostics;
};
function reservedTagKey(key) {
  if (key.toLowerCase().startsWith("aws:")) return "uses the 'aws:' prefix, which AWS reserves";
  if (key.toLowerCase().startsWith(VEND_TAG_PREFIX))
    return `uses the '${VEND_TAG_PREFIX}' prefix, which vend keeps for its own records`;
  if (key === MANAGED_BY_TAG.key) return "is the ownership record vend sets on every account";
  return void 0;
}
function isSettableTagKey(key) {
  return reservedTagKey(key) === void 0 && refusedCharacters(ORGANIZATIONS_TAG_KEY, key).length === 0 && lengthProblem(ORGANIZATIONS_TAG_KEY, key) === void 0;
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
      declared.size === 0 ? `OU '${value.ou}' is not declared in baselines/organization.yaml, which declares no OU yet: declare it under organizationalUnits there first.` : `OU '${value.ou}' is not declared in baselines/organization.yaml; use one of: ${[...declared].sort().join(", ")}, or declare it there first.`,
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
    const missing = required.filter((tag) => !present.has(tag) && isSettableTagKey(tag));
    if (missing.length > 0) {
      const one = missing.length === 1;
      const near = missing.flatMap(
        (tag) => [...present].filter((key) => key.toLowerCase() === tag.toLowerCase()).map((key) => `'${key}' for '${tag}'`)
      );
      diagnostics.push(
        source.diagnostic(
          RULES.requiredTags,
          `missing required tag${one ? "" : "s"} ${missing.map((tag) => `'${tag}'`).join(", ")}; add ${one ? "it" : "them"} under 'tags'${near.length > 0 ? ` (tags has ${near.join(", ")}: tag keys are case-sensitive)` : ""}, or add an approved exception for rule required-tags.`,
          value.tags ? ["tags"] : ["name"],
          "key"
        )
      );
    }
    for (const tag of required.filter((key) => key !== "Owner" && value.tags?.[key]?.trim() === ""))
      diagnostics.push(
        source.diagnostic(
          RULES.requiredTags,
          `required tag ${tag} is empty; give it a value, or add an approved exception for rule required-tags.`,
          ["tags", tag]
        )
      );
  }
  return diagnostics;
};
var checkBaselineOptOut = ({ repository, now }) => [
  ...repository.accounts.filter(
    ({ value }) => (value.excludeBaselines ?? []).length > 0 && !waivedRules(value, now).has(RULES.baselineOptOut)
  ).map(
    ({ source }) => source.diagnostic(
      RULES.baselineOptOut,
      "excluding inherited baselines needs an approved exception for rule baseline-opt-out (with reason, approvedBy and expires); add one or remove excludeBaselines.",
      ["excludeBaselines"],
      "key"
    )
  ),
  ...repository.accounts.flatMap(
    ({ source, value }) => pointlessExclusions(
      repository.organizationalUnits,
      new Set(Object.keys(repository.organization?.value.baselines ?? {})),
      source,
      value
    )
  )
];
function pointlessExclusions(units, catalogue, source, account) {
  const inherited = new Set(
    organizationalUnitLineage(units, account.ou).flatMap((unit) => unit.document.baselines ?? [])
  );
  return (account.excludeBaselines ?? []).flatMap((name, index) => {
    const problem = !catalogue.has(name) ? void 0 : account.baselines?.includes(name) ? `'${name}' is in both baselines and excludeBaselines; the exclusion wins and the account does not get it. Remove it from one of them.` : inherited.has(name) ? void 0 : `'${name}' is not a baseline the account's OUs give it (${account.ou}), so excluding it leaves out nothing. Remove it from excludeBaselines.`;
    return problem ? [
      {
        ...source.diagnostic(RULES.baselineOptOut, problem, ["excludeBaselines", index]),
        severity: "warning"
      }
    ] : [];
  });
}
var checkOwnerAssigned = ({ repository }) => repository.accounts.filter(({ value }) => value.owner === OWNER_UNASSIGNED || value.owner.trim() === "").map(
  ({ source, value }) => value.owner === OWNER_UNASSIGNED ? {
    ...source.diagnostic(
      RULES.ownerUnassigned,
      `owner is '${OWNER_UNASSIGNED}', the placeholder vend import writes for an account whose Owner tag names no team (none, an empty one, this placeholder, or one validate refuses as the owner); name the owning team here. Until then vend leaves the account's Owner tag as it is, and creates no account with it.`,
      ["owner"]
    ),
    severity: "warning"
  } : source.diagnostic(
    RULES.ownerUnassigned,
    "owner is only whitespace, which names no team, though AWS would take it as the Owner tag; name the owning team here.",
    ["owner"]
  )
);

// src/config/rules/drift-ignore-rules.ts
var CRITICAL_TARGETS = {
  "scp-missing": { example: "scp:deny-leave-organization", unrelated: [["scp:a", "scp:zz-other-1"]] },
  "scp-content": { example: "scp:deny-leave-organization", unrelated: [["scp:a", "scp:zz-other-1"]] },
  "scp-detached": {
    example: "scp:deny-leave-organization@ou:Workloads",
    unrelated: [
      ["scp:a@root", "scp:zz-other-1@ou:Zz-other-2"],
      ["scp:a@ou:A", "scp:zz-other-1@ou:Zz-other-2"],
      ["scp:a@ou:A/B", "scp:zz-other-1@ou:Zz-other-2/Zz-other-3"],
      ["scp:a@account:a", "scp:zz-other-1@account:zz-other-2"]
    ]
  },
  "account-left-organization": { example: "account:payments-prod", unrelated: [["account:a", "account:zz-other-1"]] }
};
function blanketCriticalEntry(entry) {
  if (entry.id !== void 0 || !entry.kind || !(entry.kind in CRITICAL_TARGETS)) return void 0;
  const { example, unrelated } = CRITICAL_TARGETS[entry.kind];
  const { target } = entry;
  if (target !== void 0 && !unrelated.some((pair) => pair.every((probe) => targetPatternMatches(target, probe))))
    return void 0;
  return `ignore entry ${target === void 0 ? "names kind" : `target '${target}' matches any target of kind`} '${entry.kind}', which is critical: it would hold back every such finding, the next guardrail lost too, and the drift issue could close over them. Name the target: a finding 'id' from vend drift, or a 'target' such as '${example}'.`;
}
function criticalEntryReach(entry, repository) {
  const { target, kind } = entry;
  if (entry.id !== void 0 || target === void 0 || !kind || !(kind in CRITICAL_TARGETS)) return void 0;
  const matched = declaredCriticalTargets(repository, kind).filter(
    (candidate) => targetPatternMatches(target, candidate.target)
  );
  const names = [...new Set(matched.map((candidate) => candidate.name))].sort();
  if (names.length === 1 && matched.length > 1) {
    const places = matched.map((candidate) => `'${candidate.target.slice(candidate.target.indexOf("@") + 1)}'`).sort();
    return `ignore entry target '${target}' matches findings of kind '${kind}', which is critical, for SCP '${names[0]}' at ${matched.length} places (${places.slice(0, 5).join(", ")}${places.length > 5 ? ", \u2026" : ""}): one entry would hold back that guardrail's findings at each. '*' matches any name, an OU's named '*' too: write one entry per place, naming it literally, or, for a place whose name holds a '*', the finding's id from vend drift.`;
  }
  if (names.length < 2) return void 0;
  const shown = names.slice(0, 5).map((name) => `'${name}'`);
  return `ignore entry target '${target}' matches findings of kind '${kind}', which is critical, for ${names.length} different ${kind === "account-left-organization" ? "accounts" : "SCPs"} (${shown.join(", ")}${names.length > shown.length ? ", \u2026" : ""}): one entry would hold back each of those guardrails' findings. Write one entry per ${kind === "account-left-organization" ? "account" : "SCP"}, naming it literally.`;
}
var TARGET_PREFIXES = /* @__PURE__ */ new Set(["root", "organization", "scp", "ou", "account", "account-id", "stackset"]);
function unmatchableTarget(entry, repository) {
  const { target, kind } = entry;
  if (entry.id !== void 0 || typeof target !== "string") return void 0;
  if (target !== target.trim())
    return `ignore entry target '${target}' has spaces at an end, which no finding target has, so it matches nothing: remove them.`;
  const prefix = /^([a-zA-Z]+(?:-[a-zA-Z]+)*)(?::|$)/.exec(target)?.[1];
  if (prefix !== void 0 && !TARGET_PREFIXES.has(prefix))
    return `ignore entry target '${target}' begins '${prefix}', which no finding target does (they begin root, organization, scp:, ou:, account:, account-id: or stackset:), so it matches nothing: copy the target from vend drift.`;
  if (!kind || !(kind in CRITICAL_TARGETS) || target.includes("*")) return void 0;
  if (declaredCriticalTargets(repository, kind).some((candidate) => targetPatternMatches(target, candidate.target)))
    return void 0;
  return `ignore entry target '${target}' names no ${kind === "account-left-organization" ? "account" : kind === "scp-detached" ? "SCP attachment" : "SCP"} this repository declares, so it holds back no finding of kind '${kind}': check the spelling, or copy the target from vend drift.`;
}
var POLICY_TYPE_DISABLED_ENTRY = "ignore entry of kind 'scp-policy-type-disabled', which is critical: while SCPs are switched off on the root, its one finding stands for every SCP detached with them, so this entry holds back the loss of every guardrail at once. Keep it only while SCPs are meant to be off, with an expiry days ahead, not months.";
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
    const pathPart = typeof entry.target === "string" && entry.target.startsWith("scp:") ? `scp:${entry.target.includes("@") ? entry.target.slice(entry.target.indexOf("@")) : ""}` : entry.target;
    if (typeof pathPart === "string" && pathPart.split("/").some((part) => part.includes("**") && part !== "**"))
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `target '${entry.target}' has '**' inside a '/'-separated part, where it matches like '*', within that part only; '**' crosses parts only as a part of its own ('ou:Sandbox/**'). For every OU, write two entries: 'ou:*' and 'ou:*/**' after the prefix.`,
          [...path, "target"]
        ),
        severity: "warning"
      });
    const named = entry.id === void 0 ? void 0 : criticalFindingOf(repository, entry.id);
    if (named)
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `ignore entry id '${entry.id}' is the critical finding '${named.kind}' at '${named.target}': it would hold that guardrail's drift out of the report, whenever it happens. Write it as kind: ${named.kind} and target: '${named.target}', so that reviewers read what it holds back.`,
          [...path, "id"]
        ),
        severity: "warning"
      });
    const blanket = (entry.id === void 0 && entry.kind === "scp-policy-type-disabled" ? POLICY_TYPE_DISABLED_ENTRY : void 0) ?? blanketCriticalEntry(entry) ?? criticalEntryReach(entry, repository) ?? unmatchableTarget(entry, repository);
    if (blanket)
      diagnostics.push({
        ...source.diagnostic(RULES.driftIgnore, blanket, [...path, entry.target === void 0 ? "kind" : "target"]),
        severity: "warning"
      });
    const expires = expiryInstant(entry.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, entry.expires, [...path, "expires"]));
    } else if (expires - now.getTime() > MAX_EXPIRY_DAYS * DAY_MS) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `ignore entry expires on ${entry.expires}, more than ${MAX_EXPIRY_DAYS} days ahead; its findings would stay out of the report and fail-on-drift until then. Set an expiry within a year, and renew it when it comes.`,
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
var checkOrganizationalUnitCount = ({ repository, quotas }) => {
  const organization = repository.organization;
  const maximum = quotas.organizationalUnits;
  const past = repository.organizationalUnits[maximum];
  if (!organization || !past) return [];
  return [
    organization.source.diagnostic(
      RULES.ouCount,
      `baselines/organization.yaml declares ${formatCount(repository.organizationalUnits.length)} OUs; ${limitPhrase("AWS Organizations", "organizationalUnits", maximum, " per organization")}, and CreateOrganizationalUnit fails past it. Merge OUs, or keep accounts apart by tags or SCPs on accounts.`,
      past.yamlPath,
      "key"
    )
  ];
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
var ORGANIZATIONAL_UNIT_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/;
var ROOT_ID = /^r-[0-9a-z]{4,32}$/;
var POLICY_ID = /^p-[0-9a-zA-Z_]{8,128}$/;
var checkNamesLikeIds = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const warn = (message, yamlPath) => ({
    ...organization.source.diagnostic(RULES.nameLikeId, message, yamlPath, "key"),
    severity: "warning"
  });
  const units = repository.organizationalUnits.flatMap((unit) => {
    const shape = ORGANIZATIONAL_UNIT_ID.test(unit.name) ? "an OU id" : ROOT_ID.test(unit.name) ? "a root id" : "";
    return shape ? [
      warn(
        `OU name '${unit.name}' has the shape of ${shape}: a plan line naming OU ${unit.path} reads as the OU or root with that id, which vend never means (it finds OUs by path). Give the OU another name.`,
        unit.yamlPath
      )
    ] : [];
  });
  const scps = Object.keys(organization.value.scps ?? {}).flatMap((name) => {
    const shape = POLICY_ID.test(name) ? "has the shape of a policy id" : name.toLowerCase() === FULL_AWS_ACCESS_POLICY_NAME.toLowerCase() ? `is AWS's ${FULL_AWS_ACCESS_POLICY_NAME} in another case` : "";
    return shape ? [
      warn(
        `SCP name '${name}' ${shape}: a plan line attaching or changing it reads as that policy, which vend never means (it finds its SCPs by name and ManagedBy tag). Give the SCP another name.`,
        ["scps", name]
      )
    ] : [];
  });
  return [...units, ...scps];
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
  const limitMessage = (target, count2, fullAWSAccess) => `${target} would have ${count2} SCPs attached${fullAWSAccess === false ? "" : ` counting ${FULL_AWS_ACCESS_POLICY_NAME}`}; ${limitPhrase("AWS", "scpsPerTarget", maximum)}. ${target === "the root" ? "Merge policies into fewer SCPs." : "Merge policies or move some to a parent OU."}`;
  const count = (scps, fullAWSAccess) => (scps?.length ?? 0) + (fullAWSAccess === false ? 0 : 1);
  const empty = (target, source, path) => ({
    ...source.diagnostic(
      RULES.scpAttachmentLimit,
      `${target} declares no SCP and fullAWSAccess: false, but AWS keeps at least one SCP attached to every target, so unless another team's SCP stays attached there the plan refuses it (scp-target-left-empty). Declare an SCP there, or keep FullAWSAccess.`,
      [...path, "fullAWSAccess"],
      "key"
    ),
    severity: "warning"
  });
  if (count(organization.value.root?.scps, organization.value.root?.fullAWSAccess) === 0)
    diagnostics.push(empty("the root", organization.source, ["root"]));
  for (const unit of repository.organizationalUnits)
    if (count(unit.document.scps, unit.document.fullAWSAccess) === 0)
      diagnostics.push(empty(`OU '${unit.path}'`, organization.source, unit.yamlPath));
  for (const { source, value } of repository.accounts)
    if (count(value.scps, value.fullAWSAccess) === 0 && value.closed !== true)
      diagnostics.push(empty(`account '${value.name}'`, source, []));
  const rootCount = count(organization.value.root?.scps, organization.value.root?.fullAWSAccess);
  if (rootCount > maximum)
    diagnostics.push(
      organization.source.diagnostic(
        RULES.scpAttachmentLimit,
        limitMessage("the root", rootCount, organization.value.root?.fullAWSAccess),
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
          limitMessage(`OU '${unit.path}'`, unitCount, unit.document.fullAWSAccess),
          [...unit.yamlPath, "scps"],
          "key"
        )
      );
    }
  }
  for (const { source, value } of repository.accounts) {
    const accountCount2 = count(value.scps, value.fullAWSAccess);
    if (accountCount2 > maximum)
      diagnostics.push(
        source.diagnostic(
          RULES.scpAttachmentLimit,
          limitMessage(`account '${value.name}'`, accountCount2, value.fullAWSAccess),
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

// src/config/aws-parameter-types.ts
var EC2_ID = (prefix) => new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);
var SHAPES = {
  "AWS::EC2::Image::Id": { pattern: EC2_ID("ami"), what: "an AMI id (ami- and 8 or 17 hexadecimal characters)" },
  "AWS::EC2::Instance::Id": { pattern: EC2_ID("i"), what: "an instance id (i- and 8 or 17 hexadecimal characters)" },
  "AWS::EC2::SecurityGroup::Id": {
    pattern: EC2_ID("sg"),
    what: "a security group id (sg- and 8 or 17 hexadecimal characters)"
  },
  "AWS::EC2::Subnet::Id": {
    pattern: EC2_ID("subnet"),
    what: "a subnet id (subnet- and 8 or 17 hexadecimal characters)"
  },
  "AWS::EC2::Volume::Id": { pattern: EC2_ID("vol"), what: "a volume id (vol- and 8 or 17 hexadecimal characters)" },
  "AWS::EC2::VPC::Id": { pattern: EC2_ID("vpc"), what: "a VPC id (vpc- and 8 or 17 hexadecimal characters)" },
  "AWS::Route53::HostedZone::Id": {
    pattern: /^Z[A-Z0-9]+$/,
    what: "a hosted zone id (Z and upper-case letters and digits)"
  },
  "AWS::SSM::Parameter::Name": {
    pattern: /^(?:arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter(?=\/))?[a-zA-Z0-9_.\-/]{1,2048}$/,
    what: "a Systems Manager parameter name (1-2048 of a-z A-Z 0-9 _ . - /), or a shared parameter\u2019s ARN"
  }
};
var SSM_VALUE = /^AWS::SSM::Parameter::Value<.+>$/;
function isShapedAwsParameterType(type) {
  return shapeOf(type) !== void 0;
}
function awsParameterTypeProblem(type, value) {
  const shape = shapeOf(type);
  if (!shape || value.trim() === "") return void 0;
  const members = shape.list ? value.split(",").map((member) => member.trim()) : [value];
  const wrong = members.find((member) => !shape.pattern.test(member));
  if (wrong === void 0) return void 0;
  return shape.list ? `has a member that is not ${shape.what}, as Type ${type} requires` : `is not ${shape.what}, as Type ${type} requires`;
}
function shapeOf(type) {
  const list = /^List<(.+)>$/.exec(type);
  const member = list ? list[1] : type;
  if (SSM_VALUE.test(type)) return { ...SHAPES["AWS::SSM::Parameter::Name"], list: false };
  return Object.hasOwn(SHAPES, member) ? { ...SHAPES[member], list: list !== null } : void 0;
}

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
      const oversize = size > quotas.parameterValueSize;
      const problem = oversize ? `is ${formatCount(size)} bytes; ${limitPhrase("CloudFormation", "parameterValueSize", quotas.parameterValueSize, " per parameter value")}` : declaration && typeof declaration === "object" ? declarationProblem(declaration, value) : void 0;
      if (problem)
        diagnostics.push(
          source.diagnostic(
            RULES.parameterValue,
            `the value of parameter '${name}' ${problem}${template && !oversize ? `, as ${template.file} declares it` : ""}; CloudFormation would refuse it only after apply has started. Fix the value.`,
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
  const allowed = Array.isArray(allowedValues) ? allowedValues.map(String) : void 0;
  if (type === "CommaDelimitedList" || type === "List<Number>") {
    for (const member of value.split(",").map((text2) => text2.trim())) {
      const problem = type === "List<Number>" ? numberProblem({}, member, type) : allowed && !allowed.includes(member) ? `is not one of its AllowedValues (${allowed.join(", ")})` : typeof allowedPattern === "string" && !wholeMatch(allowedPattern, member) ? `does not match its AllowedPattern ${allowedPattern}` : void 0;
      const secret = declaration.NoEcho === true || String(declaration.NoEcho).toLowerCase() === "true";
      if (problem)
        return secret ? `has a member (NoEcho: not shown) which ${problem}` : `has the member '${member}', which ${problem}`;
    }
    return void 0;
  }
  if (typeof type === "string" && isShapedAwsParameterType(type)) return awsParameterTypeProblem(type, value);
  if (type !== "String" && type !== "Number") return void 0;
  if (allowed && !allowed.includes(value)) return `is not one of its AllowedValues (${allowed.join(", ")})`;
  if (type === "Number") return numberProblem(declaration, value, type);
  const length = lengthIn("characters", value);
  const minLength = numberIn(declaration.MinLength);
  const maxLength = numberIn(declaration.MaxLength);
  if (minLength !== void 0 && length < minLength)
    return `is ${length} character${length === 1 ? "" : "s"}, shorter than its MinLength ${minLength}`;
  if (maxLength !== void 0 && length > maxLength)
    return `is ${formatCount(length)} characters, longer than its MaxLength ${formatCount(maxLength)}`;
  if (typeof allowedPattern === "string" && !wholeMatch(allowedPattern, value))
    return `does not match its AllowedPattern ${allowedPattern}`;
  return void 0;
}
function numberProblem(declaration, value, type) {
  const number = numberIn(value.trim());
  if (number === void 0) return `is not a decimal number, but the parameter has Type ${type}`;
  const minValue = numberIn(declaration.MinValue);
  const maxValue = numberIn(declaration.MaxValue);
  if (minValue !== void 0 && number < minValue) return `is below its MinValue ${minValue}`;
  if (maxValue !== void 0 && number > maxValue) return `is above its MaxValue ${maxValue}`;
  return void 0;
}
function numberIn(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string" || !DECIMAL_NUMBER.test(value.trim())) return void 0;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : void 0;
}
var JAVA_ONLY = /\(\?(?![:=!]|<[=!])|[*+?}]\+|&&|\[(?:[^\]\\]|\\.)*\[/;
function wholeMatch(pattern, value) {
  if (uncheckedPattern(pattern)) return true;
  try {
    return new RegExp(`^(?:${pattern})$`, "u").test(value);
  } catch {
    return /[\u{10000}-\u{10FFFF}]/u.test(value) || new RegExp(`^(?:${pattern})$`).test(value);
  }
}
function escapesReadOtherwise(pattern) {
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] !== "\\") continue;
    if (!/^(?:[dDwWbBtnrf]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|c[A-Za-z]|[1-9]|[^A-Za-z0-9])/.test(pattern.slice(index + 1)))
      return true;
    index++;
  }
  return false;
}
function uncheckedPattern(pattern) {
  if (JAVA_ONLY.test(pattern) || escapesReadOtherwise(pattern))
    return "it uses Java regular-expression syntax that JavaScript reads otherwise or not at all";
  for (const flags of ["u", ""]) {
    try {
      new RegExp(pattern, flags);
      return void 0;
    } catch {
    }
  }
  return "it is no regular expression vend can read";
}
var checkUncheckedPatterns = ({ repository }) => [...repository.templates.values()].flatMap(
  (template) => isCloudFormationTemplate(template.template) ? Object.entries(parametersOf(template.template)).flatMap(([name, declaration]) => {
    const pattern = declaration?.AllowedPattern;
    const why = typeof pattern === "string" ? uncheckedPattern(pattern) : void 0;
    return why ? [
      {
        ...template.source.diagnostic(
          RULES.parameterValue,
          `the AllowedPattern of parameter '${name}' is not checked by validate: ${why}. CloudFormation checks values against it only once apply has started; write it in syntax both read alike (java.util.regex.Pattern and ECMAScript), or check its values by hand.`,
          ["Parameters", name, "AllowedPattern"]
        ),
        severity: "warning"
      }
    ] : [];
  }) : []
);

// src/config/rules/quota-rules.ts
var checkQuotaOverrides = ({ repository }) => {
  const organization = repository.organization;
  const overrides = organization?.value.quotas ?? {};
  if (!organization) return [];
  const quotas = effectiveQuotas(organization.value);
  const contradiction = quotas.accountClosureMinimum > quotas.accountClosureMaximum ? [
    organization.source.diagnostic(
      RULES.quotaOverride,
      `quotas.accountClosureMinimum (${quotas.accountClosureMinimum.toLocaleString("en-US")}) is above quotas.accountClosureMaximum (${quotas.accountClosureMaximum.toLocaleString("en-US")}); CloseAccount's limit lies between the two, so set them as ${QUOTAS.accountClosureMinimum.source} gives them.`,
      ["quotas", "accountClosureMinimum" in overrides ? "accountClosureMinimum" : "accountClosureMaximum"]
    )
  ] : [];
  return [
    ...contradiction,
    ...Object.entries(overrides).filter(([name, value]) => Object.hasOwn(QUOTAS, name) && value !== QUOTAS[name].default).map(([name, value]) => {
      const quota = QUOTAS[name];
      const from = `the ${quota.description}, from AWS's ${quota.default.toLocaleString("en-US")} to ${value.toLocaleString("en-US")}`;
      return {
        ...organization.source.diagnostic(
          RULES.quotaOverride,
          value > quota.default ? `quotas.${name} raises ${from}. Only AWS changes this limit (${quota.fixedBy}): if it has not raised it, the check is off and AWS refuses in apply instead, after accounts may exist. Keep it only if ${quota.source} shows the new value, or the organization already holds that much (vend import sets it so).` : `quotas.${name} lowers ${from}: ${PLAN_ONLY.has(name) ? "plan" : "validate"} now refuses what AWS accepts. Keep it only as a deliberate house limit; to follow AWS, remove it.`,
          ["quotas", name]
        ),
        severity: "warning"
      };
    })
  ];
};
var PLAN_ONLY = /* @__PURE__ */ new Set(["accountClosurePercent", "accountClosureMinimum", "accountClosureMaximum"]);

// src/config/rules/stack-set-rules.ts
var checkTemplateLimits = ({ repository, quotas }) => [...repository.templates.values()].flatMap((template) => [
  ...checkBodySize(template, quotas),
  ...isCloudFormationTemplate(template.template) ? [
    ...checkSectionSizes(template, quotas),
    ...checkParameterDeclarations(template, quotas),
    ...checkOutputDescriptions(template),
    ...checkMappingAttributes(template, quotas),
    ...checkDynamicReferences(template, quotas)
  ] : []
]);
function checkBodySize({ source, body }, quotas) {
  const size = lengthIn("bytes", body);
  return size > quotas.templateBodySize ? [
    source.diagnostic(
      RULES.templateLimits,
      `template is ${formatCount(size)} bytes; ${limitPhrase("CloudFormation", "templateBodySize", quotas.templateBodySize, " in TemplateBody")}. A larger template must be uploaded to S3 and passed as TemplateURL, which vend does not do: split the baseline into two joined by dependsOn, or shorten the template.`
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
        `the template Description is ${formatCount(lengthIn("bytes", description))} bytes; ${limitPhrase("CloudFormation", "templateDescriptionSize", quotas.templateDescriptionSize)}. Shorten it.`,
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
function checkOutputDescriptions({ source, template }) {
  const outputs = template.Outputs;
  if (!outputs || typeof outputs !== "object" || Array.isArray(outputs)) return [];
  return Object.entries(outputs).flatMap(([name, output]) => {
    const description = output?.Description;
    const problem = typeof description === "string" ? lengthProblem(TEMPLATE_OUTPUT_DESCRIPTION, description) : void 0;
    return problem ? [
      source.diagnostic(
        RULES.templateLimits,
        `the Description of output '${name}' ${problem} (${TEMPLATE_OUTPUT_DESCRIPTION.member}); shorten it.`,
        ["Outputs", name, "Description"]
      )
    ] : [];
  });
}
function checkMappingAttributes({ source, template }, quotas) {
  const mappings = template.Mappings;
  if (!isMapping(mappings)) return [];
  return Object.entries(mappings).flatMap(
    ([name, mapping]) => isMapping(mapping) ? Object.entries(mapping).flatMap(([key, attributes]) => {
      const count = isMapping(attributes) ? Object.keys(attributes).length : 0;
      return count > quotas.mappingAttributes ? [
        source.diagnostic(
          RULES.templateLimits,
          `key '${key}' of mapping '${name}' has ${count} attributes; ${limitPhrase("CloudFormation", "mappingAttributes", quotas.mappingAttributes)}. Split the mapping.`,
          ["Mappings", name, key],
          "key"
        )
      ] : [];
    }) : []
  );
}
function checkDynamicReferences({ source, template }, quotas) {
  let count = 0;
  const visit = (value) => {
    if (typeof value === "string") count += value.match(/\{\{resolve:/g)?.length ?? 0;
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isMapping(value)) Object.values(value).forEach(visit);
  };
  visit(template);
  return count > quotas.dynamicReferencesPerTemplate ? [
    source.diagnostic(
      RULES.templateLimits,
      `the template holds ${count} dynamic references ({{resolve:\u2026}}); ${limitPhrase("CloudFormation", "dynamicReferencesPerTemplate", quotas.dynamicReferencesPerTemplate)}. Pass some values as parameters, or split the baseline.`
    )
  ] : [];
}
function checkParameterDeclarations({ source, template }, quotas) {
  const diagnostics = [];
  for (const [name, declaration] of Object.entries(parametersOf(template))) {
    if (lengthIn("characters", name) > quotas.parameterNameLength)
      diagnostics.push(
        source.diagnostic(
          RULES.templateLimits,
          `parameter name is ${formatCount(lengthIn("characters", name))} characters; ${limitPhrase("CloudFormation", "parameterNameLength", quotas.parameterNameLength)}. Shorten it.`,
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
  if (!organization) return [];
  const preferences = organization.value.stackSets.operationPreferences ?? {};
  const both = EXCLUSIVE_OPERATION_PREFERENCES.filter(
    ([count, percentage]) => count in preferences && percentage in preferences
  ).map(
    ([count, percentage]) => organization.source.diagnostic(
      RULES.operationPreferences,
      `operationPreferences sets both ${count} and ${percentage}; CloudFormation accepts one or the other, not both (StackSetOperationPreferences), and would refuse every StackSet operation. Remove one.`,
      ["stackSets", "operationPreferences", percentage],
      "key"
    )
  );
  if (both.length > 0) return both;
  const lowered = strictConcurrencyLimit(preferences, repository.accounts.length);
  return lowered ? [
    {
      ...organization.source.diagnostic(
        RULES.operationPreferences,
        `operationPreferences asks for ${lowered.asked}, but with a failure tolerance of ${lowered.tolerance}, CloudFormation's default ConcurrencyMode, STRICT_FAILURE_TOLERANCE, starts at ${lowered.start} (StackSetOperationPreferences, ConcurrencyMode). Set concurrencyMode: SOFT_FAILURE_TOLERANCE to run at the concurrency asked for, or raise the failure tolerance.`,
        ["stackSets", "operationPreferences", lowered.key],
        "key"
      ),
      severity: "warning"
    }
  ] : [];
};
function strictConcurrencyLimit(preferences, accounts) {
  if (preferences.concurrencyMode === "SOFT_FAILURE_TOLERANCE") return void 0;
  const count = (key) => typeof preferences[key] === "number" ? preferences[key] : void 0;
  const [maxCount, maxPercentage] = [count("maxConcurrentCount"), count("maxConcurrentPercentage")];
  const [toleranceCount, tolerancePercentage] = [count("failureToleranceCount"), count("failureTolerancePercentage")];
  const asked = maxCount !== void 0 ? { key: "maxConcurrentCount", asked: `${accountCount(maxCount)} at a time` } : maxPercentage !== void 0 ? { key: "maxConcurrentPercentage", asked: `${maxPercentage}% of the accounts at a time` } : void 0;
  if (!asked) return void 0;
  if ((toleranceCount ?? tolerancePercentage ?? 0) === 0) {
    if (maxCount === 1) return void 0;
    return { ...asked, tolerance: "0", start: "one account at a time" };
  }
  if (maxCount !== void 0 && toleranceCount !== void 0 && maxCount > toleranceCount + 1)
    return {
      ...asked,
      tolerance: accountCount(toleranceCount),
      start: `${accountCount(toleranceCount + 1)} at a time`
    };
  if (maxPercentage !== void 0 && tolerancePercentage !== void 0 && maxPercentage > tolerancePercentage)
    return {
      ...asked,
      tolerance: `${tolerancePercentage}%`,
      start: `${tolerancePercentage}% of the accounts + 1 at a time`
    };
  const percentOf = (percentage) => Math.floor(percentage * accounts / 100);
  if (maxCount !== void 0 && tolerancePercentage !== void 0) {
    const start = percentOf(tolerancePercentage) + 1;
    if (maxCount > start)
      return {
        ...asked,
        tolerance: `${tolerancePercentage}% (${percentOf(tolerancePercentage)} of the ${accountCount(accounts)} declared)`,
        start: `${accountCount(start)} at a time, at most`
      };
  }
  if (maxPercentage !== void 0 && toleranceCount !== void 0) {
    const asks = Math.max(1, percentOf(maxPercentage));
    if (asks > toleranceCount + 1)
      return {
        ...asked,
        asked: `${asked.asked} (${asks} of the ${accountCount(accounts)} declared)`,
        tolerance: accountCount(toleranceCount),
        start: `${accountCount(toleranceCount + 1)} at a time`
      };
  }
  return void 0;
}
var checkAdministrationRole = ({ repository }) => {
  const organization = repository.organization;
  const settings = organization?.value.stackSets;
  if (organization && settings?.permissionModel === "SELF_MANAGED" && settings.callAs === "DELEGATED_ADMIN")
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        "callAs: DELEGATED_ADMIN applies only to SERVICE_MANAGED StackSets; SELF_MANAGED ones are administered from the account that creates them. Remove callAs, or set permissionModel: SERVICE_MANAGED.",
        ["stackSets", "callAs"]
      )
    ];
  const delegated = organization?.value.delegatedAdministratorAccountId;
  if (organization && delegated !== void 0 && delegated === organization.value.managementAccountId)
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        `delegatedAdministratorAccountId is the management account (${delegated}), which AWS never registers as a delegated administrator (RegisterDelegatedAdministrator: CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR). Name the member account registered for StackSets, or remove delegatedAdministratorAccountId${settings?.callAs === "DELEGATED_ADMIN" ? " and callAs" : ""} to run vend as the management account.`,
        ["delegatedAdministratorAccountId"]
      )
    ];
  if (organization && settings?.callAs === "DELEGATED_ADMIN" && organization.value.delegatedAdministratorAccountId === void 0)
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        "callAs: DELEGATED_ADMIN is for running vend as the organization's delegated administrator for StackSets, but no delegatedAdministratorAccountId names it: vend would run as the management account, which CloudFormation requires to call as SELF (CreateStackSet, CallAs). Set delegatedAdministratorAccountId to that account and run vend with its credentials, or remove callAs.",
        ["stackSets", "callAs"]
      )
    ];
  if (organization && settings?.permissionModel === "SERVICE_MANAGED") {
    const unused = ["administrationRoleArn", "executionRoleName"].filter(
      (key) => settings[key] !== void 0
    );
    return unused.map((key) => ({
      ...organization.source.diagnostic(
        RULES.administrationRole,
        `${key} is for SELF_MANAGED StackSets; SERVICE_MANAGED ones use the service-linked roles AWS creates, so vend does not send it. Remove it.`,
        ["stackSets", key],
        "key"
      ),
      severity: "warning"
    }));
  }
  const arn = settings?.administrationRoleArn;
  if (!organization || settings?.permissionModel !== "SELF_MANAGED" || typeof arn !== "string") return [];
  const [, partition, account] = /^arn:([^:]+):iam::(\d{12}):/.exec(arn) ?? [];
  const home = AWS_REGIONS[String(organization.value.homeRegion)]?.partition;
  const management = String(organization.value.managementAccountId);
  return [
    ...partition !== void 0 && home !== void 0 && partition !== home ? [
      organization.source.diagnostic(
        RULES.administrationRole,
        `administrationRoleArn is in partition ${partition}, but homeRegion ${String(organization.value.homeRegion)} is in ${home}: an ARN names a resource in one partition only, so CloudFormation could not use the role. Write it as arn:${home}:iam::\u2026.`,
        ["stackSets", "administrationRoleArn"]
      )
    ] : [],
    ...account !== void 0 && account !== management ? [
      organization.source.diagnostic(
        RULES.administrationRole,
        `administrationRoleArn names a role in account ${account}, but SELF_MANAGED StackSets are administered from the management account ${management}, where vend creates them: CloudFormation could not use a role elsewhere, and every StackSet operation would fail. Name the administration role in ${management} (the bootstrap stack's AWSCloudFormationStackSetAdministrationRole).`,
        ["stackSets", "administrationRoleArn"]
      )
    ] : [],
    ...rolePathWarning(arn, organization)
  ];
};
function rolePath(arn) {
  return /:role(\/.+\/)[^/]+$/.exec(arn)?.[1];
}
function rolePathWarning(arn, organization) {
  const path = rolePath(arn);
  if (path === void 0) return [];
  return [
    {
      ...organization.source.diagnostic(
        RULES.administrationRole,
        `administrationRoleArn has the IAM path ${path}, but the bootstrap stack (${BOOTSTRAP_TEMPLATE}) makes its StackSet administration role at path /, and its apply role may pass only that role: with the bootstrap stack, every StackSet operation would fail in apply. Name the bootstrap stack's role (\u2026:role/${arn.slice(arn.lastIndexOf("/") + 1)}), or create this role and grant iam:PassRole on it yourself.`,
        ["stackSets", "administrationRoleArn"]
      ),
      severity: "warning"
    }
  ];
}
var checkExecutionRole = ({ repository }) => {
  const organization = repository.organization;
  const settings = organization?.value.stackSets;
  if (!organization || settings?.permissionModel !== "SELF_MANAGED" || settings.executionRoleName !== void 0)
    return [];
  return [
    {
      ...organization.source.diagnostic(
        RULES.administrationRole,
        `executionRoleName is not set, so vend's StackSets run as ${DEFAULT_STACK_SET_EXECUTION_ROLE} in every account (CloudFormation's default; the plan moves any StackSet on another role to it): vend creates new accounts with that role, but existing accounts need it too, and the bootstrap stack's ExecutionRoleName must name it. Set executionRoleName to the role your accounts have (the bootstrap stack's default is ${DEFAULT_ACCOUNT_ACCESS_ROLE}).`,
        ["stackSets", "permissionModel"]
      ),
      severity: "warning"
    }
  ];
};
var accountCount = (count) => countOf(count, "account");

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

// src/config/rules/near-names.ts
function closestName(name, known, limit = 2) {
  const lower = name.toLowerCase();
  let best;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
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

// src/config/rules/template-resource-rules.ts
var REGISTRY_TYPE = /^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(?:::MODULE)?$/;
var CUSTOM_TYPE = /^Custom::[A-Za-z0-9_@-]{1,60}$/;
var LOGICAL_ID = /^[A-Za-z0-9]+$/;
var AWS_NAMESPACE = /^(?:AWS|Alexa)::/i;
var KNOWN_TYPES = /* @__PURE__ */ new Set([...CLOUDFORMATION_RESOURCE_TYPES, "AWS::CDK::Metadata"]);
var checkTemplateResources = ({ repository }) => [...repository.templates.values()].flatMap((template) => {
  if (!isCloudFormationTemplate(template.template)) return [];
  if (!usesMacros(template.template)) return checkResources(template, template.template.Resources);
  if (repository.organization?.value.stackSets.permissionModel !== "SERVICE_MANAGED") return [];
  return [
    template.source.diagnostic(
      RULES.templateResource,
      "this template uses a macro (a Transform, or an Fn::Transform such as AWS::Include), and StackSets with SERVICE_MANAGED permissions do not support macros (the Include and Serverless transforms included): every operation would fail. Write the template without it, or use SELF_MANAGED StackSets.",
      "Transform" in template.template ? ["Transform"] : [],
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
      found.push(
        ...attributeProblems(resource).map(({ message, key, part }) => report(message, [logicalId, key], part))
      );
    }
    return found;
  });
}
var RESOURCE_KEYS = /* @__PURE__ */ new Set([
  "Type",
  "Properties",
  "DependsOn",
  "Condition",
  "Metadata",
  "CreationPolicy",
  "DeletionPolicy",
  "UpdatePolicy",
  "UpdateReplacePolicy"
]);
var POLICY_VALUES = {
  DeletionPolicy: ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"],
  UpdateReplacePolicy: ["Delete", "Retain", "Snapshot"]
};
function attributeProblems(resource) {
  const custom = typeof resource.Type === "string" && /^(Custom::|AWS::CloudFormation::CustomResource$)/.test(resource.Type);
  const problems = [];
  for (const key of Object.keys(resource)) {
    if (RESOURCE_KEYS.has(key) || custom && key === "Version") continue;
    const near = closestName(key, RESOURCE_KEYS);
    problems.push({
      message: `'${key}' is not something a resource can have beside its Type (${[...RESOURCE_KEYS].slice(1).join(", ")}); CloudFormation would refuse the template.${near ? ` Did you mean '${near}'?` : ""}`,
      key,
      part: "key"
    });
  }
  for (const [key, allowed] of Object.entries(POLICY_VALUES)) {
    const value = resource[key];
    if (typeof value === "string" ? allowed.includes(value) : value === void 0 || isMapping(value))
      continue;
    problems.push({
      message: `${key} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}.`,
      key,
      part: "value"
    });
  }
  return problems;
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
  const near = closestName(type, CLOUDFORMATION_RESOURCE_TYPES);
  return near ? ` Did you mean '${near}'?` : "";
}

// src/config/cloudformation-resource-schemas.ts
var RESOURCE_SCHEMAS = {
  "AWS::ACMPCA::Certificate": ["Arn Certificate", "ApiPassthrough CertificateAuthorityArn CertificateSigningRequest SigningAlgorithm TemplateArn Validity ValidityNotBefore", "CertificateAuthorityArn CertificateSigningRequest SigningAlgorithm Validity"],
  "AWS::ACMPCA::CertificateAuthority": ["Arn CertificateSigningRequest", "CsrExtensions KeyAlgorithm KeyStorageSecurityStandard RevocationConfiguration SigningAlgorithm Subject Tags Type UsageMode", "KeyAlgorithm SigningAlgorithm Subject Type"],
  "AWS::ACMPCA::CertificateAuthorityActivation": ["CompleteCertificateChain", "Certificate CertificateAuthorityArn CertificateChain Status", "Certificate CertificateAuthorityArn"],
  "AWS::ACMPCA::Permission": ["", "Actions CertificateAuthorityArn Principal SourceAccount", "Actions CertificateAuthorityArn Principal"],
  "AWS::AIOps::InvestigationGroup": ["Arn CreatedAt CreatedBy LastModifiedAt LastModifiedBy", "ChatbotNotificationChannels CrossAccountConfigurations EncryptionConfig InvestigationGroupPolicy IsCloudTrailEventHistoryEnabled Name RetentionInDays RoleArn TagKeyBoundaries Tags", "Name"],
  "AWS::APS::AnomalyDetector": ["Arn", "Alias Configuration EvaluationIntervalInSeconds Labels MissingDataAction Tags Workspace", "Alias Configuration Workspace"],
  "AWS::APS::ResourcePolicy": ["", "PolicyDocument WorkspaceArn", "PolicyDocument WorkspaceArn"],
  "AWS::APS::RuleGroupsNamespace": ["Arn", "Data Name Tags Workspace", "Data Name Workspace"],
  "AWS::APS::Scraper": ["Arn RoleArn ScraperId", "Alias Destination RoleConfiguration ScrapeConfiguration ScraperLoggingConfiguration Source Tags", "Destination ScrapeConfiguration Source"],
  "AWS::APS::Workspace": ["Arn PrometheusEndpoint WorkspaceId", "AlertManagerDefinition Alias KmsKeyArn LoggingConfiguration QueryLoggingConfiguration Tags WorkspaceConfiguration", ""],
  "AWS::ARCRegionSwitch::Plan": ["Arn HealthChecksForPlan Owner PlanHealthChecks Route53HealthChecks Version", "AssociatedAlarms Description ExecutionRole Name PrimaryRegion RecoveryApproach RecoveryTimeObjectiveMinutes Regions ReportConfiguration Tags Triggers Workflows", "ExecutionRole Name RecoveryApproach Regions Workflows"],
  "AWS::ARCZonalShift::AutoshiftObserverNotificationStatus": ["AccountId Region", "Status", "Status"],
  "AWS::ARCZonalShift::ZonalAutoshiftConfiguration": ["", "PracticeRunConfiguration ResourceIdentifier ZonalAutoshiftStatus", "ResourceIdentifier"],
  "AWS::AWSExternalAnthropic::Workspace": ["Arn CreatedAt Id", "DataResidency Name Tags", "Name"],
  "AWS::AccessAnalyzer::Analyzer": ["Arn", "AnalyzerConfiguration AnalyzerName ArchiveRules Tags Type", "Type"],
  "AWS::AccessAnalyzer::ArchiveRule": ["Arn CreatedAt UpdatedAt", "AnalyzerName Filter RuleName", "AnalyzerName Filter RuleName"],
  "AWS::AccountAccess::Application": ["ApplicationArn CreatedAt IdentitySource.IdentityCenter.ApplicationArn Status TenantId UpdatedAt", "IdentitySource Tags", "IdentitySource"],
  "AWS::AccountAccess::Entitlement": ["CreatedAt Entitlement.PrincipalRole.Account EntitlementId", "ApplicationArn Entitlement", "ApplicationArn Entitlement"],
  "AWS::AgentRegistry::Registry": ["CreatedAt RegistryArn RegistryId Status UpdatedAt", "ApprovalConfiguration AuthorizerType Description DiscoveryConfiguration Name Tags", "Name"],
  "AWS::AgentRegistry::RegistryRecord": ["CreatedAt CreatedBy RecordArn RecordId RegistryArn Status UpdatedAt", "Description Descriptors DisplayName Name RecordType RecordVersion RegistryId Tags", "Descriptors Name RecordType"],
  "AWS::AmazonMQ::Broker": ["AmqpEndpoints Arn ConfigurationId ConfigurationRevision ConsoleURLs EngineVersionCurrent Id IpAddresses MqttEndpoints OpenWireEndpoints StompEndpoints WssEndpoints", "AuthenticationStrategy AutoMinorVersionUpgrade BrokerName Configuration DataReplicationMode DataReplicationPrimaryBrokerArn DeploymentMode EncryptionOptions EngineType EngineVersion HostInstanceType LdapServerMetadata Logs MaintenanceWindowStartTime PubliclyAccessible ResourceShareArns SecurityGroups StorageSize StorageType SubnetIds Tags Users", "BrokerName DeploymentMode EngineType HostInstanceType PubliclyAccessible"],
  "AWS::AmazonMQ::Configuration": ["Arn Id Revision", "AuthenticationStrategy Data Description EngineType EngineVersion Name Tags", "EngineType Name"],
  "AWS::AmazonMQ::ConfigurationAssociation": ["Id", "Broker Configuration", "Broker Configuration"],
  "AWS::Amplify::App": ["AppId AppName Arn DefaultDomain", "AccessToken AutoBranchCreationConfig BasicAuthConfig BuildSpec CacheConfig ComputeRoleArn CustomHeaders CustomRules Description EnableBranchAutoDeletion EnvironmentVariables IAMServiceRole JobConfig Name OauthToken Platform Repository Tags", "Name"],
  "AWS::Amplify::Branch": ["Arn BranchName", "AppId Backend BasicAuthConfig BranchName BuildSpec ComputeRoleArn Description EnableAutoBuild EnablePerformanceMode EnablePullRequestPreview EnableSkewProtection EnvironmentVariables Framework PullRequestEnvironmentName Stage Tags", "AppId BranchName"],
  "AWS::Amplify::Domain": ["Arn AutoSubDomainCreationPatterns AutoSubDomainIAMRole Certificate CertificateRecord DomainName DomainStatus EnableAutoSubDomain StatusReason UpdateStatus", "AppId AutoSubDomainCreationPatterns AutoSubDomainIAMRole CertificateSettings DomainName EnableAutoSubDomain SubDomainSettings", "AppId DomainName SubDomainSettings"],
  "AWS::Amplify::Webhook": ["Arn WebhookId WebhookUrl", "AppId BranchName Description Tags", "BranchName"],
  "AWS::AmplifyUIBuilder::Component": ["CreatedAt Id ModifiedAt", "AppId BindingProperties Children CollectionProperties ComponentType EnvironmentName Events Name Overrides Properties SchemaVersion SourceId Tags Variants", ""],
  "AWS::AmplifyUIBuilder::Form": ["Id", "AppId Cta DataType EnvironmentName Fields FormActionType LabelDecorator Name SchemaVersion SectionalElements Style Tags", ""],
  "AWS::AmplifyUIBuilder::Theme": ["CreatedAt Id ModifiedAt", "AppId EnvironmentName Name Overrides Tags Values", ""],
  "AWS::ApiGateway::Account": ["Id", "CloudWatchRoleArn", ""],
  "AWS::ApiGateway::ApiKey": ["APIKeyId", "CustomerId Description Enabled GenerateDistinctId Name StageKeys Tags Value", ""],
  "AWS::ApiGateway::Authorizer": ["AuthorizerId", "AuthType AuthorizerCredentials AuthorizerResultTtlInSeconds AuthorizerUri IdentitySource IdentityValidationExpression Name ProviderARNs RestApiId Type", "Name RestApiId Type"],
  "AWS::ApiGateway::BasePathMapping": ["", "BasePath DomainName Id RestApiId Stage", "DomainName"],
  "AWS::ApiGateway::BasePathMappingV2": ["BasePathMappingArn", "BasePath DomainNameArn RestApiId Stage", "DomainNameArn RestApiId"],
  "AWS::ApiGateway::ClientCertificate": ["ClientCertificateId", "Description Tags", ""],
  "AWS::ApiGateway::Deployment": ["DeploymentId", "DeploymentCanarySettings Description RestApiId StageDescription StageName", "RestApiId"],
  "AWS::ApiGateway::DocumentationPart": ["DocumentationPartId", "Location Properties RestApiId", "Location Properties RestApiId"],
  "AWS::ApiGateway::DocumentationVersion": ["", "Description DocumentationVersion RestApiId", "DocumentationVersion RestApiId"],
  "AWS::ApiGateway::DomainName": ["DistributionDomainName DistributionHostedZoneId DomainNameArn RegionalDomainName RegionalHostedZoneId", "CertificateArn DomainName EndpointAccessMode EndpointConfiguration MutualTlsAuthentication OwnershipVerificationCertificateArn RegionalCertificateArn RoutingMode SecurityPolicy Tags", ""],
  "AWS::ApiGateway::DomainNameAccessAssociation": ["DomainNameAccessAssociationArn", "AccessAssociationSource AccessAssociationSourceType DomainNameArn Tags", "AccessAssociationSource AccessAssociationSourceType DomainNameArn"],
  "AWS::ApiGateway::DomainNameV2": ["DomainNameArn DomainNameId", "CertificateArn DomainName EndpointAccessMode EndpointConfiguration Policy RoutingMode SecurityPolicy Tags", ""],
  "AWS::ApiGateway::GatewayResponse": ["Id", "ResponseParameters ResponseTemplates ResponseType RestApiId StatusCode", "ResponseType RestApiId"],
  "AWS::ApiGateway::Method": ["", "ApiKeyRequired AuthorizationScopes AuthorizationType AuthorizerId HttpMethod Integration MethodResponses OperationName RequestModels RequestParameters RequestValidatorId ResourceId RestApiId", "HttpMethod ResourceId RestApiId"],
  "AWS::ApiGateway::Model": ["", "ContentType Description Name RestApiId Schema", "RestApiId"],
  "AWS::ApiGateway::RequestValidator": ["RequestValidatorId", "Name RestApiId ValidateRequestBody ValidateRequestParameters", "RestApiId"],
  "AWS::ApiGateway::Resource": ["ResourceId", "ParentId PathPart RestApiId", "ParentId PathPart RestApiId"],
  "AWS::ApiGateway::RestApi": ["RestApiId RootResourceId", "ApiKeySourceType BinaryMediaTypes Body BodyS3Location CloneFrom Description DisableExecuteApiEndpoint EndpointAccessMode EndpointConfiguration FailOnWarnings MinimumCompressionSize Mode Name Parameters Policy SecurityPolicy Tags Version", ""],
  "AWS::ApiGateway::Stage": ["", "AccessLogSetting CacheClusterEnabled CacheClusterSize CanarySetting ClientCertificateId DeploymentId Description DocumentationVersion MethodSettings RestApiId StageName Tags TracingEnabled Variables", "RestApiId"],
  "AWS::ApiGateway::UsagePlan": ["Id", "ApiStages Description Quota Tags Throttle UsagePlanName", ""],
  "AWS::ApiGateway::UsagePlanKey": ["Id", "KeyId KeyType UsagePlanId", "KeyId KeyType UsagePlanId"],
  "AWS::ApiGateway::VpcLink": ["VpcLinkId", "Description Name Tags TargetArns", "Name TargetArns"],
  "AWS::ApiGatewayV2::Api": ["ApiEndpoint ApiId ExecuteApiArn", "ApiKeySelectionExpression BasePath Body BodyS3Location CorsConfiguration CredentialsArn Description DisableExecuteApiEndpoint DisableSchemaValidation FailOnWarnings IpAddressType Name ProtocolType RouteKey RouteSelectionExpression Tags Target Version", ""],
  "AWS::ApiGatewayV2::ApiGatewayManagedOverrides": ["Id", "ApiId Integration Route Stage", "ApiId"],
  "AWS::ApiGatewayV2::ApiMapping": ["ApiMappingId", "ApiId ApiMappingKey DomainName Stage", "ApiId DomainName Stage"],
  "AWS::ApiGatewayV2::Authorizer": ["AuthorizerId", "ApiId AuthorizerCredentialsArn AuthorizerPayloadFormatVersion AuthorizerResultTtlInSeconds AuthorizerType AuthorizerUri EnableSimpleResponses IdentitySource IdentityValidationExpression JwtConfiguration Name", "ApiId AuthorizerType Name"],
  "AWS::ApiGatewayV2::Deployment": ["DeploymentId", "ApiId Description StageName", "ApiId"],
  "AWS::ApiGatewayV2::DomainName": ["DomainNameArn RegionalDomainName RegionalHostedZoneId", "DomainName DomainNameConfigurations MutualTlsAuthentication RoutingMode Tags", "DomainName"],
  "AWS::ApiGatewayV2::Integration": ["IntegrationId", "ApiId ConnectionId ConnectionType ContentHandlingStrategy CredentialsArn Description IntegrationMethod IntegrationSubtype IntegrationType IntegrationUri PassthroughBehavior PayloadFormatVersion RequestParameters RequestTemplates ResponseParameters TemplateSelectionExpression TimeoutInMillis TlsConfig", "ApiId IntegrationType"],
  "AWS::ApiGatewayV2::IntegrationResponse": ["IntegrationResponseId", "ApiId ContentHandlingStrategy IntegrationId IntegrationResponseKey ResponseParameters ResponseTemplates TemplateSelectionExpression", "ApiId IntegrationId IntegrationResponseKey"],
  "AWS::ApiGatewayV2::Model": ["ModelId", "ApiId ContentType Description Name Schema", "ApiId Name Schema"],
  "AWS::ApiGatewayV2::PortalProduct": ["LastModified PortalProductArn PortalProductId", "Description DisplayName Tags", "DisplayName"],
  "AWS::ApiGatewayV2::Route": ["RouteId", "ApiId ApiKeyRequired AuthorizationScopes AuthorizationType AuthorizerId ModelSelectionExpression OperationName RequestModels RequestParameters RouteKey RouteResponseSelectionExpression Target", "ApiId RouteKey"],
  "AWS::ApiGatewayV2::RouteResponse": ["RouteResponseId", "ApiId ModelSelectionExpression ResponseModels ResponseParameters RouteId RouteResponseKey", "ApiId RouteId RouteResponseKey"],
  "AWS::ApiGatewayV2::RoutingRule": ["RoutingRuleArn RoutingRuleId", "Actions Conditions DomainNameArn Priority", "Actions Conditions DomainNameArn Priority"],
  "AWS::ApiGatewayV2::Stage": ["", "AccessLogSettings AccessPolicyId ApiId AutoDeploy ClientCertificateId DefaultRouteSettings DeploymentId Description RouteSettings StageName StageVariables Tags", "ApiId StageName"],
  "AWS::ApiGatewayV2::VpcLink": ["VpcLinkId", "Name SecurityGroupIds SubnetIds Tags", "Name SubnetIds"],
  "AWS::AppConfig::Application": ["ApplicationId", "Description Name Tags", "Name"],
  "AWS::AppConfig::ConfigurationProfile": ["ConfigurationProfileId KmsKeyArn", "ApplicationId DeletionProtectionCheck Description KmsKeyIdentifier LocationUri Name RetrievalRoleArn Tags Type Validators", "ApplicationId LocationUri Name"],
  "AWS::AppConfig::Deployment": ["DeploymentNumber State", "ApplicationId ConfigurationProfileId ConfigurationVersion DeploymentStrategyId Description DynamicExtensionParameters EnvironmentId KmsKeyIdentifier Tags", "ApplicationId ConfigurationProfileId ConfigurationVersion DeploymentStrategyId EnvironmentId"],
  "AWS::AppConfig::DeploymentStrategy": ["Id", "DeploymentDurationInMinutes Description FinalBakeTimeInMinutes GrowthFactor GrowthType Name ReplicateTo Tags", "DeploymentDurationInMinutes GrowthFactor Name ReplicateTo"],
  "AWS::AppConfig::Environment": ["EnvironmentId", "ApplicationId DeletionProtectionCheck Description Monitors Name Tags", "ApplicationId Name"],
  "AWS::AppConfig::ExperimentDefinition": ["ApplicationId Control.Key CreatedAt Id Status UpdatedAt", "ApplicationIdentifier AudienceDescription AudienceRule ConfigurationProfileIdentifier Control EnvironmentIdentifier FlagKey Hypothesis LaunchCriteria Name Tags Treatments", "ApplicationIdentifier AudienceRule ConfigurationProfileIdentifier Control EnvironmentIdentifier FlagKey Name Treatments"],
  "AWS::AppConfig::ExperimentRun": ["ApplicationId ExperimentDefinitionId Run StartedAt Status UpdatedAt", "ApplicationIdentifier Description ExperimentDefinitionIdentifier ExposurePercentage Tags TreatmentOverrides", "ApplicationIdentifier ExperimentDefinitionIdentifier ExposurePercentage"],
  "AWS::AppConfig::Extension": ["Arn Id VersionNumber", "Actions Description LatestVersionNumber Name Parameters Tags", "Actions Name"],
  "AWS::AppConfig::ExtensionAssociation": ["Arn ExtensionArn Id ResourceArn", "ExtensionIdentifier ExtensionVersionNumber Parameters ResourceIdentifier Tags", ""],
  "AWS::AppConfig::HostedConfigurationVersion": ["VersionNumber", "ApplicationId ConfigurationProfileId Content ContentType Description LatestVersionNumber VersionLabel", "ApplicationId ConfigurationProfileId Content ContentType"],
  "AWS::AppFlow::Connector": ["ConnectorArn", "ConnectorLabel ConnectorProvisioningConfig ConnectorProvisioningType Description", "ConnectorProvisioningConfig ConnectorProvisioningType"],
  "AWS::AppFlow::ConnectorProfile": ["ConnectorProfileArn CredentialsArn", "ConnectionMode ConnectorLabel ConnectorProfileConfig ConnectorProfileName ConnectorType KMSArn", "ConnectionMode ConnectorProfileName ConnectorType"],
  "AWS::AppFlow::Flow": ["FlowArn", "Description DestinationFlowConfigList FlowName FlowStatus KMSArn MetadataCatalogConfig SourceFlowConfig Tags Tasks TriggerConfig", "DestinationFlowConfigList FlowName SourceFlowConfig Tasks TriggerConfig"],
  "AWS::AppIntegrations::Application": ["ApplicationArn Id", "ApplicationConfig ApplicationSourceConfig ApplicationType Description IframeConfig InitializationTimeout IsService Name Namespace Permissions Tags", "ApplicationSourceConfig Name Namespace"],
  "AWS::AppIntegrations::DataIntegration": ["DataIntegrationArn Id", "Description FileConfiguration KmsKey Name ObjectConfiguration ScheduleConfig SourceURI Tags", "KmsKey Name SourceURI"],
  "AWS::AppIntegrations::EventIntegration": ["EventIntegrationArn", "Description EventBridgeBus EventFilter Name Tags", "EventBridgeBus EventFilter Name"],
  "AWS::AppMesh::GatewayRoute": ["Arn GatewayRouteName Id MeshName MeshOwner ResourceOwner Uid VirtualGatewayName", "GatewayRouteName MeshName MeshOwner Spec Tags VirtualGatewayName", "MeshName Spec VirtualGatewayName"],
  "AWS::AppMesh::Mesh": ["Arn Id MeshName MeshOwner ResourceOwner Uid", "MeshName Spec Tags", ""],
  "AWS::AppMesh::Route": ["Arn Id MeshName MeshOwner ResourceOwner RouteName Uid VirtualRouterName", "MeshName MeshOwner RouteName Spec Tags VirtualRouterName", "MeshName Spec VirtualRouterName"],
  "AWS::AppMesh::VirtualGateway": ["Arn Id MeshName MeshOwner ResourceOwner Uid VirtualGatewayName", "MeshName MeshOwner Spec Tags VirtualGatewayName", "MeshName Spec"],
  "AWS::AppMesh::VirtualNode": ["Arn Id MeshName MeshOwner ResourceOwner Uid VirtualNodeName", "MeshName MeshOwner Spec Tags VirtualNodeName", "MeshName Spec"],
  "AWS::AppMesh::VirtualRouter": ["Arn Id MeshName MeshOwner ResourceOwner Uid VirtualRouterName", "MeshName MeshOwner Spec Tags VirtualRouterName", "MeshName Spec"],
  "AWS::AppMesh::VirtualService": ["Arn Id MeshName MeshOwner ResourceOwner Uid VirtualServiceName", "MeshName MeshOwner Spec Tags VirtualServiceName", "MeshName Spec VirtualServiceName"],
  "AWS::AppRunner::AutoScalingConfiguration": ["AutoScalingConfigurationArn AutoScalingConfigurationRevision Latest", "AutoScalingConfigurationName MaxConcurrency MaxSize MinSize Tags", ""],
  "AWS::AppRunner::ObservabilityConfiguration": ["Latest ObservabilityConfigurationArn ObservabilityConfigurationRevision", "ObservabilityConfigurationName Tags TraceConfiguration", ""],
  "AWS::AppRunner::Service": ["ServiceArn ServiceId ServiceUrl Status", "AutoScalingConfigurationArn EncryptionConfiguration HealthCheckConfiguration InstanceConfiguration NetworkConfiguration ObservabilityConfiguration ServiceName SourceConfiguration Tags", "SourceConfiguration"],
  "AWS::AppRunner::VpcConnector": ["VpcConnectorArn VpcConnectorRevision", "SecurityGroups Subnets Tags VpcConnectorName", "Subnets"],
  "AWS::AppRunner::VpcIngressConnection": ["DomainName Status VpcIngressConnectionArn", "IngressVpcConfiguration ServiceArn Tags VpcIngressConnectionName", "IngressVpcConfiguration ServiceArn"],
  "AWS::AppStream::AppBlock": ["Arn CreatedTime", "Description DisplayName Name PackagingType PostSetupScriptDetails SetupScriptDetails SourceS3Location Tags", "Name SourceS3Location"],
  "AWS::AppStream::AppBlockBuilder": ["Arn CreatedTime", "AccessEndpoints AppBlockArns Description DisplayName EnableDefaultInternetAccess IamRoleArn InstanceType Name Platform Tags VpcConfig", "InstanceType Name Platform VpcConfig"],
  "AWS::AppStream::Application": ["Arn CreatedTime", "AppBlockArn AttributesToDelete Description DisplayName IconS3Location InstanceFamilies LaunchParameters LaunchPath Name Platforms Tags WorkingDirectory", "AppBlockArn IconS3Location InstanceFamilies LaunchPath Name Platforms"],
  "AWS::AppStream::ApplicationEntitlementAssociation": ["", "ApplicationIdentifier EntitlementName StackName", "ApplicationIdentifier EntitlementName StackName"],
  "AWS::AppStream::ApplicationFleetAssociation": ["", "ApplicationArn FleetName", "ApplicationArn FleetName"],
  "AWS::AppStream::DirectoryConfig": ["", "CertificateBasedAuthProperties DirectoryName OrganizationalUnitDistinguishedNames ServiceAccountCredentials", "DirectoryName OrganizationalUnitDistinguishedNames ServiceAccountCredentials"],
  "AWS::AppStream::Entitlement": ["CreatedTime LastModifiedTime", "AppVisibility Attributes Description Name StackName", "AppVisibility Attributes Name StackName"],
  "AWS::AppStream::Fleet": ["Id", "ComputeCapacity Description DisableIMDSV1 DisconnectTimeoutInSeconds DisplayName DomainJoinInfo EnableDefaultInternetAccess FleetType IamRoleArn IdleDisconnectTimeoutInSeconds ImageArn ImageName InstanceType MaxConcurrentSessions MaxSessionsPerInstance MaxUserDurationInSeconds Name Platform RootVolumeConfig SessionScriptS3Location StreamView Tags UsbDeviceFilterStrings VpcConfig", "InstanceType Name"],
  "AWS::AppStream::ImageBuilder": ["StreamingUrl", "AccessEndpoints AppstreamAgentVersion Description DisableIMDSV1 DisplayName DomainJoinInfo EnableDefaultInternetAccess IamRoleArn ImageArn ImageName InstanceType Name RootVolumeConfig SoftwaresToInstall SoftwaresToUninstall Tags VpcConfig", "InstanceType Name"],
  "AWS::AppStream::Stack": ["", "AccessEndpoints AgentAccessConfig ApplicationSettings AttributesToDelete ContentRedirection DeleteStorageConnectors Description DisplayName EmbedHostDomains FeedbackURL Name RedirectURL StorageConnectors StreamingExperienceSettings Tags UserSettings", ""],
  "AWS::AppStream::StackFleetAssociation": ["Id", "FleetName StackName", "FleetName StackName"],
  "AWS::AppStream::StackUserAssociation": ["", "AuthenticationType SendEmailNotification StackName UserName", "AuthenticationType StackName UserName"],
  "AWS::AppStream::User": ["Arn", "AuthenticationType FirstName LastName MessageAction UserName", "AuthenticationType UserName"],
  "AWS::AppSync::Api": ["ApiArn ApiId Dns Dns.Http Dns.Realtime", "EventConfig Name OwnerContact Tags", "Name"],
  "AWS::AppSync::ApiCache": ["Id", "ApiCachingBehavior ApiId AtRestEncryptionEnabled HealthMetricsConfig TransitEncryptionEnabled Ttl Type", "ApiCachingBehavior ApiId Ttl Type"],
  "AWS::AppSync::ApiKey": ["ApiKey ApiKeyId Arn", "ApiId Description Expires", "ApiId"],
  "AWS::AppSync::ChannelNamespace": ["ChannelNamespaceArn", "ApiId CodeHandlers CodeS3Location HandlerConfigs Name PublishAuthModes SubscribeAuthModes Tags", "ApiId Name"],
  "AWS::AppSync::DataSource": ["DataSourceArn Name", "ApiId Description DynamoDBConfig ElasticsearchConfig EventBridgeConfig HttpConfig LambdaConfig MetricsConfig Name OpenSearchServiceConfig RelationalDatabaseConfig ServiceRoleArn Type", "ApiId Name Type"],
  "AWS::AppSync::DomainName": ["AppSyncDomainName DomainName DomainNameArn HostedZoneId", "CertificateArn Description DomainName Tags", "CertificateArn DomainName"],
  "AWS::AppSync::DomainNameApiAssociation": ["ApiAssociationIdentifier", "ApiId DomainName", "ApiId DomainName"],
  "AWS::AppSync::FunctionConfiguration": ["DataSourceName FunctionArn FunctionId Name", "ApiId Code CodeS3Location DataSourceName Description FunctionVersion MaxBatchSize Name RequestMappingTemplate RequestMappingTemplateS3Location ResponseMappingTemplate ResponseMappingTemplateS3Location Runtime SyncConfig", "ApiId DataSourceName Name"],
  "AWS::AppSync::GraphQLApi": ["ApiId Arn GraphQLDns GraphQLEndpointArn GraphQLUrl RealtimeDns RealtimeUrl", "AdditionalAuthenticationProviders ApiType AuthenticationType EnhancedMetricsConfig EnvironmentVariables IntrospectionConfig LambdaAuthorizerConfig LogConfig MergedApiExecutionRoleArn Name OpenIDConnectConfig OwnerContact QueryDepthLimit ResolverCountLimit Tags UserPoolConfig Visibility XrayEnabled", "AuthenticationType Name"],
  "AWS::AppSync::GraphQLSchema": ["Id", "ApiId Definition DefinitionS3Location", "ApiId"],
  "AWS::AppSync::Resolver": ["FieldName ResolverArn TypeName", "ApiId CachingConfig Code CodeS3Location DataSourceName FieldName Kind MaxBatchSize MetricsConfig PipelineConfig RequestMappingTemplate RequestMappingTemplateS3Location ResponseMappingTemplate ResponseMappingTemplateS3Location Runtime SyncConfig TypeName", "ApiId FieldName TypeName"],
  "AWS::AppSync::SourceApiAssociation": ["AssociationArn AssociationId LastSuccessfulMergeDate MergedApiArn MergedApiId SourceApiArn SourceApiAssociationStatus SourceApiAssociationStatusDetail SourceApiId", "Description MergedApiIdentifier SourceApiAssociationConfig SourceApiIdentifier", ""],
  "AWS::AppSync::Type": ["Arn Name", "ApiId Definition Format", "ApiId Definition Format"],
  "AWS::AppTest::TestCase": ["CreationTime LastUpdateTime LatestVersion Status TestCaseArn TestCaseId TestCaseVersion", "Description Name Steps Tags", "Name Steps"],
  "AWS::ApplicationAutoScaling::ScalableTarget": ["Id", "MaxCapacity MinCapacity ResourceId RoleARN ScalableDimension ScheduledActions ServiceNamespace SuspendedState Tags", "MaxCapacity MinCapacity ResourceId ScalableDimension ServiceNamespace"],
  "AWS::ApplicationAutoScaling::ScalingPolicy": ["Arn", "PolicyName PolicyType PredictiveScalingPolicyConfiguration ResourceId ScalableDimension ScalingTargetId ServiceNamespace StepScalingPolicyConfiguration TargetTrackingScalingPolicyConfiguration", "PolicyName PolicyType"],
  "AWS::ApplicationInsights::Application": ["ApplicationARN", "AttachMissingPermission AutoConfigurationEnabled CWEMonitorEnabled ComponentMonitoringSettings CustomComponents GroupingType LogPatternSets OpsCenterEnabled OpsItemSNSTopicArn ResourceGroupName SNSNotificationArn Tags", "ResourceGroupName"],
  "AWS::ApplicationSignals::Discovery": ["AccountId", "", ""],
  "AWS::ApplicationSignals::GroupingConfiguration": ["AccountId UpdatedAt", "GroupingAttributeDefinitions", "GroupingAttributeDefinitions"],
  "AWS::ApplicationSignals::ServiceLevelObjective": ["Arn CreatedTime EvaluationType LastUpdatedTime", "BurnRateConfigurations Description ExclusionWindows Goal Name RequestBasedSli Sli Tags", "Name"],
  "AWS::Athena::CapacityReservation": ["AllocatedDpus Arn CreationTime LastSuccessfulAllocationTime Status", "CapacityAssignmentConfiguration Name Tags TargetDpus", "Name TargetDpus"],
  "AWS::Athena::DataCatalog": ["", "ConnectionType Description Error Name Parameters Status Tags Type", "Name Type"],
  "AWS::Athena::NamedQuery": ["NamedQueryId", "Database Description Name QueryString WorkGroup", "Database QueryString"],
  "AWS::Athena::PreparedStatement": ["", "Description QueryStatement StatementName WorkGroup", "QueryStatement StatementName WorkGroup"],
  "AWS::Athena::WorkGroup": ["CreationTime WorkGroupConfiguration.EngineVersion.EffectiveEngineVersion WorkGroupConfigurationUpdates.EngineVersion.EffectiveEngineVersion", "Description Name RecursiveDeleteOption State Tags WorkGroupConfiguration WorkGroupConfigurationUpdates", "Name"],
  "AWS::AuditManager::Assessment": ["Arn AssessmentId CreationTime", "AssessmentReportsDestination AwsAccount Delegations Description FrameworkId Name Roles Scope Status Tags", ""],
  "AWS::AuditManager::AssessmentFramework": ["Arn CreatedAt CreatedBy FrameworkId LastUpdatedAt LastUpdatedBy Type", "ComplianceType ControlSets Description Name Tags", "ControlSets Name"],
  "AWS::AutoScaling::AutoScalingGroup": ["AutoScalingGroupARN", "AutoScalingGroupName AvailabilityZoneDistribution AvailabilityZoneIds AvailabilityZoneImpairmentPolicy AvailabilityZones CapacityRebalance CapacityReservationSpecification Context Cooldown DefaultInstanceWarmup DeletionProtection DesiredCapacity DesiredCapacityType HealthCheckGracePeriod HealthCheckType InstanceId InstanceLifecyclePolicy InstanceMaintenancePolicy LaunchConfigurationName LaunchTemplate LifecycleHookSpecificationList LoadBalancerNames MaxInstanceLifetime MaxSize MetricsCollection MinSize MixedInstancesPolicy NewInstancesProtectedFromScaleIn NotificationConfiguration NotificationConfigurations PlacementGroup ServiceLinkedRoleARN SkipZonalShiftValidation Tags TargetGroupARNs TerminationPolicies TrafficSources VPCZoneIdentifier", "MaxSize MinSize"],
  "AWS::AutoScaling::LaunchConfiguration": ["", "AssociatePublicIpAddress BlockDeviceMappings ClassicLinkVPCId ClassicLinkVPCSecurityGroups EbsOptimized IamInstanceProfile ImageId InstanceId InstanceMonitoring InstanceType KernelId KeyName LaunchConfigurationName MetadataOptions PlacementTenancy RamDiskId SecurityGroups SpotPrice UserData", "ImageId InstanceType"],
  "AWS::AutoScaling::LifecycleHook": ["", "AutoScalingGroupName DefaultResult HeartbeatTimeout LifecycleHookName LifecycleTransition NotificationMetadata NotificationTargetARN RoleARN", "AutoScalingGroupName LifecycleTransition"],
  "AWS::AutoScaling::ScalingPolicy": ["Arn PolicyName", "AdjustmentType AutoScalingGroupName Cooldown EstimatedInstanceWarmup MetricAggregationType MinAdjustmentMagnitude PolicyType PredictiveScalingConfiguration ScalingAdjustment StepAdjustments TargetTrackingConfiguration", "AutoScalingGroupName"],
  "AWS::AutoScaling::ScheduledAction": ["ScheduledActionName", "AutoScalingGroupName DesiredCapacity EndTime MaxSize MinSize Recurrence StartTime TimeZone", "AutoScalingGroupName"],
  "AWS::AutoScaling::WarmPool": ["", "AutoScalingGroupName InstanceReusePolicy MaxGroupPreparedCapacity MinSize PoolState", "AutoScalingGroupName"],
  "AWS::AutoScalingPlans::ScalingPlan": ["Id ScalingPlanName ScalingPlanVersion", "ApplicationSource ScalingInstructions", "ApplicationSource ScalingInstructions"],
  "AWS::B2BI::Capability": ["CapabilityArn CapabilityId CreatedAt ModifiedAt", "Configuration InstructionsDocuments Name Tags Type", "Configuration Name Type"],
  "AWS::B2BI::Partnership": ["CreatedAt ModifiedAt PartnershipArn PartnershipId TradingPartnerId", "Capabilities CapabilityOptions Email Name Phone ProfileId Tags", "Capabilities Email Name ProfileId"],
  "AWS::B2BI::Profile": ["CreatedAt LogGroupName ModifiedAt ProfileArn ProfileId", "BusinessName Email Logging Name Phone Tags", "BusinessName Logging Name Phone"],
  "AWS::B2BI::Transformer": ["CreatedAt ModifiedAt TransformerArn TransformerId", "EdiType FileFormat InputConversion Mapping MappingTemplate Name OutputConversion SampleDocument SampleDocuments Status Tags", "Name Status"],
  "AWS::BCM::Dashboard": ["Arn CreatedAt Type UpdatedAt", "Description Name Tags Widgets", "Name Widgets"],
  "AWS::BCM::ScheduledReport": ["Arn CreatedAt HealthStatus UpdatedAt", "DashboardArn Description Name ScheduleConfig ScheduledReportExecutionRoleArn Tags WidgetDateRangeOverride WidgetIds", "DashboardArn Name ScheduleConfig ScheduledReportExecutionRoleArn"],
  "AWS::BCMDataExports::Export": ["Export.ExportArn ExportArn", "Export Tags", "Export"],
  "AWS::Backup::BackupPlan": ["BackupPlanArn BackupPlanId VersionId", "BackupPlan BackupPlanTags", "BackupPlan"],
  "AWS::Backup::BackupSelection": ["BackupPlanId Id SelectionId", "BackupPlanId BackupSelection", "BackupPlanId BackupSelection"],
  "AWS::Backup::BackupVault": ["BackupVaultArn BackupVaultName", "AccessPolicy BackupVaultName BackupVaultTags EncryptionKeyArn LockConfiguration Notifications", "BackupVaultName"],
  "AWS::Backup::Framework": ["CreationTime DeploymentStatus FrameworkArn FrameworkStatus", "FrameworkControls FrameworkDescription FrameworkName FrameworkTags", "FrameworkControls"],
  "AWS::Backup::LegalHold": ["Arn CreationDate LegalHoldId Status", "Description RecoveryPointSelection Tags Title", "Description RecoveryPointSelection Title"],
  "AWS::Backup::LogicallyAirGappedBackupVault": ["BackupVaultArn VaultState VaultType", "AccessPolicy BackupVaultName BackupVaultTags EncryptionKeyArn MaxRetentionDays MinRetentionDays MpaApprovalTeamArn Notifications", "BackupVaultName MaxRetentionDays MinRetentionDays"],
  "AWS::Backup::ReportPlan": ["ReportPlanArn", "ReportDeliveryChannel ReportPlanDescription ReportPlanName ReportPlanTags ReportSetting", "ReportDeliveryChannel ReportSetting"],
  "AWS::Backup::RestoreTestingPlan": ["RestoreTestingPlanArn", "RecoveryPointSelection RestoreTestingPlanName ScheduleExpression ScheduleExpressionTimezone StartWindowHours Tags", "RecoveryPointSelection RestoreTestingPlanName ScheduleExpression"],
  "AWS::Backup::RestoreTestingSelection": ["", "IamRoleArn ProtectedResourceArns ProtectedResourceConditions ProtectedResourceType RestoreMetadataOverrides RestoreTestingPlanName RestoreTestingSelectionName ValidationWindowHours", "IamRoleArn ProtectedResourceType RestoreTestingPlanName RestoreTestingSelectionName"],
  "AWS::Backup::TieringConfiguration": ["CreationTime LastUpdatedTime TieringConfigurationArn", "BackupVaultName ResourceSelection TieringConfigurationName TieringConfigurationTags", "BackupVaultName ResourceSelection TieringConfigurationName"],
  "AWS::BackupGateway::Hypervisor": ["HypervisorArn", "Host KmsKeyArn LogGroupArn Name Password Tags Username", ""],
  "AWS::Batch::ComputeEnvironment": ["ComputeEnvironmentArn EksConfiguration.AccessEntry.Status", "ComputeEnvironmentName ComputeResources Context EcsSettings EksConfiguration ReplaceComputeEnvironment ServiceRole State Tags Type UnmanagedvCpus UpdatePolicy", "Type"],
  "AWS::Batch::ConsumableResource": ["AvailableQuantity ConsumableResourceArn CreatedAt InUseQuantity", "ConsumableResourceName ResourceType Tags TotalQuantity", "ResourceType TotalQuantity"],
  "AWS::Batch::JobDefinition": ["JobDefinitionArn", "ConsumableResourceProperties ContainerProperties EcsProperties EksProperties JobDefinitionName NodeProperties Parameters PlatformCapabilities PropagateTags ResourceRetentionPolicy RetryStrategy SchedulingPriority Tags Timeout Type", "Type"],
  "AWS::Batch::JobQueue": ["JobQueueArn", "ComputeEnvironmentOrder JobQueueName JobQueueType JobStateTimeLimitActions Priority SchedulingPolicyArn ServiceEnvironmentOrder State Tags", "Priority"],
  "AWS::Batch::QuotaShare": ["QuotaShareArn", "CapacityLimits JobQueue PreemptionConfiguration QuotaShareName ResourceSharingConfiguration State Tags", "CapacityLimits JobQueue PreemptionConfiguration QuotaShareName ResourceSharingConfiguration"],
  "AWS::Batch::SchedulingPolicy": ["Arn", "FairsharePolicy Name QuotaSharePolicy Tags", ""],
  "AWS::Batch::ServiceEnvironment": ["ServiceEnvironmentArn", "CapacityLimits ServiceEnvironmentName ServiceEnvironmentType State Tags", "CapacityLimits ServiceEnvironmentType"],
  "AWS::BcmPricingCalculator::BillScenario": ["Arn BillInterval CreatedAt FailureMessage Id Status", "CostCategoryGroupSharingPreferenceArn ExpiresAt GroupSharingPreference Name Tags", ""],
  "AWS::BcmPricingCalculator::WorkloadEstimate": ["Arn CostCurrency CreatedAt FailureMessage Id RateTimestamp Status TotalCost", "ExpiresAt Name RateType Tags", "Name"],
  "AWS::Bedrock::Agent": ["AgentArn AgentId AgentStatus AgentVersion CreatedAt FailureReasons PreparedAt RecommendedActions UpdatedAt", "ActionGroups AgentCollaboration AgentCollaborators AgentName AgentResourceRoleArn AutoPrepare CustomOrchestration CustomerEncryptionKeyArn Description FoundationModel GuardrailConfiguration IdleSessionTTLInSeconds Instruction KnowledgeBases MemoryConfiguration OrchestrationType PromptOverrideConfiguration SkipResourceInUseCheckOnDelete Tags TestAliasTags", "AgentName"],
  "AWS::Bedrock::AgentAlias": ["AgentAliasArn AgentAliasHistoryEvents AgentAliasId AgentAliasStatus CreatedAt UpdatedAt", "AgentAliasName AgentId Description RoutingConfiguration Tags", "AgentAliasName AgentId"],
  "AWS::Bedrock::ApplicationInferenceProfile": ["CreatedAt InferenceProfileArn InferenceProfileId InferenceProfileIdentifier Models Status Type UpdatedAt", "Description InferenceProfileName ModelSource Tags", "InferenceProfileName"],
  "AWS::Bedrock::AutomatedReasoningPolicy": ["CreatedAt DefinitionHash KmsKeyArn PolicyArn PolicyId UpdatedAt Version", "Description ForceDelete KmsKeyId Name PolicyDefinition Tags", "Name"],
  "AWS::Bedrock::AutomatedReasoningPolicyVersion": ["CreatedAt DefinitionHash Description Name PolicyId UpdatedAt Version", "LastUpdatedDefinitionHash PolicyArn Tags", "PolicyArn"],
  "AWS::Bedrock::Blueprint": ["BlueprintArn BlueprintStage CreationTime LastModifiedTime", "BlueprintName KmsEncryptionContext KmsKeyId Schema Tags Type", "BlueprintName Schema Type"],
  "AWS::Bedrock::DataAutomationLibrary": ["CreationTime EntityTypes LibraryArn Status", "EncryptionConfiguration LibraryDescription LibraryName Tags", "LibraryName"],
  "AWS::Bedrock::DataAutomationProject": ["CreationTime LastModifiedTime ProjectArn ProjectStage Status", "CustomOutputConfiguration KmsEncryptionContext KmsKeyId OverrideConfiguration ProjectDescription ProjectName ProjectType StandardOutputConfiguration Tags", "ProjectName"],
  "AWS::Bedrock::DataSource": ["CreatedAt DataSourceConfiguration.WebConfiguration.CrawlerConfiguration.UserAgentHeader DataSourceId DataSourceStatus FailureReasons UpdatedAt", "DataDeletionPolicy DataSourceConfiguration Description KnowledgeBaseId Name ServerSideEncryptionConfiguration VectorIngestionConfiguration", "DataSourceConfiguration KnowledgeBaseId Name"],
  "AWS::Bedrock::EnforcedGuardrailConfiguration": ["ConfigId CreatedAt CreatedBy GuardrailArn GuardrailId Owner UpdatedAt UpdatedBy", "GuardrailIdentifier GuardrailVersion ModelEnforcement SelectiveContentGuarding", "GuardrailIdentifier GuardrailVersion"],
  "AWS::Bedrock::Flow": ["Arn CreatedAt Id Status UpdatedAt Validations Version", "CustomerEncryptionKeyArn Definition DefinitionS3Location DefinitionString DefinitionSubstitutions Description ExecutionRoleArn Name Tags TestAliasTags", "ExecutionRoleArn Name"],
  "AWS::Bedrock::FlowAlias": ["Arn CreatedAt FlowId Id UpdatedAt", "ConcurrencyConfiguration Description FlowArn Name RoutingConfiguration Tags", "FlowArn Name RoutingConfiguration"],
  "AWS::Bedrock::FlowVersion": ["CreatedAt CustomerEncryptionKeyArn Definition ExecutionRoleArn FlowId Name Status Version", "Description FlowArn", "FlowArn"],
  "AWS::Bedrock::Guardrail": ["CreatedAt FailureRecommendations GuardrailArn GuardrailId Status StatusReasons UpdatedAt Version", "AutomatedReasoningPolicyConfig BlockedInputMessaging BlockedOutputsMessaging ContentPolicyConfig ContextualGroundingPolicyConfig CrossRegionConfig Description KmsKeyArn Name SensitiveInformationPolicyConfig Tags TopicPolicyConfig WordPolicyConfig", "BlockedInputMessaging BlockedOutputsMessaging Name"],
  "AWS::Bedrock::GuardrailVersion": ["GuardrailArn GuardrailId Version", "Description GuardrailIdentifier", "GuardrailIdentifier"],
  "AWS::Bedrock::IntelligentPromptRouter": ["CreatedAt PromptRouterArn Status Type UpdatedAt", "Description FallbackModel Models PromptRouterName RoutingCriteria Tags", "FallbackModel Models PromptRouterName RoutingCriteria"],
  "AWS::Bedrock::KnowledgeBase": ["CreatedAt FailureReasons KnowledgeBaseArn KnowledgeBaseId Status UpdatedAt", "Description KnowledgeBaseConfiguration Name RoleArn StorageConfiguration Tags", "KnowledgeBaseConfiguration Name RoleArn"],
  "AWS::Bedrock::KnowledgeBasePolicy": ["RevisionId", "KnowledgeBaseId PolicyDocument", "KnowledgeBaseId PolicyDocument"],
  "AWS::Bedrock::Prompt": ["Arn CreatedAt Id UpdatedAt Version", "CustomerEncryptionKeyArn DefaultVariant Description Name Tags Variants", "Name"],
  "AWS::Bedrock::PromptVersion": ["Arn CreatedAt CustomerEncryptionKeyArn DefaultVariant Name PromptId UpdatedAt Variants Version", "Description PromptArn Tags", "PromptArn"],
  "AWS::Bedrock::ResourcePolicy": ["", "PolicyDocument ResourceArn", "PolicyDocument ResourceArn"],
  "AWS::Bedrock::Session": ["CreatedAt LastUpdatedAt SessionArn SessionId SessionStatus", "EncryptionKeyArn SessionMetadata Tags", ""],
  "AWS::BedrockAgentCore::ApiKeyCredentialProvider": ["ApiKeySecretArn ApiKeySecretJsonKey CreatedTime CredentialProviderArn LastUpdatedTime", "ApiKey ApiKeySecretConfig ApiKeySecretSource Name Tags", "Name"],
  "AWS::BedrockAgentCore::BrowserCustom": ["BrowserArn BrowserId CreatedAt FailureReason LastUpdatedAt Status", "BrowserSigning Certificates Description EnterprisePolicies ExecutionRoleArn Name NetworkConfiguration RecordingConfig Tags", "Name NetworkConfiguration"],
  "AWS::BedrockAgentCore::BrowserProfile": ["CreatedAt LastSavedAt LastSavedBrowserId LastSavedBrowserSessionId LastUpdatedAt ProfileArn ProfileId Status", "Description Name Tags", "Name"],
  "AWS::BedrockAgentCore::CapacityProvider": ["Arn CapacityProviderId CreatedAt LastUpdatedAt Status", "ComputeConfiguration Description Name PermissionsConfiguration Tags", "ComputeConfiguration Name PermissionsConfiguration"],
  "AWS::BedrockAgentCore::CodeInterpreterCustom": ["CodeInterpreterArn CodeInterpreterId CreatedAt FailureReason LastUpdatedAt Status", "Certificates Description ExecutionRoleArn Name NetworkConfiguration Tags", "Name NetworkConfiguration"],
  "AWS::BedrockAgentCore::ConfigurationBundle": ["BundleArn BundleId CreatedAt LineageMetadata UpdatedAt VersionId", "BranchName BundleName CommitMessage Components CreatedBy Description KmsKeyArn Tags", "BundleName Components"],
  "AWS::BedrockAgentCore::Dataset": ["CreatedAt DatasetArn DatasetId ExampleCount Status UpdatedAt", "DatasetName Description KmsKeyArn SchemaType Source Tags", "DatasetName SchemaType"],
  "AWS::BedrockAgentCore::Evaluator": ["CreatedAt EvaluatorArn EvaluatorId Status UpdatedAt", "Description EvaluatorConfig EvaluatorName KmsKeyArn Level Tags", "EvaluatorConfig EvaluatorName Level"],
  "AWS::BedrockAgentCore::Gateway": ["CreatedAt GatewayArn GatewayIdentifier GatewayUrl Status StatusReasons UpdatedAt WebAclArn WorkloadIdentityDetails", "AuthorizerConfiguration AuthorizerType Description ExceptionLevel InterceptorConfigurations KmsKeyArn Name PolicyEngineConfiguration ProtocolConfiguration ProtocolType RoleArn Tags WafConfiguration", "AuthorizerType Name RoleArn"],
  "AWS::BedrockAgentCore::GatewayRateLimit": ["CreatedAt Status UpdatedAt", "Description DimensionKeys Entries GatewayIdentifier RateLimitId", "DimensionKeys Entries"],
  "AWS::BedrockAgentCore::GatewayRule": ["CreatedAt GatewayArn RuleId Status System UpdatedAt", "Actions Conditions Description GatewayIdentifier Priority", "Actions Priority"],
  "AWS::BedrockAgentCore::GatewayTarget": ["AuthorizationData CreatedAt GatewayArn LastSynchronizedAt PrivateEndpointManagedResources ProtocolType Status StatusReasons TargetId UpdatedAt", "CredentialProviderConfigurations Description GatewayIdentifier MetadataConfiguration Name PrivateEndpoint TargetConfiguration", "TargetConfiguration"],
  "AWS::BedrockAgentCore::Harness": ["Arn CreatedAt Environment.AgentCoreRuntimeEnvironment.AgentRuntimeArn Environment.AgentCoreRuntimeEnvironment.AgentRuntimeId Environment.AgentCoreRuntimeEnvironment.AgentRuntimeName HarnessId Memory.ManagedMemoryConfiguration.Arn Status UpdatedAt Version", "AllowedTools AuthorizerConfiguration Environment EnvironmentArtifact EnvironmentVariables ExecutionRoleArn HarnessName MaxIterations MaxTokens Memory Model Skills SystemPrompt Tags TimeoutSeconds Tools Truncation", "ExecutionRoleArn HarnessName Model"],
  "AWS::BedrockAgentCore::HarnessEndpoint": ["Arn CreatedAt HarnessName LiveVersion Status UpdatedAt", "Description EndpointName HarnessId Tags TargetVersion", "EndpointName HarnessId"],
  "AWS::BedrockAgentCore::Memory": ["CreatedAt FailureReason MemoryArn MemoryId Status UpdatedAt", "Description EncryptionKeyArn EventExpiryDuration IndexedKeys MemoryExecutionRoleArn MemoryStrategies Name NamespaceKeys StreamDeliveryResources Tags", "EventExpiryDuration Name"],
  "AWS::BedrockAgentCore::OAuth2CredentialProvider": ["CallbackUrl ClientSecretArn ClientSecretJsonKey ClientSecretSource CreatedTime CredentialProviderArn LastUpdatedTime Oauth2ProviderConfigOutput Status", "CredentialProviderVendor Name Oauth2ProviderConfigInput Tags", "CredentialProviderVendor Name"],
  "AWS::BedrockAgentCore::OnlineEvaluationConfig": ["CreatedAt OnlineEvaluationConfigArn OnlineEvaluationConfigId OutputConfig Status UpdatedAt", "ClusteringConfig DataSourceConfig Description EvaluationExecutionRoleArn Evaluators ExecutionStatus Insights OnlineEvaluationConfigName Rule Tags", "DataSourceConfig EvaluationExecutionRoleArn OnlineEvaluationConfigName Rule"],
  "AWS::BedrockAgentCore::PaymentConnector": ["AuthorizationUrl ConnectorCreatedAt ConnectorLastUpdatedAt ConnectorStatus PaymentConnectorArn PaymentConnectorId", "ConnectorName ConnectorType CredentialProviderConfigurations Description PaymentManagerId ProvisionMode", "ConnectorName ConnectorType PaymentManagerId"],
  "AWS::BedrockAgentCore::PaymentCredentialProvider": ["CreatedTime CredentialProviderArn LastUpdatedTime ProviderConfigurationOutput", "CredentialProviderVendor Name ProviderConfigurationInput Tags", "CredentialProviderVendor Name"],
  "AWS::BedrockAgentCore::PaymentManager": ["CreatedAt LastUpdatedAt PaymentManagerArn PaymentManagerId Status WorkloadIdentityDetails", "AuthorizerConfiguration AuthorizerType Description Name RoleArn Tags", "AuthorizerType Name RoleArn"],
  "AWS::BedrockAgentCore::Policy": ["CreatedAt PolicyArn PolicyId Status StatusReasons UpdatedAt", "Definition Description EnforcementMode Name PolicyEngineId ValidationMode", "Definition Name PolicyEngineId"],
  "AWS::BedrockAgentCore::PolicyEngine": ["CreatedAt PolicyEngineArn PolicyEngineId Status StatusReasons UpdatedAt", "Description EncryptionKeyArn Name Tags", "Name"],
  "AWS::BedrockAgentCore::ResourcePolicy": ["", "Policy ResourceArn", "Policy ResourceArn"],
  "AWS::BedrockAgentCore::Runtime": ["AgentRuntimeArn AgentRuntimeId AgentRuntimeVersion CreatedAt FailureReason LastUpdatedAt Status WorkloadIdentityDetails", "AgentRuntimeArtifact AgentRuntimeName AuthorizerConfiguration CapacityProviderConfiguration Description EnvironmentVariables FilesystemConfigurations LifecycleConfiguration NetworkConfiguration PlatformVersion ProtocolConfiguration RequestHeaderConfiguration RoleArn Tags", "AgentRuntimeArtifact AgentRuntimeName RoleArn"],
  "AWS::BedrockAgentCore::RuntimeEndpoint": ["AgentRuntimeArn AgentRuntimeEndpointArn CreatedAt FailureReason Id LastUpdatedAt LiveVersion Status TargetVersion", "AgentRuntimeId AgentRuntimeVersion Description Name Tags", "AgentRuntimeId Name"],
  "AWS::BedrockAgentCore::WorkloadIdentity": ["CreatedTime LastUpdatedTime WorkloadIdentityArn", "AllowedResourceOauth2ReturnUrls Name Tags", "Name"],
  "AWS::BedrockMantle::Project": ["Arn CreatedAt Id", "Name Tags", "Name"],
  "AWS::Billing::BillingView": ["Arn BillingViewType CreatedAt OwnerAccountId UpdatedAt", "DataFilterExpression Description Name SourceViews Tags", "Name SourceViews"],
  "AWS::BillingConductor::BillingGroup": ["Arn CreationTime LastModifiedTime Size Status StatusReason", "AccountGrouping ComputationPreference Description Name PrimaryAccountId Tags", "AccountGrouping ComputationPreference Name"],
  "AWS::BillingConductor::CustomLineItem": ["Arn AssociationSize CreationTime CurrencyCode LastModifiedTime ProductCode", "AccountId BillingGroupArn BillingPeriodRange ComputationRule CustomLineItemChargeDetails Description Name PresentationDetails Tags", "BillingGroupArn Name"],
  "AWS::BillingConductor::PricingPlan": ["Arn CreationTime LastModifiedTime Size", "Description Name PricingRuleArns Tags", "Name"],
  "AWS::BillingConductor::PricingRule": ["Arn AssociatedPricingPlanCount CreationTime LastModifiedTime", "BillingEntity Description ModifierPercentage Name Operation Scope Service Tags Tiering Type UsageType", "Name Scope Type"],
  "AWS::Braket::SpendingLimit": ["CreatedAt QueuedSpend SpendingLimitArn TotalSpend UpdatedAt", "DeviceArn SpendingLimit Tags TimePeriod", "DeviceArn SpendingLimit"],
  "AWS::Budgets::Budget": ["Id", "Budget NotificationsWithSubscribers ResourceTags", "Budget"],
  "AWS::Budgets::BudgetsAction": ["ActionId", "ActionThreshold ActionType ApprovalModel BudgetName Definition ExecutionRoleArn NotificationType ResourceTags Subscribers", "ActionThreshold ActionType BudgetName Definition ExecutionRoleArn NotificationType Subscribers"],
  "AWS::CE::AnomalyMonitor": ["CreationDate DimensionalValueCount LastEvaluatedDate LastUpdatedDate MonitorArn", "MonitorDimension MonitorName MonitorSpecification MonitorType ResourceTags", "MonitorName MonitorType"],
  "AWS::CE::AnomalySubscription": ["AccountId SubscriptionArn", "Frequency MonitorArnList ResourceTags Subscribers SubscriptionName Threshold ThresholdExpression", "Frequency MonitorArnList Subscribers SubscriptionName"],
  "AWS::CE::CostCategory": ["Arn EffectiveStart", "DefaultValue Name RuleVersion Rules SplitChargeRules Tags", "Name RuleVersion Rules"],
  "AWS::CUR::ReportDefinition": ["", "AdditionalArtifacts AdditionalSchemaElements BillingViewArn Compression Format RefreshClosedReports ReportName ReportVersioning S3Bucket S3Prefix S3Region Tags TimeUnit", "Compression Format RefreshClosedReports ReportName ReportVersioning S3Bucket S3Prefix S3Region TimeUnit"],
  "AWS::Cases::Case": ["Arn CaseId", "CustomerId DomainId Tags TemplateId Title", "CustomerId DomainId TemplateId Title"],
  "AWS::Cases::CaseRule": ["CaseRuleArn CaseRuleId CreatedTime LastModifiedTime", "Description DomainId Name Rule Tags", "Name Rule"],
  "AWS::Cases::Domain": ["CreatedTime DomainArn DomainId DomainStatus", "Name Tags", "Name"],
  "AWS::Cases::Field": ["CreatedTime FieldArn FieldId LastModifiedTime Namespace", "Attributes Description DomainId Name Tags Type", "Name Type"],
  "AWS::Cases::Layout": ["CreatedTime LastModifiedTime LayoutArn LayoutId", "Content DomainId Name Tags", "Content Name"],
  "AWS::Cases::RelatedItem": ["RelatedItemArn RelatedItemId", "CaseId Content DomainId Tags Type", "CaseId Content DomainId Type"],
  "AWS::Cases::Template": ["CreatedTime LastModifiedTime TemplateArn TemplateId", "Description DomainId LayoutConfiguration Name RequiredFields Rules Status Tags", "Name"],
  "AWS::Cassandra::Keyspace": ["", "ClientSideTimestampsEnabled KeyspaceName ReplicationSpecification Tags", ""],
  "AWS::Cassandra::Table": ["", "AutoScalingSpecifications BillingMode CdcSpecification ClientSideTimestampsEnabled ClusteringKeyColumns DefaultTimeToLive EncryptionSpecification KeyspaceName PartitionKeyColumns PointInTimeRecoveryEnabled RegularColumns ReplicaSpecifications TableName Tags WarmThroughput", "KeyspaceName PartitionKeyColumns"],
  "AWS::Cassandra::Type": ["DirectParentTypes DirectReferringTables KeyspaceArn LastModifiedTimestamp MaxNestingDepth", "Fields KeyspaceName TypeName", "Fields KeyspaceName TypeName"],
  "AWS::CertificateManager::Account": ["AccountId", "ExpiryEventsConfiguration", "ExpiryEventsConfiguration"],
  "AWS::CertificateManager::AcmeDomainValidation": ["Arn", "AcmeEndpointArn DomainName PrevalidationOptions Tags", "AcmeEndpointArn DomainName PrevalidationOptions"],
  "AWS::CertificateManager::AcmeEndpoint": ["AcmeEndpointArn EndpointUrl", "AuthorizationBehavior CertificateAuthority CertificateTags Contact Tags", "AuthorizationBehavior CertificateAuthority"],
  "AWS::CertificateManager::AcmeExternalAccountBinding": ["AcmeExternalAccountBindingArn", "AcmeEndpointArn Expiration RoleArn Tags", "AcmeEndpointArn RoleArn"],
  "AWS::CertificateManager::Certificate": ["CertificateArn", "CertificateAuthorityArn CertificateExport CertificateTransparencyLoggingPreference DomainName DomainValidationOptions KeyAlgorithm SubjectAlternativeNames Tags ValidationMethod", "DomainName"],
  "AWS::Chatbot::CustomAction": ["CustomActionArn", "ActionName AliasName Attachments Definition Tags", "ActionName Definition"],
  "AWS::Chatbot::MicrosoftTeamsChannelConfiguration": ["Arn", "ConfigurationName CustomizationResourceArns GuardrailPolicies IamRoleArn LoggingLevel SnsTopicArns Tags TeamId TeamsChannelId TeamsChannelName TeamsTenantId UserRoleRequired", "ConfigurationName IamRoleArn TeamId TeamsChannelId TeamsTenantId"],
  "AWS::Chatbot::SlackChannelConfiguration": ["Arn", "ConfigurationName CustomizationResourceArns GuardrailPolicies IamRoleArn LoggingLevel SlackChannelId SlackWorkspaceId SnsTopicArns Tags UserRoleRequired", "ConfigurationName IamRoleArn SlackChannelId SlackWorkspaceId"],
  "AWS::Chime::AppInstance": ["AppInstanceArn CreatedTimestamp LastUpdatedTimestamp", "Metadata Name Tags", "Name"],
  "AWS::Chime::AppInstanceBot": ["AppInstanceBotArn CreatedTimestamp LastUpdatedTimestamp", "AppInstanceArn Configuration Metadata Name Tags", "AppInstanceArn Configuration"],
  "AWS::Chime::AppInstanceUser": ["AppInstanceUserArn", "AppInstanceArn AppInstanceUserId ExpirationSettings Metadata Name Tags", "AppInstanceArn AppInstanceUserId"],
  "AWS::Chime::Channel": ["Arn ChannelFlowArn CreatedBy CreatedTimestamp LastMessageTimestamp LastUpdatedTimestamp", "AppInstanceArn ChannelId ChimeBearer ElasticChannelConfiguration ExpirationSettings MemberArns Metadata Mode ModeratorArns Name Privacy Tags", "AppInstanceArn ChimeBearer Name"],
  "AWS::Chime::ChannelFlow": ["AppInstanceId Arn ChannelFlowId CreatedTimestamp LastUpdatedTimestamp", "AppInstanceArn Name Processors Tags", "AppInstanceArn Name Processors"],
  "AWS::Chime::MediaInsightsPipelineConfiguration": ["CreatedTimestamp MediaInsightsPipelineConfigurationArn MediaInsightsPipelineConfigurationId UpdatedTimestamp", "Elements MediaInsightsPipelineConfigurationName RealTimeAlertConfiguration ResourceAccessRoleArn Tags", "Elements MediaInsightsPipelineConfigurationName ResourceAccessRoleArn"],
  "AWS::Chime::MediaPipelineKinesisVideoStreamPool": ["Arn CreatedTimestamp PoolId PoolStatus UpdatedTimestamp", "PoolName StreamConfiguration Tags", "PoolName StreamConfiguration"],
  "AWS::Chime::SipMediaApplication": ["CreatedTimestamp SipMediaApplicationArn SipMediaApplicationId UpdatedTimestamp", "AwsRegion Endpoints Name Tags", "AwsRegion Endpoints Name"],
  "AWS::Chime::VoiceConnector": ["CreatedTimestamp OutboundHostName UpdatedTimestamp VoiceConnectorArn VoiceConnectorId", "AwsRegion Name NetworkType RequireEncryption Tags", "Name RequireEncryption"],
  "AWS::CleanRooms::AnalysisTemplate": ["AnalysisTemplateIdentifier Arn CollaborationArn CollaborationIdentifier MembershipArn Schema Schema.ReferencedTables", "AnalysisParameters Description ErrorMessageConfiguration Format MembershipIdentifier Name Schema Source SourceMetadata SyntheticDataParameters Tags", "Format MembershipIdentifier Name Source"],
  "AWS::CleanRooms::Collaboration": ["Arn CollaborationIdentifier", "AllowedResultRegions AnalyticsEngine AutoApprovedChangeTypes CreatorDisplayName CreatorMLMemberAbilities CreatorMemberAbilities CreatorPaymentConfiguration DataEncryptionMetadata Description IsMetricsEnabled JobLogStatus Members Name QueryLogStatus Tags", "CreatorDisplayName Description Name QueryLogStatus"],
  "AWS::CleanRooms::ConfiguredTable": ["Arn ConfiguredTableIdentifier", "AllowedColumns AnalysisMethod AnalysisRules Description Name SelectedAnalysisMethods TableReference Tags", "AllowedColumns AnalysisMethod Name TableReference"],
  "AWS::CleanRooms::ConfiguredTableAssociation": ["Arn ConfiguredTableAssociationIdentifier", "ConfiguredTableAssociationAnalysisRules ConfiguredTableIdentifier Description MembershipIdentifier Name RoleArn Tags", "ConfiguredTableIdentifier MembershipIdentifier Name RoleArn"],
  "AWS::CleanRooms::IdMappingTable": ["Arn CollaborationArn CollaborationIdentifier IdMappingTableIdentifier InputReferenceProperties MembershipArn", "Description InputReferenceConfig KmsKeyArn MembershipIdentifier Name Tags", "InputReferenceConfig MembershipIdentifier Name"],
  "AWS::CleanRooms::IdNamespaceAssociation": ["Arn CollaborationArn CollaborationIdentifier IdNamespaceAssociationIdentifier InputReferenceProperties MembershipArn", "Description IdMappingConfig InputReferenceConfig MembershipIdentifier Name Tags", "InputReferenceConfig MembershipIdentifier Name"],
  "AWS::CleanRooms::IntermediateTable": ["Arn CollaborationArn CollaborationIdentifier IntermediateTableIdentifier MembershipArn Status", "AnalysisRules Description KmsKeyArn MembershipIdentifier Name PopulationAnalysisConfiguration Tags", "MembershipIdentifier Name PopulationAnalysisConfiguration"],
  "AWS::CleanRooms::Membership": ["Arn CollaborationArn CollaborationCreatorAccountId MembershipIdentifier", "CollaborationIdentifier DefaultJobResultConfiguration DefaultResultConfiguration IsMetricsEnabled JobLogStatus PaymentConfiguration QueryLogStatus Tags", "CollaborationIdentifier QueryLogStatus"],
  "AWS::CleanRooms::PrivacyBudgetTemplate": ["Arn CollaborationArn CollaborationIdentifier MembershipArn PrivacyBudgetTemplateIdentifier", "AutoRefresh MembershipIdentifier Parameters PrivacyBudgetType Tags", "AutoRefresh MembershipIdentifier Parameters PrivacyBudgetType"],
  "AWS::CleanRoomsML::ConfiguredModelAlgorithm": ["ConfiguredModelAlgorithmArn", "Description InferenceContainerConfig KmsKeyArn Name RoleArn Tags TrainingContainerConfig", "Name RoleArn"],
  "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation": ["CollaborationIdentifier ConfiguredModelAlgorithmAssociationArn", "ConfiguredModelAlgorithmArn Description MembershipIdentifier Name PrivacyConfiguration Tags", "ConfiguredModelAlgorithmArn MembershipIdentifier Name"],
  "AWS::CleanRoomsML::TrainingDataset": ["Status TrainingDatasetArn", "Description Name RoleArn Tags TrainingData", "Name RoleArn TrainingData"],
  "AWS::Cloud9::EnvironmentEC2": ["Arn Id Name", "AutomaticStopTimeMinutes ConnectionType Description ImageId InstanceType Name OwnerArn Repositories SubnetId Tags", "ImageId InstanceType"],
  "AWS::CloudFormation::ChangeSet": ["ChangeSetId CreationTime StackId", "Capabilities ChangeSetName ChangeSetType DeploymentMode Description ImportExistingResources IncludeNestedStacks NotificationARNs OnStackFailure RoleARN StackName Tags TemplateBody TemplateURL UsePreviousTemplate", "ChangeSetName StackName"],
  "AWS::CloudFormation::CustomResource": ["Id", "ServiceTimeout ServiceToken", "ServiceToken"],
  "AWS::CloudFormation::GeneratedTemplate": ["CreationTime GeneratedTemplateId LastUpdatedTime Progress Status TotalWarnings", "GeneratedTemplateName TemplateConfiguration", "GeneratedTemplateName"],
  "AWS::CloudFormation::GuardHook": ["HookArn", "Alias ExecutionRole FailureMode HookStatus LogBucket Options RuleLocation StackFilters TargetFilters TargetOperations", "Alias ExecutionRole FailureMode HookStatus RuleLocation TargetOperations"],
  "AWS::CloudFormation::HookDefaultVersion": ["Arn", "TypeName TypeVersionArn VersionId", ""],
  "AWS::CloudFormation::HookTypeConfig": ["ConfigurationArn", "Configuration ConfigurationAlias TypeArn TypeName", "Configuration"],
  "AWS::CloudFormation::HookVersion": ["Arn IsDefaultVersion TypeArn VersionId Visibility", "ExecutionRoleArn LoggingConfig SchemaHandlerPackage TypeName", "SchemaHandlerPackage TypeName"],
  "AWS::CloudFormation::LambdaHook": ["HookArn", "Alias AutoUpdate ExecutionRole FailureMode HookStatus LambdaFunction LoggingConfig StackFilters TargetFilters TargetOperations", "Alias ExecutionRole FailureMode HookStatus LambdaFunction TargetOperations"],
  "AWS::CloudFormation::Macro": ["Id", "Description FunctionName LogGroupName LogRoleARN Name", "FunctionName Name"],
  "AWS::CloudFormation::ModuleDefaultVersion": ["", "Arn ModuleName VersionId", ""],
  "AWS::CloudFormation::ModuleVersion": ["Arn Description DocumentationUrl IsDefaultVersion Schema TimeCreated VersionId Visibility", "ModuleName ModulePackage", "ModuleName ModulePackage"],
  "AWS::CloudFormation::PublicTypeVersion": ["PublicTypeArn PublisherId TypeVersionArn", "Arn LogDeliveryBucket PublicVersionNumber Type TypeName", ""],
  "AWS::CloudFormation::Publisher": ["IdentityProvider PublisherId PublisherProfile PublisherStatus", "AcceptTermsAndConditions ConnectionArn", "AcceptTermsAndConditions"],
  "AWS::CloudFormation::ResourceDefaultVersion": ["Arn", "TypeName TypeVersionArn VersionId", ""],
  "AWS::CloudFormation::ResourceVersion": ["Arn IsDefaultVersion ProvisioningType TypeArn VersionId Visibility", "ExecutionRoleArn LoggingConfig SchemaHandlerPackage TypeName", "SchemaHandlerPackage TypeName"],
  "AWS::CloudFormation::Stack": ["ChangeSetId CreationTime LastUpdateTime Outputs ParentId RootId StackId StackStatus", "NotificationARNs Parameters Tags TemplateURL TimeoutInMinutes", ""],
  "AWS::CloudFormation::StackSet": ["StackSetId", "AdministrationRoleARN AutoDeployment CallAs Capabilities Description ExecutionRoleName ManagedExecution OperationPreferences Parameters PermissionModel StackInstancesGroup StackSetName Tags TemplateBody TemplateURL", "PermissionModel StackSetName"],
  "AWS::CloudFormation::TypeActivation": ["Arn", "AutoUpdate ExecutionRoleArn LoggingConfig MajorVersion PublicTypeArn PublisherId Type TypeName TypeNameAlias VersionBump", ""],
  "AWS::CloudFormation::WaitCondition": ["Data Id", "Count Handle Timeout", ""],
  "AWS::CloudFormation::WaitConditionHandle": ["Id", "", ""],
  "AWS::CloudFront::AnycastIpList": ["AnycastIpList ETag Id IpamCidrConfigResults", "IpAddressType IpCount IpamCidrConfigs Name Tags", "IpCount Name"],
  "AWS::CloudFront::CachePolicy": ["Id LastModifiedTime", "CachePolicyConfig", "CachePolicyConfig"],
  "AWS::CloudFront::CloudFrontOriginAccessIdentity": ["Id S3CanonicalUserId", "CloudFrontOriginAccessIdentityConfig", "CloudFrontOriginAccessIdentityConfig"],
  "AWS::CloudFront::ConnectionFunction": ["ConnectionFunctionArn CreatedTime ETag Id LastModifiedTime Stage Status", "AutoPublish ConnectionFunctionCode ConnectionFunctionConfig Name Tags", "ConnectionFunctionCode ConnectionFunctionConfig Name"],
  "AWS::CloudFront::ConnectionGroup": ["Arn CreatedTime ETag Id IsDefault LastModifiedTime RoutingEndpoint Status", "AnycastIpListId Enabled Ipv6Enabled Name Tags", "Name"],
  "AWS::CloudFront::ContinuousDeploymentPolicy": ["Id LastModifiedTime", "ContinuousDeploymentPolicyConfig", "ContinuousDeploymentPolicyConfig"],
  "AWS::CloudFront::Distribution": ["DomainName Id", "DistributionConfig Tags", "DistributionConfig"],
  "AWS::CloudFront::DistributionTenant": ["Arn CreatedTime DomainResults ETag Id LastModifiedTime Status", "ConnectionGroupId Customizations DistributionId Domains Enabled ManagedCertificateRequest Name Parameters Tags", "DistributionId Domains Name"],
  "AWS::CloudFront::FieldLevelEncryptionProfile": ["Arn Id LastModifiedTime", "FieldLevelEncryptionProfileConfig", "FieldLevelEncryptionProfileConfig"],
  "AWS::CloudFront::Function": ["FunctionARN FunctionMetadata.FunctionARN Stage", "AutoPublish FunctionCode FunctionConfig FunctionMetadata Name Tags", "FunctionCode FunctionConfig Name"],
  "AWS::CloudFront::KeyGroup": ["Id LastModifiedTime", "KeyGroupConfig", "KeyGroupConfig"],
  "AWS::CloudFront::KeyValueStore": ["Arn Id Status", "Comment ImportSource Name Tags", "Name"],
  "AWS::CloudFront::MonitoringSubscription": ["", "DistributionId MonitoringSubscription", "DistributionId MonitoringSubscription"],
  "AWS::CloudFront::OriginAccessControl": ["Id", "OriginAccessControlConfig", "OriginAccessControlConfig"],
  "AWS::CloudFront::OriginRequestPolicy": ["Id LastModifiedTime", "OriginRequestPolicyConfig", "OriginRequestPolicyConfig"],
  "AWS::CloudFront::PublicKey": ["CreatedTime Id", "PublicKeyConfig", "PublicKeyConfig"],
  "AWS::CloudFront::RealtimeLogConfig": ["Arn", "EndPoints Fields Name SamplingRate", "EndPoints Fields Name SamplingRate"],
  "AWS::CloudFront::ResponseHeadersPolicy": ["Id LastModifiedTime", "ResponseHeadersPolicyConfig", "ResponseHeadersPolicyConfig"],
  "AWS::CloudFront::StreamingDistribution": ["DomainName Id", "StreamingDistributionConfig Tags", "StreamingDistributionConfig Tags"],
  "AWS::CloudFront::TrustStore": ["Arn ETag Id LastModifiedTime NumberOfCaCertificates Status", "CaCertificatesBundleSource Name Tags UseClientCertificateOCSPEndpoint", "Name"],
  "AWS::CloudFront::VpcOrigin": ["AccountId Arn CreatedTime Id LastModifiedTime Status", "Tags VpcOriginEndpointConfig", "VpcOriginEndpointConfig"],
  "AWS::CloudHSM::Cluster": ["Arn BackupPolicy ClusterId SecurityGroup State SubnetMapping VpcId", "BackupRetentionPolicy HsmType Mode NetworkType SubnetIds Tags", "HsmType"],
  "AWS::CloudTrail::Channel": ["ChannelArn", "Destinations Name Source Tags", ""],
  "AWS::CloudTrail::Dashboard": ["CreatedTimestamp DashboardArn Status Type UpdatedTimestamp", "Name RefreshSchedule Tags TerminationProtectionEnabled Widgets", ""],
  "AWS::CloudTrail::EventDataStore": ["CreatedTimestamp EventDataStoreArn Status UpdatedTimestamp", "AdvancedEventSelectors BillingMode ContextKeySelectors FederationEnabled FederationRoleArn IngestionEnabled InsightSelectors InsightsDestination KmsKeyId MaxEventSize MultiRegionEnabled Name OrganizationEnabled RetentionPeriod Tags TerminationProtectionEnabled", ""],
  "AWS::CloudTrail::ResourcePolicy": ["", "ResourceArn ResourcePolicy", "ResourceArn ResourcePolicy"],
  "AWS::CloudTrail::Trail": ["Arn SnsTopicArn", "AdvancedEventSelectors AggregationConfigurations CloudWatchLogsLogGroupArn CloudWatchLogsRoleArn EnableLogFileValidation EventSelectors IncludeGlobalServiceEvents InsightSelectors IsLogging IsMultiRegionTrail IsOrganizationTrail KMSKeyId S3BucketName S3KeyPrefix SnsTopicName Tags TrailName", "IsLogging S3BucketName"],
  "AWS::CloudWatch::Alarm": ["Arn", "ActionsEnabled AlarmActions AlarmDescription AlarmName ComparisonOperator DatapointsToAlarm Dimensions EvaluateLowSampleCountPercentile EvaluationCriteria EvaluationInterval EvaluationPeriods EvaluationWindow ExtendedStatistic InsufficientDataActions MetricName Metrics Namespace OKActions Period Statistic Tags Threshold ThresholdMetricId TreatMissingData Unit WarmUpConfiguration", ""],
  "AWS::CloudWatch::AlarmMuteRule": ["Arn LastUpdatedTimestamp MuteType Status", "Description ExpireDate MuteTargets Name Rule StartDate Tags", "Rule"],
  "AWS::CloudWatch::AnomalyDetector": ["Id", "Configuration Dimensions MetricCharacteristics MetricMathAnomalyDetector MetricName Namespace SingleMetricAnomalyDetector Stat", ""],
  "AWS::CloudWatch::CompositeAlarm": ["Arn", "ActionsEnabled ActionsSuppressor ActionsSuppressorExtensionPeriod ActionsSuppressorWaitPeriod AlarmActions AlarmDescription AlarmName AlarmRule InsufficientDataActions OKActions Tags", "AlarmRule"],
  "AWS::CloudWatch::Dashboard": ["", "DashboardBody DashboardName Tags", "DashboardBody"],
  "AWS::CloudWatch::InsightRule": ["Arn RuleName", "ApplyOnTransformedLogs RuleBody RuleName RuleState Tags", "RuleBody RuleName RuleState"],
  "AWS::CloudWatch::LogAlarm": ["Arn", "ActionLogLineCount ActionLogLineRoleArn ActionsEnabled AlarmActions AlarmDescription AlarmName ComparisonOperator InsufficientDataActions OKActions QueryResultsToAlarm QueryResultsToEvaluate ScheduledQueryConfiguration Tags Threshold TreatMissingData WarmUpConfiguration", "ComparisonOperator QueryResultsToAlarm QueryResultsToEvaluate ScheduledQueryConfiguration Threshold"],
  "AWS::CloudWatch::MetricStream": ["Arn CreationDate LastUpdateDate State", "ExcludeFilters FirehoseArn IncludeFilters IncludeLinkedAccountsMetrics Name OutputFormat RoleArn StatisticsConfigurations Tags", "FirehoseArn OutputFormat RoleArn"],
  "AWS::CloudWatch::OTelEnrichment": ["AccountId Status", "", ""],
  "AWS::CodeArtifact::Domain": ["Arn EncryptionKey Name Owner", "DomainName EncryptionKey PermissionsPolicyDocument Tags", "DomainName"],
  "AWS::CodeArtifact::PackageGroup": ["Arn", "ContactInfo Description DomainName DomainOwner OriginConfiguration Pattern Tags", "DomainName Pattern"],
  "AWS::CodeArtifact::Repository": ["Arn DomainName DomainOwner Name", "Description DomainName DomainOwner ExternalConnections PermissionsPolicyDocument RepositoryName Tags Upstreams", "DomainName RepositoryName"],
  "AWS::CodeBuild::Fleet": ["Arn", "BaseCapacity ComputeConfiguration ComputeType EnvironmentType FleetProxyConfiguration FleetServiceRole FleetVpcConfig ImageId Name OverflowBehavior ScalingConfiguration Tags", ""],
  "AWS::CodeBuild::Project": ["Arn Id", "Artifacts AutoRetryLimit BadgeEnabled BuildBatchConfig Cache ConcurrentBuildLimit Description EncryptionKey Environment FileSystemLocations LogsConfig Name QueuedTimeoutInMinutes ResourceAccessRole SecondaryArtifacts SecondarySourceVersions SecondarySources ServiceRole Source SourceVersion Tags TimeoutInMinutes Triggers Visibility VpcConfig", "Artifacts Environment ServiceRole Source"],
  "AWS::CodeBuild::ReportGroup": ["Arn Id", "DeleteReports ExportConfig Name Tags Type", "ExportConfig Type"],
  "AWS::CodeBuild::SourceCredential": ["Arn", "AuthType ServerType Token Username", "AuthType ServerType Token"],
  "AWS::CodeCommit::Repository": ["Arn CloneUrlHttp CloneUrlSsh Name RepositoryId", "Code KmsKeyId RepositoryDescription RepositoryName Tags Triggers", "RepositoryName"],
  "AWS::CodeConnections::Connection": ["ConnectionArn ConnectionStatus OwnerAccountId", "ConnectionName HostArn ProviderType Tags", "ConnectionName"],
  "AWS::CodeConnections::Host": ["HostArn HostId Status", "Name ProviderEndpoint ProviderType Tags VpcConfiguration", "Name ProviderEndpoint ProviderType"],
  "AWS::CodeDeploy::Application": ["", "ApplicationName ComputePlatform Tags", ""],
  "AWS::CodeDeploy::DeploymentConfig": ["", "ComputePlatform DeploymentConfigName MinimumHealthyHosts TrafficRoutingConfig ZonalConfig", ""],
  "AWS::CodeDeploy::DeploymentGroup": ["", "AlarmConfiguration ApplicationName AutoRollbackConfiguration AutoScalingGroups BlueGreenDeploymentConfiguration Deployment DeploymentConfigName DeploymentGroupName DeploymentStyle ECSServices Ec2TagFilters Ec2TagSet LoadBalancerInfo OnPremisesInstanceTagFilters OnPremisesTagSet OutdatedInstancesStrategy ServiceRoleArn Tags TerminationHookEnabled TriggerConfigurations", "ApplicationName ServiceRoleArn"],
  "AWS::CodeGuruProfiler::ProfilingGroup": ["Arn", "AgentPermissions AnomalyDetectionNotificationConfiguration ComputePlatform ProfilingGroupName Tags", "ProfilingGroupName"],
  "AWS::CodeGuruReviewer::RepositoryAssociation": ["AssociationArn", "BucketName ConnectionArn Name Owner Tags Type", "Name Type"],
  "AWS::CodePipeline::CustomActionType": ["Id", "Category ConfigurationProperties InputArtifactDetails OutputArtifactDetails Provider Settings Tags Version", "Category InputArtifactDetails OutputArtifactDetails Provider Version"],
  "AWS::CodePipeline::Pipeline": ["Arn Version", "ArtifactStore ArtifactStores DisableInboundStageTransitions ExecutionMode Name PipelineType RestartExecutionOnUpdate RoleArn Stages Tags Triggers Variables", "RoleArn Stages"],
  "AWS::CodePipeline::Webhook": ["Id Url", "Authentication AuthenticationConfiguration Filters Name RegisterWithThirdParty Tags TargetAction TargetPipeline TargetPipelineVersion", "Authentication AuthenticationConfiguration Filters TargetAction TargetPipeline"],
  "AWS::CodeStar::GitHubRepository": ["Id", "Code ConnectionArn EnableIssues IsPrivate RepositoryAccessToken RepositoryDescription RepositoryName RepositoryOwner", "RepositoryName RepositoryOwner"],
  "AWS::CodeStarConnections::Connection": ["ConnectionArn ConnectionStatus OwnerAccountId", "ConnectionName HostArn ProviderType Tags", "ConnectionName"],
  "AWS::CodeStarConnections::RepositoryLink": ["ProviderType RepositoryLinkArn RepositoryLinkId", "ConnectionArn EncryptionKeyArn OwnerId RepositoryName Tags", "ConnectionArn OwnerId RepositoryName"],
  "AWS::CodeStarConnections::SyncConfiguration": ["OwnerId ProviderType RepositoryName", "Branch ConfigFile PublishDeploymentStatus RepositoryLinkId ResourceName RoleArn SyncType TriggerResourceUpdateOn", "Branch ConfigFile RepositoryLinkId ResourceName RoleArn SyncType"],
  "AWS::CodeStarNotifications::NotificationRule": ["Arn", "CreatedBy DetailType EventTypeId EventTypeIds Name Resource Status Tags TargetAddress Targets", "DetailType EventTypeIds Name Resource Targets"],
  "AWS::Cognito::IdentityPool": ["Id Name", "AllowClassicFlow AllowUnauthenticatedIdentities CognitoEvents CognitoIdentityProviders CognitoStreams DeveloperProviderName IdentityPoolName IdentityPoolTags OpenIdConnectProviderARNs PushSync SamlProviderARNs SupportedLoginProviders", "AllowUnauthenticatedIdentities"],
  "AWS::Cognito::IdentityPoolPrincipalTag": ["", "IdentityPoolId IdentityProviderName PrincipalTags UseDefaults", "IdentityPoolId IdentityProviderName"],
  "AWS::Cognito::IdentityPoolRoleAttachment": ["Id", "IdentityPoolId RoleMappings Roles", "IdentityPoolId"],
  "AWS::Cognito::LogDeliveryConfiguration": ["Id", "LogConfigurations UserPoolId", "UserPoolId"],
  "AWS::Cognito::ManagedLoginBranding": ["ManagedLoginBrandingId", "Assets ClientId ReturnMergedResources Settings UseCognitoProvidedValues UserPoolId", "UserPoolId"],
  "AWS::Cognito::Terms": ["TermsId", "ClientId Enforcement Links TermsName TermsSource UserPoolId", "Enforcement Links TermsName TermsSource UserPoolId"],
  "AWS::Cognito::UserPool": ["Arn ProviderName ProviderURL UserPoolId", "AccountRecoverySetting AdminCreateUserConfig AliasAttributes AutoVerifiedAttributes DeletionProtection DeviceConfiguration EmailAuthenticationMessage EmailAuthenticationSubject EmailConfiguration EmailVerificationMessage EmailVerificationSubject EnabledMfas IssuerConfiguration KeyConfiguration LambdaConfig MfaConfiguration Policies Schema SmsAuthenticationMessage SmsConfiguration SmsVerificationMessage UserAttributeUpdateSettings UserPoolAddOns UserPoolName UserPoolTags UserPoolTier UsernameAttributes UsernameConfiguration VerificationMessageTemplate WebAuthnFactorConfiguration WebAuthnRelyingPartyID WebAuthnUserVerification", ""],
  "AWS::Cognito::UserPoolClient": ["ClientId ClientSecret Name", "AccessTokenValidity AllowedOAuthFlows AllowedOAuthFlowsUserPoolClient AllowedOAuthScopes AnalyticsConfiguration AuthSessionValidity CallbackURLs ClientName DefaultRedirectURI EnablePropagateAdditionalUserContextData EnableTokenRevocation ExplicitAuthFlows GenerateSecret IdTokenValidity LogoutURLs PreventUserExistenceErrors ReadAttributes RefreshTokenRotation RefreshTokenValidity SupportedIdentityProviders TokenValidityUnits UserPoolId WriteAttributes", "UserPoolId"],
  "AWS::Cognito::UserPoolDomain": ["CloudFrontDistribution", "CustomDomainConfig Domain ManagedLoginVersion Routing UserPoolId", "Domain UserPoolId"],
  "AWS::Cognito::UserPoolGroup": ["", "Description GroupName Precedence RoleArn UserPoolId", "UserPoolId"],
  "AWS::Cognito::UserPoolIdentityProvider": ["", "AttributeMapping IdpIdentifiers ProviderDetails ProviderName ProviderType UserPoolId", "ProviderDetails ProviderName ProviderType UserPoolId"],
  "AWS::Cognito::UserPoolRegionalConfigurationAttachment": ["", "EmailConfiguration LambdaConfig SmsConfiguration Status UserPoolId UserPoolTags", "UserPoolId"],
  "AWS::Cognito::UserPoolReplica": ["", "RegionName UserPoolId UserPoolTagsAtCreate", "RegionName UserPoolId"],
  "AWS::Cognito::UserPoolResourceServer": ["", "Identifier Name Scopes UserPoolId", "Identifier Name UserPoolId"],
  "AWS::Cognito::UserPoolRiskConfigurationAttachment": ["", "AccountTakeoverRiskConfiguration ClientId CompromisedCredentialsRiskConfiguration RiskExceptionConfiguration UserPoolId", "ClientId UserPoolId"],
  "AWS::Cognito::UserPoolUICustomizationAttachment": ["", "CSS ClientId UserPoolId", "ClientId UserPoolId"],
  "AWS::Cognito::UserPoolUser": ["", "ClientMetadata DesiredDeliveryMediums ForceAliasCreation MessageAction UserAttributes UserPoolId Username ValidationData", "UserPoolId"],
  "AWS::Cognito::UserPoolUserToGroupAttachment": ["", "GroupName UserPoolId Username", "GroupName UserPoolId Username"],
  "AWS::Comprehend::DocumentClassifier": ["Arn", "DataAccessRoleArn DocumentClassifierName InputDataConfig LanguageCode Mode ModelKmsKeyId ModelPolicy OutputDataConfig Tags VersionName VolumeKmsKeyId VpcConfig", "DataAccessRoleArn DocumentClassifierName InputDataConfig LanguageCode"],
  "AWS::Comprehend::DocumentClassifierEndpoint": ["Arn CreationTime CurrentInferenceUnits LastModifiedTime", "DesiredInferenceUnits EndpointName ModelArn Tags", "DesiredInferenceUnits EndpointName ModelArn"],
  "AWS::Comprehend::EntityRecognizer": ["Arn", "DataAccessRoleArn InputDataConfig LanguageCode ModelKmsKeyId ModelPolicy RecognizerName Tags VersionName VolumeKmsKeyId VpcConfig", "DataAccessRoleArn InputDataConfig LanguageCode RecognizerName"],
  "AWS::Comprehend::Flywheel": ["Arn", "ActiveModelArn DataAccessRoleArn DataLakeS3Uri DataSecurityConfig FlywheelName ModelType Tags TaskConfig", "DataAccessRoleArn DataLakeS3Uri FlywheelName"],
  "AWS::ComputeOptimizer::AutomationRule": ["AccountId CreatedTimestamp LastUpdatedTimestamp RuleArn RuleId RuleRevision", "Criteria Description Name OrganizationConfiguration Priority RecommendedActionTypes RuleType Schedule Status Tags", "Name RecommendedActionTypes RuleType Schedule Status"],
  "AWS::Config::AggregationAuthorization": ["AggregationAuthorizationArn", "AuthorizedAccountId AuthorizedAwsRegion Tags", "AuthorizedAccountId AuthorizedAwsRegion"],
  "AWS::Config::ConfigRule": ["Arn Compliance.Type ConfigRuleId", "Compliance ConfigRuleName Description EvaluationModes InputParameters MaximumExecutionFrequency Scope Source", "Source"],
  "AWS::Config::ConfigurationAggregator": ["ConfigurationAggregatorArn", "AccountAggregationSources ConfigurationAggregatorName OrganizationAggregationSource Tags", ""],
  "AWS::Config::ConfigurationRecorder": ["Id ResourceARN", "Name RecordingGroup RecordingMode RoleARN StartedOnCreate", "RoleARN"],
  "AWS::Config::ConformancePack": ["ConformancePackArn", "ConformancePackInputParameters ConformancePackName DeliveryS3Bucket DeliveryS3KeyPrefix Tags TemplateBody TemplateS3Uri TemplateSSMDocumentDetails", "ConformancePackName"],
  "AWS::Config::Connector": ["Arn CreatedTime Name", "ConnectorConfiguration Tags", "ConnectorConfiguration"],
  "AWS::Config::DeliveryChannel": ["", "ConfigSnapshotDeliveryProperties Name S3BucketName S3KeyPrefix S3KmsKeyArn SnsTopicARN", "S3BucketName"],
  "AWS::Config::OrganizationConfigRule": ["Id", "ExcludedAccounts OrganizationConfigRuleName OrganizationCustomPolicyRuleMetadata OrganizationCustomRuleMetadata OrganizationManagedRuleMetadata", "OrganizationConfigRuleName"],
  "AWS::Config::OrganizationConformancePack": ["OrganizationConformancePackArn", "ConformancePackInputParameters DeliveryS3Bucket DeliveryS3KeyPrefix ExcludedAccounts OrganizationConformancePackName Tags TemplateBody TemplateS3Uri", "OrganizationConformancePackName"],
  "AWS::Config::RemediationConfiguration": ["", "Automatic ConfigRuleName ExecutionControls MaximumAutomaticAttempts Parameters ResourceType RetryAttemptSeconds TargetId TargetType TargetVersion", "ConfigRuleName TargetId TargetType"],
  "AWS::Config::StoredQuery": ["QueryArn QueryId", "QueryDescription QueryExpression QueryName Tags", "QueryExpression QueryName"],
  "AWS::Connect::AgentStatus": ["AgentStatusArn LastModifiedRegion LastModifiedTime", "Description DisplayOrder InstanceArn Name ResetOrderNumber State Tags Type", "InstanceArn Name State"],
  "AWS::Connect::ApprovedOrigin": ["", "InstanceId Origin", "InstanceId Origin"],
  "AWS::Connect::ContactFlow": ["ContactFlowArn", "Content Description InstanceArn Name State Tags Type", "Content InstanceArn Name Type"],
  "AWS::Connect::ContactFlowModule": ["ContactFlowModuleArn Status", "Content Description ExternalInvocationConfiguration InstanceArn Name Settings State Tags", "Content InstanceArn Name"],
  "AWS::Connect::ContactFlowModuleAlias": ["AliasId ContactFlowModuleAliasARN", "ContactFlowModuleId ContactFlowModuleVersion Description Name", "ContactFlowModuleId ContactFlowModuleVersion Name"],
  "AWS::Connect::ContactFlowModuleVersion": ["ContactFlowModuleVersionARN FlowModuleContentSha256 Version", "ContactFlowModuleId Description", "ContactFlowModuleId"],
  "AWS::Connect::ContactFlowVersion": ["ContactFlowVersionARN FlowContentSha256 Version", "ContactFlowId Description", "ContactFlowId"],
  "AWS::Connect::DataLakeAssociation": ["ResourceShareArn ResourceShareId", "DataSetId InstanceId TargetAccountId", "DataSetId InstanceId"],
  "AWS::Connect::DataTable": ["Arn CreatedTime LastModifiedRegion LastModifiedTime LockVersion", "Description InstanceArn Name Status Tags TimeZone ValueLockLevel", "InstanceArn Name Status TimeZone ValueLockLevel"],
  "AWS::Connect::DataTableAttribute": ["AttributeId LastModifiedRegion LastModifiedTime LockVersion", "DataTableArn Description InstanceArn Name Primary Validation ValueType", "DataTableArn InstanceArn Name ValueType"],
  "AWS::Connect::DataTableRecord": ["RecordId", "DataTableArn DataTableRecord InstanceArn", "DataTableArn DataTableRecord InstanceArn"],
  "AWS::Connect::EmailAddress": ["EmailAddressArn", "AliasConfigurations Description DisplayName EmailAddress InstanceArn Tags", "EmailAddress InstanceArn"],
  "AWS::Connect::EvaluationForm": ["EvaluationFormArn", "AIVersion AutoEvaluationConfiguration Description InstanceArn Items LanguageConfiguration ReviewConfiguration ScoringStrategy Status Tags TargetConfiguration Title", "InstanceArn Items Status Title"],
  "AWS::Connect::HoursOfOperation": ["HoursOfOperationArn", "ChildHoursOfOperations Config Description HoursOfOperationOverrides InstanceArn Name ParentHoursOfOperations Tags TimeZone", "Config InstanceArn Name TimeZone"],
  "AWS::Connect::Instance": ["Arn CreatedTime Id InstanceStatus ServiceRole", "Attributes DirectoryId IdentityManagementType InstanceAlias Tags", "Attributes IdentityManagementType"],
  "AWS::Connect::InstanceStorageConfig": ["AssociationId", "InstanceArn KinesisFirehoseConfig KinesisStreamConfig KinesisVideoStreamConfig ResourceType S3Config StorageType", "InstanceArn ResourceType StorageType"],
  "AWS::Connect::IntegrationAssociation": ["IntegrationAssociationId", "InstanceId IntegrationArn IntegrationType Tags", "InstanceId IntegrationArn IntegrationType"],
  "AWS::Connect::Metric": ["Category CreatedTime CreatedUser CreationMethod EffectiveTime Filters Groupings LastModifiedRegion LastModifiedTime LastModifiedUser MetricArn PrimaryEventSource PrimaryEventSourceEffectiveTimestampType RefreshRate SupportedStats SupportsCustomCalculation SupportsPreaggregateCalculation Type", "Description InstanceArn MetricCalculation Name PositiveTrendIndicator Status Tags Unit", "InstanceArn MetricCalculation Name Status Unit"],
  "AWS::Connect::Notification": ["Arn CreatedAt Id", "Content ExpiresAt InstanceArn Priority Recipients Tags", "Content InstanceArn"],
  "AWS::Connect::PhoneNumber": ["Address PhoneNumberArn", "CountryCode Description Prefix SourcePhoneNumberArn Tags TargetArn Type", "TargetArn"],
  "AWS::Connect::PredefinedAttribute": ["LastModifiedRegion LastModifiedTime", "AttributeConfiguration InstanceArn Name Purposes Values", "InstanceArn Name"],
  "AWS::Connect::Prompt": ["PromptArn", "Description InstanceArn Name S3Uri Tags", "InstanceArn Name"],
  "AWS::Connect::Queue": ["LastModifiedRegion LastModifiedTime QueueArn Type", "AdditionalEmailAddresses Description HoursOfOperationArn InstanceArn MaxContacts Name OutboundCallerConfig OutboundEmailConfig QuickConnectArns Status Tags", "HoursOfOperationArn InstanceArn Name"],
  "AWS::Connect::QuickConnect": ["QuickConnectArn QuickConnectType", "Description InstanceArn Name QuickConnectConfig Tags", "InstanceArn Name QuickConnectConfig"],
  "AWS::Connect::RoutingProfile": ["RoutingProfileArn", "AgentAvailabilityTimer DefaultOutboundQueueArn Description InstanceArn ManualAssignmentQueueConfigs MediaConcurrencies Name QueueConfigs Tags", "DefaultOutboundQueueArn Description InstanceArn MediaConcurrencies Name"],
  "AWS::Connect::Rule": ["RuleArn", "Actions Function InstanceArn Name PublishStatus Tags TriggerEventSource", "Actions Function InstanceArn Name PublishStatus TriggerEventSource"],
  "AWS::Connect::SecurityKey": ["AssociationId", "InstanceId Key", "InstanceId Key"],
  "AWS::Connect::SecurityProfile": ["LastModifiedRegion LastModifiedTime SecurityProfileArn", "AllowedAccessControlHierarchyGroupId AllowedAccessControlTags AllowedFlowModules Applications Description GranularAccessControlConfiguration HierarchyRestrictedResources InstanceArn Permissions SecurityProfileName TagRestrictedResources Tags", "InstanceArn SecurityProfileName"],
  "AWS::Connect::TaskTemplate": ["Arn", "ClientToken Constraints ContactFlowArn Defaults Description Fields InstanceArn Name SelfAssignContactFlowArn Status Tags", "InstanceArn"],
  "AWS::Connect::TestCase": ["LastModifiedRegion LastModifiedTime TestCaseArn", "Content Description EntryPoint InitializationData InstanceArn Name Status Tags", "Content InstanceArn Name"],
  "AWS::Connect::TrafficDistributionGroup": ["IsDefault Status TrafficDistributionGroupArn", "Description InstanceArn Name Tags", "InstanceArn Name"],
  "AWS::Connect::User": ["UserArn", "AfterContactWorkConfigs AutoAcceptConfigs DirectoryUserId HierarchyGroupArn IdentityInfo InstanceArn Password PersistentConnectionConfigs PhoneConfig PhoneNumberConfigs RoutingProfileArn SecurityProfileArns Tags UserProficiencies Username VoiceEnhancementConfigs", "InstanceArn RoutingProfileArn SecurityProfileArns Username"],
  "AWS::Connect::UserHierarchyGroup": ["UserHierarchyGroupArn", "InstanceArn Name ParentGroupArn Tags", "InstanceArn Name"],
  "AWS::Connect::UserHierarchyStructure": ["UserHierarchyStructureArn", "InstanceArn UserHierarchyStructure", "InstanceArn"],
  "AWS::Connect::View": ["ViewArn ViewContentSha256 ViewId", "Actions Description InstanceArn Name Tags Template", "Actions InstanceArn Name Template"],
  "AWS::Connect::ViewVersion": ["Version ViewVersionArn", "VersionDescription ViewArn ViewContentSha256", "ViewArn"],
  "AWS::Connect::Vocabulary": ["Arn LastModifiedTime State VocabularyId", "Content InstanceId LanguageCode Tags VocabularyName", "Content InstanceId LanguageCode VocabularyName"],
  "AWS::Connect::Workspace": ["Arn Id", "Associations Description InstanceArn Media Name Pages Tags Theme Title Visibility", "InstanceArn Name"],
  "AWS::ConnectCampaigns::Campaign": ["Arn", "ConnectInstanceArn DialerConfig Name OutboundCallConfig Tags", "ConnectInstanceArn DialerConfig Name OutboundCallConfig"],
  "AWS::ConnectCampaignsV2::Campaign": ["Arn", "ChannelSubtypeConfig CommunicationLimitsOverride CommunicationTimeConfig ConnectCampaignFlowArn ConnectInstanceId EntryLimitsConfig Name Schedule Source Tags Type", "ConnectInstanceId Name"],
  "AWS::ControlTower::EnabledBaseline": ["EnabledBaselineIdentifier", "BaselineIdentifier BaselineVersion Parameters Tags TargetIdentifier", "BaselineIdentifier BaselineVersion TargetIdentifier"],
  "AWS::ControlTower::EnabledControl": ["", "ControlIdentifier Parameters Tags TargetIdentifier", "ControlIdentifier TargetIdentifier"],
  "AWS::ControlTower::LandingZone": ["Arn DriftStatus LandingZoneIdentifier LatestAvailableVersion Status", "Manifest RemediationTypes Tags Version", "Manifest Version"],
  "AWS::CustomerProfiles::CalculatedAttributeDefinition": ["CreatedAt LastUpdatedAt Readiness Status", "AttributeDetails CalculatedAttributeName Conditions Description DisplayName DomainName Statistic Tags UseHistoricalData", "AttributeDetails CalculatedAttributeName DomainName Statistic"],
  "AWS::CustomerProfiles::Domain": ["CreatedAt DataStore.Readiness LastUpdatedAt RuleBasedMatching.Status Stats", "DataStore DeadLetterQueueUrl DefaultEncryptionKey DefaultExpirationDays DomainName Matching RuleBasedMatching Tags", "DefaultExpirationDays DomainName"],
  "AWS::CustomerProfiles::DomainObjectType": ["CreatedAt LastUpdatedAt", "Description DomainName EncryptionKey Fields ObjectTypeName Tags", "DomainName Fields ObjectTypeName"],
  "AWS::CustomerProfiles::EventStream": ["CreatedAt DestinationDetails DestinationDetails.Status DestinationDetails.Uri EventStreamArn State", "DomainName EventStreamName Tags Uri", "DomainName EventStreamName Uri"],
  "AWS::CustomerProfiles::EventTrigger": ["CreatedAt LastUpdatedAt", "Description DomainName EventTriggerConditions EventTriggerLimits EventTriggerName ObjectTypeName SegmentFilter Tags", "DomainName EventTriggerConditions EventTriggerName ObjectTypeName"],
  "AWS::CustomerProfiles::Integration": ["CreatedAt LastUpdatedAt", "DomainName EventTriggerNames FlowDefinition ObjectTypeName ObjectTypeNames Scope Tags Uri", "DomainName"],
  "AWS::CustomerProfiles::ObjectType": ["CreatedAt LastUpdatedAt MaxAvailableProfileObjectCount", "AllowProfileCreation Description DomainName EncryptionKey ExpirationDays Fields Keys MaxProfileObjectCount ObjectTypeName SourceLastUpdatedTimestampFormat SourcePriority Tags TemplateId", "Description DomainName ObjectTypeName"],
  "AWS::CustomerProfiles::Recommender": ["CreatedAt FailureReason LastUpdatedAt LatestRecommenderUpdate RecommenderArn Status TrainingMetrics", "Description DomainName RecommenderConfig RecommenderName RecommenderRecipeName Tags", "DomainName RecommenderName RecommenderRecipeName"],
  "AWS::CustomerProfiles::RecommenderSchema": ["Arn CreatedAt Status", "DomainName Fields RecommenderSchemaName Tags", "DomainName Fields RecommenderSchemaName"],
  "AWS::CustomerProfiles::SegmentDefinition": ["CreatedAt SegmentDefinitionArn SegmentType", "Description DisplayName DomainName SegmentDefinitionName SegmentGroups SegmentSort SegmentSqlQuery Tags", "DisplayName DomainName SegmentDefinitionName"],
  "AWS::DAX::Cluster": ["Arn ClusterDiscoveryEndpoint ClusterDiscoveryEndpointURL Id", "AvailabilityZones ClusterEndpointEncryptionType ClusterName Description IAMRoleARN NetworkType NodeType NotificationTopicARN ParameterGroupName PreferredMaintenanceWindow ReplicationFactor SSESpecification SecurityGroupIds SubnetGroupName Tags", "IAMRoleARN NodeType ReplicationFactor"],
  "AWS::DAX::ParameterGroup": ["", "Description ParameterGroupName ParameterNameValues", ""],
  "AWS::DAX::SubnetGroup": ["Id", "Description SubnetGroupName SubnetIds", "SubnetIds"],
  "AWS::DLM::LifecyclePolicy": ["Arn PolicyId", "CopyTags CreateInterval CrossRegionCopyTargets DefaultPolicy Description Exclusions ExecutionRoleArn ExtendDeletion PolicyDetails RetainInterval State Tags", ""],
  "AWS::DMS::Certificate": ["CertificateArn", "CertificateIdentifier CertificatePem CertificateWallet", ""],
  "AWS::DMS::DataMigration": ["DataMigrationArn DataMigrationCreateTime", "DataMigrationIdentifier DataMigrationName DataMigrationSettings DataMigrationType MigrationProjectIdentifier ServiceAccessRoleArn SourceDataSettings Tags", "DataMigrationType MigrationProjectIdentifier ServiceAccessRoleArn"],
  "AWS::DMS::DataProvider": ["DataProviderArn DataProviderCreationTime", "DataProviderIdentifier DataProviderName Description Engine ExactSettings Settings Tags", "Engine"],
  "AWS::DMS::Endpoint": ["EndpointArn ExternalId", "CertificateArn DatabaseName DocDbSettings DynamoDbSettings ElasticsearchSettings EndpointIdentifier EndpointType EngineName ExtraConnectionAttributes GcpMySQLSettings IbmDb2Settings KafkaSettings KinesisSettings KmsKeyId MicrosoftSqlServerSettings MongoDbSettings MySqlSettings NeptuneSettings OracleSettings Password Port PostgreSqlSettings RedisSettings RedshiftSettings ResourceIdentifier S3Settings ServerName SslMode SybaseSettings Tags Username", "EndpointType EngineName"],
  "AWS::DMS::EventSubscription": ["", "Enabled EventCategories SnsTopicArn SourceIds SourceType SubscriptionName Tags", "SnsTopicArn"],
  "AWS::DMS::InstanceProfile": ["InstanceProfileArn InstanceProfileCreationTime", "AvailabilityZone Description InstanceProfileIdentifier InstanceProfileName KmsKeyArn NetworkType PubliclyAccessible SubnetGroupIdentifier Tags VpcSecurityGroups", ""],
  "AWS::DMS::MigrationProject": ["MigrationProjectArn", "Description InstanceProfileArn InstanceProfileIdentifier InstanceProfileName MigrationProjectCreationTime MigrationProjectIdentifier MigrationProjectName SchemaConversionApplicationAttributes SourceDataProviderDescriptors Tags TargetDataProviderDescriptors TransformationRules", ""],
  "AWS::DMS::ReplicationConfig": ["ReplicationConfigArn", "ComputeConfig ReplicationConfigIdentifier ReplicationSettings ReplicationType ResourceIdentifier SourceEndpointArn SupplementalSettings TableMappings Tags TargetEndpointArn", "ComputeConfig ReplicationConfigIdentifier ReplicationType SourceEndpointArn TableMappings TargetEndpointArn"],
  "AWS::DMS::ReplicationInstance": ["Id ReplicationInstancePrivateIpAddresses ReplicationInstancePublicIpAddresses", "AllocatedStorage AllowMajorVersionUpgrade AutoMinorVersionUpgrade AvailabilityZone DnsNameServers EngineVersion KmsKeyId MultiAZ NetworkType PreferredMaintenanceWindow PubliclyAccessible ReplicationInstanceClass ReplicationInstanceIdentifier ReplicationSubnetGroupIdentifier ResourceIdentifier Tags VpcSecurityGroupIds", "ReplicationInstanceClass"],
  "AWS::DMS::ReplicationSubnetGroup": ["", "ReplicationSubnetGroupDescription ReplicationSubnetGroupIdentifier SubnetIds Tags", "ReplicationSubnetGroupDescription SubnetIds"],
  "AWS::DMS::ReplicationTask": ["ReplicationTaskArn", "CdcStartPosition CdcStartTime CdcStopPosition MigrationType ReplicationInstanceArn ReplicationTaskIdentifier ReplicationTaskSettings ResourceIdentifier SourceEndpointArn TableMappings Tags TargetEndpointArn TaskData", "MigrationType ReplicationInstanceArn SourceEndpointArn TableMappings TargetEndpointArn"],
  "AWS::DRS::LaunchConfigurationTemplate": ["Arn LaunchConfigurationTemplateID", "CopyPrivateIp CopyTags ExportBucketArn LaunchDisposition LaunchIntoSourceInstance Licensing PostLaunchEnabled Tags TargetInstanceTypeRightSizingMethod", ""],
  "AWS::DRS::ReplicationConfigurationTemplate": ["Arn ReplicationConfigurationTemplateID", "AssociateDefaultSecurityGroup AutoReplicateNewDisks BandwidthThrottling CreatePublicIP DataPlaneRouting DefaultLargeStagingDiskType EbsEncryption EbsEncryptionKeyArn InternetProtocol PitPolicy ReplicationServerInstanceType ReplicationServersSecurityGroupsIDs StagingAreaSubnetId StagingAreaTags Tags UseDedicatedReplicationServer", "BandwidthThrottling EbsEncryption PitPolicy ReplicationServersSecurityGroupsIDs StagingAreaSubnetId StagingAreaTags"],
  "AWS::DRS::SourceNetwork": ["Arn SourceNetworkID", "OriginAccountID OriginRegion Tags VpcID", "OriginAccountID OriginRegion VpcID"],
  "AWS::DSQL::Cluster": ["CreationTime EncryptionDetails Endpoint Identifier PolicyVersion ResourceArn Status VpcEndpoint VpcEndpointServiceName", "DeletionProtectionEnabled KmsEncryptionKey MultiRegionProperties PolicyDocument Tags", ""],
  "AWS::DataBrew::Dataset": ["", "Format FormatOptions Input Name PathOptions Source Tags", "Input Name"],
  "AWS::DataBrew::Job": ["", "DataCatalogOutputs DatabaseOutputs DatasetName EncryptionKeyArn EncryptionMode JobSample LogSubscription MaxCapacity MaxRetries Name OutputLocation Outputs ProfileConfiguration ProjectName Recipe RoleArn Tags Timeout Type ValidationConfigurations", "Name RoleArn Type"],
  "AWS::DataBrew::Project": ["", "DatasetName Name RecipeName RoleArn Sample Tags", "DatasetName Name RecipeName RoleArn"],
  "AWS::DataBrew::Recipe": ["", "Description Name Steps Tags", "Name Steps"],
  "AWS::DataBrew::Ruleset": ["", "Description Name Rules Tags TargetArn", "Name Rules TargetArn"],
  "AWS::DataBrew::Schedule": ["", "CronExpression JobNames Name Tags", "CronExpression Name"],
  "AWS::DataExchange::DataSet": ["Arn CreatedAt Id Origin UpdatedAt", "AssetType Description Name Tags", "AssetType Description Name"],
  "AWS::DataExchange::EventAction": ["Arn CreatedAt EventActionId UpdatedAt", "Action Event Tags", "Action Event"],
  "AWS::DataPipeline::Pipeline": ["Id PipelineId", "Activate Description Name ParameterObjects ParameterValues PipelineObjects PipelineTags", "Name"],
  "AWS::DataSync::Agent": ["AgentArn EndpointType", "ActivationKey AgentName SecurityGroupArns SubnetArns Tags VpcEndpointId", ""],
  "AWS::DataSync::LocationAzureBlob": ["CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig", "AgentArns AzureAccessTier AzureBlobAuthenticationType AzureBlobContainerUrl AzureBlobSasConfiguration AzureBlobType CmkSecretConfig CustomSecretConfig FederatedIdentity Subdirectory Tags", "AzureBlobAuthenticationType"],
  "AWS::DataSync::LocationEFS": ["LocationArn LocationUri", "AccessPointArn Ec2Config EfsFilesystemArn FileSystemAccessRoleArn InTransitEncryption Subdirectory Tags", "Ec2Config"],
  "AWS::DataSync::LocationFSxLustre": ["LocationArn LocationUri", "FsxFilesystemArn SecurityGroupArns Subdirectory Tags", "SecurityGroupArns"],
  "AWS::DataSync::LocationFSxONTAP": ["FsxFilesystemArn LocationArn LocationUri Protocol.SMB.CmkSecretConfig.SecretArn Protocol.SMB.ManagedSecretConfig", "Protocol SecurityGroupArns StorageVirtualMachineArn Subdirectory Tags", "SecurityGroupArns StorageVirtualMachineArn"],
  "AWS::DataSync::LocationFSxOpenZFS": ["LocationArn LocationUri", "FsxFilesystemArn Protocol SecurityGroupArns Subdirectory Tags", "Protocol SecurityGroupArns"],
  "AWS::DataSync::LocationFSxWindows": ["CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig", "CmkSecretConfig CustomSecretConfig Domain FsxFilesystemArn Password SecurityGroupArns Subdirectory Tags User", "SecurityGroupArns User"],
  "AWS::DataSync::LocationHDFS": ["CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig", "AgentArns AuthenticationType BlockSize CmkSecretConfig CustomSecretConfig KerberosKeytab KerberosKrb5Conf KerberosPrincipal KmsKeyProviderUri NameNodes QopConfiguration ReplicationFactor SimpleUser Subdirectory Tags", "AgentArns AuthenticationType NameNodes"],
  "AWS::DataSync::LocationNFS": ["LocationArn LocationUri", "MountOptions OnPremConfig ServerHostname Subdirectory Tags", "OnPremConfig"],
  "AWS::DataSync::LocationObjectStorage": ["CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig", "AccessKey AgentArns BucketName CmkSecretConfig CustomSecretConfig FederatedIdentity SecretKey ServerCertificate ServerHostname ServerPort ServerProtocol Subdirectory Tags", ""],
  "AWS::DataSync::LocationS3": ["LocationArn LocationUri", "S3BucketArn S3Config S3StorageClass Subdirectory Tags", "S3Config"],
  "AWS::DataSync::LocationSMB": ["CmkSecretConfig.SecretArn LocationArn LocationUri ManagedSecretConfig", "AgentArns AuthenticationType CmkSecretConfig CustomSecretConfig DnsIpAddresses Domain KerberosKeytab KerberosKrb5Conf KerberosPrincipal MountOptions Password ServerHostname Subdirectory Tags User", "AgentArns"],
  "AWS::DataSync::Task": ["DestinationNetworkInterfaceArns SourceNetworkInterfaceArns Status TaskArn", "CloudWatchLogGroupArn DestinationLocationArn Excludes Includes ManifestConfig Name Options Schedule SourceLocationArn Tags TaskMode TaskReportConfig", "DestinationLocationArn SourceLocationArn"],
  "AWS::DataZone::Connection": ["ConnectionId DomainId DomainUnitId EnvironmentId EnvironmentUserRole ProjectId Type", "AwsLocation Configurations Description DomainIdentifier EnableTrustedIdentityPropagation EnvironmentIdentifier Name ProjectIdentifier Props Scope", "DomainIdentifier Name"],
  "AWS::DataZone::DataSource": ["ConnectionId CreatedAt DomainId EnvironmentId Id LastRunAssetCount LastRunAt LastRunStatus ProjectId Status UpdatedAt", "AssetFormsInput Configuration ConnectionIdentifier Description DomainIdentifier EnableSetting EnvironmentIdentifier Name ProjectIdentifier PublishOnImport Recommendation Schedule Type", "DomainIdentifier Name ProjectIdentifier Type"],
  "AWS::DataZone::Domain": ["Arn CreatedAt Id LastUpdatedAt ManagedAccountId PortalUrl RootDomainUnitId Status", "Description DomainExecutionRole DomainVersion KmsKeyIdentifier Name ServiceRole SingleSignOn Tags", "Name"],
  "AWS::DataZone::DomainUnit": ["CreatedAt DomainId Id Identifier LastUpdatedAt ParentDomainUnitId", "Description DomainIdentifier Name ParentDomainUnitIdentifier", "DomainIdentifier Name ParentDomainUnitIdentifier"],
  "AWS::DataZone::Environment": ["AwsAccountId AwsAccountRegion CreatedAt CreatedBy DomainId EnvironmentBlueprintId EnvironmentProfileId Id ProjectId Provider Status UpdatedAt", "DeploymentOrder Description DomainIdentifier EnvironmentAccountIdentifier EnvironmentAccountRegion EnvironmentBlueprintIdentifier EnvironmentConfigurationId EnvironmentProfileIdentifier EnvironmentRoleArn GlossaryTerms Name ProjectIdentifier UserParameters", "DomainIdentifier Name ProjectIdentifier"],
  "AWS::DataZone::EnvironmentActions": ["DomainId EnvironmentId Id", "Description DomainIdentifier EnvironmentIdentifier Identifier Name Parameters", "Name"],
  "AWS::DataZone::EnvironmentBlueprintConfiguration": ["CreatedAt DomainId EnvironmentBlueprintId UpdatedAt", "DomainIdentifier EnabledRegions EnvironmentBlueprintIdentifier EnvironmentRolePermissionBoundary GlobalParameters ManageAccessRoleArn ProvisioningConfigurations ProvisioningRoleArn RegionalParameters", "DomainIdentifier EnabledRegions EnvironmentBlueprintIdentifier"],
  "AWS::DataZone::EnvironmentProfile": ["CreatedAt CreatedBy DomainId EnvironmentBlueprintId Id ProjectId UpdatedAt", "AwsAccountId AwsAccountRegion Description DomainIdentifier EnvironmentBlueprintIdentifier Name ProjectIdentifier UserParameters", "AwsAccountId AwsAccountRegion DomainIdentifier EnvironmentBlueprintIdentifier Name ProjectIdentifier"],
  "AWS::DataZone::FormType": ["CreatedAt CreatedBy DomainId FormTypeIdentifier OwningProjectId Revision", "Description DomainIdentifier Model Name OwningProjectIdentifier Status", "DomainIdentifier Model Name OwningProjectIdentifier"],
  "AWS::DataZone::GroupProfile": ["DomainId GroupName Id RolePrincipalId", "DomainIdentifier GroupIdentifier GroupType RolePrincipalArn Status", "DomainIdentifier"],
  "AWS::DataZone::Owner": ["OwnerIdentifier OwnerType", "DomainIdentifier EntityIdentifier EntityType Owner", "DomainIdentifier EntityIdentifier EntityType Owner"],
  "AWS::DataZone::PolicyGrant": ["CreatedAt CreatedBy GrantId", "Detail DomainIdentifier EntityIdentifier EntityType PolicyType Principal", "DomainIdentifier EntityIdentifier EntityType PolicyType"],
  "AWS::DataZone::Project": ["CreatedAt CreatedBy DomainId Id LastUpdatedAt ProjectStatus", "Description DomainIdentifier DomainUnitId GlossaryTerms MembershipAssignments Name ProjectCategory ProjectExecutionRole ProjectProfileId ProjectProfileVersion ResourceTags UserParameters", "DomainIdentifier Name"],
  "AWS::DataZone::ProjectMembership": ["MemberIdentifier MemberIdentifierType", "Designation DomainIdentifier Member ProjectIdentifier", "Designation DomainIdentifier Member ProjectIdentifier"],
  "AWS::DataZone::ProjectProfile": ["CreatedAt CreatedBy DomainId DomainUnitId Id Identifier LastUpdatedAt", "AllowCustomProjectResourceTags Description DomainIdentifier DomainUnitIdentifier EnvironmentConfigurations Name ProjectResourceTags ProjectResourceTagsDescription Status UseDefaultConfigurations", "Name"],
  "AWS::DataZone::SubscriptionTarget": ["CreatedAt CreatedBy DomainId EnvironmentId Id ProjectId UpdatedAt UpdatedBy", "ApplicableAssetTypes AuthorizedPrincipals DomainIdentifier EnvironmentIdentifier ManageAccessRole Name Provider SubscriptionTargetConfig Type", "ApplicableAssetTypes AuthorizedPrincipals DomainIdentifier EnvironmentIdentifier Name SubscriptionTargetConfig Type"],
  "AWS::DataZone::UserProfile": ["Details DomainId Id Type", "DomainIdentifier SessionName Status UserIdentifier UserType", "DomainIdentifier UserIdentifier"],
  "AWS::Deadline::Budget": ["Arn BudgetId Status", "Actions ApproximateDollarLimit Description DisplayName FarmId Schedule Tags UsageTrackingResource", "Actions ApproximateDollarLimit DisplayName FarmId Schedule UsageTrackingResource"],
  "AWS::Deadline::Farm": ["Arn FarmId", "CostScaleFactor Description DisplayName KmsKeyArn Tags", "DisplayName"],
  "AWS::Deadline::Fleet": ["Arn Capabilities FleetId Status StatusMessage WorkerCount", "Configuration Description DisplayName FarmId HostConfiguration MaxWorkerCount MinWorkerCount RoleArn Tags", "Configuration DisplayName FarmId MaxWorkerCount RoleArn"],
  "AWS::Deadline::LicenseEndpoint": ["Arn DnsName LicenseEndpointId Status StatusMessage", "SecurityGroupIds SubnetIds Tags VpcId", "SecurityGroupIds SubnetIds VpcId"],
  "AWS::Deadline::Limit": ["CurrentCount LimitId", "AmountRequirementName Description DisplayName FarmId MaxCount", "AmountRequirementName DisplayName FarmId MaxCount"],
  "AWS::Deadline::MeteredProduct": ["Arn Family Port Vendor", "LicenseEndpointId ProductId", ""],
  "AWS::Deadline::Monitor": ["Arn IdentityCenterApplicationArn MonitorId Url", "DisplayName IdentityCenterInstanceArn IdentityCenterRegion RoleArn Subdomain Tags", "DisplayName IdentityCenterInstanceArn RoleArn Subdomain"],
  "AWS::Deadline::Queue": ["Arn QueueId", "AllowedStorageProfileIds DefaultBudgetAction Description DisplayName FarmId JobAttachmentSettings JobRunAsUser RequiredFileSystemLocationNames RoleArn SchedulingConfiguration Tags", "DisplayName FarmId"],
  "AWS::Deadline::QueueEnvironment": ["Name QueueEnvironmentId", "FarmId Priority QueueId Template TemplateType", "FarmId Priority QueueId Template TemplateType"],
  "AWS::Deadline::QueueFleetAssociation": ["", "FarmId FleetId QueueId", "FarmId FleetId QueueId"],
  "AWS::Deadline::QueueLimitAssociation": ["", "FarmId LimitId QueueId", "FarmId LimitId QueueId"],
  "AWS::Deadline::StorageProfile": ["StorageProfileId", "DisplayName FarmId FileSystemLocations OsFamily", "DisplayName FarmId OsFamily"],
  "AWS::Deadline::Worker": ["Arn CreatedAt CreatedBy Status WorkerId", "FarmId FleetId HostProperties Tags", "FarmId FleetId"],
  "AWS::Detective::Graph": ["Arn", "AutoEnableMembers Tags", ""],
  "AWS::Detective::MemberInvitation": ["", "DisableEmailNotification GraphArn MemberEmailAddress MemberId Message", "GraphArn MemberEmailAddress MemberId"],
  "AWS::Detective::OrganizationAdmin": ["GraphArn", "AccountId", "AccountId"],
  "AWS::DevOpsAgent::AgentSpace": ["AgentSpaceId Arn CreatedAt OperatorApp.Iam.CreatedAt OperatorApp.Iam.UpdatedAt OperatorApp.Idc.CreatedAt OperatorApp.Idc.IdcApplicationArn OperatorApp.Idc.UpdatedAt UpdatedAt", "Description KmsKeyArn Locale Name OperatorApp Preferences Tags", "Name"],
  "AWS::DevOpsAgent::Asset": ["Arn AssetId CreatedAt UpdatedAt Version", "AgentSpaceId AssetType Files Metadata Zip", "AgentSpaceId AssetType"],
  "AWS::DevOpsAgent::Association": ["AssociationId CreatedAt UpdatedAt", "AgentSpaceId Configuration LinkedAssociationIds ServiceId", "AgentSpaceId Configuration ServiceId"],
  "AWS::DevOpsAgent::PrivateConnection": ["Arn CertificateExpiryTime Status", "Certificate ConnectionConfiguration Name Tags", "ConnectionConfiguration Name"],
  "AWS::DevOpsAgent::Service": ["AccessibleResources AdditionalServiceDetails Arn ServiceId", "ExchangeUrlPrivateConnectionName KmsKeyArn PrivateConnectionName ServiceDetails ServiceType Tags TargetUrlPrivateConnectionName", "ServiceType"],
  "AWS::DevOpsAgent::Trigger": ["Arn CreatedAt TriggerId UpdatedAt", "Action AgentSpaceId Condition Status Type", "Action AgentSpaceId Condition Type"],
  "AWS::DevOpsGuru::LogAnomalyDetectionIntegration": ["AccountId", "", ""],
  "AWS::DevOpsGuru::NotificationChannel": ["Id", "Config", "Config"],
  "AWS::DevOpsGuru::ResourceCollection": ["ResourceCollectionType", "ResourceCollectionFilter", "ResourceCollectionFilter"],
  "AWS::DeviceFarm::DevicePool": ["Arn", "Description MaxDevices Name ProjectArn Rules Tags", "Name ProjectArn Rules"],
  "AWS::DeviceFarm::InstanceProfile": ["Arn", "Description ExcludeAppPackagesFromCleanup Name PackageCleanup RebootAfterUse Tags", "Name"],
  "AWS::DeviceFarm::NetworkProfile": ["Arn", "Description DownlinkBandwidthBits DownlinkDelayMs DownlinkJitterMs DownlinkLossPercent Name ProjectArn Tags UplinkBandwidthBits UplinkDelayMs UplinkJitterMs UplinkLossPercent", "Name ProjectArn"],
  "AWS::DeviceFarm::Project": ["Arn", "DefaultJobTimeoutMinutes EnvironmentVariables ExecutionRoleArn Name Tags VpcConfig", "Name"],
  "AWS::DeviceFarm::TestGridProject": ["Arn", "Description Name Tags VpcConfig", "Name"],
  "AWS::DeviceFarm::Upload": ["Arn Category Created Status", "ContentType Name ProjectArn Type", "Name ProjectArn Type"],
  "AWS::DeviceFarm::VPCEConfiguration": ["Arn", "ServiceDnsName Tags VpceConfigurationDescription VpceConfigurationName VpceServiceName", "ServiceDnsName VpceConfigurationName VpceServiceName"],
  "AWS::DirectConnect::Connection": ["ConnectionArn ConnectionId ConnectionState", "Bandwidth ConnectionName LagId Location ProviderName RequestMACSec Tags", "Bandwidth ConnectionName Location"],
  "AWS::DirectConnect::DirectConnectGateway": ["DirectConnectGatewayArn DirectConnectGatewayId", "AmazonSideAsn DirectConnectGatewayName Tags", "DirectConnectGatewayName"],
  "AWS::DirectConnect::DirectConnectGatewayAssociation": ["AssociationId", "AcceptDirectConnectGatewayAssociationProposalRoleArn AllowedPrefixesToDirectConnectGateway AssociatedGatewayId DirectConnectGatewayId", "AssociatedGatewayId DirectConnectGatewayId"],
  "AWS::DirectConnect::Lag": ["LagArn LagId LagState", "ConnectionsBandwidth LagName Location MinimumLinks ProviderName RequestMACSec Tags", "ConnectionsBandwidth LagName Location"],
  "AWS::DirectConnect::PrivateVirtualInterface": ["VirtualInterfaceArn VirtualInterfaceId", "AllocatePrivateVirtualInterfaceRoleArn BgpPeers ConnectionId DirectConnectGatewayId EnableSiteLink Mtu RateLimit Tags VirtualGatewayId VirtualInterfaceName Vlan", "BgpPeers ConnectionId VirtualInterfaceName Vlan"],
  "AWS::DirectConnect::PublicVirtualInterface": ["VirtualInterfaceArn VirtualInterfaceId", "AllocatePublicVirtualInterfaceRoleArn BgpPeers ConnectionId RateLimit RouteFilterPrefixes Tags VirtualInterfaceName Vlan", "BgpPeers ConnectionId VirtualInterfaceName Vlan"],
  "AWS::DirectConnect::TransitVirtualInterface": ["VirtualInterfaceArn VirtualInterfaceId", "AllocateTransitVirtualInterfaceRoleArn BgpPeers ConnectionId DirectConnectGatewayId EnableSiteLink Mtu RateLimit Tags VirtualInterfaceName Vlan", "BgpPeers ConnectionId DirectConnectGatewayId VirtualInterfaceName Vlan"],
  "AWS::DirectoryService::MicrosoftAD": ["Alias DnsIpAddresses Id", "CreateAlias Edition EnableSso Name Password ShortName VpcSettings", "Name Password VpcSettings"],
  "AWS::DirectoryService::SimpleAD": ["Alias DirectoryId DnsIpAddresses Id", "CreateAlias Description EnableSso Name Password ShortName Size Tags VpcSettings", "Name Size VpcSettings"],
  "AWS::DocDB::DBCluster": ["ClusterResourceId Endpoint Id Port ReadEndpoint", "AvailabilityZones BackupRetentionPeriod CopyTagsToSnapshot DBClusterIdentifier DBClusterParameterGroupName DBSubnetGroupName DeletionProtection EnableCloudwatchLogsExports EngineVersion GlobalClusterIdentifier KmsKeyId ManageMasterUserPassword MasterUserPassword MasterUserSecretKmsKeyId MasterUsername NetworkType Port PreferredBackupWindow PreferredMaintenanceWindow RestoreToTime RestoreType RotateMasterUserPassword ServerlessV2ScalingConfiguration SnapshotIdentifier SourceDBClusterIdentifier StorageEncrypted StorageType Tags UseLatestRestorableTime VpcSecurityGroupIds", ""],
  "AWS::DocDB::DBClusterParameterGroup": ["", "Description Family Name Parameters Tags", "Description Family Parameters"],
  "AWS::DocDB::DBInstance": ["Endpoint Id Port", "AutoMinorVersionUpgrade AvailabilityZone CACertificateIdentifier CertificateRotationRestart DBClusterIdentifier DBInstanceClass DBInstanceIdentifier EnablePerformanceInsights PreferredMaintenanceWindow Tags", "DBClusterIdentifier DBInstanceClass"],
  "AWS::DocDB::DBSubnetGroup": ["", "DBSubnetGroupDescription DBSubnetGroupName SubnetIds Tags", "DBSubnetGroupDescription SubnetIds"],
  "AWS::DocDB::EventSubscription": ["", "Enabled EventCategories SnsTopicArn SourceIds SourceType SubscriptionName", "SnsTopicArn"],
  "AWS::DocDB::GlobalCluster": ["GlobalClusterArn GlobalClusterResourceId", "DeletionProtection Engine EngineVersion GlobalClusterIdentifier SourceDBClusterIdentifier StorageEncrypted Tags", "GlobalClusterIdentifier"],
  "AWS::DocDBElastic::Cluster": ["ClusterArn ClusterEndpoint", "AdminUserName AdminUserPassword AuthType BackupRetentionPeriod ClusterName KmsKeyId PreferredBackupWindow PreferredMaintenanceWindow ShardCapacity ShardCount ShardInstanceCount SubnetIds Tags VpcSecurityGroupIds", "AdminUserName AuthType ClusterName ShardCapacity ShardCount"],
  "AWS::DocDBElastic::ClusterSnapshot": ["AdminUserName ClusterCreationTime KmsKeyId SnapshotArn SnapshotCreationTime SnapshotType Status SubnetIds VpcSecurityGroupIds", "ClusterArn SnapshotName Tags", "ClusterArn SnapshotName"],
  "AWS::DynamoDB::GlobalTable": ["Arn StreamArn TableId", "AttributeDefinitions BillingMode GlobalSecondaryIndexes GlobalTableSourceArn GlobalTableWitnesses KeySchema LocalSecondaryIndexes MultiRegionConsistency ReadOnDemandThroughputSettings ReadProvisionedThroughputSettings Replicas SSESpecification StreamSpecification TableName TimeToLiveSpecification VectorIndexes WarmThroughput WriteOnDemandThroughputSettings WriteProvisionedThroughputSettings", "Replicas"],
  "AWS::DynamoDB::Table": ["Arn StreamArn", "AttributeDefinitions BillingMode ContributorInsightsSpecification DeletionProtectionEnabled GlobalSecondaryIndexes ImportSourceSpecification KeySchema KinesisStreamSpecification LocalSecondaryIndexes OnDemandThroughput PointInTimeRecoverySpecification ProvisionedThroughput ResourcePolicy SSESpecification StreamSpecification TableClass TableName Tags TimeToLiveSpecification VectorIndexes WarmThroughput", "KeySchema"],
  "AWS::EC2::ApplicationStatusCheck": ["ApplicationStatusCheckId Arn CreationTime", "Aggregation DeviceIndex FailureThreshold HealthCheckPaths InitializationGracePeriodSeconds Interval IpScope IpVersion Path Port Protocol StatusCodeMatcher SuccessThreshold Tags Timeout", "Port Protocol"],
  "AWS::EC2::CapacityManagerDataExport": ["CapacityManagerDataExportId", "OutputFormat S3BucketName S3BucketPrefix Schedule Tags", "OutputFormat S3BucketName Schedule"],
  "AWS::EC2::CapacityReservation": ["AvailabilityZone AvailableInstanceCount CapacityAllocationSet CapacityReservationArn CapacityReservationFleetId CommitmentInfo CreateDate DeliveryPreference Id InstanceType OwnerId ReservationType StartDate State Tenancy TotalInstanceCount", "AvailabilityZone AvailabilityZoneId EbsOptimized EndDate EndDateType EphemeralStorage InstanceCount InstanceMatchCriteria InstancePlatform InstanceType OutPostArn PlacementGroupArn TagSpecifications Tenancy UnusedReservationBillingOwnerId", "InstanceCount InstancePlatform InstanceType"],
  "AWS::EC2::CapacityReservationFleet": ["CapacityReservationFleetId", "AllocationStrategy EndDate InstanceMatchCriteria InstanceTypeSpecifications NoRemoveEndDate RemoveEndDate TagSpecifications Tenancy TotalTargetCapacity", ""],
  "AWS::EC2::CarrierGateway": ["CarrierGatewayId OwnerId State", "Tags VpcId", "VpcId"],
  "AWS::EC2::ClientVpnAuthorizationRule": ["Id", "AccessGroupId AuthorizeAllGroups ClientVpnEndpointId Description TargetNetworkCidr", "ClientVpnEndpointId TargetNetworkCidr"],
  "AWS::EC2::ClientVpnEndpoint": ["Id", "AuthenticationOptions ClientCidrBlock ClientConnectOptions ClientLoginBannerOptions ClientRouteEnforcementOptions ConnectionLogOptions Description DisconnectOnSessionTimeout DnsServers EndpointIpAddressType SecurityGroupIds SelfServicePortal ServerCertificateArn SessionTimeoutHours SplitTunnel TagSpecifications TrafficIpAddressType TransitGatewayConfiguration TransportProtocol VpcId VpnPort", "AuthenticationOptions ConnectionLogOptions ServerCertificateArn"],
  "AWS::EC2::ClientVpnRoute": ["Id", "ClientVpnEndpointId Description DestinationCidrBlock TargetVpcSubnetId", "ClientVpnEndpointId DestinationCidrBlock"],
  "AWS::EC2::ClientVpnTargetNetworkAssociation": ["Id", "AvailabilityZone AvailabilityZoneId ClientVpnEndpointId SubnetId", "ClientVpnEndpointId"],
  "AWS::EC2::CustomerGateway": ["CustomerGatewayId", "BgpAsn BgpAsnExtended CertificateArn DeviceName IpAddress Tags Type", "IpAddress Type"],
  "AWS::EC2::DHCPOptions": ["DhcpOptionsId", "DomainName DomainNameServers Ipv6AddressPreferredLeaseTime NetbiosNameServers NetbiosNodeType NtpServers Tags", ""],
  "AWS::EC2::EC2Fleet": ["FleetId", "Context ExcessCapacityTerminationPolicy LaunchTemplateConfigs OnDemandOptions ReplaceUnhealthyInstances ReservedCapacityOptions SpotOptions TagSpecifications TargetCapacitySpecification TerminateInstancesWithExpiration Type ValidFrom ValidUntil", "LaunchTemplateConfigs TargetCapacitySpecification"],
  "AWS::EC2::EIP": ["AllocationId PublicIp", "Address Domain InstanceId IpamPoolId NetworkBorderGroup PublicIpv4Pool Tags TransferAddress", ""],
  "AWS::EC2::EIPAssociation": ["Id", "AllocationId EIP InstanceId NetworkInterfaceId PrivateIpAddress", ""],
  "AWS::EC2::EgressOnlyInternetGateway": ["Id", "Tags VpcId", "VpcId"],
  "AWS::EC2::EnclaveCertificateIamRoleAssociation": ["CertificateS3BucketName CertificateS3ObjectKey EncryptionKmsKeyId", "CertificateArn RoleArn", "CertificateArn RoleArn"],
  "AWS::EC2::FlowLog": ["Id", "DeliverCrossAccountRole DeliverLogsPermissionArn DestinationOptions LogDestination LogDestinationType LogFormat LogGroupName MaxAggregationInterval ResourceId ResourceType TagFieldSpecifications Tags TrafficType", "ResourceId ResourceType"],
  "AWS::EC2::FpgaImage": ["Arn CreateTime DataRetentionSupport FpgaImageGlobalId FpgaImageId OwnerId Public State UpdateTime", "Description InputStorageLocation LogsStorageLocation Name Tags", ""],
  "AWS::EC2::GatewayRouteTableAssociation": ["AssociationId", "GatewayId RouteTableId", "GatewayId RouteTableId"],
  "AWS::EC2::Host": ["HostId", "AssetId AutoPlacement AvailabilityZone HostMaintenance HostRecovery InstanceFamily InstanceType OutpostArn Tags", "AvailabilityZone"],
  "AWS::EC2::IPAM": ["Arn DefaultResourceDiscoveryAssociationId DefaultResourceDiscoveryId IpamId PrivateDefaultScopeId PublicDefaultScopeId ResourceDiscoveryAssociationCount ScopeCount", "DefaultResourceDiscoveryOrganizationalUnitExclusions Description EnablePrivateGua MeteredAccount OperatingRegions Tags Tier", ""],
  "AWS::EC2::IPAMAllocation": ["IpamPoolAllocationId", "Cidr Description IpamPoolId NetmaskLength", "IpamPoolId"],
  "AWS::EC2::IPAMPool": ["Arn IpamArn IpamPoolId IpamScopeArn IpamScopeType PoolDepth State StateMessage", "AddressFamily AllocationDefaultNetmaskLength AllocationMaxNetmaskLength AllocationMinNetmaskLength AllocationResourceTags AutoImport AwsService Description IpamScopeId Locale ProvisionedCidrs PublicIpSource PubliclyAdvertisable SourceIpamPoolId SourceResource Tags", "AddressFamily IpamScopeId"],
  "AWS::EC2::IPAMPoolCidr": ["IpamPoolCidrId State", "Cidr IpamPoolId NetmaskLength", "IpamPoolId"],
  "AWS::EC2::IPAMPrefixListResolver": ["IpamArn IpamPrefixListResolverArn IpamPrefixListResolverId", "AddressFamily Description IpamId Rules Tags", "AddressFamily"],
  "AWS::EC2::IPAMPrefixListResolverTarget": ["IpamPrefixListResolverTargetArn IpamPrefixListResolverTargetId", "DesiredVersion IpamPrefixListResolverId PrefixListId PrefixListRegion Tags TrackLatestVersion", "IpamPrefixListResolverId PrefixListId PrefixListRegion TrackLatestVersion"],
  "AWS::EC2::IPAMResourceDiscovery": ["IpamResourceDiscoveryArn IpamResourceDiscoveryId IpamResourceDiscoveryRegion IsDefault OwnerId State", "Description OperatingRegions OrganizationalUnitExclusions Tags", ""],
  "AWS::EC2::IPAMResourceDiscoveryAssociation": ["IpamArn IpamRegion IpamResourceDiscoveryAssociationArn IpamResourceDiscoveryAssociationId IsDefault OwnerId ResourceDiscoveryStatus State", "IpamId IpamResourceDiscoveryId Tags", "IpamId IpamResourceDiscoveryId"],
  "AWS::EC2::IPAMScope": ["Arn IpamArn IpamScopeId IpamScopeType IsDefault PoolCount", "Description ExternalAuthorityConfiguration IpamId Tags", "IpamId"],
  "AWS::EC2::IPv4Pool": ["Arn Description NetworkBorderGroup PoolId TotalAddressCount TotalAvailableAddressCount", "Tags", ""],
  "AWS::EC2::Instance": ["AvailabilityZone InstanceId PrivateDnsName PrivateIp PublicDnsName PublicIp State VpcId", "AdditionalInfo Affinity AvailabilityZone BlockDeviceMappings CpuOptions CreditSpecification DisableApiTermination EbsOptimized ElasticGpuSpecifications ElasticInferenceAccelerators EnclaveOptions HibernationOptions HostId HostResourceGroupArn IamInstanceProfile ImageId InstanceInitiatedShutdownBehavior InstanceType Ipv6AddressCount Ipv6Addresses KernelId KeyName LaunchTemplate LicenseSpecifications MetadataOptions Monitoring NetworkInterfaces PlacementGroupName PrivateDnsNameOptions PrivateIpAddress PropagateTagsToVolumeOnCreation RamdiskId SecurityGroupIds SecurityGroups SourceDestCheck SsmAssociations SubnetId Tags Tenancy UserData Volumes", ""],
  "AWS::EC2::InstanceConnectEndpoint": ["AvailabilityZone AvailabilityZoneId CreatedAt Id InstanceConnectEndpointArn NetworkInterfaceIds OwnerId PublicDnsNames State StateMessage VpcId", "ClientToken PreserveClientIp SecurityGroupIds SubnetId Tags", "SubnetId"],
  "AWS::EC2::InstanceEventWindow": ["Arn InstanceEventWindowId State", "CronExpression Name Tags TimeRanges", ""],
  "AWS::EC2::InternetGateway": ["InternetGatewayId", "Tags", ""],
  "AWS::EC2::IpPoolRouteTableAssociation": ["AssociationId", "PublicIpv4Pool RouteTableId", "PublicIpv4Pool RouteTableId"],
  "AWS::EC2::IpamExternalResourceVerificationToken": ["IpamArn IpamExternalResourceVerificationTokenArn IpamExternalResourceVerificationTokenId IpamRegion NotAfter State Status TokenName TokenValue", "IpamId Tags", "IpamId"],
  "AWS::EC2::KeyPair": ["KeyFingerprint KeyPairId", "KeyFormat KeyName KeyType PublicKeyMaterial Tags", "KeyName"],
  "AWS::EC2::LaunchTemplate": ["DefaultVersionNumber LatestVersionNumber LaunchTemplateId", "LaunchTemplateData LaunchTemplateName TagSpecifications VersionDescription", "LaunchTemplateData"],
  "AWS::EC2::LocalGatewayRoute": ["State Type", "DestinationCidrBlock LocalGatewayRouteTableId LocalGatewayVirtualInterfaceGroupId NetworkInterfaceId", "DestinationCidrBlock LocalGatewayRouteTableId"],
  "AWS::EC2::LocalGatewayRouteTable": ["LocalGatewayRouteTableArn LocalGatewayRouteTableId OutpostArn OwnerId State", "LocalGatewayId Mode Tags", "LocalGatewayId"],
  "AWS::EC2::LocalGatewayRouteTableVPCAssociation": ["LocalGatewayId LocalGatewayRouteTableVpcAssociationId State", "LocalGatewayRouteTableId Tags VpcId", "LocalGatewayRouteTableId VpcId"],
  "AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation": ["LocalGatewayId LocalGatewayRouteTableArn LocalGatewayRouteTableVirtualInterfaceGroupAssociationId OwnerId State", "LocalGatewayRouteTableId LocalGatewayVirtualInterfaceGroupId Tags", "LocalGatewayRouteTableId LocalGatewayVirtualInterfaceGroupId"],
  "AWS::EC2::LocalGatewayVirtualInterface": ["ConfigurationState LocalBgpAsn LocalGatewayId LocalGatewayVirtualInterfaceId OwnerId", "LocalAddress LocalGatewayVirtualInterfaceGroupId OutpostLagId PeerAddress PeerBgpAsn PeerBgpAsnExtended Tags Vlan", "LocalAddress LocalGatewayVirtualInterfaceGroupId OutpostLagId PeerAddress Vlan"],
  "AWS::EC2::LocalGatewayVirtualInterfaceGroup": ["ConfigurationState LocalGatewayVirtualInterfaceGroupArn LocalGatewayVirtualInterfaceGroupId LocalGatewayVirtualInterfaceIds OwnerId", "LocalBgpAsn LocalBgpAsnExtended LocalGatewayId Tags", "LocalGatewayId"],
  "AWS::EC2::NatGateway": ["AutoProvisionZones AutoScalingIps EniId NatGatewayId RouteTableId", "AllocationId AvailabilityMode AvailabilityZoneAddresses ConnectivityType MaxDrainDurationSeconds PrivateIpAddress SecondaryAllocationIds SecondaryPrivateIpAddressCount SecondaryPrivateIpAddresses SubnetId Tags VpcId", ""],
  "AWS::EC2::NetworkAcl": ["Id", "Tags VpcId", "VpcId"],
  "AWS::EC2::NetworkAclEntry": ["Id", "CidrBlock Egress Icmp Ipv6CidrBlock NetworkAclId PortRange Protocol RuleAction RuleNumber", "NetworkAclId Protocol RuleAction RuleNumber"],
  "AWS::EC2::NetworkInsightsAccessScope": ["CreatedDate NetworkInsightsAccessScopeArn NetworkInsightsAccessScopeId UpdatedDate", "ExcludePaths MatchPaths Tags", ""],
  "AWS::EC2::NetworkInsightsAccessScopeAnalysis": ["AnalyzedEniCount EndDate FindingsFound NetworkInsightsAccessScopeAnalysisArn NetworkInsightsAccessScopeAnalysisId StartDate Status StatusMessage", "NetworkInsightsAccessScopeId Tags", "NetworkInsightsAccessScopeId"],
  "AWS::EC2::NetworkInsightsAnalysis": ["AlternatePathHints Explanations ForwardPathComponents NetworkInsightsAnalysisArn NetworkInsightsAnalysisId NetworkPathFound ReturnPathComponents StartDate Status StatusMessage SuggestedAccounts", "AdditionalAccounts FilterInArns FilterOutArns NetworkInsightsPathId Tags", "NetworkInsightsPathId"],
  "AWS::EC2::NetworkInsightsPath": ["CreatedDate DestinationArn NetworkInsightsPathArn NetworkInsightsPathId SourceArn", "Destination DestinationIp DestinationPort FilterAtDestination FilterAtSource Protocol Source SourceIp Tags", "Protocol Source"],
  "AWS::EC2::NetworkInterface": ["Id PrimaryIpv6Address PrimaryPrivateIpAddress PublicIpDnsNameOptions SecondaryPrivateIpAddresses VpcId", "ConnectionTrackingSpecification Description EnablePrimaryIpv6 GroupSet InterfaceType Ipv4PrefixCount Ipv4Prefixes Ipv6AddressCount Ipv6Addresses Ipv6PrefixCount Ipv6Prefixes PrivateIpAddress PrivateIpAddresses PublicIpDnsHostnameTypeSpecification SecondaryPrivateIpAddressCount SourceDestCheck SubnetId Tags", "SubnetId"],
  "AWS::EC2::NetworkInterfaceAttachment": ["AttachmentId", "DeleteOnTermination DeviceIndex EnaQueueCount EnaSrdSpecification InstanceId NetworkInterfaceId", "DeviceIndex InstanceId NetworkInterfaceId"],
  "AWS::EC2::NetworkInterfacePermission": ["Id", "AwsAccountId NetworkInterfaceId Permission", "AwsAccountId NetworkInterfaceId Permission"],
  "AWS::EC2::NetworkPerformanceMetricSubscription": ["", "Destination Metric Source Statistic", "Destination Metric Source Statistic"],
  "AWS::EC2::PlacementGroup": ["GroupId GroupName", "ParentGroupId PartitionCount SpreadLevel Strategy Tags", ""],
  "AWS::EC2::PrefixList": ["Arn OwnerId PrefixListId Version", "AddressFamily Entries MaxEntries PrefixListName Tags", "AddressFamily PrefixListName"],
  "AWS::EC2::Route": ["CidrBlock", "CarrierGatewayId CoreNetworkArn DestinationCidrBlock DestinationIpv6CidrBlock DestinationPrefixListId EgressOnlyInternetGatewayId GatewayId InstanceId LocalGatewayId NatGatewayId NetworkInterfaceId OdbNetworkArn RouteTableId TransitGatewayId VpcEndpointId VpcPeeringConnectionId", "RouteTableId"],
  "AWS::EC2::RouteServer": ["Arn Id", "AmazonSideAsn PersistRoutes PersistRoutesDuration SnsNotificationsEnabled Tags", "AmazonSideAsn"],
  "AWS::EC2::RouteServerAssociation": ["", "RouteServerId VpcId", "RouteServerId VpcId"],
  "AWS::EC2::RouteServerEndpoint": ["Arn EniAddress EniId Id VpcId", "RouteServerId SubnetId Tags", "RouteServerId SubnetId"],
  "AWS::EC2::RouteServerPeer": ["Arn EndpointEniAddress EndpointEniId Id RouteServerId SubnetId VpcId", "BgpOptions PeerAddress RouteServerEndpointId Tags", "BgpOptions PeerAddress RouteServerEndpointId"],
  "AWS::EC2::RouteServerPropagation": ["", "RouteServerId RouteTableId", "RouteServerId RouteTableId"],
  "AWS::EC2::RouteTable": ["RouteTableId", "Tags VpcId", "VpcId"],
  "AWS::EC2::SecurityGroup": ["GroupId Id VpcId", "GroupDescription GroupName SecurityGroupEgress SecurityGroupIngress Tags VpcId", "GroupDescription"],
  "AWS::EC2::SecurityGroupEgress": ["Id", "CidrIp CidrIpv6 Description DestinationPrefixListId DestinationSecurityGroupId FromPort GroupId IpProtocol ToPort", "GroupId IpProtocol"],
  "AWS::EC2::SecurityGroupIngress": ["Id", "CidrIp CidrIpv6 Description FromPort GroupId GroupName IpProtocol SourcePrefixListId SourceSecurityGroupId SourceSecurityGroupName SourceSecurityGroupOwnerId ToPort", "IpProtocol"],
  "AWS::EC2::SecurityGroupVpcAssociation": ["State StateReason VpcOwnerId", "GroupId VpcId", "GroupId VpcId"],
  "AWS::EC2::SnapshotBlockPublicAccess": ["AccountId", "State", "State"],
  "AWS::EC2::SpotFleet": ["Id", "SpotFleetRequestConfigData Tags", "SpotFleetRequestConfigData"],
  "AWS::EC2::SqlHaStandbyDetectedInstance": ["HaStatus LastUpdatedTime SqlServerLicenseUsage", "InstanceId SqlServerCredentials", "InstanceId"],
  "AWS::EC2::Subnet": ["AvailabilityZone AvailabilityZoneId BlockPublicAccessStates CidrBlock Ipv6CidrBlocks NetworkAclAssociationId OutpostArn SubnetId VpcId", "AssignIpv6AddressOnCreation AvailabilityZone AvailabilityZoneId CidrBlock EnableDns64 EnableLniAtDeviceIndex Ipv4IpamPoolId Ipv4NetmaskLength Ipv6CidrBlock Ipv6IpamPoolId Ipv6Native Ipv6NetmaskLength MapPublicIpOnLaunch OutpostArn PrivateDnsNameOptionsOnLaunch Tags VpcId", "VpcId"],
  "AWS::EC2::SubnetCidrBlock": ["Id IpSource Ipv6AddressAttribute", "Ipv6CidrBlock Ipv6IpamPoolId Ipv6NetmaskLength SubnetId", "SubnetId"],
  "AWS::EC2::SubnetCidrReservation": ["Arn OwnerId SubnetCidrReservationId", "Cidr Description ReservationType SubnetId Tags", "Cidr ReservationType SubnetId"],
  "AWS::EC2::SubnetNetworkAclAssociation": ["AssociationId", "NetworkAclId SubnetId", "NetworkAclId SubnetId"],
  "AWS::EC2::SubnetRouteTableAssociation": ["Id", "RouteTableId SubnetId", "RouteTableId SubnetId"],
  "AWS::EC2::TrafficMirrorFilter": ["Id", "Description NetworkServices Tags", ""],
  "AWS::EC2::TrafficMirrorFilterRule": ["TrafficMirrorFilterRuleId", "Description DestinationCidrBlock DestinationPortRange Protocol RuleAction RuleNumber SourceCidrBlock SourcePortRange Tags TrafficDirection TrafficMirrorFilterId", "DestinationCidrBlock RuleAction RuleNumber SourceCidrBlock TrafficDirection TrafficMirrorFilterId"],
  "AWS::EC2::TrafficMirrorSession": ["Id", "Description NetworkInterfaceId OwnerId PacketLength SessionNumber Tags TrafficMirrorFilterId TrafficMirrorTargetId VirtualNetworkId", "NetworkInterfaceId SessionNumber TrafficMirrorFilterId TrafficMirrorTargetId"],
  "AWS::EC2::TrafficMirrorTarget": ["Id", "Description GatewayLoadBalancerEndpointId NetworkInterfaceId NetworkLoadBalancerArn Tags", ""],
  "AWS::EC2::TransitGateway": ["EncryptionSupportState Id TransitGatewayArn", "AmazonSideAsn AssociationDefaultRouteTableId AutoAcceptSharedAttachments DefaultRouteTableAssociation DefaultRouteTablePropagation Description DnsSupport EncryptionSupport MulticastSupport PropagationDefaultRouteTableId SecurityGroupReferencingSupport Tags TransitGatewayCidrBlocks VpnEcmpSupport", ""],
  "AWS::EC2::TransitGatewayAttachment": ["Id", "Options SubnetIds Tags TransitGatewayId VpcId", "SubnetIds TransitGatewayId VpcId"],
  "AWS::EC2::TransitGatewayConnect": ["CreationTime State TransitGatewayAttachmentId TransitGatewayId", "Options Tags TransportTransitGatewayAttachmentId", "Options TransportTransitGatewayAttachmentId"],
  "AWS::EC2::TransitGatewayConnectPeer": ["ConnectPeerConfiguration.BgpConfigurations ConnectPeerConfiguration.Protocol CreationTime State TransitGatewayConnectPeerId", "ConnectPeerConfiguration Tags TransitGatewayAttachmentId", "ConnectPeerConfiguration TransitGatewayAttachmentId"],
  "AWS::EC2::TransitGatewayMeteringPolicy": ["State TransitGatewayMeteringPolicyId UpdateEffectiveAt", "MiddleboxAttachmentIds Tags TransitGatewayId", "TransitGatewayId"],
  "AWS::EC2::TransitGatewayMeteringPolicyEntry": ["State UpdateEffectiveAt", "DestinationCidrBlock DestinationPortRange DestinationTransitGatewayAttachmentId DestinationTransitGatewayAttachmentType MeteredAccount PolicyRuleNumber Protocol SourceCidrBlock SourcePortRange SourceTransitGatewayAttachmentId SourceTransitGatewayAttachmentType TransitGatewayMeteringPolicyId", "MeteredAccount PolicyRuleNumber TransitGatewayMeteringPolicyId"],
  "AWS::EC2::TransitGatewayMulticastDomain": ["CreationTime State TransitGatewayMulticastDomainArn TransitGatewayMulticastDomainId", "Options Tags TransitGatewayId", "TransitGatewayId"],
  "AWS::EC2::TransitGatewayMulticastDomainAssociation": ["ResourceId ResourceType State", "SubnetId TransitGatewayAttachmentId TransitGatewayMulticastDomainId", "SubnetId TransitGatewayAttachmentId TransitGatewayMulticastDomainId"],
  "AWS::EC2::TransitGatewayMulticastGroupMember": ["GroupMember GroupSource MemberType ResourceId ResourceType SourceType SubnetId TransitGatewayAttachmentId", "GroupIpAddress NetworkInterfaceId TransitGatewayMulticastDomainId", "GroupIpAddress NetworkInterfaceId TransitGatewayMulticastDomainId"],
  "AWS::EC2::TransitGatewayMulticastGroupSource": ["GroupMember GroupSource MemberType ResourceId ResourceType SourceType SubnetId TransitGatewayAttachmentId", "GroupIpAddress NetworkInterfaceId TransitGatewayMulticastDomainId", "GroupIpAddress NetworkInterfaceId TransitGatewayMulticastDomainId"],
  "AWS::EC2::TransitGatewayPeeringAttachment": ["CreationTime State Status Status.Code Status.Message TransitGatewayAttachmentId", "PeerAccountId PeerRegion PeerTransitGatewayId Tags TransitGatewayId", "PeerAccountId PeerRegion PeerTransitGatewayId TransitGatewayId"],
  "AWS::EC2::TransitGatewayPolicyTable": ["CreationTime State TransitGatewayPolicyTableId", "Tags TransitGatewayId", "TransitGatewayId"],
  "AWS::EC2::TransitGatewayPolicyTableAssociation": ["State", "TransitGatewayAttachmentId TransitGatewayPolicyTableId", "TransitGatewayAttachmentId TransitGatewayPolicyTableId"],
  "AWS::EC2::TransitGatewayPolicyTableEntry": ["State", "PolicyRule PolicyRuleNumber TargetRouteTableId TransitGatewayPolicyTableId", "PolicyRule PolicyRuleNumber TargetRouteTableId TransitGatewayPolicyTableId"],
  "AWS::EC2::TransitGatewayRoute": ["", "Blackhole DestinationCidrBlock TransitGatewayAttachmentId TransitGatewayRouteTableId", "DestinationCidrBlock TransitGatewayRouteTableId"],
  "AWS::EC2::TransitGatewayRouteTable": ["TransitGatewayRouteTableId", "Tags TransitGatewayId", "TransitGatewayId"],
  "AWS::EC2::TransitGatewayRouteTableAssociation": ["", "TransitGatewayAttachmentId TransitGatewayRouteTableId", "TransitGatewayAttachmentId TransitGatewayRouteTableId"],
  "AWS::EC2::TransitGatewayRouteTablePropagation": ["", "TransitGatewayAttachmentId TransitGatewayRouteTableId", "TransitGatewayAttachmentId TransitGatewayRouteTableId"],
  "AWS::EC2::TransitGatewayVpcAttachment": ["Id", "AddSubnetIds Options RemoveSubnetIds SubnetIds Tags TransitGatewayId VpcId", "SubnetIds TransitGatewayId VpcId"],
  "AWS::EC2::VPC": ["CidrBlock CidrBlockAssociations DefaultNetworkAcl DefaultSecurityGroup Ipv6CidrBlocks VpcEncryptionControl.ResourceExclusions VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage VpcEncryptionControl.ResourceExclusions.ElasticFileSystem VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage VpcEncryptionControl.ResourceExclusions.InternetGateway VpcEncryptionControl.ResourceExclusions.InternetGateway.State VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage VpcEncryptionControl.ResourceExclusions.Lambda VpcEncryptionControl.ResourceExclusions.Lambda.State VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage VpcEncryptionControl.ResourceExclusions.NatGateway VpcEncryptionControl.ResourceExclusions.NatGateway.State VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage VpcEncryptionControl.ResourceExclusions.VpcLattice VpcEncryptionControl.ResourceExclusions.VpcLattice.State VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage VpcEncryptionControl.ResourceExclusions.VpcPeering VpcEncryptionControl.ResourceExclusions.VpcPeering.State VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage VpcEncryptionControl.State VpcEncryptionControl.StateMessage VpcEncryptionControl.VpcEncryptionControlId VpcEncryptionControl.VpcId VpcId", "CidrBlock EnableDnsHostnames EnableDnsSupport InstanceTenancy Ipv4IpamPoolId Ipv4NetmaskLength Tags VpcEncryptionControl", ""],
  "AWS::EC2::VPCBlockPublicAccessExclusion": ["ExclusionId", "InternetGatewayExclusionMode SubnetId Tags VpcId", "InternetGatewayExclusionMode"],
  "AWS::EC2::VPCBlockPublicAccessOptions": ["AccountId ExclusionsAllowed", "InternetGatewayBlockMode", "InternetGatewayBlockMode"],
  "AWS::EC2::VPCCidrBlock": ["Id IpSource Ipv6AddressAttribute", "AmazonProvidedIpv6CidrBlock CidrBlock Ipv4IpamPoolId Ipv4NetmaskLength Ipv6CidrBlock Ipv6CidrBlockNetworkBorderGroup Ipv6IpamPoolId Ipv6NetmaskLength Ipv6Pool VpcId", "VpcId"],
  "AWS::EC2::VPCDHCPOptionsAssociation": ["", "DhcpOptionsId VpcId", "DhcpOptionsId VpcId"],
  "AWS::EC2::VPCEncryptionControl": ["ResourceExclusions ResourceExclusions.EgressOnlyInternetGateway ResourceExclusions.EgressOnlyInternetGateway.State ResourceExclusions.EgressOnlyInternetGateway.StateMessage ResourceExclusions.ElasticFileSystem ResourceExclusions.ElasticFileSystem.State ResourceExclusions.ElasticFileSystem.StateMessage ResourceExclusions.InternetGateway ResourceExclusions.InternetGateway.State ResourceExclusions.InternetGateway.StateMessage ResourceExclusions.Lambda ResourceExclusions.Lambda.State ResourceExclusions.Lambda.StateMessage ResourceExclusions.NatGateway ResourceExclusions.NatGateway.State ResourceExclusions.NatGateway.StateMessage ResourceExclusions.VirtualPrivateGateway ResourceExclusions.VirtualPrivateGateway.State ResourceExclusions.VirtualPrivateGateway.StateMessage ResourceExclusions.VpcLattice ResourceExclusions.VpcLattice.State ResourceExclusions.VpcLattice.StateMessage ResourceExclusions.VpcPeering ResourceExclusions.VpcPeering.State ResourceExclusions.VpcPeering.StateMessage State StateMessage VpcEncryptionControlId", "EgressOnlyInternetGatewayExclusionInput ElasticFileSystemExclusionInput InternetGatewayExclusionInput LambdaExclusionInput Mode NatGatewayExclusionInput Tags VirtualPrivateGatewayExclusionInput VpcId VpcLatticeExclusionInput VpcPeeringExclusionInput", ""],
  "AWS::EC2::VPCEndpoint": ["CreationTimestamp DnsEntries Id NetworkInterfaceIds", "DnsOptions IpAddressType PolicyDocument PrivateDnsEnabled ResourceConfigurationArn RouteTableIds SecurityGroupIds ServiceName ServiceNetworkArn ServiceRegion SubnetIds Tags VpcEndpointType VpcId", "VpcId"],
  "AWS::EC2::VPCEndpointConnectionNotification": ["VPCEndpointConnectionNotificationId", "ConnectionEvents ConnectionNotificationArn ServiceId VPCEndpointId", "ConnectionEvents ConnectionNotificationArn"],
  "AWS::EC2::VPCEndpointService": ["PrivateDnsNameConfiguration.Name PrivateDnsNameConfiguration.State PrivateDnsNameConfiguration.Type PrivateDnsNameConfiguration.Value ServiceId", "AcceptanceRequired ContributorInsightsEnabled GatewayLoadBalancerArns NetworkLoadBalancerArns PayerResponsibility PrivateDnsName PrivateDnsNameConfiguration SupportedIpAddressTypes SupportedRegions Tags", ""],
  "AWS::EC2::VPCEndpointServicePermissions": ["", "AllowedPrincipals ServiceId", "ServiceId"],
  "AWS::EC2::VPCGatewayAttachment": ["AttachmentType", "InternetGatewayId VpcId VpnGatewayId", "VpcId"],
  "AWS::EC2::VPCPeeringConnection": ["Id", "AssumeRoleRegion PeerOwnerId PeerRegion PeerRoleArn PeerVpcId Tags VpcId", "PeerVpcId VpcId"],
  "AWS::EC2::VPNConcentrator": ["TransitGatewayAttachmentId VpnConcentratorId", "Tags TransitGatewayId Type", "TransitGatewayId Type"],
  "AWS::EC2::VPNConnection": ["VpnConnectionId", "CustomerGatewayId EnableAcceleration LocalIpv4NetworkCidr LocalIpv6NetworkCidr OutsideIpAddressType PreSharedKeyStorage RemoteIpv4NetworkCidr RemoteIpv6NetworkCidr StaticRoutesOnly Tags TransitGatewayId TransportTransitGatewayAttachmentId TunnelBandwidth TunnelInsideIpVersion Type VpnConcentratorId VpnGatewayId VpnTunnelOptionsSpecifications", "CustomerGatewayId Type"],
  "AWS::EC2::VPNConnectionRoute": ["", "DestinationCidrBlock VpnConnectionId", "DestinationCidrBlock VpnConnectionId"],
  "AWS::EC2::VPNGateway": ["VPNGatewayId", "AmazonSideAsn Tags Type", "Type"],
  "AWS::EC2::VPNGatewayRoutePropagation": ["Id", "RouteTableIds VpnGatewayId", "RouteTableIds VpnGatewayId"],
  "AWS::EC2::VerifiedAccessEndpoint": ["CreationTime DeviceValidationDomain EndpointDomain LastUpdatedTime Status VerifiedAccessEndpointId VerifiedAccessInstanceId", "ApplicationDomain AttachmentType CidrOptions Description DomainCertificateArn EndpointDomainPrefix EndpointType LoadBalancerOptions NetworkInterfaceOptions PolicyDocument PolicyEnabled RdsOptions SecurityGroupIds SseSpecification Tags VerifiedAccessGroupId", "AttachmentType EndpointType VerifiedAccessGroupId"],
  "AWS::EC2::VerifiedAccessGroup": ["CreationTime LastUpdatedTime Owner VerifiedAccessGroupArn VerifiedAccessGroupId", "Description PolicyDocument PolicyEnabled SseSpecification Tags VerifiedAccessInstanceId", "VerifiedAccessInstanceId"],
  "AWS::EC2::VerifiedAccessInstance": ["CidrEndpointsCustomSubDomainNameServers CreationTime LastUpdatedTime VerifiedAccessInstanceId", "CidrEndpointsCustomSubDomain Description FipsEnabled LoggingConfigurations Tags VerifiedAccessTrustProviderIds VerifiedAccessTrustProviders", ""],
  "AWS::EC2::VerifiedAccessTrustProvider": ["CreationTime LastUpdatedTime VerifiedAccessTrustProviderId", "Description DeviceOptions DeviceTrustProviderType NativeApplicationOidcOptions OidcOptions PolicyReferenceName SseSpecification Tags TrustProviderType UserTrustProviderType", "PolicyReferenceName TrustProviderType"],
  "AWS::EC2::Volume": ["VolumeId", "AutoEnableIO AvailabilityZone AvailabilityZoneId Encrypted Iops KmsKeyId MultiAttachEnabled OutpostArn Size SnapshotId SourceVolumeId Tags Throughput VolumeInitializationRate VolumeType", ""],
  "AWS::EC2::VolumeAttachment": ["", "Device EbsCardIndex InstanceId VolumeId", "InstanceId VolumeId"],
  "AWS::ECR::PublicRepository": ["Arn", "RepositoryCatalogData RepositoryName RepositoryPolicyText Tags", ""],
  "AWS::ECR::PullThroughCacheRule": ["", "CredentialArn CustomRoleArn EcrRepositoryPrefix UpstreamRegistry UpstreamRegistryUrl UpstreamRepositoryPrefix", ""],
  "AWS::ECR::PullTimeUpdateExclusion": ["", "PrincipalArn", "PrincipalArn"],
  "AWS::ECR::RegistryPolicy": ["RegistryId", "PolicyText", "PolicyText"],
  "AWS::ECR::RegistryScanningConfiguration": ["RegistryId", "Rules ScanType", "Rules ScanType"],
  "AWS::ECR::ReplicationConfiguration": ["RegistryId", "ReplicationConfiguration", "ReplicationConfiguration"],
  "AWS::ECR::Repository": ["Arn RepositoryUri", "EmptyOnDelete EncryptionConfiguration ImageScanningConfiguration ImageTagMutability ImageTagMutabilityExclusionFilters LifecyclePolicy RepositoryName RepositoryPolicyText Tags", ""],
  "AWS::ECR::RepositoryCreationTemplate": ["CreatedAt UpdatedAt", "AppliedFor CustomRoleArn Description EncryptionConfiguration ImageTagMutability ImageTagMutabilityExclusionFilters LifecyclePolicy Prefix RepositoryPolicy ResourceTags", "AppliedFor Prefix"],
  "AWS::ECR::SigningConfiguration": ["RegistryId", "Rules", "Rules"],
  "AWS::ECS::CapacityProvider": ["", "AutoScalingGroupProvider ClusterName ManagedInstancesProvider Name Tags", ""],
  "AWS::ECS::Cluster": ["Arn", "CapacityProviders ClusterName ClusterSettings Configuration DefaultCapacityProviderStrategy ServiceConnectDefaults Tags", ""],
  "AWS::ECS::ClusterCapacityProviderAssociations": ["", "CapacityProviders Cluster DefaultCapacityProviderStrategy", "Cluster DefaultCapacityProviderStrategy"],
  "AWS::ECS::Daemon": ["CreatedAt DaemonArn DaemonStatus DeploymentArn UpdatedAt", "CapacityProviderArns ClusterArn Critical DaemonName DaemonTaskDefinitionArn DeploymentConfiguration EnableECSManagedTags EnableExecuteCommand PropagateTags Tags", ""],
  "AWS::ECS::DaemonTaskDefinition": ["DaemonTaskDefinitionArn", "ContainerDefinitions Cpu ExecutionRoleArn Family IpcMode Memory PidMode Tags TaskRoleArn Volumes", ""],
  "AWS::ECS::ExpressGatewayService": ["ActiveConfigurations CreatedAt ECSManagedResourceArns ECSManagedResourceArns.AutoScaling ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies ECSManagedResourceArns.AutoScaling.ScalableTarget ECSManagedResourceArns.IngressPath ECSManagedResourceArns.IngressPath.CertificateArn ECSManagedResourceArns.IngressPath.ListenerArn ECSManagedResourceArns.IngressPath.ListenerRuleArn ECSManagedResourceArns.IngressPath.LoadBalancerArn ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups ECSManagedResourceArns.IngressPath.TargetGroupArns ECSManagedResourceArns.LogGroups ECSManagedResourceArns.MetricAlarms ECSManagedResourceArns.ServiceSecurityGroups Endpoint ServiceArn Status UpdatedAt", "Cluster Cpu ExecutionRoleArn HealthCheckPath InfrastructureRoleArn Memory NetworkConfiguration PrimaryContainer ScalingTarget ServiceName Tags TaskDefinitionArn TaskRoleArn", "InfrastructureRoleArn"],
  "AWS::ECS::PrimaryTaskSet": ["", "Cluster Service TaskSetId", "Cluster Service TaskSetId"],
  "AWS::ECS::Service": ["Name ServiceArn", "AvailabilityZoneRebalancing CapacityProviderStrategy Cluster DeploymentConfiguration DeploymentController DesiredCount EnableECSManagedTags EnableExecuteCommand ForceNewDeployment HealthCheckGracePeriodSeconds LaunchType LoadBalancers Monitoring NetworkConfiguration PlacementConstraints PlacementStrategies PlatformVersion PropagateTags Role SchedulingStrategy ServiceConnectConfiguration ServiceName ServiceRegistries Tags TaskDefinition VolumeConfigurations VpcLatticeConfigurations", ""],
  "AWS::ECS::TaskDefinition": ["TaskDefinitionArn", "ContainerDefinitions Cpu EnableFaultInjection EphemeralStorage ExecutionRoleArn Family InferenceAccelerators IpcMode Memory NetworkMode PidMode PlacementConstraints ProxyConfiguration RequiresCompatibilities RuntimePlatform Tags TaskRoleArn Volumes", ""],
  "AWS::ECS::TaskSet": ["Id", "CapacityProviderStrategy Cluster ExternalId LaunchType LoadBalancers NetworkConfiguration PlatformVersion Scale Service ServiceRegistries Tags TaskDefinition", "Cluster Service TaskDefinition"],
  "AWS::EFS::AccessPoint": ["AccessPointId Arn", "AccessPointTags ClientToken FileSystemId PosixUser RootDirectory", "FileSystemId"],
  "AWS::EFS::FileSystem": ["Arn FileSystemId", "AvailabilityZoneName BackupPolicy BypassPolicyLockoutSafetyCheck Encrypted FileSystemPolicy FileSystemProtection FileSystemTags KmsKeyId LifecyclePolicies PerformanceMode ProvisionedThroughputInMibps ReplicationConfiguration ThroughputMode", ""],
  "AWS::EFS::MountTarget": ["Id IpAddress", "FileSystemId IpAddress IpAddressType Ipv6Address SecurityGroups SubnetId", "FileSystemId SecurityGroups SubnetId"],
  "AWS::EKS::AccessEntry": ["AccessEntryArn", "AccessPolicies ClusterName KubernetesGroups PrincipalArn Tags Type Username", "ClusterName PrincipalArn"],
  "AWS::EKS::Addon": ["Arn", "AddonName AddonVersion ClusterName ConfigurationValues NamespaceConfig PodIdentityAssociations PreserveOnDelete ResolveConflicts ServiceAccountRoleArn Tags", "AddonName ClusterName"],
  "AWS::EKS::Capability": ["Arn Configuration.ArgoCd.AwsIdc.IdcManagedApplicationArn Configuration.ArgoCd.ServerUrl CreatedAt ModifiedAt Status Version", "CapabilityName ClusterName Configuration DeletePropagationPolicy RoleArn Tags Type", "CapabilityName ClusterName DeletePropagationPolicy RoleArn Type"],
  "AWS::EKS::CertificateAuthority": ["ActivatedAt ActivatedBy CreatedAt CreatedBy Data DistributionStatus Id RollbackAvailable ScheduledEvents ScheduledEvents.FinalAutoActivation ScheduledEvents.FirstAutoActivation SigningStatus Validity Validity.NotAfter Validity.NotBefore", "ClusterName", "ClusterName"],
  "AWS::EKS::Cluster": ["Arn CertificateAuthority.Active.ActivatedBy CertificateAuthority.Active.Id CertificateAuthority.Data CertificateAuthorityData ClusterSecurityGroupId EncryptionConfigKeyArn Endpoint Id KubernetesNetworkConfig.ServiceIpv6Cidr OpenIdConnectIssuerUrl", "AccessConfig ActiveCertificateAuthorityId BootstrapSelfManagedAddons CertificateAuthority ComputeConfig ControlPlaneScalingConfig DeletionProtection EncryptionConfig Force KubeApiServerConfig KubeControllerManagerConfig KubeSchedulerConfig KubernetesNetworkConfig Logging Name OutpostConfig RemoteNetworkConfig ResourcesVpcConfig RoleArn RollbackConfig StorageConfig Tags UpgradePolicy Version ZonalShiftConfig", "ResourcesVpcConfig RoleArn"],
  "AWS::EKS::FargateProfile": ["Arn", "ClusterName FargateProfileName PodExecutionRoleArn Selectors Subnets Tags", "ClusterName PodExecutionRoleArn Selectors"],
  "AWS::EKS::IdentityProviderConfig": ["IdentityProviderConfigArn", "ClusterName IdentityProviderConfigName Oidc Tags Type", "ClusterName Type"],
  "AWS::EKS::Nodegroup": ["Arn ClusterName Id NodegroupName", "AmiType CapacityType ClusterName DiskSize ForceUpdateEnabled InstanceTypes Labels LaunchTemplate NodeRepairConfig NodeRole NodegroupName ReleaseVersion RemoteAccess ScalingConfig Subnets Tags Taints UpdateConfig Version WarmPoolConfig", "ClusterName NodeRole Subnets"],
  "AWS::EKS::PodIdentityAssociation": ["AssociationArn AssociationId ExternalId", "ClusterName DisableSessionTags Namespace Policy RoleArn ServiceAccount Tags TargetRoleArn", "ClusterName Namespace RoleArn ServiceAccount"],
  "AWS::EMR::Cluster": ["Id MasterPublicDNS", "AdditionalInfo Applications AutoScalingRole AutoTerminationPolicy BootstrapActions Configurations CustomAmiId EbsRootVolumeIops EbsRootVolumeSize EbsRootVolumeThroughput Instances JobFlowRole KerberosAttributes LogEncryptionKmsKeyId LogUri ManagedScalingPolicy Name OSReleaseLabel PlacementGroupConfigs ReleaseLabel ScaleDownBehavior SecurityConfiguration ServiceRole StepConcurrencyLevel Steps Tags VisibleToAllUsers", "Instances JobFlowRole Name ServiceRole"],
  "AWS::EMR::InstanceFleetConfig": ["Id", "ClusterId InstanceFleetType InstanceTypeConfigs LaunchSpecifications Name ResizeSpecifications TargetOnDemandCapacity TargetSpotCapacity", "ClusterId InstanceFleetType"],
  "AWS::EMR::InstanceGroupConfig": ["InstanceGroupId", "AutoScalingPolicy BidPrice Configurations CustomAmiId EbsConfiguration InstanceCount InstanceRole InstanceType JobFlowId Market Name", "InstanceCount InstanceRole InstanceType JobFlowId"],
  "AWS::EMR::SecurityConfiguration": ["", "Name SecurityConfiguration", "SecurityConfiguration"],
  "AWS::EMR::Step": ["Id", "ActionOnFailure EncryptionKeyArn HadoopJarStep JobFlowId LogUri Name", "ActionOnFailure HadoopJarStep JobFlowId Name"],
  "AWS::EMR::Studio": ["Arn StudioId Url", "AuthMode DefaultS3Location Description EncryptionKeyArn EngineSecurityGroupId IdcInstanceArn IdcUserAssignment IdpAuthUrl IdpRelayStateParameterName Name ServiceRole SubnetIds Tags TrustedIdentityPropagationEnabled UserRole VpcId WorkspaceSecurityGroupId", "AuthMode DefaultS3Location EngineSecurityGroupId Name ServiceRole SubnetIds VpcId WorkspaceSecurityGroupId"],
  "AWS::EMR::StudioSessionMapping": ["", "IdentityName IdentityType SessionPolicyArn StudioId", "IdentityName IdentityType SessionPolicyArn StudioId"],
  "AWS::EMR::WALWorkspace": ["", "Tags WALWorkspaceName", ""],
  "AWS::EMRContainers::Endpoint": ["Arn AuthProxyUrl CertificateAuthority CreatedAt FailureReason Id SecurityGroup ServerUrl State StateDetails", "ConfigurationOverrides ExecutionRoleArn Name ReleaseLabel SessionIdleTimeoutInMinutes Tags Type VirtualClusterId", "ExecutionRoleArn ReleaseLabel Type VirtualClusterId"],
  "AWS::EMRContainers::JobTemplate": ["Arn CreatedAt CreatedBy Id", "JobTemplateData Name Tags", "JobTemplateData Name"],
  "AWS::EMRContainers::SecurityConfiguration": ["Arn Id", "ContainerProvider Name SecurityConfigurationData Tags", "SecurityConfigurationData"],
  "AWS::EMRContainers::VirtualCluster": ["Arn Id", "ContainerProvider Name SecurityConfigurationId SessionEnabled Tags", "ContainerProvider Name"],
  "AWS::EMRServerless::Application": ["ApplicationId Arn", "Architecture AutoStartConfiguration AutoStopConfiguration IdentityCenterConfiguration ImageConfiguration InitialCapacity InteractiveConfiguration MaximumCapacity MonitoringConfiguration Name NetworkConfiguration ReleaseLabel RuntimeConfiguration SchedulerConfiguration Tags Type WorkerTypeSpecifications", "ReleaseLabel Type"],
  "AWS::EVS::Environment": ["Checks CreatedAt Credentials EnvironmentArn EnvironmentId EnvironmentState ModifiedAt StateDetails", "ConnectivityInfo EnvironmentName Hosts InitialVlans KmsKeyId LicenseInfo ServiceAccessSecurityGroups ServiceAccessSubnetId SiteId Tags TermsAccepted VcfHostnames VcfVersion VpcId", "ServiceAccessSubnetId TermsAccepted VcfVersion VpcId"],
  "AWS::ElastiCache::CacheCluster": ["ConfigurationEndpoint ConfigurationEndpoint.Address ConfigurationEndpoint.Port RedisEndpoint RedisEndpoint.Address RedisEndpoint.Port", "AZMode AutoMinorVersionUpgrade CacheNodeType CacheParameterGroupName CacheSecurityGroupNames CacheSubnetGroupName ClusterName Engine EngineVersion IpDiscovery LogDeliveryConfigurations NetworkType NotificationTopicArn NumCacheNodes Port PreferredAvailabilityZone PreferredAvailabilityZones PreferredMaintenanceWindow SnapshotArns SnapshotName SnapshotRetentionLimit SnapshotWindow Tags TransitEncryptionEnabled VpcSecurityGroupIds", "CacheNodeType Engine NumCacheNodes"],
  "AWS::ElastiCache::GlobalReplicationGroup": ["Arn GlobalReplicationGroupId Status", "AutomaticFailoverEnabled CacheNodeType CacheParameterGroupName Engine EngineVersion GlobalNodeGroupCount GlobalReplicationGroupDescription GlobalReplicationGroupIdSuffix Members RegionalConfigurations Tags", "Members"],
  "AWS::ElastiCache::ParameterGroup": ["CacheParameterGroupName", "CacheParameterGroupFamily Description Properties Tags", "CacheParameterGroupFamily Description"],
  "AWS::ElastiCache::ReplicationGroup": ["ConfigurationEndPoint ConfigurationEndPoint.Address ConfigurationEndPoint.Port EffectiveDurability PrimaryEndPoint PrimaryEndPoint.Address PrimaryEndPoint.Port ReadEndPoint ReadEndPoint.Addresses ReadEndPoint.AddressesList ReadEndPoint.Ports ReadEndPoint.PortsList ReaderEndPoint ReaderEndPoint.Address ReaderEndPoint.Port", "AtRestEncryptionEnabled AuthToken AutoMinorVersionUpgrade AutomaticFailoverEnabled CacheNodeType CacheParameterGroupName CacheSecurityGroupNames CacheSubnetGroupName ClusterMode DataTieringEnabled Durability Engine EngineVersion GlobalReplicationGroupId IpDiscovery KmsKeyId LogDeliveryConfigurations MultiAZEnabled NetworkType NodeGroupConfiguration NotificationTopicArn NumCacheClusters NumNodeGroups Port PreferredCacheClusterAZs PreferredMaintenanceWindow PrimaryClusterId ReplicasPerNodeGroup ReplicationGroupDescription ReplicationGroupId SecurityGroupIds SnapshotArns SnapshotName SnapshotRetentionLimit SnapshotWindow SnapshottingClusterId Tags TransitEncryptionEnabled TransitEncryptionMode UserGroupIds", "ReplicationGroupDescription"],
  "AWS::ElastiCache::SecurityGroup": ["Id", "Description Tags", "Description"],
  "AWS::ElastiCache::SecurityGroupIngress": ["Id", "CacheSecurityGroupName EC2SecurityGroupName EC2SecurityGroupOwnerId", "CacheSecurityGroupName EC2SecurityGroupName"],
  "AWS::ElastiCache::ServerlessCache": ["ARN CreateTime Endpoint.Address Endpoint.Port FullEngineVersion ReaderEndpoint.Address ReaderEndpoint.Port Status", "CacheUsageLimits DailySnapshotTime Description Endpoint Engine FinalSnapshotName KmsKeyId MajorEngineVersion NetworkType ReaderEndpoint SecurityGroupIds ServerlessCacheName SnapshotArnsToRestore SnapshotRetentionLimit SubnetIds Tags UserGroupId", "Engine ServerlessCacheName"],
  "AWS::ElastiCache::ServerlessCacheSnapshot": ["ARN BytesUsedForCache CreateTime ServerlessCacheConfiguration SnapshotType Status", "KmsKeyId ServerlessCacheName ServerlessCacheSnapshotName Tags", "ServerlessCacheName ServerlessCacheSnapshotName"],
  "AWS::ElastiCache::SubnetGroup": ["", "CacheSubnetGroupName Description SubnetIds Tags", "Description SubnetIds"],
  "AWS::ElastiCache::User": ["Arn Status", "AccessString AuthenticationMode Engine NoPasswordRequired Passwords Tags UserId UserName", "Engine UserId UserName"],
  "AWS::ElastiCache::UserGroup": ["Arn Status", "Engine Tags UserGroupId UserIds", "Engine UserGroupId UserIds"],
  "AWS::ElasticBeanstalk::Application": ["", "ApplicationName Description ResourceLifecycleConfig", ""],
  "AWS::ElasticBeanstalk::ApplicationVersion": ["Id", "ApplicationName BuildConfiguration Description ImageConfiguration Process SourceBundle", "ApplicationName"],
  "AWS::ElasticBeanstalk::ConfigurationTemplate": ["TemplateName", "ApplicationName Description EnvironmentId OptionSettings PlatformArn SolutionStackName SourceConfiguration", "ApplicationName"],
  "AWS::ElasticBeanstalk::Environment": ["EndpointURL", "ApplicationName CNAMEPrefix Description EnvironmentName OperationsRole OptionSettings PlatformArn SolutionStackName Tags TemplateName Tier VersionLabel", "ApplicationName"],
  "AWS::ElasticLoadBalancing::LoadBalancer": ["CanonicalHostedZoneName CanonicalHostedZoneNameID DNSName SourceSecurityGroup SourceSecurityGroup.GroupName SourceSecurityGroup.OwnerAlias", "AccessLoggingPolicy AppCookieStickinessPolicy AvailabilityZones ConnectionDrainingPolicy ConnectionSettings CrossZone HealthCheck Instances LBCookieStickinessPolicy Listeners LoadBalancerName Policies Scheme SecurityGroups Subnets Tags", "Listeners"],
  "AWS::ElasticLoadBalancingV2::Listener": ["ListenerArn", "AlpnPolicy Certificates DefaultActions ListenerAttributes LoadBalancerArn MutualAuthentication Port Protocol SslPolicy Tags", "DefaultActions LoadBalancerArn"],
  "AWS::ElasticLoadBalancingV2::ListenerCertificate": ["Id", "Certificates ListenerArn", "Certificates ListenerArn"],
  "AWS::ElasticLoadBalancingV2::ListenerRule": ["IsDefault RuleArn", "Actions Conditions ListenerArn Priority Tags Transforms", "Actions Conditions Priority"],
  "AWS::ElasticLoadBalancingV2::LoadBalancer": ["CanonicalHostedZoneID DNSName LoadBalancerArn LoadBalancerFullName LoadBalancerName SecurityGroups", "EnableCapacityReservationProvisionStabilize EnablePrefixForIpv6SourceNat EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic IpAddressType Ipv4IpamPoolId LoadBalancerAttributes MinimumLoadBalancerCapacity Name Scheme SecurityGroups SubnetMappings Subnets Tags Type", ""],
  "AWS::ElasticLoadBalancingV2::TargetGroup": ["LoadBalancerArns TargetGroupArn TargetGroupFullName TargetGroupName", "HealthCheckEnabled HealthCheckIntervalSeconds HealthCheckPath HealthCheckPort HealthCheckProtocol HealthCheckTimeoutSeconds HealthyThresholdCount IpAddressType Matcher Name Port Protocol ProtocolVersion Tags TargetControlPort TargetGroupAttributes TargetType Targets UnhealthyThresholdCount VpcId", ""],
  "AWS::ElasticLoadBalancingV2::TrustStore": ["NumberOfCaCertificates Status TrustStoreArn", "CaCertificatesBundleS3Bucket CaCertificatesBundleS3Key CaCertificatesBundleS3ObjectVersion Name Tags", ""],
  "AWS::ElasticLoadBalancingV2::TrustStoreRevocation": ["RevocationId TrustStoreRevocations", "RevocationContents TrustStoreArn", ""],
  "AWS::Elasticsearch::Domain": ["Arn DomainEndpoint Id", "AccessPolicies AdvancedOptions AdvancedSecurityOptions CognitoOptions DomainArn DomainEndpointOptions DomainName EBSOptions ElasticsearchClusterConfig ElasticsearchVersion EncryptionAtRestOptions LogPublishingOptions NodeToNodeEncryptionOptions SnapshotOptions Tags VPCOptions", ""],
  "AWS::ElementalInference::Dictionary": ["Arn Id", "Entries Language Name Tags", "Language Name"],
  "AWS::ElementalInference::Feed": ["Arn DataEndpoints Id", "AccessRoleArn Name Outputs Tags", "Name Outputs"],
  "AWS::EntityResolution::IdMappingWorkflow": ["CreatedAt UpdatedAt WorkflowArn", "Description IdMappingIncrementalRunConfig IdMappingTechniques InputSourceConfig OutputSourceConfig RoleArn Tags WorkflowName", "IdMappingTechniques InputSourceConfig RoleArn WorkflowName"],
  "AWS::EntityResolution::IdNamespace": ["CreatedAt IdNamespaceArn UpdatedAt", "Description IdMappingWorkflowProperties IdNamespaceName InputSourceConfig RoleArn Tags Type", "IdNamespaceName Type"],
  "AWS::EntityResolution::MatchingWorkflow": ["CreatedAt UpdatedAt WorkflowArn", "Description IncrementalRunConfig InputSourceConfig OutputSourceConfig ResolutionTechniques RoleArn Tags WorkflowName", "InputSourceConfig OutputSourceConfig ResolutionTechniques RoleArn WorkflowName"],
  "AWS::EntityResolution::PolicyStatement": ["", "Action Arn Condition Effect Principal StatementId", "Arn StatementId"],
  "AWS::EntityResolution::SchemaMapping": ["CreatedAt HasWorkflows SchemaArn UpdatedAt", "Description MappedInputFields SchemaName Tags", "MappedInputFields SchemaName"],
  "AWS::EventSchemas::Discoverer": ["CrossAccount DiscovererArn DiscovererId State", "CrossAccount Description SourceArn Tags", "SourceArn"],
  "AWS::EventSchemas::Registry": ["RegistryArn RegistryName", "Description RegistryName Tags", ""],
  "AWS::EventSchemas::RegistryPolicy": ["Id", "Policy RegistryName RevisionId", "Policy RegistryName"],
  "AWS::EventSchemas::Schema": ["LastModified SchemaArn SchemaName SchemaVersion VersionCreatedDate", "Content Description RegistryName SchemaName Tags Type", "Content RegistryName Type"],
  "AWS::Events::ApiDestination": ["Arn ArnForPolicy", "ConnectionArn Description HttpMethod InvocationEndpoint InvocationRateLimitPerSecond Name", "ConnectionArn HttpMethod InvocationEndpoint"],
  "AWS::Events::Archive": ["Arn", "ArchiveName Description EventPattern KmsKeyIdentifier RetentionDays SourceArn", "SourceArn"],
  "AWS::Events::Connection": ["Arn ArnForPolicy AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn SecretArn", "AuthParameters AuthorizationType Description InvocationConnectivityParameters KmsKeyIdentifier Name", ""],
  "AWS::Events::Endpoint": ["Arn EndpointId EndpointUrl State StateReason", "Description EventBuses Name ReplicationConfig RoleArn RoutingConfig", "EventBuses RoutingConfig"],
  "AWS::Events::EventBus": ["Arn Name Policy", "DeadLetterConfig Description EventSourceName KmsKeyIdentifier LogConfig Name Policy Tags", "Name"],
  "AWS::Events::EventBusPolicy": ["", "Action Condition EventBusName Principal Statement StatementId", "StatementId"],
  "AWS::Events::Rule": ["Arn RuleName", "Description EventBusName EventPattern Name RoleArn ScheduleExpression State Tags Targets", ""],
  "AWS::EventsV2::EventBus": ["CreationTime EventBusArn LastModifiedTime State", "Description EncryptionConfiguration Name StorageConfiguration Tags", "Name"],
  "AWS::EventsV2::EventSource": ["CreationTime EventSourceArn LastModifiedTime Revoked State", "Configuration Description EventBusArn Name Tags", "Configuration EventBusArn Name"],
  "AWS::EventsV2::ResourcePolicy": ["RevisionId", "EventBusArn PolicyDocument", "EventBusArn PolicyDocument"],
  "AWS::EventsV2::Subscriber": ["BusName CreationTime LastModifiedTime SubscriberArn", "BatchConfiguration Description EventBusArn FilterConfiguration LogConfiguration Name OnFailureConfiguration PointInTimeConfiguration ResumePosition RetryPolicy StartingPosition State Tags Transformer Type", "EventBusArn Name"],
  "AWS::Evidently::Experiment": ["Arn", "Description MetricGoals Name OnlineAbConfig Project RandomizationSalt RemoveSegment RunningStatus SamplingRate Segment Tags Treatments", "MetricGoals Name OnlineAbConfig Project Treatments"],
  "AWS::Evidently::Feature": ["Arn", "DefaultVariation Description EntityOverrides EvaluationStrategy Name Project Tags Variations", "Name Project Variations"],
  "AWS::Evidently::Launch": ["Arn", "Description ExecutionStatus Groups MetricMonitors Name Project RandomizationSalt ScheduledSplitsConfig Tags", "Groups Name Project ScheduledSplitsConfig"],
  "AWS::Evidently::Project": ["Arn", "AppConfigResource DataDelivery Description Name Tags", "Name"],
  "AWS::Evidently::Segment": ["Arn", "Description Name Pattern Tags", "Name"],
  "AWS::FIS::ExperimentTemplate": ["Id", "Actions Description ExperimentOptions ExperimentReportConfiguration LogConfiguration RoleArn StopConditions Tags Targets", "Description RoleArn StopConditions Targets"],
  "AWS::FIS::TargetAccountConfiguration": ["", "AccountId Description ExperimentTemplateId RoleArn", "AccountId ExperimentTemplateId RoleArn"],
  "AWS::FMS::ApplicationsList": ["Arn CreateTime LastUpdateTime ListId", "AppsList ListName Tags", "AppsList ListName"],
  "AWS::FMS::NotificationChannel": ["", "SnsRoleName SnsTopicArn", "SnsRoleName SnsTopicArn"],
  "AWS::FMS::Policy": ["Arn Id", "DeleteAllPolicyResources ExcludeMap ExcludeResourceTags IncludeMap PolicyDescription PolicyName RemediationEnabled ResourceSetIds ResourceTagLogicalOperator ResourceTags ResourceType ResourceTypeList ResourcesCleanUp SecurityServicePolicyData Tags", "ExcludeResourceTags PolicyName RemediationEnabled SecurityServicePolicyData"],
  "AWS::FMS::ProtocolsList": ["Arn CreateTime LastUpdateTime ListId", "ListName ProtocolsList Tags", "ListName ProtocolsList"],
  "AWS::FMS::ResourceSet": ["Id", "Description Name ResourceTypeList Resources Tags", "Name ResourceTypeList"],
  "AWS::FSx::Backup": ["BackupId CreationTime Lifecycle ResourceARN Type", "FileSystemId Tags", "FileSystemId"],
  "AWS::FSx::DataRepositoryAssociation": ["AssociationId ResourceARN", "BatchImportMetaDataOnCreate DataRepositoryPath FileSystemId FileSystemPath ImportedFileChunkSize S3 Tags", "DataRepositoryPath FileSystemId FileSystemPath"],
  "AWS::FSx::FileCache": ["CreationTime DNSName DataRepositoryAssociationIds FileCacheId Lifecycle LustreConfiguration.LogConfiguration LustreConfiguration.MountName NetworkInterfaceIds OwnerId ResourceARN VpcId", "CopyTagsToDataRepositoryAssociations DataRepositoryAssociations FileCacheType FileCacheTypeVersion KmsKeyId LustreConfiguration SecurityGroupIds StorageCapacity SubnetIds Tags", "FileCacheType FileCacheTypeVersion StorageCapacity SubnetIds"],
  "AWS::FSx::FileSystem": ["DNSName Id LustreMountName ResourceARN RootVolumeId", "BackupId FileSystemType FileSystemTypeVersion KmsKeyId LustreConfiguration NetworkType OntapConfiguration OpenZFSConfiguration SecurityGroupIds StorageCapacity StorageType SubnetIds Tags WindowsConfiguration", "FileSystemType SubnetIds"],
  "AWS::FSx::S3AccessPointAttachment": ["Lifecycle S3AccessPoint.Alias S3AccessPoint.ResourceARN", "Name OntapConfiguration OpenZFSConfiguration S3AccessPoint Type", "Name Type"],
  "AWS::FSx::Snapshot": ["Id ResourceARN", "Name Tags VolumeId", "Name VolumeId"],
  "AWS::FSx::StorageVirtualMachine": ["ResourceARN StorageVirtualMachineId UUID", "ActiveDirectoryConfiguration FileSystemId Name RootVolumeSecurityStyle SvmAdminPassword Tags", "FileSystemId Name"],
  "AWS::FSx::Volume": ["ResourceARN UUID VolumeId", "BackupId Name OntapConfiguration OpenZFSConfiguration Tags VolumeType", "Name"],
  "AWS::FinSpace::Environment": ["AwsAccountId DedicatedServiceAccountId EnvironmentArn EnvironmentId EnvironmentUrl SageMakerStudioDomainUrl Status", "DataBundles Description FederationMode FederationParameters KmsKeyId Name SuperuserParameters Tags", "Name"],
  "AWS::Forecast::Dataset": ["Arn", "DataFrequency DatasetName DatasetType Domain EncryptionConfig Schema Tags", "DatasetName DatasetType Domain Schema"],
  "AWS::Forecast::DatasetGroup": ["DatasetGroupArn", "DatasetArns DatasetGroupName Domain Tags", "DatasetGroupName Domain"],
  "AWS::FraudDetector::Detector": ["Arn CreatedTime DetectorVersionId EventType.Arn EventType.CreatedTime EventType.LastUpdatedTime LastUpdatedTime", "AssociatedModels Description DetectorId DetectorVersionStatus EventType RuleExecutionMode Rules Tags", "DetectorId EventType Rules"],
  "AWS::FraudDetector::EntityType": ["Arn CreatedTime LastUpdatedTime", "Description Name Tags", "Name"],
  "AWS::FraudDetector::EventType": ["Arn CreatedTime LastUpdatedTime", "Description EntityTypes EventVariables Labels Name Tags", "EntityTypes EventVariables Labels Name"],
  "AWS::FraudDetector::Label": ["Arn CreatedTime LastUpdatedTime", "Description Name Tags", "Name"],
  "AWS::FraudDetector::List": ["Arn CreatedTime LastUpdatedTime", "Description Elements Name Tags VariableType", "Name"],
  "AWS::FraudDetector::Outcome": ["Arn CreatedTime LastUpdatedTime", "Description Name Tags", "Name"],
  "AWS::FraudDetector::Variable": ["Arn CreatedTime LastUpdatedTime", "DataSource DataType DefaultValue Description Name Tags VariableType", "DataSource DataType DefaultValue Name"],
  "AWS::GameLift::Alias": ["AliasArn AliasId", "Description Name RoutingStrategy Tags", "Name RoutingStrategy"],
  "AWS::GameLift::Build": ["BuildArn BuildId", "Name OperatingSystem ServerSdkVersion StorageLocation Tags Version", ""],
  "AWS::GameLift::ContainerFleet": ["CreationTime DeploymentDetails FleetArn FleetId GameServerContainerGroupDefinitionArn MaximumGameServerContainerGroupsPerInstance PerInstanceContainerGroupDefinitionArn Status", "BillingType DeploymentConfiguration Description FleetRoleArn GameServerContainerGroupDefinitionName GameServerContainerGroupsPerInstance GameSessionCreationLimitPolicy InstanceConnectionPortRange InstanceInboundPermissions InstanceType Locations LogConfiguration MetricGroups NewGameSessionProtectionPolicy PerInstanceContainerGroupDefinitionName PlayerGatewayMode ScalingPolicies Tags", "FleetRoleArn"],
  "AWS::GameLift::ContainerGroupDefinition": ["ContainerGroupDefinitionArn CreationTime Status StatusReason VersionNumber", "ContainerGroupType GameServerContainerDefinition Name OperatingSystem SourceVersionNumber SupportContainerDefinitions Tags TotalMemoryLimitMebibytes TotalVcpuLimit VersionDescription", "Name OperatingSystem TotalMemoryLimitMebibytes TotalVcpuLimit"],
  "AWS::GameLift::Fleet": ["FleetArn FleetId", "AnywhereConfiguration ApplyCapacity BuildId CertificateConfiguration ComputeType Description DesiredEC2Instances EC2InboundPermissions EC2InstanceType FleetType InstanceRoleARN InstanceRoleCredentialsProvider Locations LogPaths MaxSize MetricGroups MinSize Name NewGameSessionProtectionPolicy PeerVpcAwsAccountId PeerVpcId PlayerGatewayConfiguration PlayerGatewayMode ResourceCreationLimitPolicy RuntimeConfiguration ScalingPolicies ScriptId ServerLaunchParameters ServerLaunchPath Tags", "Name"],
  "AWS::GameLift::GameServerGroup": ["AutoScalingGroupArn GameServerGroupArn", "AutoScalingPolicy BalancingStrategy DeleteOption GameServerGroupName GameServerProtectionPolicy InstanceDefinitions LaunchTemplate MaxSize MinSize RoleArn Tags VpcSubnets", "GameServerGroupName InstanceDefinitions RoleArn"],
  "AWS::GameLift::GameSessionQueue": ["Arn Name", "CustomEventData Destinations FilterConfiguration Name NotificationTarget PlayerLatencyPolicies PriorityConfiguration Tags TimeoutInSeconds", "Name"],
  "AWS::GameLift::Location": ["LocationArn", "LocationName Tags", "LocationName"],
  "AWS::GameLift::MatchmakingConfiguration": ["Arn Name", "AcceptanceRequired AcceptanceTimeoutSeconds AdditionalPlayerCount BackfillMode CreationTime CustomEventData Description FlexMatchMode GameProperties GameSessionData GameSessionQueueArns Name NotificationTarget RequestTimeoutSeconds RuleSetArn RuleSetName Tags", "AcceptanceRequired Name RequestTimeoutSeconds RuleSetName"],
  "AWS::GameLift::MatchmakingRuleSet": ["Arn CreationTime Name", "Name RuleSetBody Tags", "Name RuleSetBody"],
  "AWS::GameLift::Script": ["Arn CreationTime Id SizeOnDisk", "Name NodeJsVersion StorageLocation Tags Version", "StorageLocation"],
  "AWS::GameLiftStreams::Application": ["Arn Id", "ApplicationLogOutputUri ApplicationLogPaths ApplicationSourceUri Description ExecutablePath RuntimeEnvironment Tags", "ApplicationSourceUri Description ExecutablePath RuntimeEnvironment"],
  "AWS::GameLiftStreams::StreamGroup": ["Arn Id", "DefaultApplication Description LocationConfigurations StreamClass Tags", "Description LocationConfigurations StreamClass"],
  "AWS::GlobalAccelerator::Accelerator": ["AcceleratorArn DnsName DualStackDnsName Ipv4Addresses Ipv6Addresses", "Enabled FlowLogsEnabled FlowLogsS3Bucket FlowLogsS3Prefix IpAddressType IpAddresses Name Tags", "Name"],
  "AWS::GlobalAccelerator::CrossAccountAttachment": ["AttachmentArn", "Name Principals Resources Tags", "Name"],
  "AWS::GlobalAccelerator::EndpointGroup": ["EndpointGroupArn", "EndpointConfigurations EndpointGroupRegion HealthCheckIntervalSeconds HealthCheckPath HealthCheckPort HealthCheckProtocol ListenerArn PortOverrides ThresholdCount TrafficDialPercentage", "EndpointGroupRegion ListenerArn"],
  "AWS::GlobalAccelerator::Listener": ["ListenerArn", "AcceleratorArn ClientAffinity PortRanges Protocol", "AcceleratorArn PortRanges Protocol"],
  "AWS::Glue::Blueprint": ["Arn CreatedOn LastModifiedOn ParameterSpec Status", "BlueprintLocation Description Name Tags", "BlueprintLocation Name"],
  "AWS::Glue::Catalog": ["CatalogId CatalogProperties.CustomProperties CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupName CatalogProperties.DataLakeAccessProperties.ManagedWorkgroupStatus CatalogProperties.DataLakeAccessProperties.RedshiftDatabaseName CreateTime ResourceArn UpdateTime", "AllowFullTableExternalDataAccess CatalogProperties CreateDatabaseDefaultPermissions CreateTableDefaultPermissions Description FederatedCatalog Name OverwriteChildResourcePermissionsWithDefault Parameters Tags TargetRedshiftCatalog", "Name"],
  "AWS::Glue::Classifier": ["Name", "CsvClassifier GrokClassifier JsonClassifier XMLClassifier", ""],
  "AWS::Glue::Connection": ["Name", "CatalogId ConnectionInput Tags", "CatalogId ConnectionInput"],
  "AWS::Glue::ConnectionType": ["ConnectionTypeArn", "ConnectionProperties ConnectionType ConnectorAuthenticationConfiguration Description IntegrationType RestConfiguration Tags", "ConnectionType RestConfiguration"],
  "AWS::Glue::Crawler": ["", "Classifiers Configuration CrawlerSecurityConfiguration DatabaseName Description LakeFormationConfiguration Name RecrawlPolicy Role Schedule SchemaChangePolicy TablePrefix Tags Targets", "Role Targets"],
  "AWS::Glue::CustomEntityType": ["", "ContextWords Name RegexString Tags", ""],
  "AWS::Glue::DataCatalogEncryptionSettings": ["", "CatalogId DataCatalogEncryptionSettings", "CatalogId DataCatalogEncryptionSettings"],
  "AWS::Glue::DataQualityRuleset": ["", "ClientToken Description Name Ruleset Tags TargetTable", "Name"],
  "AWS::Glue::Database": ["", "CatalogId DatabaseInput DatabaseName", "CatalogId DatabaseInput"],
  "AWS::Glue::DevEndpoint": ["Id", "Arguments EndpointName ExtraJarsS3Path ExtraPythonLibsS3Path GlueVersion NumberOfNodes NumberOfWorkers PublicKey PublicKeys RoleArn SecurityConfiguration SecurityGroupIds SubnetId Tags WorkerType", "RoleArn"],
  "AWS::Glue::IdentityCenterConfiguration": ["AccountId ApplicationArn", "InstanceArn Scopes UserBackgroundSessionsEnabled", "InstanceArn"],
  "AWS::Glue::Integration": ["CreateTime IntegrationArn Status", "AdditionalEncryptionContext DataFilter Description IntegrationConfig IntegrationName KmsKeyId SourceArn Tags TargetArn", "IntegrationName SourceArn TargetArn"],
  "AWS::Glue::IntegrationResourceProperty": ["ResourcePropertyArn", "ResourceArn SourceProcessingProperties Tags TargetProcessingProperties", "ResourceArn"],
  "AWS::Glue::Job": ["", "AllocatedCapacity Command Connections DefaultArguments Description ExecutionClass ExecutionProperty GlueVersion JobMode JobRunQueuingEnabled LogUri MaintenanceWindow MaxCapacity MaxRetries Name NonOverridableArguments NotificationProperty NumberOfWorkers Role SecurityConfiguration Tags Timeout WorkerType", "Command Role"],
  "AWS::Glue::MLTransform": ["TransformId", "Description GlueVersion InputRecordTables MaxCapacity MaxRetries Name NumberOfWorkers Role Tags Timeout TransformEncryption TransformParameters WorkerType", "InputRecordTables Role TransformParameters"],
  "AWS::Glue::Partition": ["IdentifierPartitionInputValues", "CatalogId DatabaseName PartitionInput TableName", "CatalogId DatabaseName PartitionInput TableName"],
  "AWS::Glue::Registry": ["Arn", "Description Name Tags", "Name"],
  "AWS::Glue::Schema": ["Arn InitialSchemaVersionId", "CheckpointVersion Compatibility DataFormat Description Name Registry SchemaDefinition Tags", "Compatibility DataFormat Name"],
  "AWS::Glue::SchemaVersion": ["VersionId", "Schema SchemaDefinition", "Schema SchemaDefinition"],
  "AWS::Glue::SchemaVersionMetadata": ["", "Key SchemaVersionId Value", "Key SchemaVersionId Value"],
  "AWS::Glue::SecurityConfiguration": ["", "EncryptionConfiguration Name", "EncryptionConfiguration Name"],
  "AWS::Glue::Session": ["Arn CreatedOn Progress Status", "Command Connections DefaultArguments Description GlueVersion Id IdleTimeout MaxCapacity NumberOfWorkers RequestOrigin Role SecurityConfiguration Tags Timeout WorkerType", "Command Id Role"],
  "AWS::Glue::Table": ["Id", "CatalogId DatabaseName Name OpenTableFormatInput TableInput", "CatalogId DatabaseName"],
  "AWS::Glue::TableOptimizer": ["", "CatalogId DatabaseName TableName TableOptimizerConfiguration Type", "CatalogId DatabaseName TableName TableOptimizerConfiguration Type"],
  "AWS::Glue::Trigger": ["", "Actions Description EventBatchingCondition Name Predicate Schedule StartOnCreation Tags Type WorkflowName", "Actions Type"],
  "AWS::Glue::UsageProfile": ["CreatedOn", "Configuration Description Name Tags", "Name"],
  "AWS::Glue::UserDefinedFunction": ["Arn", "ClassName DatabaseName FunctionName FunctionType OwnerName OwnerType ResourceUris", "DatabaseName FunctionName"],
  "AWS::Glue::Workflow": ["", "DefaultRunProperties Description MaxConcurrentRuns Name Tags", ""],
  "AWS::Grafana::Workspace": ["CreationTimestamp Endpoint GrafanaVersion Id ModificationTimestamp SamlConfigurationStatus SsoClientId Status", "AccountAccessType AuthenticationProviders ClientToken DataSources Description GrafanaVersion Name NetworkAccessControl NotificationDestinations OrganizationRoleName OrganizationalUnits PermissionType PluginAdminEnabled RoleArn SamlConfiguration StackSetName Tags VpcConfiguration", "AccountAccessType AuthenticationProviders PermissionType"],
  "AWS::Greengrass::ConnectorDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::ConnectorDefinitionVersion": ["Id", "ConnectorDefinitionId Connectors", "ConnectorDefinitionId Connectors"],
  "AWS::Greengrass::CoreDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::CoreDefinitionVersion": ["Id", "CoreDefinitionId Cores", "CoreDefinitionId Cores"],
  "AWS::Greengrass::DeviceDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::DeviceDefinitionVersion": ["Id", "DeviceDefinitionId Devices", "DeviceDefinitionId Devices"],
  "AWS::Greengrass::FunctionDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::FunctionDefinitionVersion": ["Id", "DefaultConfig FunctionDefinitionId Functions", "FunctionDefinitionId Functions"],
  "AWS::Greengrass::Group": ["Arn Id LatestVersionArn Name RoleArn RoleAttachedAt", "InitialVersion Name RoleArn Tags", "Name"],
  "AWS::Greengrass::GroupVersion": ["Id", "ConnectorDefinitionVersionArn CoreDefinitionVersionArn DeviceDefinitionVersionArn FunctionDefinitionVersionArn GroupId LoggerDefinitionVersionArn ResourceDefinitionVersionArn SubscriptionDefinitionVersionArn", "GroupId"],
  "AWS::Greengrass::LoggerDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::LoggerDefinitionVersion": ["Id", "LoggerDefinitionId Loggers", "LoggerDefinitionId Loggers"],
  "AWS::Greengrass::ResourceDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::ResourceDefinitionVersion": ["Id", "ResourceDefinitionId Resources", "ResourceDefinitionId Resources"],
  "AWS::Greengrass::SubscriptionDefinition": ["Arn Id LatestVersionArn Name", "InitialVersion Name Tags", "Name"],
  "AWS::Greengrass::SubscriptionDefinitionVersion": ["Id", "SubscriptionDefinitionId Subscriptions", "SubscriptionDefinitionId Subscriptions"],
  "AWS::GreengrassV2::ComponentVersion": ["Arn ComponentName ComponentVersion", "InlineRecipe LambdaFunction Tags", ""],
  "AWS::GreengrassV2::Deployment": ["DeploymentId", "Components DeploymentName DeploymentPolicies IotJobConfiguration ParentTargetArn Tags TargetArn", "TargetArn"],
  "AWS::GroundStation::Config": ["Arn Id Type", "ConfigData Name Tags", "ConfigData Name"],
  "AWS::GroundStation::DataflowEndpointGroup": ["Arn Id", "ContactPostPassDurationSeconds ContactPrePassDurationSeconds EndpointDetails Tags", "EndpointDetails"],
  "AWS::GroundStation::DataflowEndpointGroupV2": ["Arn EndpointDetails Id", "ContactPostPassDurationSeconds ContactPrePassDurationSeconds Endpoints Tags", ""],
  "AWS::GroundStation::MissionProfile": ["Arn Id Region", "ContactPostPassDurationSeconds ContactPrePassDurationSeconds DataflowEdges MinimumViableContactDurationSeconds Name StreamsKmsKey StreamsKmsRole Tags TelemetrySinkConfigArn TrackingConfigArn", "DataflowEdges MinimumViableContactDurationSeconds Name TrackingConfigArn"],
  "AWS::GuardDuty::CustomDetectionRuleAssociation": ["AccountId Arn AssociationId CreatedAt UpdatedAt", "Mode RuleId Tags", "Mode RuleId"],
  "AWS::GuardDuty::Detector": ["Id", "DataSources Enable Features FindingPublishingFrequency Tags", "Enable"],
  "AWS::GuardDuty::Filter": ["", "Action Description DetectorId FindingCriteria Name Rank Tags", "DetectorId FindingCriteria Name"],
  "AWS::GuardDuty::IPSet": ["Id", "Activate DetectorId ExpectedBucketOwner Format Location Name Tags", "Format Location"],
  "AWS::GuardDuty::MalwareProtectionPlan": ["Arn CreatedAt MalwareProtectionPlanId Status StatusReasons", "Actions ProtectedResource Role Tags", "ProtectedResource Role"],
  "AWS::GuardDuty::Master": ["", "DetectorId InvitationId MasterId", "DetectorId MasterId"],
  "AWS::GuardDuty::Member": ["", "DetectorId DisableEmailNotification Email MemberId Message Status", "Email"],
  "AWS::GuardDuty::PublishingDestination": ["Id PublishingFailureStartTimestamp Status", "DestinationProperties DestinationType DetectorId Tags", "DestinationProperties DestinationType DetectorId"],
  "AWS::GuardDuty::ThreatEntitySet": ["CreatedAt ErrorDetails Id Status UpdatedAt", "Activate DetectorId ExpectedBucketOwner Format Location Name Tags", "Format Location"],
  "AWS::GuardDuty::ThreatIntelSet": ["Id", "Activate DetectorId ExpectedBucketOwner Format Location Name Tags", "Format Location"],
  "AWS::GuardDuty::TrustedEntitySet": ["CreatedAt ErrorDetails Id Status UpdatedAt", "Activate DetectorId ExpectedBucketOwner Format Location Name Tags", "Format Location"],
  "AWS::HealthAgent::Domain": ["Arn CreatedAt DomainId EncryptionContext Status", "Name Tags", "Name"],
  "AWS::HealthImaging::Datastore": ["CreatedAt DatastoreArn DatastoreId DatastoreStatus UpdatedAt", "DatastoreName KmsKeyArn Tags", ""],
  "AWS::HealthLake::DataTransformationProfile": ["Arn ProfileId TargetFormat", "KmsKeyId ProfileDescription ProfileName Source SourceFormat Tags", "ProfileName SourceFormat"],
  "AWS::HealthLake::FHIRDatastore": ["CreatedAt CreatedAt.Nanos CreatedAt.Seconds DatastoreArn DatastoreEndpoint DatastoreId DatastoreStatus", "DatastoreName DatastoreTypeVersion IdentityProviderConfiguration PreloadDataConfig SseConfiguration Tags", "DatastoreTypeVersion"],
  "AWS::IAM::AccessKey": ["Id SecretAccessKey", "Serial Status UserName", "UserName"],
  "AWS::IAM::Group": ["Arn", "GroupName ManagedPolicyArns Path Policies", ""],
  "AWS::IAM::GroupPolicy": ["", "GroupName PolicyDocument PolicyName", "GroupName PolicyName"],
  "AWS::IAM::InstanceProfile": ["Arn", "InstanceProfileName Path Roles", "Roles"],
  "AWS::IAM::ManagedPolicy": ["AttachmentCount CreateDate DefaultVersionId IsAttachable PermissionsBoundaryUsageCount PolicyArn PolicyId UpdateDate", "Description Groups ManagedPolicyName Path PolicyDocument Roles Users", "PolicyDocument"],
  "AWS::IAM::OIDCProvider": ["Arn", "ClientIdList Tags ThumbprintList Url", ""],
  "AWS::IAM::Policy": ["Id", "Groups PolicyDocument PolicyName Roles Users", "PolicyDocument PolicyName"],
  "AWS::IAM::Role": ["Arn RoleId", "AssumeRolePolicyDocument Description ManagedPolicyArns MaxSessionDuration Path PermissionsBoundary Policies RoleName Tags", "AssumeRolePolicyDocument"],
  "AWS::IAM::RolePolicy": ["", "PolicyDocument PolicyName RoleName", "PolicyName RoleName"],
  "AWS::IAM::SAMLProvider": ["Arn SamlProviderUUID", "AddPrivateKey AssertionEncryptionMode Name PrivateKeyList RemovePrivateKey SamlMetadataDocument Tags", ""],
  "AWS::IAM::ServerCertificate": ["Arn", "CertificateBody CertificateChain Path PrivateKey ServerCertificateName Tags", ""],
  "AWS::IAM::ServiceLinkedRole": ["RoleName", "AWSServiceName CustomSuffix Description", ""],
  "AWS::IAM::User": ["Arn", "Groups LoginProfile ManagedPolicyArns Path PermissionsBoundary Policies Tags UserName", ""],
  "AWS::IAM::UserPolicy": ["", "PolicyDocument PolicyName UserName", "PolicyName UserName"],
  "AWS::IAM::UserToGroupAddition": ["Id", "GroupName Users", "GroupName Users"],
  "AWS::IAM::VirtualMFADevice": ["SerialNumber", "Path Tags Users VirtualMfaDeviceName", "Users"],
  "AWS::IVS::Channel": ["Arn IngestEndpoint PlaybackUrl", "Authorized ContainerFormat InsecureIngest LatencyMode MultitrackInputConfiguration Name Preset RecordingConfigurationArn Tags Type", ""],
  "AWS::IVS::EncoderConfiguration": ["Arn", "Name Tags Video", ""],
  "AWS::IVS::IngestConfiguration": ["Arn ParticipantId State StreamKey", "IngestProtocol InsecureIngest Name StageArn Tags UserId", ""],
  "AWS::IVS::PlaybackKeyPair": ["Arn Fingerprint", "Name PublicKeyMaterial Tags", ""],
  "AWS::IVS::PlaybackRestrictionPolicy": ["Arn", "AllowedCountries AllowedOrigins EnableStrictOriginEnforcement Name Tags", ""],
  "AWS::IVS::PublicKey": ["Arn Fingerprint", "Name PublicKeyMaterial Tags", ""],
  "AWS::IVS::RecordingConfiguration": ["Arn State", "DestinationConfiguration Name RecordingReconnectWindowSeconds RenditionConfiguration Tags ThumbnailConfiguration", "DestinationConfiguration"],
  "AWS::IVS::Stage": ["ActiveSessionId Arn", "AutoParticipantRecordingConfiguration Name Tags", ""],
  "AWS::IVS::StorageConfiguration": ["Arn", "Name S3 Tags", "S3"],
  "AWS::IVS::StreamKey": ["Arn Value", "ChannelArn Tags", "ChannelArn"],
  "AWS::IVSChat::LoggingConfiguration": ["Arn Id State", "DestinationConfiguration Name Tags", "DestinationConfiguration"],
  "AWS::IVSChat::Room": ["Arn Id", "LoggingConfigurationIdentifiers MaximumMessageLength MaximumMessageRatePerSecond MessageReviewHandler Name Tags", ""],
  "AWS::IdentityStore::Group": ["GroupId", "Description DisplayName IdentityStoreId", "DisplayName IdentityStoreId"],
  "AWS::IdentityStore::GroupMembership": ["MembershipId", "GroupId IdentityStoreId MemberId", "GroupId IdentityStoreId MemberId"],
  "AWS::IdentityStore::User": ["Arn CreatedAt CreatedBy UpdatedAt UpdatedBy UserId UserStatus", "Addresses Birthdate DisplayName Emails IdentityStoreId Locale Name NickName PhoneNumbers Photos PreferredLanguage ProfileUrl Roles Timezone Title UserName UserType Website", "IdentityStoreId"],
  "AWS::ImageBuilder::Component": ["Arn Encrypted LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name Type", "ChangeDescription Data Description KmsKeyId Name Platform SupportedOsVersions Tags Uri Version", "Name Platform Version"],
  "AWS::ImageBuilder::ContainerRecipe": ["Arn LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name", "Components ContainerType Description DockerfileTemplateData DockerfileTemplateUri ImageOsVersionOverride InstanceConfiguration KmsKeyId Name ParentImage PlatformOverride Tags TargetRepository Version WorkingDirectory", "ContainerType Name ParentImage TargetRepository Version"],
  "AWS::ImageBuilder::DistributionConfiguration": ["Arn Name", "Description Distributions Name Tags", "Distributions Name"],
  "AWS::ImageBuilder::Image": ["Arn ImageId ImageUri LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name", "ContainerRecipeArn DeletionSettings DistributionConfigurationArn EnhancedImageMetadataEnabled ExecutionRole ImagePipelineExecutionSettings ImageRecipeArn ImageScanningConfiguration ImageTestsConfiguration InfrastructureConfigurationArn LoggingConfiguration Tags Workflows", ""],
  "AWS::ImageBuilder::ImagePipeline": ["Arn DeploymentId Name", "ContainerRecipeArn Description DistributionConfigurationArn EnhancedImageMetadataEnabled ExecutionRole ImageRecipeArn ImageScanningConfiguration ImageTags ImageTestsConfiguration InfrastructureConfigurationArn LoggingConfiguration Name Schedule Status Tags Workflows", "InfrastructureConfigurationArn Name"],
  "AWS::ImageBuilder::ImageRecipe": ["Arn LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch Name", "AdditionalInstanceConfiguration AmiTags AmiWatermarks BlockDeviceMappings Components Description Name ParentImage Tags Version WorkingDirectory", "Name ParentImage Version"],
  "AWS::ImageBuilder::InfrastructureConfiguration": ["Arn Name", "Description InstanceMetadataOptions InstanceProfileName InstanceTypes KeyPair Logging Name Placement ResourceTags SecurityGroupIds SnsTopicArn SubnetId Tags TerminateInstanceOnFailure", "InstanceProfileName Name"],
  "AWS::ImageBuilder::LifecyclePolicy": ["Arn", "Description ExecutionRole Name PolicyDetails ResourceSelection ResourceType Status Tags", "ExecutionRole Name PolicyDetails ResourceSelection ResourceType"],
  "AWS::ImageBuilder::Workflow": ["Arn LatestVersion LatestVersion.Arn LatestVersion.Major LatestVersion.Minor LatestVersion.Patch", "ChangeDescription Data Description KmsKeyId Name Tags Type Uri Version", "Name Type Version"],
  "AWS::Inspector::AssessmentTarget": ["Arn", "AssessmentTargetName ResourceGroupArn", ""],
  "AWS::Inspector::AssessmentTemplate": ["Arn", "AssessmentTargetArn AssessmentTemplateName DurationInSeconds RulesPackageArns UserAttributesForFindings", "AssessmentTargetArn DurationInSeconds RulesPackageArns"],
  "AWS::Inspector::ResourceGroup": ["Arn", "ResourceGroupTags", "ResourceGroupTags"],
  "AWS::InspectorV2::CisScanConfiguration": ["Arn", "ScanName Schedule SecurityLevel Tags Targets", "ScanName Schedule SecurityLevel Targets"],
  "AWS::InspectorV2::CodeSecurityIntegration": ["Arn AuthorizationUrl CreatedAt LastUpdatedAt Status StatusReason", "CreateIntegrationDetails Name Tags Type UpdateIntegrationDetails", ""],
  "AWS::InspectorV2::CodeSecurityScanConfiguration": ["Arn", "Configuration Level Name ScopeSettings Tags", ""],
  "AWS::InspectorV2::Connector": ["ConnectorArn CreatedAt EnablementStatus EnablementStatusReason Health LastUpdatedAt ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.State ProviderConfiguration.Azure.ScopeConfiguration.ContainerImageScanning.StateReason ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.State ProviderConfiguration.Azure.ScopeConfiguration.ServerlessScanning.StateReason ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.State ProviderConfiguration.Azure.ScopeConfiguration.VmScanning.StateReason", "Description Name Provider ProviderConfiguration Tags", "Name Provider ProviderConfiguration"],
  "AWS::InspectorV2::Filter": ["Arn", "Description FilterAction FilterCriteria Name Tags", "FilterAction FilterCriteria Name"],
  "AWS::Interconnect::Connection": ["Arn BillingTier ConnectionId OwnerAccount Provider SharedId State Type", "ActivationKey AttachPoint Bandwidth Description EnvironmentId RemoteAccount RemoteOwnerAccount Tags", "AttachPoint"],
  "AWS::InternetMonitor::Monitor": ["CreatedAt ModifiedAt MonitorArn ProcessingStatus ProcessingStatusInfo", "HealthEventsConfig IncludeLinkedAccounts InternetMeasurementsLogDelivery LinkedAccountId MaxCityNetworksToMonitor MonitorName Resources ResourcesToAdd ResourcesToRemove Status Tags TrafficPercentageToMonitor", "MonitorName"],
  "AWS::Invoicing::InvoiceUnit": ["InvoiceUnitArn LastModified", "Description InvoiceReceiver Name ResourceTags Rule TaxInheritanceDisabled", "InvoiceReceiver Name Rule"],
  "AWS::Invoicing::ProcurementPortalPreference": ["AwsAccountId CreateDate EinvoiceDeliveryPreferenceStatus LastUpdateDate ProcurementPortalPreferenceArn PurchaseOrderRetrievalEndpoint PurchaseOrderRetrievalPreferenceStatus Version", "BuyerDomain BuyerIdentifier Contacts EinvoiceDeliveryEnabled EinvoiceDeliveryPreference ProcurementPortalInstanceEndpoint ProcurementPortalName ProcurementPortalSharedSecret PurchaseOrderRetrievalEnabled Selector SupplierDomain SupplierIdentifier Tags TestEnvPreference", "BuyerDomain BuyerIdentifier Contacts EinvoiceDeliveryEnabled ProcurementPortalName PurchaseOrderRetrievalEnabled SupplierDomain SupplierIdentifier"],
  "AWS::IoT::AccountAuditConfiguration": ["", "AccountId AuditCheckConfigurations AuditNotificationTargetConfigurations RoleArn", "AccountId AuditCheckConfigurations RoleArn"],
  "AWS::IoT::Authorizer": ["Arn", "AuthorizerFunctionArn AuthorizerName EnableCachingForHttp SigningDisabled Status Tags TokenKeyName TokenSigningPublicKeys", "AuthorizerFunctionArn"],
  "AWS::IoT::BillingGroup": ["Arn Id", "BillingGroupName BillingGroupProperties Tags", ""],
  "AWS::IoT::CACertificate": ["Arn Id", "AutoRegistrationStatus CACertificatePem CertificateMode RegistrationConfig RemoveAutoRegistration Status Tags VerificationCertificatePem", "CACertificatePem Status"],
  "AWS::IoT::Certificate": ["Arn Id", "CACertificatePem CertificateMode CertificatePem CertificateSigningRequest Status", "Status"],
  "AWS::IoT::CertificateProvider": ["Arn", "AccountDefaultForOperations CertificateProviderName LambdaFunctionArn Tags", "AccountDefaultForOperations LambdaFunctionArn"],
  "AWS::IoT::Command": ["CommandArn", "CommandId CreatedAt Deprecated Description DisplayName LastUpdatedAt MandatoryParameters Namespace Payload PayloadTemplate PendingDeletion Preprocessor RoleArn Tags", "CommandId"],
  "AWS::IoT::CustomMetric": ["MetricArn", "DisplayName MetricName MetricType Tags", "MetricType"],
  "AWS::IoT::Dimension": ["Arn", "Name StringValues Tags Type", "StringValues Type"],
  "AWS::IoT::DomainConfiguration": ["Arn DomainType ServerCertificates", "ApplicationProtocol AuthenticationType AuthorizerConfig ClientCertificateConfig DomainConfigurationName DomainConfigurationStatus DomainName ServerCertificateArns ServerCertificateConfig ServiceType Tags TlsConfig ValidationCertificateArn", ""],
  "AWS::IoT::EncryptionConfiguration": ["AccountId ConfigurationDetails LastModifiedDate", "EncryptionType KmsAccessRoleArn KmsKeyArn", "EncryptionType"],
  "AWS::IoT::FleetMetric": ["CreationDate LastModifiedDate MetricArn Version", "AggregationField AggregationType Description IndexName MetricName Period QueryString QueryVersion Tags Unit", "MetricName"],
  "AWS::IoT::Job": ["Arn CreatedAt", "AbortConfig Description DestinationPackageVersions Document DocumentParameters DocumentSource JobExecutionsRetryConfig JobExecutionsRolloutConfig JobId JobTemplateArn PresignedUrlConfig SchedulingConfig Tags TargetSelection Targets TimeoutConfig", "JobId Targets"],
  "AWS::IoT::JobTemplate": ["Arn", "AbortConfig Description DestinationPackageVersions Document DocumentSource JobArn JobExecutionsRetryConfig JobExecutionsRolloutConfig JobTemplateId MaintenanceWindows PresignedUrlConfig Tags TimeoutConfig", "Description JobTemplateId"],
  "AWS::IoT::Logging": ["", "AccountId DefaultLogLevel EventConfigurations RoleArn", "AccountId DefaultLogLevel RoleArn"],
  "AWS::IoT::MitigationAction": ["MitigationActionArn MitigationActionId", "ActionName ActionParams RoleArn Tags", "ActionParams RoleArn"],
  "AWS::IoT::Policy": ["Arn Id", "PolicyDocument PolicyName Tags", "PolicyDocument"],
  "AWS::IoT::PolicyPrincipalAttachment": ["Id", "PolicyName Principal", "PolicyName Principal"],
  "AWS::IoT::ProvisioningTemplate": ["TemplateArn", "Description Enabled PreProvisioningHook ProvisioningRoleArn Tags TemplateBody TemplateName TemplateType", "ProvisioningRoleArn TemplateBody"],
  "AWS::IoT::ResourceSpecificLogging": ["TargetId", "LogLevel TargetName TargetType", "LogLevel TargetName TargetType"],
  "AWS::IoT::RoleAlias": ["RoleAliasArn", "CredentialDurationSeconds RoleAlias RoleArn Tags", "RoleArn"],
  "AWS::IoT::ScheduledAudit": ["ScheduledAuditArn", "DayOfMonth DayOfWeek Frequency ScheduledAuditName Tags TargetCheckNames", "Frequency TargetCheckNames"],
  "AWS::IoT::SecurityProfile": ["SecurityProfileArn", "AdditionalMetricsToRetainV2 AlertTargets Behaviors MetricsExportConfig SecurityProfileDescription SecurityProfileName Tags TargetArns", ""],
  "AWS::IoT::SoftwarePackage": ["PackageArn", "Description PackageName Tags", ""],
  "AWS::IoT::SoftwarePackageVersion": ["ErrorReason PackageVersionArn SbomValidationStatus Status", "Artifact Attributes Description PackageName Recipe Sbom Tags VersionName", "PackageName"],
  "AWS::IoT::Stream": ["Arn CreatedAt LastUpdatedAt StreamVersion", "Description Files RoleArn StreamId Tags", "Files RoleArn StreamId"],
  "AWS::IoT::Thing": ["Arn Id", "AttributePayload ThingName", ""],
  "AWS::IoT::ThingGroup": ["Arn Id", "ParentGroupName QueryString Tags ThingGroupName ThingGroupProperties", ""],
  "AWS::IoT::ThingPrincipalAttachment": ["", "Principal ThingName ThingPrincipalType", "Principal ThingName"],
  "AWS::IoT::ThingType": ["Arn Id", "DeprecateThingType Tags ThingTypeName ThingTypeProperties", ""],
  "AWS::IoT::TopicRule": ["Arn", "RuleName Tags TopicRulePayload", "TopicRulePayload"],
  "AWS::IoT::TopicRuleDestination": ["Arn StatusReason", "HttpUrlProperties InfluxDBProperties Status VpcProperties", ""],
  "AWS::IoTAnalytics::Channel": ["Id", "ChannelName ChannelStorage RetentionPeriod Tags", ""],
  "AWS::IoTAnalytics::Dataset": ["Id", "Actions ContentDeliveryRules DatasetName LateDataRules RetentionPeriod Tags Triggers VersioningConfiguration", "Actions"],
  "AWS::IoTAnalytics::Datastore": ["Id", "DatastoreName DatastorePartitions DatastoreStorage FileFormatConfiguration RetentionPeriod Tags", ""],
  "AWS::IoTAnalytics::Pipeline": ["Id", "PipelineActivities PipelineName Tags", "PipelineActivities"],
  "AWS::IoTCoreDeviceAdvisor::SuiteDefinition": ["SuiteDefinitionArn SuiteDefinitionId SuiteDefinitionVersion", "SuiteDefinitionConfiguration Tags", "SuiteDefinitionConfiguration"],
  "AWS::IoTEvents::AlarmModel": ["", "AlarmCapabilities AlarmEventActions AlarmModelDescription AlarmModelName AlarmRule Key RoleArn Severity Tags", "AlarmRule RoleArn"],
  "AWS::IoTEvents::DetectorModel": ["", "DetectorModelDefinition DetectorModelDescription DetectorModelName EvaluationMethod Key RoleArn Tags", "DetectorModelDefinition RoleArn"],
  "AWS::IoTEvents::Input": ["", "InputDefinition InputDescription InputName Tags", "InputDefinition"],
  "AWS::IoTFleetHub::Application": ["ApplicationArn ApplicationCreationDate ApplicationId ApplicationLastUpdateDate ApplicationState ApplicationUrl ErrorMessage SsoClientId", "ApplicationDescription ApplicationName RoleArn Tags", "ApplicationName RoleArn"],
  "AWS::IoTFleetWise::Campaign": ["Arn CreationTime LastModificationTime Status", "Action CollectionScheme Compression DataDestinationConfigs DataExtraDimensions DataPartitions Description DiagnosticsMode ExpiryTime Name PostTriggerCollectionDuration Priority SignalCatalogArn SignalsToCollect SignalsToFetch SpoolingMode StartTime Tags TargetArn", "CollectionScheme Name SignalCatalogArn TargetArn"],
  "AWS::IoTFleetWise::DecoderManifest": ["Arn CreationTime LastModificationTime", "DefaultForUnmappedSignals Description ModelManifestArn Name NetworkInterfaces SignalDecoders Status Tags", "ModelManifestArn Name"],
  "AWS::IoTFleetWise::Fleet": ["Arn CreationTime LastModificationTime", "Description Id SignalCatalogArn Tags", "Id SignalCatalogArn"],
  "AWS::IoTFleetWise::ModelManifest": ["Arn CreationTime LastModificationTime", "Description Name Nodes SignalCatalogArn Status Tags", "Name SignalCatalogArn"],
  "AWS::IoTFleetWise::SignalCatalog": ["Arn CreationTime LastModificationTime NodeCounts.TotalActuators NodeCounts.TotalAttributes NodeCounts.TotalBranches NodeCounts.TotalNodes NodeCounts.TotalSensors", "Description Name NodeCounts Nodes Tags", ""],
  "AWS::IoTFleetWise::StateTemplate": ["Arn CreationTime Id LastModificationTime", "DataExtraDimensions Description MetadataExtraDimensions Name SignalCatalogArn StateTemplateProperties Tags", "Name SignalCatalogArn StateTemplateProperties"],
  "AWS::IoTFleetWise::Vehicle": ["Arn CreationTime LastModificationTime", "AssociationBehavior Attributes DecoderManifestArn ModelManifestArn Name StateTemplates Tags", "DecoderManifestArn ModelManifestArn Name"],
  "AWS::IoTSecureTunneling::Tunnel": ["Status TunnelArn TunnelId", "Description DestinationConfig Tags TimeoutConfig", ""],
  "AWS::IoTSiteWise::AccessPolicy": ["AccessPolicyArn AccessPolicyId", "AccessPolicyIdentity AccessPolicyPermission AccessPolicyResource", "AccessPolicyIdentity AccessPolicyPermission AccessPolicyResource"],
  "AWS::IoTSiteWise::Application": ["ApplicationId Arn CreatedAt DnsSubdomain IdcApplicationArn Status UpdatedAt", "Description IdcInstanceArn Name Tags WorkspaceName", "Name WorkspaceName"],
  "AWS::IoTSiteWise::Asset": ["AssetArn AssetId", "AssetDescription AssetExternalId AssetHierarchies AssetModelId AssetName AssetProperties Tags", "AssetModelId AssetName"],
  "AWS::IoTSiteWise::AssetModel": ["AssetModelArn AssetModelId", "AssetModelCompositeModels AssetModelDescription AssetModelExternalId AssetModelHierarchies AssetModelName AssetModelProperties AssetModelType EnforcedAssetModelInterfaceRelationships Tags", "AssetModelName"],
  "AWS::IoTSiteWise::ComputationModel": ["ComputationModelArn ComputationModelId", "ComputationModelConfiguration ComputationModelDataBinding ComputationModelDescription ComputationModelName Tags", "ComputationModelConfiguration ComputationModelDataBinding ComputationModelName"],
  "AWS::IoTSiteWise::Dashboard": ["DashboardArn DashboardId", "DashboardDefinition DashboardDescription DashboardName ProjectId Tags", "DashboardDefinition DashboardDescription DashboardName"],
  "AWS::IoTSiteWise::Dataset": ["DatasetArn DatasetId", "DatasetConfig DatasetDescription DatasetName DatasetSource DatasetType Tags WorkspaceName", "DatasetName"],
  "AWS::IoTSiteWise::Gateway": ["GatewayId", "GatewayCapabilitySummaries GatewayName GatewayPlatform GatewayVersion Tags", "GatewayName GatewayPlatform"],
  "AWS::IoTSiteWise::Pipeline": ["PipelineArn Status", "Computations Description EnvironmentVariables PipelineName Tags WorkspaceName", "Computations PipelineName WorkspaceName"],
  "AWS::IoTSiteWise::Portal": ["PortalArn PortalClientId PortalId PortalStartUrl", "Alarms NotificationSenderEmail PortalAuthMode PortalContactEmail PortalDescription PortalName PortalType PortalTypeConfiguration RoleArn Tags", "PortalContactEmail PortalName RoleArn"],
  "AWS::IoTSiteWise::Project": ["ProjectArn ProjectId", "AssetIds PortalId ProjectDescription ProjectName Tags", "PortalId ProjectName"],
  "AWS::IoTSiteWise::Task": ["Status TaskArn", "Description Tags TaskConfiguration TaskName WorkspaceName", "TaskConfiguration TaskName WorkspaceName"],
  "AWS::IoTSiteWise::Workspace": ["CreatedAt Status UpdatedAt WorkspaceArn", "EncryptionConfiguration KmsKeyId Tags WorkspaceDescription WorkspaceName", "EncryptionConfiguration WorkspaceName"],
  "AWS::IoTThingsGraph::FlowTemplate": ["Id", "CompatibleNamespaceVersion Definition", "Definition"],
  "AWS::IoTTwinMaker::ComponentType": ["Arn CreationDateTime IsAbstract IsSchemaInitialized Status Status.Error Status.Error.Code Status.Error.Message Status.State UpdateDateTime", "ComponentTypeId CompositeComponentTypes Description ExtendsFrom Functions IsSingleton PropertyDefinitions PropertyGroups Tags WorkspaceId", "ComponentTypeId WorkspaceId"],
  "AWS::IoTTwinMaker::Entity": ["Arn CreationDateTime HasChildEntities Status Status.Error Status.Error.Code Status.Error.Message Status.State UpdateDateTime", "Components CompositeComponents Description EntityId EntityName ParentEntityId Tags WorkspaceId", "EntityName WorkspaceId"],
  "AWS::IoTTwinMaker::Scene": ["Arn CreationDateTime GeneratedSceneMetadata UpdateDateTime", "Capabilities ContentLocation Description SceneId SceneMetadata Tags WorkspaceId", "ContentLocation SceneId WorkspaceId"],
  "AWS::IoTTwinMaker::SyncJob": ["Arn CreationDateTime State UpdateDateTime", "SyncRole SyncSource Tags WorkspaceId", "SyncRole SyncSource WorkspaceId"],
  "AWS::IoTTwinMaker::Workspace": ["Arn CreationDateTime UpdateDateTime", "Description Role S3Location Tags WorkspaceId", "Role S3Location WorkspaceId"],
  "AWS::IoTWireless::Destination": ["Arn", "Description Expression ExpressionType Name RoleArn Tags", "Expression ExpressionType Name"],
  "AWS::IoTWireless::DeviceProfile": ["Arn Id", "LoRaWAN Name Tags", ""],
  "AWS::IoTWireless::FuotaTask": ["Arn FuotaTaskStatus Id LoRaWAN.StartTime", "AssociateMulticastGroup AssociateWirelessDevice Description DisassociateMulticastGroup DisassociateWirelessDevice FirmwareUpdateImage FirmwareUpdateRole LoRaWAN Name Tags", "FirmwareUpdateImage FirmwareUpdateRole LoRaWAN"],
  "AWS::IoTWireless::MulticastGroup": ["Arn Id LoRaWAN.NumberOfDevicesInGroup LoRaWAN.NumberOfDevicesRequested Status", "AssociateWirelessDevice Description DisassociateWirelessDevice LoRaWAN Name Tags", "LoRaWAN"],
  "AWS::IoTWireless::NetworkAnalyzerConfiguration": ["Arn", "Description Name Tags TraceContent WirelessDevices WirelessGateways", "Name"],
  "AWS::IoTWireless::PartnerAccount": ["Arn Fingerprint", "AccountLinked PartnerAccountId PartnerType Sidewalk SidewalkResponse SidewalkUpdate Tags", ""],
  "AWS::IoTWireless::ServiceProfile": ["Arn Id LoRaWAN.ChannelMask LoRaWAN.DevStatusReqFreq LoRaWAN.DlBucketSize LoRaWAN.DlRate LoRaWAN.DlRatePolicy LoRaWAN.DrMax LoRaWAN.DrMin LoRaWAN.HrAllowed LoRaWAN.MinGwDiversity LoRaWAN.NwkGeoLoc LoRaWAN.ReportDevStatusBattery LoRaWAN.ReportDevStatusMargin LoRaWAN.TargetPer LoRaWAN.UlBucketSize LoRaWAN.UlRate LoRaWAN.UlRatePolicy LoRaWANResponse", "LoRaWAN Name Tags", ""],
  "AWS::IoTWireless::TaskDefinition": ["Arn Id", "AutoCreateTasks LoRaWANUpdateGatewayTaskEntry Name Tags TaskDefinitionType Update", "AutoCreateTasks"],
  "AWS::IoTWireless::WirelessDevice": ["Arn Id ThingName", "Description DestinationName LastUplinkReceivedAt LoRaWAN Name Positioning Tags ThingArn Type", "DestinationName Type"],
  "AWS::IoTWireless::WirelessDeviceImportTask": ["Arn CreationDate FailedImportedDevicesCount Id InitializedImportedDevicesCount OnboardedImportedDevicesCount PendingImportedDevicesCount Sidewalk.DeviceCreationFileList Status StatusReason", "DestinationName Sidewalk Tags", "DestinationName Sidewalk"],
  "AWS::IoTWireless::WirelessGateway": ["Arn Id", "Description LastUplinkReceivedAt LoRaWAN Name Tags ThingArn ThingName", "LoRaWAN"],
  "AWS::KMS::Alias": ["", "AliasName TargetKeyId", "AliasName TargetKeyId"],
  "AWS::KMS::Key": ["Arn KeyId", "BypassPolicyLockoutSafetyCheck Description EnableKeyRotation Enabled KeyPolicy KeySpec KeyUsage MultiRegion Origin PendingWindowInDays RotationPeriodInDays Tags", ""],
  "AWS::KMS::ReplicaKey": ["Arn KeyId", "Description Enabled KeyPolicy PendingWindowInDays PrimaryKeyArn Tags", "KeyPolicy PrimaryKeyArn"],
  "AWS::KafkaConnect::Connector": ["ConnectorArn", "Capacity ConnectorConfiguration ConnectorDescription ConnectorName KafkaCluster KafkaClusterClientAuthentication KafkaClusterEncryptionInTransit KafkaConnectVersion LogDelivery NetworkType Plugins ServiceExecutionRoleArn Tags WorkerConfiguration", "Capacity ConnectorConfiguration ConnectorName KafkaCluster KafkaClusterClientAuthentication KafkaClusterEncryptionInTransit KafkaConnectVersion Plugins ServiceExecutionRoleArn"],
  "AWS::KafkaConnect::CustomPlugin": ["CustomPluginArn FileDescription Revision", "ContentType Description Location Name Tags", "ContentType Location Name"],
  "AWS::KafkaConnect::WorkerConfiguration": ["Revision WorkerConfigurationArn", "Description Name PropertiesFileContent Tags", "Name PropertiesFileContent"],
  "AWS::Kendra::DataSource": ["Arn Id", "CustomDocumentEnrichmentConfiguration DataSourceConfiguration Description IndexId LanguageCode Name RoleArn Schedule Tags Type", "IndexId Name Type"],
  "AWS::Kendra::Faq": ["Arn Id", "Description FileFormat IndexId LanguageCode Name RoleArn S3Path Tags", "IndexId Name RoleArn S3Path"],
  "AWS::Kendra::FeaturedResultsSet": ["Arn FeaturedResultsSetId", "Description FeaturedDocuments FeaturedResultsSetName IndexId QueryTexts Status Tags", "FeaturedResultsSetName IndexId"],
  "AWS::Kendra::Index": ["Arn Id", "CapacityUnits Description DocumentMetadataConfigurations Edition Name RoleArn ServerSideEncryptionConfiguration Tags UserContextPolicy UserTokenConfigurations", "Edition Name RoleArn"],
  "AWS::Kendra::QuerySuggestionsBlockList": ["Arn Id", "Description IndexId Name RoleArn SourceS3Path Tags", "IndexId Name RoleArn SourceS3Path"],
  "AWS::Kendra::Thesaurus": ["Arn Id", "Description IndexId Name RoleArn SourceS3Path Tags", "IndexId Name RoleArn SourceS3Path"],
  "AWS::KendraRanking::ExecutionPlan": ["Arn Id", "CapacityUnits Description Name Tags", "Name"],
  "AWS::Kinesis::Channel": ["ChannelARN ChannelCreationTimestamp ChannelId ChannelStatus", "ChannelName EncryptionConfiguration LoggingConfiguration S3DestinationConfiguration S3TablesDestinationConfiguration ServiceExecutionRoleARN StreamConfigurationList Tags", "ChannelName ServiceExecutionRoleARN StreamConfigurationList"],
  "AWS::Kinesis::ResourcePolicy": ["", "ResourceArn ResourcePolicy", "ResourceArn ResourcePolicy"],
  "AWS::Kinesis::Stream": ["Arn WarmThroughputObject", "DesiredShardLevelMetrics MaxRecordSizeInKiB Name RetentionPeriodHours ShardCount StreamEncryption StreamModeDetails Tags WarmThroughputMiBps", ""],
  "AWS::Kinesis::StreamConsumer": ["ConsumerARN ConsumerCreationTimestamp ConsumerName ConsumerStatus StreamARN", "ConsumerName StreamARN Tags", "ConsumerName StreamARN"],
  "AWS::KinesisAnalytics::Application": ["Id", "ApplicationCode ApplicationDescription ApplicationName Inputs", "Inputs"],
  "AWS::KinesisAnalytics::ApplicationOutput": ["Id", "ApplicationName Output", "ApplicationName Output"],
  "AWS::KinesisAnalytics::ApplicationReferenceDataSource": ["Id", "ApplicationName ReferenceDataSource", "ApplicationName ReferenceDataSource"],
  "AWS::KinesisAnalyticsV2::Application": ["", "ApplicationConfiguration ApplicationDescription ApplicationMaintenanceConfiguration ApplicationMode ApplicationName RunConfiguration RuntimeEnvironment ServiceExecutionRole Tags", "RuntimeEnvironment ServiceExecutionRole"],
  "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption": ["Id", "ApplicationName CloudWatchLoggingOption", "ApplicationName CloudWatchLoggingOption"],
  "AWS::KinesisAnalyticsV2::ApplicationOutput": ["Id", "ApplicationName Output", "ApplicationName Output"],
  "AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource": ["Id", "ApplicationName ReferenceDataSource", "ApplicationName ReferenceDataSource"],
  "AWS::KinesisFirehose::DeliveryStream": ["Arn", "AmazonOpenSearchServerlessDestinationConfiguration AmazonopensearchserviceDestinationConfiguration DatabaseSourceConfiguration DeliveryStreamEncryptionConfigurationInput DeliveryStreamName DeliveryStreamType DirectPutSourceConfiguration ElasticsearchDestinationConfiguration ExtendedS3DestinationConfiguration HttpEndpointDestinationConfiguration IcebergDestinationConfiguration KinesisStreamSourceConfiguration MSKSourceConfiguration RedshiftDestinationConfiguration S3DestinationConfiguration SnowflakeDestinationConfiguration SplunkDestinationConfiguration Tags", ""],
  "AWS::KinesisVideo::SignalingChannel": ["Arn", "MessageTtlSeconds Name Tags Type", ""],
  "AWS::KinesisVideo::Stream": ["Arn", "DataRetentionInHours DeviceName KmsKeyId MediaType Name StreamStorageConfiguration Tags", ""],
  "AWS::LakeFormation::DataCellsFilter": ["", "ColumnNames ColumnWildcard DatabaseName Name RowFilter TableCatalogId TableName", "DatabaseName Name TableCatalogId TableName"],
  "AWS::LakeFormation::DataLakeSettings": ["Id", "Admins AllowExternalDataFiltering AllowFullTableExternalDataAccess AuthorizedSessionTagValueList CreateDatabaseDefaultPermissions CreateTableDefaultPermissions ExternalDataFilteringAllowList MutationType Parameters ReadOnlyAdmins TrustedResourceOwners", ""],
  "AWS::LakeFormation::Permissions": ["Id", "DataLakePrincipal Permissions PermissionsWithGrantOption Resource", "DataLakePrincipal Resource"],
  "AWS::LakeFormation::PrincipalPermissions": ["PrincipalIdentifier ResourceIdentifier", "Catalog Permissions PermissionsWithGrantOption Principal Resource", "Permissions PermissionsWithGrantOption Principal Resource"],
  "AWS::LakeFormation::Resource": ["Id", "HybridAccessEnabled ResourceArn RoleArn UseServiceLinkedRole WithFederation", "ResourceArn UseServiceLinkedRole"],
  "AWS::LakeFormation::Tag": ["", "CatalogId TagKey TagValues", "TagKey TagValues"],
  "AWS::LakeFormation::TagAssociation": ["ResourceIdentifier TagsIdentifier", "LFTags Resource", "LFTags Resource"],
  "AWS::Lambda::Alias": ["AliasArn", "Description FunctionName FunctionVersion Name ProvisionedConcurrencyConfig RoutingConfig", "FunctionName FunctionVersion Name"],
  "AWS::Lambda::CapacityProvider": ["Arn State", "CapacityProviderName CapacityProviderScalingConfig InstanceRequirements KmsKeyArn PermissionsConfig PropagateTags Tags TelemetryConfig VpcConfig", "PermissionsConfig VpcConfig"],
  "AWS::Lambda::CodeSigningConfig": ["CodeSigningConfigArn CodeSigningConfigId", "AllowedPublishers CodeSigningPolicies Description Tags", "AllowedPublishers"],
  "AWS::Lambda::EventInvokeConfig": ["", "DestinationConfig FunctionName MaximumEventAgeInSeconds MaximumRetryAttempts Qualifier", "FunctionName Qualifier"],
  "AWS::Lambda::EventSourceMapping": ["EventSourceMappingArn Id", "AmazonManagedKafkaEventSourceConfig BatchSize BisectBatchOnFunctionError DestinationConfig DocumentDBEventSourceConfig Enabled EventSourceArn FilterCriteria FunctionName FunctionResponseTypes KmsKeyArn LoggingConfig MaximumBatchingWindowInSeconds MaximumRecordAgeInSeconds MaximumRetryAttempts MetricsConfig ParallelizationFactor ProvisionedPollerConfig Queues ScalingConfig SelfManagedEventSource SelfManagedKafkaEventSourceConfig SourceAccessConfigurations StartingPosition StartingPositionTimestamp Tags Topics TumblingWindowInSeconds", "FunctionName"],
  "AWS::Lambda::Function": ["Arn SnapStartResponse SnapStartResponse.ApplyOn SnapStartResponse.OptimizationStatus", "Architectures CapacityProviderConfig Code CodeSigningConfigArn DeadLetterConfig Description DurableConfig Environment EphemeralStorage FileSystemConfigs FunctionName FunctionScalingConfig Handler ImageConfig KmsKeyArn Layers LoggingConfig MemorySize PackageType PublishToLatestPublished RecursiveLoop ReservedConcurrentExecutions Role Runtime RuntimeManagementConfig SnapStart Tags TenancyConfig Timeout TracingConfig VpcConfig", "Code Role"],
  "AWS::Lambda::LayerVersion": ["LayerVersionArn", "CompatibleArchitectures CompatibleRuntimes Content Description LayerName LicenseInfo", "Content"],
  "AWS::Lambda::LayerVersionPermission": ["Id", "Action LayerVersionArn OrganizationId Principal", "Action LayerVersionArn Principal"],
  "AWS::Lambda::MicrovmImage": ["CreatedAt ImageArn LatestActiveImageVersion LatestFailedImageVersion State UpdatedAt", "AdditionalOsCapabilities BaseImageArn BaseImageVersion BuildRoleArn CodeArtifact CpuConfigurations Description EgressNetworkConnectors EnvironmentVariables Hooks Logging Name Resources Tags", "AdditionalOsCapabilities BaseImageArn BaseImageVersion BuildRoleArn CodeArtifact CpuConfigurations Description EgressNetworkConnectors EnvironmentVariables Hooks Logging Name Resources"],
  "AWS::Lambda::NetworkConnector": ["Arn State", "Configuration Name OperatorRole Tags", "Configuration"],
  "AWS::Lambda::Permission": ["Id", "Action EventSourceToken FunctionName FunctionUrlAuthType InvokedViaFunctionUrl Principal PrincipalOrgID SourceAccount SourceArn", "Action FunctionName Principal"],
  "AWS::Lambda::ResourcePolicy": ["", "PolicyDocument ResourceArn", "PolicyDocument ResourceArn"],
  "AWS::Lambda::Url": ["FunctionArn FunctionUrl", "AuthType Cors InvokeMode Qualifier TargetFunctionArn", "AuthType TargetFunctionArn"],
  "AWS::Lambda::Version": ["FunctionArn Version", "CodeSha256 Description FunctionName FunctionScalingConfig ProvisionedConcurrencyConfig RuntimePolicy", "FunctionName"],
  "AWS::LaunchWizard::Deployment": ["Arn CreatedAt DeletedAt DeploymentId ResourceGroup Status", "DeploymentPatternName Name Specifications Tags WorkloadName", "DeploymentPatternName Name WorkloadName"],
  "AWS::Lex::Bot": ["Arn Id", "AutoBuildBotLocales BotFileS3Location BotLocales BotMembers BotTags BotType DataPrivacy Description ErrorLogSettings IdleSessionTTLInSeconds Name Replication RoleArn TestBotAliasSettings TestBotAliasTags", "DataPrivacy IdleSessionTTLInSeconds Name RoleArn"],
  "AWS::Lex::BotAlias": ["Arn BotAliasId BotAliasStatus", "BotAliasLocaleSettings BotAliasName BotAliasTags BotId BotVersion ConversationLogSettings Description SentimentAnalysisSettings", "BotAliasName BotId"],
  "AWS::Lex::BotVersion": ["BotVersion", "BotId BotVersionLocaleSpecification Description", "BotId BotVersionLocaleSpecification"],
  "AWS::Lex::ResourcePolicy": ["Id RevisionId", "Policy ResourceArn", "Policy ResourceArn"],
  "AWS::LicenseManager::Grant": ["GrantArn Version", "AllowedOperations GrantName HomeRegion LicenseArn Principals Status Tags", ""],
  "AWS::LicenseManager::License": ["LicenseArn Version", "Beneficiary ConsumptionConfiguration Entitlements HomeRegion Issuer LicenseMetadata LicenseName ProductName ProductSKU Status Tags Validity", "Beneficiary ConsumptionConfiguration Entitlements HomeRegion Issuer LicenseName ProductName ProductSKU Validity"],
  "AWS::LicenseManager::LicenseAssetGroup": ["LicenseAssetGroupArn", "AssociatedLicenseAssetRulesetARNs Description LicenseAssetGroupConfigurations Name Properties Tags", "AssociatedLicenseAssetRulesetARNs LicenseAssetGroupConfigurations Name"],
  "AWS::LicenseManager::LicenseAssetRuleSet": ["LicenseAssetRulesetArn", "Description Name Rules Tags", "Name Rules"],
  "AWS::Lightsail::Alarm": ["AlarmArn State", "AlarmName ComparisonOperator ContactProtocols DatapointsToAlarm EvaluationPeriods MetricName MonitoredResourceName NotificationEnabled NotificationTriggers Threshold TreatMissingData", "AlarmName ComparisonOperator EvaluationPeriods MetricName MonitoredResourceName Threshold"],
  "AWS::Lightsail::Bucket": ["AbleToUpdateBundle BucketArn Url", "AccessRules BucketName BundleId ObjectVersioning ReadOnlyAccessAccounts ResourcesReceivingAccess Tags", "BucketName BundleId"],
  "AWS::Lightsail::Certificate": ["CertificateArn Status", "CertificateName DomainName SubjectAlternativeNames Tags", "CertificateName DomainName"],
  "AWS::Lightsail::ContactMethod": ["Arn CreatedAt Name ResourceType Status SupportCode", "ContactEndpoint Protocol", "ContactEndpoint Protocol"],
  "AWS::Lightsail::Container": ["ContainerArn PrincipalArn PrivateRegistryAccess.EcrImagePullerRole.PrincipalArn Url", "ContainerServiceDeployment IsDisabled Power PrivateRegistryAccess PublicDomainNames Scale ServiceName Tags", "Power Scale ServiceName"],
  "AWS::Lightsail::Database": ["DatabaseArn", "AvailabilityZone BackupRetention CaCertificateIdentifier MasterDatabaseName MasterUserPassword MasterUsername PreferredBackupWindow PreferredMaintenanceWindow PubliclyAccessible RelationalDatabaseBlueprintId RelationalDatabaseBundleId RelationalDatabaseName RelationalDatabaseParameters RotateMasterUserPassword Tags", "MasterDatabaseName MasterUsername RelationalDatabaseBlueprintId RelationalDatabaseBundleId RelationalDatabaseName"],
  "AWS::Lightsail::DatabaseSnapshot": ["Arn CreatedAt Engine EngineVersion FromRelationalDatabaseArn FromRelationalDatabaseBlueprintId FromRelationalDatabaseBundleId FromRelationalDatabaseName Location Name ResourceType SizeInGb State SupportCode", "RelationalDatabaseName RelationalDatabaseSnapshotName Tags", "RelationalDatabaseName RelationalDatabaseSnapshotName"],
  "AWS::Lightsail::Disk": ["AttachedTo AttachmentState DiskArn Iops IsAttached Location.AvailabilityZone Location.RegionName Path ResourceType State SupportCode", "AddOns AvailabilityZone DiskName Location SizeInGb Tags", "DiskName SizeInGb"],
  "AWS::Lightsail::DiskSnapshot": ["CreatedAt DiskSnapshotArn FromDiskName IsFromAutoSnapshot Location Progress ResourceType SizeInGb State SupportCode", "DiskName DiskSnapshotName Tags", "DiskName DiskSnapshotName"],
  "AWS::Lightsail::Distribution": ["AbleToUpdateBundle DistributionArn Status", "BundleId CacheBehaviorSettings CacheBehaviors CertificateName DefaultCacheBehavior DistributionName IpAddressType IsEnabled Origin Tags", "BundleId DefaultCacheBehavior DistributionName Origin"],
  "AWS::Lightsail::Domain": ["Arn CreatedAt Location ResourceType SupportCode", "DomainEntries DomainName Tags", "DomainName"],
  "AWS::Lightsail::Instance": ["Hardware.CpuCount Hardware.RamSizeInGb InstanceArn Ipv6Addresses IsStaticIp Location.AvailabilityZone Location.RegionName Networking.MonthlyTransfer.GbPerMonthAllocated PrivateIpAddress PublicIpAddress ResourceType SshKeyName State.Code State.Name SupportCode UserName", "AddOns AvailabilityZone BlueprintId BundleId Hardware InstanceName KeyPairName Location Networking State Tags UserData", "BlueprintId BundleId InstanceName"],
  "AWS::Lightsail::InstanceSnapshot": ["Arn FromInstanceArn FromInstanceName IsFromAutoSnapshot Location ResourceType SizeInGb State SupportCode", "InstanceName InstanceSnapshotName Tags", "InstanceName InstanceSnapshotName"],
  "AWS::Lightsail::KeyPair": ["CreatedAt Fingerprint KeyPairArn Location ResourceType SupportCode", "KeyPairName Tags", "KeyPairName"],
  "AWS::Lightsail::LoadBalancer": ["LoadBalancerArn", "AttachedInstances HealthCheckPath InstancePort IpAddressType LoadBalancerName SessionStickinessEnabled SessionStickinessLBCookieDurationSeconds Tags TlsPolicyName", "InstancePort LoadBalancerName"],
  "AWS::Lightsail::LoadBalancerTlsCertificate": ["LoadBalancerTlsCertificateArn Status", "CertificateAlternativeNames CertificateDomainName CertificateName HttpsRedirectionEnabled IsAttached LoadBalancerName", "CertificateDomainName CertificateName LoadBalancerName"],
  "AWS::Lightsail::StaticIp": ["IpAddress IsAttached StaticIpArn", "AttachedTo StaticIpName", "StaticIpName"],
  "AWS::Location::APIKey": ["Arn CreateTime KeyArn UpdateTime", "Description ExpireTime ForceDelete ForceUpdate KeyName NoExpiry Restrictions Tags", "KeyName Restrictions"],
  "AWS::Location::GeofenceCollection": ["Arn CollectionArn CreateTime UpdateTime", "CollectionName Description KmsKeyId PricingPlan PricingPlanDataSource Tags", "CollectionName"],
  "AWS::Location::Map": ["Arn CreateTime DataSource MapArn UpdateTime", "Configuration Description MapName PricingPlan Tags", "Configuration MapName"],
  "AWS::Location::PlaceIndex": ["Arn CreateTime IndexArn UpdateTime", "DataSource DataSourceConfiguration Description IndexName PricingPlan Tags", "DataSource IndexName"],
  "AWS::Location::RouteCalculator": ["Arn CalculatorArn CreateTime UpdateTime", "CalculatorName DataSource Description PricingPlan Tags", "CalculatorName DataSource"],
  "AWS::Location::Tracker": ["Arn CreateTime TrackerArn UpdateTime", "Description EventBridgeEnabled KmsKeyEnableGeospatialQueries KmsKeyId PositionFiltering PricingPlan PricingPlanDataSource Tags TrackerName", "TrackerName"],
  "AWS::Location::TrackerConsumer": ["", "ConsumerArn TrackerName", "ConsumerArn TrackerName"],
  "AWS::Logs::AccountPolicy": ["AccountId", "PolicyDocument PolicyName PolicyType Scope SelectionCriteria", "PolicyDocument PolicyName PolicyType"],
  "AWS::Logs::Delivery": ["Arn DeliveryDestinationType DeliveryId", "DeliveryDestinationArn DeliverySourceName FieldDelimiter RecordFields S3EnableHiveCompatiblePath S3SuffixPath Tags", "DeliveryDestinationArn DeliverySourceName"],
  "AWS::Logs::DeliveryDestination": ["Arn", "DeliveryDestinationPolicy DeliveryDestinationType DestinationResourceArn Name OutputFormat Tags", "Name"],
  "AWS::Logs::DeliverySource": ["Arn ResourceArns Service Status StatusReason", "DeliverySourceConfiguration LogType Name ResourceArn Tags", "Name"],
  "AWS::Logs::Destination": ["Arn", "DestinationName DestinationPolicy RoleArn Tags TargetArn", "DestinationName RoleArn TargetArn"],
  "AWS::Logs::Integration": ["IntegrationStatus", "IntegrationName IntegrationType ResourceConfig", "IntegrationName IntegrationType ResourceConfig"],
  "AWS::Logs::LogAnomalyDetector": ["AnomalyDetectorArn AnomalyDetectorStatus CreationTimeStamp LastModifiedTimeStamp", "AccountId AnomalyVisibilityTime DetectorName EvaluationFrequency FilterPattern KmsKeyId LogGroupArnList", ""],
  "AWS::Logs::LogGroup": ["Arn", "BearerTokenAuthenticationEnabled DataProtectionPolicy DeletionProtectionEnabled FieldIndexPolicies KmsKeyId LogGroupClass LogGroupName ResourcePolicyDocument RetentionInDays Tags", ""],
  "AWS::Logs::LogStream": ["", "LogGroupName LogStreamName", "LogGroupName"],
  "AWS::Logs::MetricFilter": ["", "ApplyOnTransformedLogs EmitSystemFieldDimensions FieldSelectionCriteria FilterName FilterPattern LogGroupName MetricTransformations", "FilterPattern LogGroupName MetricTransformations"],
  "AWS::Logs::QueryDefinition": ["QueryDefinitionId", "LogGroupNames Name Parameters QueryLanguage QueryString", "Name QueryString"],
  "AWS::Logs::ResourcePolicy": ["", "PolicyDocument PolicyName", "PolicyDocument PolicyName"],
  "AWS::Logs::ScheduledQuery": ["CreationTime LastExecutionStatus LastTriggeredTime LastUpdatedTime ScheduledQueryArn", "Description DestinationConfiguration ExecutionRoleArn LogGroupIdentifiers Name QueryLanguage QueryString ScheduleEndTime ScheduleExpression ScheduleStartTime StartTimeOffset State Tags Timezone", "ExecutionRoleArn Name QueryLanguage QueryString ScheduleExpression"],
  "AWS::Logs::StorageTierPolicy": ["AccountId LastUpdatedTime", "StorageTier", "StorageTier"],
  "AWS::Logs::SubscriptionFilter": ["", "ApplyOnTransformedLogs DestinationArn Distribution EmitSystemFields FieldSelectionCriteria FilterName FilterPattern LogGroupName RoleArn", "DestinationArn FilterPattern LogGroupName"],
  "AWS::Logs::Transformer": ["", "LogGroupIdentifier TransformerConfig", "LogGroupIdentifier TransformerConfig"],
  "AWS::LookoutEquipment::InferenceScheduler": ["InferenceSchedulerArn", "DataDelayOffsetInMinutes DataInputConfiguration DataOutputConfiguration DataUploadFrequency InferenceSchedulerName ModelName RoleArn ServerSideKmsKeyId Tags", "DataInputConfiguration DataOutputConfiguration DataUploadFrequency ModelName RoleArn"],
  "AWS::LookoutMetrics::Alert": ["Arn", "Action AlertDescription AlertName AlertSensitivityThreshold AnomalyDetectorArn", "Action AlertSensitivityThreshold AnomalyDetectorArn"],
  "AWS::LookoutMetrics::AnomalyDetector": ["Arn", "AnomalyDetectorConfig AnomalyDetectorDescription AnomalyDetectorName KmsKeyArn MetricSetList", "AnomalyDetectorConfig MetricSetList"],
  "AWS::LookoutVision::Project": ["Arn", "ProjectName", "ProjectName"],
  "AWS::M2::Application": ["ApplicationArn ApplicationId", "Definition Description EngineType KmsKeyId Name RoleArn Tags", "EngineType Name"],
  "AWS::M2::Deployment": ["DeploymentId Status", "ApplicationId ApplicationVersion EnvironmentId", "ApplicationId ApplicationVersion EnvironmentId"],
  "AWS::M2::Environment": ["EnvironmentArn EnvironmentId", "Description EngineType EngineVersion HighAvailabilityConfig InstanceType KmsKeyId Name NetworkType PreferredMaintenanceWindow PubliclyAccessible SecurityGroupIds StorageConfigurations SubnetIds Tags", "EngineType InstanceType Name"],
  "AWS::MGN::Connector": ["Arn ConnectorID", "Name SsmCommandConfig SsmInstanceID Tags", "Name SsmInstanceID"],
  "AWS::MGN::LaunchConfigurationTemplate": ["Arn Ec2LaunchTemplateID LaunchConfigurationTemplateID", "AssociatePublicIpAddress BootMode CopyPrivateIp CopyTags EnableMapAutoTagging EnableParametersEncryption LargeVolumeConf LaunchDisposition Licensing MapAutoTaggingMpeID ParametersEncryptionKey PostLaunchActions SmallVolumeConf SmallVolumeMaxSize Tags TargetInstanceTypeRightSizingMethod", ""],
  "AWS::MGN::NetworkMigrationDefinition": ["Arn CreatedAt NetworkMigrationDefinitionID UpdatedAt", "Description Name ScopeTags SourceConfigurations Tags TargetDeployment TargetNetwork TargetS3Configuration", "Name SourceConfigurations TargetNetwork TargetS3Configuration"],
  "AWS::MPA::ApprovalTeam": ["Arn CreationTime LastUpdateTime NumberOfApprovers Status StatusCode StatusMessage UpdateSessionArn VersionId", "ApprovalStrategy Approvers Description Name Policies Tags", "ApprovalStrategy Approvers Description Name Policies"],
  "AWS::MPA::IdentitySource": ["CreationTime IdentitySourceArn IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl IdentitySourceType Status StatusCode StatusMessage", "IdentitySourceParameters Tags", "IdentitySourceParameters"],
  "AWS::MSK::BatchScramSecret": ["", "ClusterArn SecretArnList", "ClusterArn"],
  "AWS::MSK::Channel": ["ChannelArn StateInfo Status", "ChannelName ClusterArn EncryptionConfiguration IcebergDestinationConfiguration LoggingInfo S3DestinationConfiguration Tags TopicConfigurationList", "ChannelName TopicConfigurationList"],
  "AWS::MSK::Cluster": ["Arn CurrentVersion", "BrokerNodeGroupInfo ClientAuthentication ClusterName ConfigurationInfo CurrentVersion EncryptionInfo EnhancedMonitoring KafkaVersion LoggingInfo NumberOfBrokerNodes OpenMonitoring Rebalancing StorageMode Tags ZookeeperAccess", "BrokerNodeGroupInfo ClusterName KafkaVersion NumberOfBrokerNodes"],
  "AWS::MSK::ClusterPolicy": ["CurrentVersion", "ClusterArn Policy", "ClusterArn Policy"],
  "AWS::MSK::Configuration": ["Arn LatestRevision.CreationTime LatestRevision.Description LatestRevision.Revision", "Description KafkaVersionsList LatestRevision Name ServerProperties", "Name ServerProperties"],
  "AWS::MSK::Replicator": ["CurrentVersion ReplicatorArn", "Description KafkaClusters LogDelivery ReplicationInfoList ReplicatorName ServiceExecutionRoleArn Tags", "KafkaClusters ReplicationInfoList ReplicatorName ServiceExecutionRoleArn"],
  "AWS::MSK::ServerlessCluster": ["Arn", "ClientAuthentication ClusterName Tags VpcConfigs", "ClientAuthentication ClusterName VpcConfigs"],
  "AWS::MSK::Topic": ["TopicArn", "ClusterArn Configs PartitionCount ReplicationFactor TopicName", "ClusterArn PartitionCount ReplicationFactor TopicName"],
  "AWS::MSK::VpcConnection": ["Arn", "Authentication ClientSubnets SecurityGroups Tags TargetClusterArn VpcId", "Authentication ClientSubnets SecurityGroups TargetClusterArn VpcId"],
  "AWS::MWAA::Environment": ["Arn CeleryExecutorQueue DatabaseVpcEndpointService LoggingConfiguration.DagProcessingLogs.CloudWatchLogGroupArn LoggingConfiguration.SchedulerLogs.CloudWatchLogGroupArn LoggingConfiguration.TaskLogs.CloudWatchLogGroupArn LoggingConfiguration.WebserverLogs.CloudWatchLogGroupArn LoggingConfiguration.WorkerLogs.CloudWatchLogGroupArn WebserverUrl WebserverVpcEndpointService", "AirflowConfigurationOptions AirflowVersion DagS3Path EndpointManagement EnvironmentClass ExecutionRoleArn KmsKey LoggingConfiguration MaxWebservers MaxWorkers MinWebservers MinWorkers Name NetworkConfiguration PluginsS3ObjectVersion PluginsS3Path RequirementsS3ObjectVersion RequirementsS3Path Schedulers SourceBucketArn StartupScriptS3ObjectVersion StartupScriptS3Path Tags WebserverAccessMode WeeklyMaintenanceWindowStart WorkerReplacementStrategy", "Name"],
  "AWS::MWAAServerless::Workflow": ["CodeSnapshottedAt CreatedAt ModifiedAt ScheduleConfiguration WorkflowArn WorkflowStatus WorkflowVersion", "Code DefinitionS3Location Description EncryptionConfiguration LoggingConfiguration Name NetworkConfiguration RoleArn Tags TriggerMode", "DefinitionS3Location RoleArn"],
  "AWS::Macie::AllowList": ["Arn Id Status", "Criteria Description Name Tags", "Criteria Name"],
  "AWS::Macie::CustomDataIdentifier": ["Arn Id", "Description IgnoreWords Keywords MaximumMatchDistance Name Regex Tags", "Name Regex"],
  "AWS::Macie::FindingsFilter": ["Arn FindingsFilterListItems Id", "Action Description FindingCriteria Name Position Tags", "FindingCriteria Name"],
  "AWS::Macie::Member": ["AdministratorAccountId Arn RelationshipStatus UpdatedAt", "AccountId Email Tags", "AccountId"],
  "AWS::Macie::Session": ["AutomatedDiscoveryStatus AwsAccountId ServiceRole", "FindingPublishingFrequency Status", ""],
  "AWS::ManagedBlockchain::Accessor": ["Arn BillingToken CreationDate Id Status", "AccessorType NetworkType Tags", "AccessorType"],
  "AWS::ManagedBlockchain::Member": ["MemberId NetworkId", "InvitationId MemberConfiguration NetworkConfiguration NetworkId", "MemberConfiguration"],
  "AWS::ManagedBlockchain::Node": ["Arn MemberId NetworkId NodeId", "MemberId NetworkId NodeConfiguration", "NetworkId NodeConfiguration"],
  "AWS::MediaConnect::Bridge": ["BridgeArn BridgeState", "EgressGatewayBridge IngressGatewayBridge Name Outputs PlacementArn SourceFailoverConfig Sources", "Name PlacementArn Sources"],
  "AWS::MediaConnect::BridgeOutput": ["", "BridgeArn Name NetworkOutput", "BridgeArn Name NetworkOutput"],
  "AWS::MediaConnect::BridgeSource": ["", "BridgeArn FlowSource Name NetworkSource", "BridgeArn Name"],
  "AWS::MediaConnect::Flow": ["EgressIp FlowArn FlowAvailabilityZone FlowNdiMachineName Source.IngestIp Source.SourceArn Source.SourceIngestPort", "AvailabilityZone EncodingConfig FlowSize Maintenance MediaStreams Name NdiConfig Source SourceFailoverConfig SourceMonitoringConfig Tags VpcInterfaces", "Name Source"],
  "AWS::MediaConnect::FlowEntitlement": ["EntitlementArn", "DataTransferSubscriberFeePercent Description Encryption EntitlementStatus FlowArn Name Subscribers Tags", "Description FlowArn Name Subscribers"],
  "AWS::MediaConnect::FlowMediaStream": ["Arn Fmt", "Attributes ClockRate Description FlowArn MediaStreamId MediaStreamName MediaStreamType Tags VideoFormat", "FlowArn MediaStreamId MediaStreamName MediaStreamType"],
  "AWS::MediaConnect::FlowOutput": ["OutputArn", "CidrAllowList Description Destination Encryption FlowArn MaxLatency MediaStreamOutputConfigurations MinLatency Name NdiOutputTimecodeSource NdiProgramName NdiSpeedHqQuality OutputStatus Port Protocol RemoteId RouterIntegrationState RouterIntegrationTransitEncryption SmoothingLatency StreamId Tags VpcInterfaceAttachment", "FlowArn"],
  "AWS::MediaConnect::FlowSource": ["IngestIp SourceArn SourceIngestPort", "Decryption Description EntitlementArn FlowArn GatewayBridgeSource IngestPort MaxBitrate MaxLatency MinLatency Name Protocol SenderControlPort SenderIpAddress SourceListenerAddress SourceListenerPort StreamId Tags VpcInterfaceName WhitelistCidr", "Description FlowArn Name"],
  "AWS::MediaConnect::FlowVpcInterface": ["NetworkInterfaceIds", "FlowArn Name RoleArn SecurityGroupIds SubnetId Tags", "FlowArn Name RoleArn SecurityGroupIds SubnetId"],
  "AWS::MediaConnect::Gateway": ["GatewayArn GatewayState", "EgressCidrBlocks Name Networks", "EgressCidrBlocks Name Networks"],
  "AWS::MediaConnect::RouterInput": ["Arn ContentQualityAnalysisType CreatedAt Id InputType IpAddress MaintenanceType RoutedOutputs State UpdatedAt", "AvailabilityZone Configuration ContentQualityAnalysisConfiguration MaintenanceConfiguration MaximumBitrate Name RegionName RoutingScope Tags Tier TransitEncryption", "Configuration MaximumBitrate Name RoutingScope Tier"],
  "AWS::MediaConnect::RouterNetworkInterface": ["Arn AssociatedInputCount AssociatedOutputCount CreatedAt Id NetworkInterfaceType State UpdatedAt", "Configuration Name RegionName Tags", "Configuration Name"],
  "AWS::MediaConnect::RouterOutput": ["Arn CreatedAt Id IpAddress MaintenanceType OutputType RoutedState State UpdatedAt", "AvailabilityZone Configuration FabricConfiguration MaintenanceConfiguration MaximumBitrate Name RegionName RoutingScope Tags Tier", "Configuration MaximumBitrate Name RoutingScope Tier"],
  "AWS::MediaConvert::JobTemplate": ["Arn Name", "AccelerationSettings Category Description HopDestinations Name Priority Queue SettingsJson StatusUpdateInterval Tags", "SettingsJson"],
  "AWS::MediaConvert::Preset": ["Arn Name", "Category Description Name SettingsJson Tags", "SettingsJson"],
  "AWS::MediaConvert::Queue": ["Arn Name", "ConcurrentJobs Description MaximumConcurrentFeeds Name PricingPlan Status Tags", ""],
  "AWS::MediaLive::Channel": ["Arn Id Inputs", "AnywhereSettings CdiInputSpecification ChannelClass ChannelEngineVersion ChannelSecurityGroups Destinations DryRun EncoderSettings InferenceSettings InputAttachments InputSpecification LinkedChannelSettings LogLevel Maintenance Name RoleArn Tags Vpc", ""],
  "AWS::MediaLive::ChannelPlacementGroup": ["Arn Channels Id State", "ClusterId Name Nodes Tags", ""],
  "AWS::MediaLive::CloudWatchAlarmTemplate": ["Arn CreatedAt GroupId Id Identifier ModifiedAt", "ComparisonOperator DatapointsToAlarm Description EvaluationPeriods GroupIdentifier MetricName Name Period Statistic Tags TargetResourceType Threshold TreatMissingData", "ComparisonOperator EvaluationPeriods MetricName Name Period Statistic TargetResourceType Threshold TreatMissingData"],
  "AWS::MediaLive::CloudWatchAlarmTemplateGroup": ["Arn CreatedAt Id Identifier ModifiedAt", "Description Name Tags", "Name"],
  "AWS::MediaLive::Cluster": ["Arn ChannelIds Id State", "ClusterType InstanceRoleArn Name NetworkSettings Tags", ""],
  "AWS::MediaLive::EventBridgeRuleTemplate": ["Arn CreatedAt GroupId Id Identifier ModifiedAt", "Description EventTargets EventType GroupIdentifier Name Tags", "EventType Name"],
  "AWS::MediaLive::EventBridgeRuleTemplateGroup": ["Arn CreatedAt Id Identifier ModifiedAt", "Description Name Tags", "Name"],
  "AWS::MediaLive::Input": ["Arn Destinations Id Sources", "Destinations InputDevices InputNetworkLocation InputSecurityGroups MediaConnectFlows MulticastSettings Name RoleArn RouterSettings SdiSources Smpte2110ReceiverGroupSettings Sources SrtSettings Tags Type Vpc", ""],
  "AWS::MediaLive::InputSecurityGroup": ["Arn Id", "Tags WhitelistRules", ""],
  "AWS::MediaLive::Multiplex": ["Arn Id PipelinesRunningCount ProgramCount State", "AvailabilityZones Destinations MultiplexSettings Name Tags", "AvailabilityZones MultiplexSettings Name"],
  "AWS::MediaLive::Multiplexprogram": ["ChannelId", "MultiplexId MultiplexProgramSettings PacketIdentifiersMap PipelineDetails PreferredChannelPipeline ProgramName", ""],
  "AWS::MediaLive::Network": ["Arn AssociatedClusterIds Id State", "IpPools Name Routes Tags", "IpPools Name"],
  "AWS::MediaLive::Node": ["Arn ChannelPlacementGroups ConnectionState Id InstanceArn State", "ClusterId Name NodeInterfaceMappings Role SdiSourceMappings Tags", "ClusterId"],
  "AWS::MediaLive::SdiSource": ["Arn Id Inputs State", "Mode Name Tags Type", "Name Type"],
  "AWS::MediaLive::SignalMap": ["Arn CloudWatchAlarmTemplateGroupIds CreatedAt ErrorMessage EventBridgeRuleTemplateGroupIds FailedMediaResourceMap Id Identifier LastDiscoveredAt LastSuccessfulMonitorDeployment MediaResourceMap ModifiedAt MonitorChangesPendingDeployment MonitorDeployment Status", "CloudWatchAlarmTemplateGroupIdentifiers Description DiscoveryEntryPointArn EventBridgeRuleTemplateGroupIdentifiers ForceRediscovery Name Tags", "DiscoveryEntryPointArn Name"],
  "AWS::MediaPackage::Asset": ["Arn CreatedAt", "EgressEndpoints Id PackagingGroupId ResourceId SourceArn SourceRoleArn Tags", "Id PackagingGroupId SourceArn SourceRoleArn"],
  "AWS::MediaPackage::Channel": ["Arn", "Description EgressAccessLogs HlsIngest Id IngressAccessLogs Tags", "Id"],
  "AWS::MediaPackage::OriginEndpoint": ["Arn Url", "Authorization ChannelId CmafPackage DashPackage Description HlsPackage Id ManifestName MssPackage Origination StartoverWindowSeconds Tags TimeDelaySeconds Whitelist", "ChannelId Id"],
  "AWS::MediaPackage::PackagingConfiguration": ["Arn", "CmafPackage DashPackage HlsPackage Id MssPackage PackagingGroupId Tags", "Id PackagingGroupId"],
  "AWS::MediaPackage::PackagingGroup": ["Arn DomainName", "Authorization EgressAccessLogs Id Tags", "Id"],
  "AWS::MediaPackageV2::Channel": ["Arn AttachedMultiviewChannels CreatedAt IngestEndpointUrls IngestEndpoints ModifiedAt", "ChannelGroupName ChannelName Description InputSwitchConfiguration InputType MultiviewConfiguration OutputHeaderConfiguration OutputLockingMode Tags", "ChannelGroupName ChannelName"],
  "AWS::MediaPackageV2::ChannelGroup": ["Arn CreatedAt EgressDomain ModifiedAt", "ChannelGroupName Description Tags", "ChannelGroupName"],
  "AWS::MediaPackageV2::ChannelPolicy": ["", "ChannelGroupName ChannelName Policy", "ChannelGroupName ChannelName Policy"],
  "AWS::MediaPackageV2::OriginEndpoint": ["Arn CreatedAt DashManifestUrls HlsManifestUrls LowLatencyHlsManifestUrls ModifiedAt MssManifestUrls", "ChannelGroupName ChannelName ContainerType DashManifests Description ForceEndpointErrorConfiguration HlsManifests LowLatencyHlsManifests MssManifests OriginEndpointName Segment StartoverWindowSeconds StreamNameOutputMode Tags UriSeparator", "ChannelGroupName ChannelName ContainerType OriginEndpointName"],
  "AWS::MediaPackageV2::OriginEndpointPolicy": ["", "CdnAuthConfiguration ChannelGroupName ChannelName OriginEndpointName Policy", "ChannelGroupName ChannelName OriginEndpointName Policy"],
  "AWS::MediaStore::Container": ["Endpoint Id", "AccessLoggingEnabled ContainerName CorsPolicy LifecyclePolicy MetricPolicy Policy Tags", "ContainerName"],
  "AWS::MediaTailor::Channel": ["Arn", "Audiences ChannelName FillerSlate LogConfiguration Outputs PlaybackMode Tags Tier TimeShiftConfiguration", "ChannelName Outputs PlaybackMode"],
  "AWS::MediaTailor::ChannelPolicy": ["", "ChannelName Policy", "ChannelName Policy"],
  "AWS::MediaTailor::Function": ["Arn", "ConcurrentExecutorConfiguration CustomOutputConfiguration Description FunctionId FunctionType HttpRequestConfiguration SequentialExecutorConfiguration Tags", "FunctionId FunctionType"],
  "AWS::MediaTailor::LiveSource": ["Arn", "HttpPackageConfigurations LiveSourceName SourceLocationName Tags", "HttpPackageConfigurations LiveSourceName SourceLocationName"],
  "AWS::MediaTailor::PlaybackConfiguration": ["DashConfiguration.ManifestEndpointPrefix HlsConfiguration.ManifestEndpointPrefix PlaybackConfigurationArn PlaybackEndpointPrefix SessionInitializationEndpointPrefix", "AdConditioningConfiguration AdDecisionServerConfiguration AdDecisionServerUrl AdsPersonalizationConcurrency AdsPersonalizationTimeouts AvailSuppression Bumper CdnConfiguration ConfigurationAliases DashConfiguration FunctionMapping HlsConfiguration InsertionMode LivePreRollConfiguration LogConfiguration ManifestProcessingRules Name PersonalizationThresholdSeconds SlateAdUrl Tags TranscodeProfileName VideoContentSourceUrl", "AdDecisionServerUrl Name VideoContentSourceUrl"],
  "AWS::MediaTailor::PrefetchSchedule": ["Arn", "Consumption Name PlaybackConfigurationName RecurringPrefetchConfiguration Retrieval ScheduleType StreamId Tags", "Name PlaybackConfigurationName"],
  "AWS::MediaTailor::SourceLocation": ["Arn", "AccessConfiguration DefaultSegmentDeliveryConfiguration HttpConfiguration SegmentDeliveryConfigurations SourceLocationName Tags", "HttpConfiguration SourceLocationName"],
  "AWS::MediaTailor::VodSource": ["Arn", "HttpPackageConfigurations SourceLocationName Tags VodSourceName", "HttpPackageConfigurations SourceLocationName VodSourceName"],
  "AWS::MemoryDB::ACL": ["Arn Status", "ACLName Tags UserNames", "ACLName"],
  "AWS::MemoryDB::Cluster": ["ARN ClusterEndpoint.Address ClusterEndpoint.Port ParameterGroupStatus Status", "ACLName AutoMinorVersionUpgrade ClusterEndpoint ClusterName DataTiering Description Engine EngineVersion FinalSnapshotName IpDiscovery KmsKeyId MaintenanceWindow MultiRegionClusterName NetworkType NodeType NumReplicasPerShard NumShards ParameterGroupName Port SecurityGroupIds SnapshotArns SnapshotName SnapshotRetentionLimit SnapshotWindow SnsTopicArn SnsTopicStatus SubnetGroupName TLSEnabled Tags", "ACLName ClusterName NodeType"],
  "AWS::MemoryDB::MultiRegionCluster": ["ARN MultiRegionClusterName Status", "Description Engine EngineVersion MultiRegionClusterNameSuffix MultiRegionParameterGroupName NodeType NumShards TLSEnabled Tags UpdateStrategy", "NodeType"],
  "AWS::MemoryDB::ParameterGroup": ["ARN", "Description Family ParameterGroupName Parameters Tags", "Family ParameterGroupName"],
  "AWS::MemoryDB::Snapshot": ["Arn ClusterConfiguration DataTiering Source Status", "ClusterName KmsKeyId SnapshotName Tags", "ClusterName SnapshotName"],
  "AWS::MemoryDB::SubnetGroup": ["ARN SupportedNetworkTypes", "Description SubnetGroupName SubnetIds Tags", "SubnetGroupName SubnetIds"],
  "AWS::MemoryDB::User": ["Arn Status", "AccessString AuthenticationMode Tags UserName", "UserName"],
  "AWS::Neptune::DBCluster": ["ClusterResourceId Endpoint Port ReadEndpoint", "AssociatedRoles AvailabilityZones BackupRetentionPeriod CopyTagsToSnapshot DBClusterIdentifier DBClusterParameterGroupName DBInstanceParameterGroupName DBPort DBSubnetGroupName DeletionProtection EnableCloudwatchLogsExports EngineVersion GlobalClusterIdentifier IamAuthEnabled KmsKeyId NetworkType PreferredBackupWindow PreferredMaintenanceWindow RestoreToTime RestoreType ServerlessScalingConfiguration SnapshotIdentifier SourceDBClusterIdentifier StorageEncrypted Tags UseLatestRestorableTime VpcSecurityGroupIds", ""],
  "AWS::Neptune::DBClusterParameterGroup": ["", "Description Family Name Parameters Tags", "Description Family Parameters"],
  "AWS::Neptune::DBInstance": ["Endpoint Port", "AllowMajorVersionUpgrade AutoMinorVersionUpgrade AvailabilityZone DBClusterIdentifier DBInstanceClass DBInstanceIdentifier DBParameterGroupName DBSnapshotIdentifier DBSubnetGroupName PreferredMaintenanceWindow PubliclyAccessible Tags", "DBInstanceClass"],
  "AWS::Neptune::DBParameterGroup": ["", "Description Family Name Parameters Tags", "Description Family Parameters"],
  "AWS::Neptune::DBSubnetGroup": ["", "DBSubnetGroupDescription DBSubnetGroupName SubnetIds Tags", "DBSubnetGroupDescription SubnetIds"],
  "AWS::Neptune::EventSubscription": ["", "Enabled EventCategories SnsTopicArn SourceIds SourceType SubscriptionName Tags", "SnsTopicArn"],
  "AWS::Neptune::GlobalCluster": ["", "DeletionProtection Engine EngineVersion GlobalClusterIdentifier SourceDBClusterIdentifier StorageEncrypted Tags", ""],
  "AWS::NeptuneGraph::Graph": ["Endpoint GraphArn GraphId", "DeletionProtection GraphName ImportTask KmsKeyIdentifier ProvisionedMemory PublicConnectivity ReplicaCount Tags VectorSearchConfiguration", "ProvisionedMemory"],
  "AWS::NeptuneGraph::GraphSnapshot": ["Arn Id KmsKeyIdentifier SnapshotCreateTime Status", "GraphIdentifier SnapshotName Tags", "GraphIdentifier SnapshotName"],
  "AWS::NeptuneGraph::PrivateGraphEndpoint": ["PrivateGraphEndpointIdentifier VpcEndpointId", "GraphIdentifier SecurityGroupIds SubnetIds VpcId", "GraphIdentifier VpcId"],
  "AWS::NetworkFirewall::ContainerAssociation": ["ContainerAssociationArn ResolvedCidrCount Status", "ContainerAssociationName ContainerMonitoringConfigurations Description Tags Type", "ContainerAssociationName ContainerMonitoringConfigurations Type"],
  "AWS::NetworkFirewall::Firewall": ["EndpointIds FirewallArn FirewallId TransitGatewayAttachmentId", "AvailabilityZoneChangeProtection AvailabilityZoneMappings DeleteProtection Description EnabledAnalysisTypes FirewallName FirewallPolicyArn FirewallPolicyChangeProtection SubnetChangeProtection SubnetMappings Tags TransitGatewayId VpcId", "FirewallName FirewallPolicyArn"],
  "AWS::NetworkFirewall::FirewallPolicy": ["FirewallPolicyArn FirewallPolicyId", "Description FirewallPolicy FirewallPolicyName Tags", "FirewallPolicy FirewallPolicyName"],
  "AWS::NetworkFirewall::LoggingConfiguration": ["", "EnableMonitoringDashboard FirewallArn FirewallName LoggingConfiguration", "FirewallArn LoggingConfiguration"],
  "AWS::NetworkFirewall::RuleGroup": ["RuleGroupArn RuleGroupId", "Capacity Description RuleGroup RuleGroupName SummaryConfiguration Tags Type", "Capacity RuleGroupName Type"],
  "AWS::NetworkFirewall::TLSInspectionConfiguration": ["TLSInspectionConfigurationArn TLSInspectionConfigurationId", "Description TLSInspectionConfiguration TLSInspectionConfigurationName Tags", "TLSInspectionConfiguration TLSInspectionConfigurationName"],
  "AWS::NetworkFirewall::VpcEndpointAssociation": ["EndpointId VpcEndpointAssociationArn VpcEndpointAssociationId", "Description FirewallArn SubnetMapping Tags VpcId", "FirewallArn SubnetMapping VpcId"],
  "AWS::NetworkFlowMonitor::Monitor": ["Arn CreatedAt ModifiedAt MonitorStatus", "LocalResources MonitorName RemoteResources ScopeArn Tags", "LocalResources MonitorName"],
  "AWS::NetworkFlowMonitor::Scope": ["ScopeArn ScopeId Status", "Tags Targets", "Targets"],
  "AWS::NetworkManager::ConnectAttachment": ["AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt LastModificationErrors OwnerAccountId ProposedNetworkFunctionGroupChange ProposedSegmentChange ResourceArn SegmentName State UpdatedAt", "CoreNetworkId EdgeLocation NetworkFunctionGroupName Options ProposedSegmentChange RoutingPolicyLabel Tags TransportAttachmentId", "CoreNetworkId EdgeLocation Options TransportAttachmentId"],
  "AWS::NetworkManager::ConnectPeer": ["Configuration Configuration.BgpConfigurations Configuration.CoreNetworkAddress Configuration.InsideCidrBlocks Configuration.PeerAddress Configuration.Protocol ConnectPeerId CoreNetworkId CreatedAt EdgeLocation LastModificationErrors State", "BgpOptions ConnectAttachmentId CoreNetworkAddress InsideCidrBlocks PeerAddress SubnetArn Tags", "ConnectAttachmentId PeerAddress"],
  "AWS::NetworkManager::Connection": ["ConnectionArn ConnectionId CreatedAt State", "ConnectedDeviceId ConnectedLinkId Description DeviceId GlobalNetworkId LinkId Tags", "ConnectedDeviceId DeviceId GlobalNetworkId"],
  "AWS::NetworkManager::CoreNetwork": ["CoreNetworkArn CoreNetworkId CreatedAt Edges NetworkFunctionGroups OwnerAccount Segments State", "Description GlobalNetworkId PolicyDocument Tags", "GlobalNetworkId"],
  "AWS::NetworkManager::CoreNetworkPrefixListAssociation": ["", "CoreNetworkId PrefixListAlias PrefixListArn", "CoreNetworkId PrefixListAlias PrefixListArn"],
  "AWS::NetworkManager::CustomerGatewayAssociation": ["", "CustomerGatewayArn DeviceId GlobalNetworkId LinkId", "CustomerGatewayArn DeviceId GlobalNetworkId"],
  "AWS::NetworkManager::Device": ["CreatedAt DeviceArn DeviceId State", "AWSLocation Description GlobalNetworkId Location Model SerialNumber SiteId Tags Type Vendor", "GlobalNetworkId"],
  "AWS::NetworkManager::DirectConnectGatewayAttachment": ["AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt LastModificationErrors NetworkFunctionGroupName OwnerAccountId ProposedNetworkFunctionGroupChange ProposedSegmentChange ResourceArn SegmentName State UpdatedAt", "CoreNetworkId DirectConnectGatewayArn EdgeLocations RoutingPolicyLabel Tags", "CoreNetworkId DirectConnectGatewayArn EdgeLocations"],
  "AWS::NetworkManager::GlobalNetwork": ["Arn Id", "CreatedAt Description State Tags", ""],
  "AWS::NetworkManager::Link": ["CreatedAt LinkArn LinkId State", "Bandwidth Description GlobalNetworkId Provider SiteId Tags Type", "Bandwidth GlobalNetworkId SiteId"],
  "AWS::NetworkManager::LinkAssociation": ["", "DeviceId GlobalNetworkId LinkId", "DeviceId GlobalNetworkId LinkId"],
  "AWS::NetworkManager::Site": ["CreatedAt SiteArn SiteId State", "Description GlobalNetworkId Location Tags", "GlobalNetworkId"],
  "AWS::NetworkManager::SiteToSiteVpnAttachment": ["AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt EdgeLocation LastModificationErrors OwnerAccountId ProposedNetworkFunctionGroupChange ProposedSegmentChange ResourceArn SegmentName State UpdatedAt", "CoreNetworkId NetworkFunctionGroupName ProposedSegmentChange RoutingPolicyLabel Tags VpnConnectionArn", "CoreNetworkId VpnConnectionArn"],
  "AWS::NetworkManager::TransitGatewayPeering": ["CoreNetworkArn CreatedAt EdgeLocation LastModificationErrors OwnerAccountId PeeringId PeeringType ResourceArn State TransitGatewayPeeringAttachmentId", "CoreNetworkId Tags TransitGatewayArn", "CoreNetworkId TransitGatewayArn"],
  "AWS::NetworkManager::TransitGatewayRegistration": ["", "GlobalNetworkId TransitGatewayArn", "GlobalNetworkId TransitGatewayArn"],
  "AWS::NetworkManager::TransitGatewayRouteTableAttachment": ["AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CoreNetworkId CreatedAt EdgeLocation LastModificationErrors OwnerAccountId ProposedNetworkFunctionGroupChange ProposedSegmentChange ResourceArn SegmentName State UpdatedAt", "NetworkFunctionGroupName PeeringId ProposedSegmentChange RoutingPolicyLabel Tags TransitGatewayRouteTableArn", "PeeringId TransitGatewayRouteTableArn"],
  "AWS::NetworkManager::VpcAttachment": ["AttachmentId AttachmentPolicyRuleNumber AttachmentType CoreNetworkArn CreatedAt EdgeLocation LastModificationErrors NetworkFunctionGroupName OwnerAccountId ProposedNetworkFunctionGroupChange ProposedSegmentChange ResourceArn SegmentName State UpdatedAt", "CoreNetworkId Options ProposedSegmentChange RoutingPolicyLabel SubnetArns Tags VpcArn", "CoreNetworkId SubnetArns VpcArn"],
  "AWS::NetworkMonitor::Monitor": ["CreatedAt ModifiedAt MonitorArn State", "AggregationPeriod MonitorName Tags", "MonitorName"],
  "AWS::NimbleStudio::LaunchProfile": ["LaunchProfileId", "Description Ec2SubnetIds LaunchProfileProtocolVersions Name StreamConfiguration StudioComponentIds StudioId Tags", "Ec2SubnetIds LaunchProfileProtocolVersions Name StreamConfiguration StudioComponentIds StudioId"],
  "AWS::NimbleStudio::StreamingImage": ["EncryptionConfiguration EncryptionConfiguration.KeyArn EncryptionConfiguration.KeyType EulaIds Owner Platform StreamingImageId", "Description Ec2ImageId Name StudioId Tags", "Ec2ImageId Name StudioId"],
  "AWS::NimbleStudio::Studio": ["HomeRegion SsoClientId StudioId StudioUrl", "AdminRoleArn DisplayName StudioEncryptionConfiguration StudioName Tags UserRoleArn", "AdminRoleArn DisplayName StudioName UserRoleArn"],
  "AWS::NimbleStudio::StudioComponent": ["StudioComponentId", "Configuration Description Ec2SecurityGroupIds InitializationScripts Name ScriptParameters StudioId Subtype Tags Type", "Name StudioId Type"],
  "AWS::Notifications::ChannelAssociation": ["", "Arn NotificationConfigurationArn", "Arn NotificationConfigurationArn"],
  "AWS::Notifications::EventRule": ["Arn CreationTime ManagedRules StatusSummaryByRegion", "EventPattern EventType NotificationConfigurationArn Regions Source", "EventType NotificationConfigurationArn Regions Source"],
  "AWS::Notifications::ManagedNotificationAccountContactAssociation": ["", "ContactIdentifier IsSensitiveEventsSubscribed ManagedNotificationConfigurationArn", "ContactIdentifier ManagedNotificationConfigurationArn"],
  "AWS::Notifications::ManagedNotificationAdditionalChannelAssociation": ["", "ChannelArn IsSensitiveEventsSubscribed ManagedNotificationConfigurationArn", "ChannelArn ManagedNotificationConfigurationArn"],
  "AWS::Notifications::NotificationConfiguration": ["Arn CreationTime Status", "AggregationDuration Description Name Tags", "Description Name"],
  "AWS::Notifications::NotificationHub": ["CreationTime NotificationHubStatusSummary", "Region", "Region"],
  "AWS::Notifications::OrganizationalUnitAssociation": ["", "NotificationConfigurationArn OrganizationalUnitId", "NotificationConfigurationArn OrganizationalUnitId"],
  "AWS::NotificationsContacts::EmailContact": ["Arn EmailContact EmailContact.Address EmailContact.Arn EmailContact.CreationTime EmailContact.Name EmailContact.Status EmailContact.UpdateTime", "EmailAddress Name Tags", "EmailAddress Name"],
  "AWS::NovaAct::WorkflowDefinition": ["Arn CreatedAt Status", "Description ExportConfig Name", "Name"],
  "AWS::ODB::CloudAutonomousVmCluster": ["AutonomousDataStoragePercentage AvailableAutonomousDataStorageSizeInTBs AvailableContainerDatabases AvailableCpus CloudAutonomousVmClusterArn CloudAutonomousVmClusterId ComputeModel CpuCoreCount CpuPercentage DataStorageSizeInGBs DataStorageSizeInTBs DbNodeStorageSizeInGBs Domain ExadataStorageInTBsLowestScaledValue Hostname MaxAcdsLowestScaledValue MemorySizeInGBs NodeCount NonProvisionableAutonomousContainerDatabases OciResourceAnchorName OciUrl Ocid ProvisionableAutonomousContainerDatabases ProvisionedAutonomousContainerDatabases ProvisionedCpus ReclaimableCpus ReservedCpus Shape", "AutonomousDataStorageSizeInTBs CloudExadataInfrastructureId CpuCoreCountPerNode DbServers Description DisplayName IamRoles IsMtlsEnabledVmCluster LicenseModel MaintenanceWindow MemoryPerOracleComputeUnitInGBs OdbNetworkId ScanListenerPortNonTls ScanListenerPortTls Tags TimeZone TotalContainerDatabases", ""],
  "AWS::ODB::CloudExadataInfrastructure": ["ActivatedStorageCount AdditionalStorageCount AvailableStorageSizeInGBs CloudExadataInfrastructureArn CloudExadataInfrastructureId ComputeModel CpuCount DataStorageSizeInTBs DbNodeStorageSizeInGBs DbServerIds DbServerVersion MaxCpuCount MaxDataStorageInTBs MaxDbNodeStorageSizeInGBs MaxMemoryInGBs MemorySizeInGBs OciResourceAnchorName OciUrl Ocid StorageServerVersion TotalStorageSizeInGBs", "AvailabilityZone AvailabilityZoneId ComputeCount CustomerContactsToSendToOCI DatabaseServerType DisplayName MaintenanceWindow Shape StorageCount StorageServerType Tags", ""],
  "AWS::ODB::CloudVmCluster": ["CloudVmClusterArn CloudVmClusterId ComputeModel DiskRedundancy Domain ListenerPort NodeCount OciResourceAnchorName OciUrl Ocid ScanDnsName ScanIpIds Shape StorageSizeInGBs VipIds", "CloudExadataInfrastructureId ClusterName CpuCoreCount DataCollectionOptions DataStorageSizeInTBs DbNodeStorageSizeInGBs DbNodes DbServers DisplayName GiVersion Hostname IamRoles IsLocalBackupEnabled IsSparseDiskgroupEnabled LicenseModel MemorySizeInGBs OdbNetworkId ScanListenerPortTcp SshPublicKeys SystemVersion Tags TimeZone", ""],
  "AWS::ODB::OdbNetwork": ["Ec2PlacementGroupIds ManagedServices OciNetworkAnchorId OciResourceAnchorName OciVcnUrl OdbNetworkArn OdbNetworkId", "AvailabilityZone AvailabilityZoneId BackupSubnetCidr ClientSubnetCidr CrossRegionS3RestoreSources CustomDomainName DefaultDnsPrefix DeleteAssociatedResources DisplayName KmsAccess KmsPolicyDocument S3Access S3PolicyDocument StsAccess StsPolicyDocument Tags ZeroEtlAccess", ""],
  "AWS::ODB::OdbPeeringConnection": ["OdbNetworkArn OdbPeeringConnectionArn OdbPeeringConnectionId PeerNetworkArn PeerNetworkCidrs", "AdditionalPeerNetworkCidrs DisplayName OdbNetworkId PeerNetworkId PeerNetworkRouteTableIds Tags", ""],
  "AWS::OSIS::Pipeline": ["IngestEndpointUrls PipelineArn VpcEndpointService VpcEndpoints", "BufferOptions EncryptionAtRestOptions LogPublishingOptions MaxUnits MinUnits PipelineConfigurationBody PipelineName PipelineRoleArn ResourcePolicy Tags VpcOptions", "MaxUnits MinUnits PipelineConfigurationBody PipelineName"],
  "AWS::Oam::Link": ["Arn Label", "LabelTemplate LinkConfiguration ResourceTypes SinkIdentifier Tags", "ResourceTypes SinkIdentifier"],
  "AWS::Oam::Sink": ["Arn", "Name Policy Tags", "Name"],
  "AWS::ObservabilityAdmin::OrganizationCentralizationRule": ["RuleArn", "Rule RuleName Tags", "Rule RuleName"],
  "AWS::ObservabilityAdmin::OrganizationTelemetryRule": ["RegionStatuses RuleArn", "Rule RuleName Tags", "Rule RuleName"],
  "AWS::ObservabilityAdmin::S3TableIntegration": ["Arn", "Encryption LogSources RoleArn Tags", "Encryption RoleArn"],
  "AWS::ObservabilityAdmin::TelemetryEnrichment": ["Status", "Scope", "Scope"],
  "AWS::ObservabilityAdmin::TelemetryPipelines": ["Arn Pipeline PipelineIdentifier Status StatusReason", "Configuration Name Tags", "Configuration"],
  "AWS::ObservabilityAdmin::TelemetryRule": ["RegionStatuses RuleArn", "Rule RuleName Tags", "Rule RuleName"],
  "AWS::Omics::AnnotationStore": ["CreationTime Id Status StatusMessage StoreArn StoreSizeBytes UpdateTime", "Description Name Reference SseConfig StoreFormat StoreOptions Tags", "Name StoreFormat"],
  "AWS::Omics::Configuration": ["Arn CreationTime Status Uuid", "Description Name RunConfigurations Tags", "Name RunConfigurations"],
  "AWS::Omics::ReferenceStore": ["Arn CreationTime ReferenceStoreId", "Description Name SseConfig Tags", "Name"],
  "AWS::Omics::RunCache": ["Arn CreationTime Id Status", "CacheBehavior CacheBucketOwnerId CacheS3Location Description Name Tags", ""],
  "AWS::Omics::RunGroup": ["Arn CreationTime Id", "MaxCpus MaxDuration MaxGpus MaxRuns Name Tags", ""],
  "AWS::Omics::SequenceStore": ["Arn CreationTime S3AccessPointArn S3Uri SequenceStoreId Status StatusMessage UpdateTime", "AccessLogLocation Description ETagAlgorithmFamily FallbackLocation Name PropagatedSetLevelTags S3AccessPolicy SseConfig Tags", "Name"],
  "AWS::Omics::VariantStore": ["CreationTime Id Status StatusMessage StoreArn StoreSizeBytes UpdateTime", "Description Name Reference SseConfig Tags", "Name Reference"],
  "AWS::Omics::Workflow": ["Arn CreationTime Id Status Type Uuid", "Accelerators ContainerRegistryMap ContainerRegistryMapUri DefinitionRepository DefinitionUri Description Engine Main Name ParameterTemplate ParameterTemplatePath StorageCapacity StorageType Tags WorkflowBucketOwnerId readmeMarkdown readmePath readmeUri", ""],
  "AWS::Omics::WorkflowVersion": ["Arn CreationTime Status Type Uuid", "Accelerators ContainerRegistryMap ContainerRegistryMapUri DefinitionRepository DefinitionUri Description Engine Main ParameterTemplate ParameterTemplatePath StorageCapacity StorageType Tags VersionName WorkflowBucketOwnerId WorkflowId readmeMarkdown readmePath readmeUri", "VersionName WorkflowId"],
  "AWS::OpenSearch::DataSource": ["Arn Status", "DataSourceType Description DomainName Name", "DataSourceType DomainName Name"],
  "AWS::OpenSearchServerless::AccessPolicy": ["", "Description Name Policy Type", "Name Policy Type"],
  "AWS::OpenSearchServerless::Collection": ["Arn CollectionEndpoint DashboardEndpoint FipsEndpoints Id KmsKeyArn", "CollectionGroupName DeletionProtection Description EncryptionConfig Name StandbyReplicas Tags Type VectorOptions", "Name"],
  "AWS::OpenSearchServerless::CollectionGroup": ["Arn Id", "CapacityLimits Description Generation Name StandbyReplicas Tags", "Name StandbyReplicas"],
  "AWS::OpenSearchServerless::CollectionIndex": ["", "Id IndexName IndexSchema", "Id IndexName"],
  "AWS::OpenSearchServerless::Index": ["Uuid", "CollectionEndpoint IndexName Mappings Settings", "CollectionEndpoint IndexName"],
  "AWS::OpenSearchServerless::LifecyclePolicy": ["", "Description Name Policy Type", "Name Policy Type"],
  "AWS::OpenSearchServerless::SecurityConfig": ["IamIdentityCenterOptions.ApplicationArn IamIdentityCenterOptions.ApplicationDescription IamIdentityCenterOptions.ApplicationName Id", "Description IamFederationOptions IamIdentityCenterOptions Name SamlOptions Type", ""],
  "AWS::OpenSearchServerless::SecurityPolicy": ["", "Description Name Policy Type", "Name Policy Type"],
  "AWS::OpenSearchServerless::VpcEndpoint": ["Id", "Name SecurityGroupIds SubnetIds VpcId", "Name SubnetIds VpcId"],
  "AWS::OpenSearchService::Application": ["Arn Id", "AppConfigs DataSources Endpoint IamIdentityCenterOptions KmsKeyArn Name Tags", "Name"],
  "AWS::OpenSearchService::Domain": ["AdvancedSecurityOptions.AnonymousAuthDisableDate Arn DomainEndpoint DomainEndpointV2 DomainEndpoints Id IdentityCenterOptions.IdentityCenterApplicationARN IdentityCenterOptions.IdentityStoreId ServiceSoftwareOptions ServiceSoftwareOptions.AutomatedUpdateDate ServiceSoftwareOptions.Cancellable ServiceSoftwareOptions.CurrentVersion ServiceSoftwareOptions.Description ServiceSoftwareOptions.NewVersion ServiceSoftwareOptions.OptionalDeployment ServiceSoftwareOptions.UpdateAvailable ServiceSoftwareOptions.UpdateStatus", "AIMLOptions AccessPolicies AdvancedOptions AdvancedSecurityOptions AutomatedSnapshotPauseOptions ClusterConfig CognitoOptions DeploymentStrategyOptions DomainArn DomainEndpointOptions DomainName EBSOptions EncryptionAtRestOptions EngineMode EngineVersion IPAddressType IdentityCenterOptions LogPublishingOptions NodeToNodeEncryptionOptions OffPeakWindowOptions SkipShardMigrationWait SnapshotOptions SoftwareUpdateOptions Tags UseCase VPCOptions", ""],
  "AWS::OpsWorks::App": ["", "AppSource Attributes DataSources Description Domains EnableSsl Environment Name Shortname SslConfiguration StackId Type", "Name StackId Type"],
  "AWS::OpsWorks::ElasticLoadBalancerAttachment": ["", "ElasticLoadBalancerName LayerId", "ElasticLoadBalancerName LayerId"],
  "AWS::OpsWorks::Instance": ["AvailabilityZone PrivateDnsName PrivateIp PublicDnsName PublicIp", "AgentVersion AmiId Architecture AutoScalingType AvailabilityZone BlockDeviceMappings EbsOptimized ElasticIps Hostname InstallUpdatesOnBoot InstanceType LayerIds Os RootDeviceType SshKeyName StackId SubnetId Tenancy TimeBasedAutoScaling VirtualizationType Volumes", "InstanceType LayerIds StackId"],
  "AWS::OpsWorks::Layer": ["", "Attributes AutoAssignElasticIps AutoAssignPublicIps CustomInstanceProfileArn CustomJson CustomRecipes CustomSecurityGroupIds EnableAutoHealing InstallUpdatesOnBoot LifecycleEventConfiguration LoadBasedAutoScaling Name Packages Shortname StackId Tags Type UseEbsOptimizedInstances VolumeConfigurations", "AutoAssignElasticIps AutoAssignPublicIps EnableAutoHealing Name Shortname StackId Type"],
  "AWS::OpsWorks::Stack": ["", "AgentVersion Attributes ChefConfiguration CloneAppIds ClonePermissions ConfigurationManager CustomCookbooksSource CustomJson DefaultAvailabilityZone DefaultInstanceProfileArn DefaultOs DefaultRootDeviceType DefaultSshKeyName DefaultSubnetId EcsClusterArn ElasticIps HostnameTheme Name RdsDbInstances ServiceRoleArn SourceStackId Tags UseCustomCookbooks UseOpsworksSecurityGroups VpcId", "DefaultInstanceProfileArn Name ServiceRoleArn"],
  "AWS::OpsWorks::UserProfile": ["SshUsername", "AllowSelfManagement IamUserArn SshPublicKey SshUsername", "IamUserArn"],
  "AWS::OpsWorks::Volume": ["", "Ec2VolumeId MountPoint Name StackId", "Ec2VolumeId StackId"],
  "AWS::OpsWorksCM::Server": ["Arn Endpoint ServerName", "AssociatePublicIpAddress BackupId BackupRetentionCount CustomCertificate CustomDomain CustomPrivateKey DisableAutomatedBackup Engine EngineAttributes EngineModel EngineVersion InstanceProfileArn InstanceType KeyPair PreferredBackupWindow PreferredMaintenanceWindow SecurityGroupIds ServiceRoleArn SubnetIds Tags", "InstanceProfileArn InstanceType ServiceRoleArn"],
  "AWS::Organizations::Account": ["AccountId Arn JoinedMethod JoinedTimestamp Paths State Status", "AccountName Email ParentIds RoleName Tags", "AccountName Email"],
  "AWS::Organizations::Organization": ["Arn Id ManagementAccountArn ManagementAccountEmail ManagementAccountId RootId", "FeatureSet", ""],
  "AWS::Organizations::OrganizationalUnit": ["Arn Id Path", "Name ParentId Tags", "Name ParentId"],
  "AWS::Organizations::Policy": ["Arn AwsManaged Id", "Content Description Name Tags TargetIds Type", "Content Name Type"],
  "AWS::Organizations::ResourcePolicy": ["Arn Id", "Content Tags", "Content"],
  "AWS::Outposts::Outpost": ["LifeCycleStatus OutpostArn OutpostId OwnerId SiteArn", "AvailabilityZone AvailabilityZoneId Description Name SiteId SupportedHardwareType Tags", "Name SiteId"],
  "AWS::Outposts::Site": ["SiteArn SiteId", "Description Name Notes OperatingAddress RackPhysicalProperties ShippingAddress Tags", "Name"],
  "AWS::PCAConnectorAD::Connector": ["ConnectorArn", "CertificateAuthorityArn DirectoryId Tags VpcInformation", "CertificateAuthorityArn DirectoryId VpcInformation"],
  "AWS::PCAConnectorAD::DirectoryRegistration": ["DirectoryRegistrationArn", "DirectoryId Tags", "DirectoryId"],
  "AWS::PCAConnectorAD::ServicePrincipalName": ["", "ConnectorArn DirectoryRegistrationArn", "ConnectorArn DirectoryRegistrationArn"],
  "AWS::PCAConnectorAD::Template": ["TemplateArn", "ConnectorArn Definition Name ReenrollAllCertificateHolders Tags", "ConnectorArn Definition Name"],
  "AWS::PCAConnectorAD::TemplateGroupAccessControlEntry": ["", "AccessRights GroupDisplayName GroupSecurityIdentifier TemplateArn", "AccessRights GroupDisplayName GroupSecurityIdentifier TemplateArn"],
  "AWS::PCAConnectorSCEP::Challenge": ["ChallengeArn", "ConnectorArn Tags", "ConnectorArn"],
  "AWS::PCAConnectorSCEP::Connector": ["ConnectorArn Endpoint OpenIdConfiguration Type", "CertificateAuthorityArn MobileDeviceManagement Tags VpcEndpointId", "CertificateAuthorityArn"],
  "AWS::PCS::Cluster": ["Arn Endpoints ErrorInfo Id Status", "Name Networking Scheduler Size SlurmConfiguration Tags", "Networking Scheduler Size"],
  "AWS::PCS::ComputeNodeGroup": ["Arn ErrorInfo Id Status", "AmiId ClusterId CustomLaunchTemplate IamInstanceProfileArn InstanceConfigs Name NodeLifecycleActions PurchaseOption ScalingConfiguration SlurmConfiguration SpotOptions SubnetIds Tags", "ClusterId CustomLaunchTemplate IamInstanceProfileArn InstanceConfigs ScalingConfiguration SubnetIds"],
  "AWS::PCS::Queue": ["Arn ErrorInfo Id Status", "ClusterId ComputeNodeGroupConfigurations Name SlurmConfiguration Tags", "ClusterId"],
  "AWS::PI::PerfReports": ["AnalysisReportId Arn CreateTime Status", "EndTime Identifier ServiceType StartTime Tags", "EndTime Identifier ServiceType StartTime"],
  "AWS::Panorama::ApplicationInstance": ["ApplicationInstanceId Arn CreatedTime DefaultRuntimeContextDeviceName HealthStatus LastUpdatedTime Status StatusDescription", "ApplicationInstanceIdToReplace DefaultRuntimeContextDevice Description ManifestOverridesPayload ManifestPayload Name RuntimeRoleArn Tags", "DefaultRuntimeContextDevice ManifestPayload"],
  "AWS::Panorama::Package": ["Arn CreatedTime PackageId StorageLocation.BinaryPrefixLocation StorageLocation.Bucket StorageLocation.GeneratedPrefixLocation StorageLocation.ManifestPrefixLocation StorageLocation.RepoPrefixLocation", "PackageName StorageLocation Tags", "PackageName"],
  "AWS::Panorama::PackageVersion": ["IsLatestPatch PackageArn PackageName RegisteredTime Status StatusDescription", "MarkLatest OwnerAccount PackageId PackageVersion PatchVersion UpdatedLatestPatchVersion", "PackageId PackageVersion PatchVersion"],
  "AWS::PaymentCryptography::Alias": ["", "AliasName KeyArn", "AliasName"],
  "AWS::PaymentCryptography::Key": ["KeyIdentifier KeyOrigin KeyState ReplicationStatus", "DeriveKeyUsage Enabled Exportable KeyAttributes KeyCheckValueAlgorithm Policy ReplicationRegions Tags", "Exportable KeyAttributes"],
  "AWS::Personalize::Dataset": ["DatasetArn", "DatasetGroupArn DatasetImportJob DatasetType Name SchemaArn Tags", "DatasetGroupArn DatasetType Name SchemaArn"],
  "AWS::Personalize::DatasetGroup": ["DatasetGroupArn", "Domain KmsKeyArn Name RoleArn Tags", "Name"],
  "AWS::Personalize::EventTracker": ["EventTrackerArn TrackingId", "DatasetGroupArn Name Tags", "DatasetGroupArn Name"],
  "AWS::Personalize::Filter": ["CreationDateTime FilterArn LastUpdatedDateTime Status", "DatasetGroupArn FilterExpression Name Tags", "DatasetGroupArn FilterExpression Name"],
  "AWS::Personalize::MetricAttribution": ["MetricAttributionArn Status", "DatasetGroupArn Metrics MetricsOutputConfig Name", "DatasetGroupArn Metrics MetricsOutputConfig Name"],
  "AWS::Personalize::Schema": ["SchemaArn", "Domain Name Schema Tags", "Name Schema"],
  "AWS::Personalize::Solution": ["SolutionArn", "DatasetGroupArn EventType Name PerformAutoML PerformHPO RecipeArn SolutionConfig Tags", "DatasetGroupArn Name"],
  "AWS::Pinpoint::ADMChannel": ["Id", "ApplicationId ClientId ClientSecret Enabled", "ApplicationId ClientId ClientSecret"],
  "AWS::Pinpoint::APNSChannel": ["Id", "ApplicationId BundleId Certificate DefaultAuthenticationMethod Enabled PrivateKey TeamId TokenKey TokenKeyId", "ApplicationId"],
  "AWS::Pinpoint::APNSSandboxChannel": ["Id", "ApplicationId BundleId Certificate DefaultAuthenticationMethod Enabled PrivateKey TeamId TokenKey TokenKeyId", "ApplicationId"],
  "AWS::Pinpoint::APNSVoipChannel": ["Id", "ApplicationId BundleId Certificate DefaultAuthenticationMethod Enabled PrivateKey TeamId TokenKey TokenKeyId", "ApplicationId"],
  "AWS::Pinpoint::APNSVoipSandboxChannel": ["Id", "ApplicationId BundleId Certificate DefaultAuthenticationMethod Enabled PrivateKey TeamId TokenKey TokenKeyId", "ApplicationId"],
  "AWS::Pinpoint::App": ["Arn Id", "Name Tags", "Name"],
  "AWS::Pinpoint::ApplicationSettings": ["Id", "ApplicationId CampaignHook CloudWatchMetricsEnabled Limits QuietTime", "ApplicationId"],
  "AWS::Pinpoint::BaiduChannel": ["Id", "ApiKey ApplicationId Enabled SecretKey", "ApiKey ApplicationId SecretKey"],
  "AWS::Pinpoint::Campaign": ["Arn CampaignId", "AdditionalTreatments ApplicationId CampaignHook CustomDeliveryConfiguration Description HoldoutPercent IsPaused Limits MessageConfiguration Name Priority Schedule SegmentId SegmentVersion Tags TemplateConfiguration TreatmentDescription TreatmentName", "ApplicationId Name Schedule SegmentId"],
  "AWS::Pinpoint::EmailChannel": ["Id", "ApplicationId ConfigurationSet Enabled FromAddress Identity OrchestrationSendingRoleArn RoleArn", "ApplicationId FromAddress Identity"],
  "AWS::Pinpoint::EmailTemplate": ["Arn Id", "DefaultSubstitutions HtmlPart Subject Tags TemplateDescription TemplateName TextPart", "Subject TemplateName"],
  "AWS::Pinpoint::EventStream": ["Id", "ApplicationId DestinationStreamArn RoleArn", "ApplicationId DestinationStreamArn RoleArn"],
  "AWS::Pinpoint::GCMChannel": ["Id", "ApiKey ApplicationId DefaultAuthenticationMethod Enabled ServiceJson", "ApplicationId"],
  "AWS::Pinpoint::InAppTemplate": ["Arn", "Content CustomConfig Layout Tags TemplateDescription TemplateName", "TemplateName"],
  "AWS::Pinpoint::PushTemplate": ["Arn Id", "ADM APNS Baidu Default DefaultSubstitutions GCM Tags TemplateDescription TemplateName", "TemplateName"],
  "AWS::Pinpoint::SMSChannel": ["Id", "ApplicationId Enabled SenderId ShortCode", "ApplicationId"],
  "AWS::Pinpoint::Segment": ["Arn SegmentId", "ApplicationId Dimensions Name SegmentGroups Tags", "ApplicationId Name"],
  "AWS::Pinpoint::SmsTemplate": ["Arn Id", "Body DefaultSubstitutions Tags TemplateDescription TemplateName", "Body TemplateName"],
  "AWS::Pinpoint::VoiceChannel": ["Id", "ApplicationId Enabled", "ApplicationId"],
  "AWS::PinpointEmail::ConfigurationSet": ["Id", "DeliveryOptions Name ReputationOptions SendingOptions Tags TrackingOptions", "Name"],
  "AWS::PinpointEmail::ConfigurationSetEventDestination": ["Id", "ConfigurationSetName EventDestination EventDestinationName", "ConfigurationSetName EventDestinationName"],
  "AWS::PinpointEmail::DedicatedIpPool": ["Id", "PoolName Tags", ""],
  "AWS::PinpointEmail::Identity": ["Id IdentityDNSRecordName1 IdentityDNSRecordName2 IdentityDNSRecordName3 IdentityDNSRecordValue1 IdentityDNSRecordValue2 IdentityDNSRecordValue3", "DkimSigningEnabled FeedbackForwardingEnabled MailFromAttributes Name Tags", "Name"],
  "AWS::Pipes::Pipe": ["Arn CreationTime CurrentState LastModifiedTime StateReason", "Description DesiredState Enrichment EnrichmentParameters KmsKeyIdentifier LogConfiguration Name RoleArn Source SourceParameters Tags Target TargetParameters", "RoleArn Source Target"],
  "AWS::PricingPlanManager::Subscription": ["Arn CreatedAt CurrentPlanTier Status StatusReason UpdatedAt", "PlanFamily PlanTier ResourceArns UsageLevel", "PlanFamily PlanTier ResourceArns"],
  "AWS::Proton::EnvironmentAccountConnection": ["Arn Id Status", "CodebuildRoleArn ComponentRoleArn EnvironmentAccountId EnvironmentName ManagementAccountId RoleArn Tags", ""],
  "AWS::Proton::EnvironmentTemplate": ["Arn", "Description DisplayName EncryptionKey Name Provisioning Tags", ""],
  "AWS::Proton::ServiceTemplate": ["Arn", "Description DisplayName EncryptionKey Name PipelineProvisioning Tags", ""],
  "AWS::QBusiness::Application": ["ApplicationArn ApplicationId CreatedAt IdentityCenterApplicationArn Status UpdatedAt", "AttachmentsConfiguration AutoSubscriptionConfiguration ClientIdsForOIDC Description DisplayName EncryptionConfiguration IamIdentityProviderArn IdentityCenterInstanceArn IdentityType PersonalizationConfiguration QAppsConfiguration QuickSightConfiguration RoleArn Tags", "DisplayName"],
  "AWS::QBusiness::DataAccessor": ["CreatedAt DataAccessorArn DataAccessorId IdcApplicationArn UpdatedAt", "ActionConfigurations ApplicationId AuthenticationDetail DisplayName Principal Tags", "ActionConfigurations ApplicationId DisplayName Principal"],
  "AWS::QBusiness::DataSource": ["CreatedAt DataSourceArn DataSourceId Status Type UpdatedAt", "ApplicationId Configuration Description DisplayName DocumentEnrichmentConfiguration IndexId MediaExtractionConfiguration RoleArn SyncSchedule Tags VpcConfiguration", "ApplicationId Configuration DisplayName IndexId"],
  "AWS::QBusiness::Index": ["CreatedAt IndexArn IndexId IndexStatistics Status UpdatedAt", "ApplicationId CapacityConfiguration Description DisplayName DocumentAttributeConfigurations Tags Type", "ApplicationId DisplayName"],
  "AWS::QBusiness::Permission": ["", "Actions ApplicationId Conditions Principal StatementId", "Actions ApplicationId Principal StatementId"],
  "AWS::QBusiness::Plugin": ["BuildStatus CreatedAt PluginArn PluginId UpdatedAt", "ApplicationId AuthConfiguration CustomPluginConfiguration DisplayName ServerUrl State Tags Type", "AuthConfiguration DisplayName Type"],
  "AWS::QBusiness::Retriever": ["CreatedAt RetrieverArn RetrieverId Status UpdatedAt", "ApplicationId Configuration DisplayName RoleArn Tags Type", "ApplicationId Configuration DisplayName Type"],
  "AWS::QBusiness::WebExperience": ["CreatedAt DefaultEndpoint Status UpdatedAt WebExperienceArn WebExperienceId", "ApplicationId BrowserExtensionConfiguration CustomizationConfiguration IdentityProviderConfiguration Origins RoleArn SamplePromptsControlMode Subtitle Tags Title WelcomeMessage", "ApplicationId"],
  "AWS::QLDB::Ledger": ["Id", "DeletionProtection KmsKey Name PermissionsMode Tags", "PermissionsMode"],
  "AWS::QLDB::Stream": ["Arn Id", "ExclusiveEndTime InclusiveStartTime KinesisConfiguration LedgerName RoleArn StreamName Tags", "InclusiveStartTime KinesisConfiguration LedgerName RoleArn StreamName"],
  "AWS::QuickSight::ActionConnector": ["Arn CreatedTime EnabledActions LastUpdatedTime Status", "ActionConnectorId AuthenticationConfig AwsAccountId Description Name Permissions Tags Type VpcConnectionArn", "ActionConnectorId AuthenticationConfig AwsAccountId Name Type"],
  "AWS::QuickSight::Agent": ["AgentStatus Arn CreatedAt Creator CustomPromptInterface ErrorMessage UpdatedAt", "ActionConnectors AgentId AgentLifecycle AwsAccountId CustomPromptInput Description IconId Name Spaces StarterPrompts Tags WelcomeMessage", "AgentId AwsAccountId Name"],
  "AWS::QuickSight::Analysis": ["Arn CreatedTime DataSetArns Errors LastUpdatedTime Sheets", "AnalysisId AwsAccountId Definition Errors FolderArns Name Parameters Permissions Sheets SourceEntity Status Tags ThemeArn ValidationStrategy", "AnalysisId AwsAccountId Name"],
  "AWS::QuickSight::ApprovalPolicy": ["CreatedAt PolicyArn UpdatedAt", "Actions ApplicableTo ApprovalGroups AssetTypes Description Name PolicyId", "Actions ApplicableTo ApprovalGroups AssetTypes Name PolicyId"],
  "AWS::QuickSight::CustomPermissions": ["Arn", "AwsAccountId Capabilities CustomPermissionsName Tags", "AwsAccountId CustomPermissionsName"],
  "AWS::QuickSight::Customization": ["Arn AwsAccountId", "DefaultTheme Namespace Tags", "DefaultTheme Namespace"],
  "AWS::QuickSight::DLPSetting": ["Arn CreatedAt Status UpdatedAt", "AwsAccountId DlpSettingId Enabled Name ProviderConfig ProviderOutageAction ProviderType Tags", "DlpSettingId Enabled Name ProviderConfig ProviderOutageAction ProviderType"],
  "AWS::QuickSight::Dashboard": ["Arn CreatedTime LastPublishedTime LastUpdatedTime Version Version.Arn Version.CreatedTime Version.DataSetArns Version.Description Version.Errors Version.Sheets Version.SourceEntityArn Version.Status Version.ThemeArn Version.VersionNumber", "AwsAccountId DashboardId DashboardPublishOptions Definition FolderArns LinkEntities LinkSharingConfiguration Name Parameters Permissions SourceEntity Tags ThemeArn ValidationStrategy VersionDescription", "AwsAccountId DashboardId Name"],
  "AWS::QuickSight::DataSet": ["Arn ConsumedSpiceCapacityInBytes CreatedTime LastUpdatedTime OutputColumns", "AwsAccountId ColumnGroups ColumnLevelPermissionRules DataPrepConfiguration DataSetId DataSetRefreshProperties DataSetUsageConfiguration DatasetParameters FieldFolders FolderArns ImportMode IngestionWaitPolicy LogicalTableMap Name PerformanceConfiguration Permissions PhysicalTableMap RowLevelPermissionDataSet RowLevelPermissionTagConfiguration SemanticModelConfiguration Tags UseAs", ""],
  "AWS::QuickSight::DataSource": ["Arn CreatedTime LastUpdatedTime Status", "AlternateDataSourceParameters AwsAccountId Credentials DataSourceId DataSourceParameters ErrorInfo FolderArns Name Permissions SslProperties Tags Type VpcConnectionProperties", "Name Type"],
  "AWS::QuickSight::Flow": ["Arn CreatedTime FlowId LastUpdatedTime PublishState StepAliases", "AwsAccountId Description FlowDefinition Name Permissions", "AwsAccountId FlowDefinition Name"],
  "AWS::QuickSight::Folder": ["Arn CreatedTime LastUpdatedTime", "AwsAccountId FolderId FolderType Name ParentFolderArn Permissions SharingModel Tags", ""],
  "AWS::QuickSight::KnowledgeBase": ["CreatedAt DocumentCount KnowledgeBaseArn KnowledgeBaseSizeBytes PrimaryOwnerUsername Status Type UpdatedAt", "AccessControlConfiguration AwsAccountId DataSourceArn Description IsEmailNotificationOptedForIngestionFailures KnowledgeBaseConfiguration KnowledgeBaseId MediaExtractionConfiguration Name Permissions PrimaryOwnerArn Tags", "AwsAccountId DataSourceArn KnowledgeBaseConfiguration KnowledgeBaseId Name"],
  "AWS::QuickSight::LimitsProfile": ["Arn CreatedAt ProfileId UpdatedAt", "AccountId Description ProfileName ResourceLimits", "AccountId ProfileName ResourceLimits"],
  "AWS::QuickSight::OAuthClientApplication": ["Arn CreatedTime LastUpdatedTime", "ClientId ClientSecret DataSourceType IdentityProviderVpcConnectionProperties Name OAuthAuthorizationEndpointUrl OAuthClientApplicationId OAuthClientAuthenticationType OAuthScopes OAuthTokenEndpointUrl Tags", "Name OAuthClientApplicationId OAuthClientAuthenticationType OAuthTokenEndpointUrl"],
  "AWS::QuickSight::RefreshSchedule": ["Arn", "AwsAccountId DataSetId Schedule", ""],
  "AWS::QuickSight::Space": ["Arn CreatedAt CreatedBy UpdatedAt", "AwsAccountId Description Name Permissions Resources SpaceId Tags", "AwsAccountId Name SpaceId"],
  "AWS::QuickSight::Template": ["Arn CreatedTime LastUpdatedTime Version Version.CreatedTime Version.DataSetConfigurations Version.Description Version.Errors Version.Sheets Version.SourceEntityArn Version.Status Version.ThemeArn Version.VersionNumber", "AwsAccountId Definition Name Permissions SourceEntity Tags TemplateId ValidationStrategy VersionDescription", "AwsAccountId TemplateId"],
  "AWS::QuickSight::Theme": ["Arn CreatedTime LastUpdatedTime Type Version Version.Arn Version.BaseThemeId Version.Configuration Version.Configuration.DataColorPalette Version.Configuration.Sheet Version.Configuration.Typography Version.Configuration.UIColorPalette Version.CreatedTime Version.Description Version.Errors Version.Status Version.VersionNumber", "AwsAccountId BaseThemeId Configuration Name Permissions Tags ThemeId VersionDescription", "AwsAccountId BaseThemeId Configuration Name ThemeId"],
  "AWS::QuickSight::Topic": ["Arn", "AwsAccountId ConfigOptions CustomInstructions DataSets Description FolderArns Name Tags TopicId UserExperienceVersion", ""],
  "AWS::QuickSight::TopicV2": ["Arn", "AwsAccountId CustomInstructions DataSetRelations DataSets Description FolderArns Name Permissions Tags TopicId", ""],
  "AWS::QuickSight::VPCConnection": ["Arn CreatedTime LastUpdatedTime NetworkInterfaces Status VPCId", "AvailabilityStatus AwsAccountId DnsResolvers Name RoleArn SecurityGroupIds SubnetIds Tags VPCConnectionId", ""],
  "AWS::RAM::Permission": ["Arn IsResourceTypeDefault PermissionType Version", "Name PolicyTemplate ResourceType Tags", "Name PolicyTemplate ResourceType"],
  "AWS::RAM::ResourceShare": ["Arn CreationTime FeatureSet LastUpdatedTime OwningAccountId Status", "AllowExternalPrincipals Name PermissionArns Principals ResourceArns ResourceShareConfiguration Sources Tags", "Name"],
  "AWS::RDS::ClusterSnapshot": ["AllocatedStorage AvailabilityZones ClusterCreateTime DBClusterSnapshotArn DbClusterResourceId Engine EngineMode EngineVersion IAMDatabaseAuthenticationEnabled KmsKeyId LicenseModel MasterUsername Port SnapshotCreateTime SnapshotType Status StorageEncrypted VpcId", "DBClusterIdentifier DBClusterSnapshotIdentifier Tags", "DBClusterIdentifier DBClusterSnapshotIdentifier"],
  "AWS::RDS::CustomDBEngineVersion": ["DBEngineVersionArn", "DatabaseInstallationFiles DatabaseInstallationFilesS3BucketName DatabaseInstallationFilesS3Prefix Description Engine EngineVersion ImageId KMSKeyId Manifest SourceCustomDbEngineVersionIdentifier Status Tags UseAwsProvidedLatestImage", "Engine EngineVersion"],
  "AWS::RDS::DBCluster": ["DBClusterArn DBClusterResourceId Endpoint Endpoint.Address Endpoint.Port MasterUserSecret.SecretArn ReadEndpoint ReadEndpoint.Address StorageEncryptionType StorageThroughput", "AllocatedStorage AssociatedRoles AutoMinorVersionUpgrade AvailabilityZones BacktrackWindow BackupRetentionPeriod ClusterScalabilityType CopyTagsToSnapshot DBClusterIdentifier DBClusterInstanceClass DBClusterParameterGroupName DBInstanceParameterGroupName DBSubnetGroupName DBSystemId DatabaseInsightsMode DatabaseName DeleteAutomatedBackups DeletionProtection Domain DomainIAMRoleName EnableCloudwatchLogsExports EnableGlobalWriteForwarding EnableHttpEndpoint EnableIAMDatabaseAuthentication EnableLocalWriteForwarding Engine EngineLifecycleSupport EngineMode EngineVersion GlobalClusterIdentifier Iops KmsKeyId ManageMasterUserPassword MasterUserAuthenticationType MasterUserPassword MasterUserSecret MasterUsername MonitoringInterval MonitoringRoleArn NetworkType PerformanceInsightsEnabled PerformanceInsightsKmsKeyId PerformanceInsightsRetentionPeriod Port PreferredBackupWindow PreferredMaintenanceWindow PubliclyAccessible ReplicationSourceIdentifier RestoreToTime RestoreType ScalingConfiguration ServerlessV2ScalingConfiguration SnapshotIdentifier SourceDBClusterIdentifier SourceDbClusterResourceId SourceRegion StorageEncrypted StorageType Tags UseLatestRestorableTime VpcSecurityGroupIds", ""],
  "AWS::RDS::DBClusterParameterGroup": ["", "DBClusterParameterGroupName Description Family Parameters Tags", "Description Family Parameters"],
  "AWS::RDS::DBInstance": ["AutomaticRestartTime CertificateDetails CertificateDetails.CAIdentifier CertificateDetails.ValidTill DBInstanceArn DBInstanceStatus DBSystemId DbiResourceId Endpoint Endpoint.Address Endpoint.HostedZoneId Endpoint.Port InstanceCreateTime IsStorageConfigUpgradeAvailable LatestRestorableTime ListenerEndpoint ListenerEndpoint.Address ListenerEndpoint.HostedZoneId ListenerEndpoint.Port MasterUserSecret.SecretArn PercentProgress ReadReplicaDBClusterIdentifiers ReadReplicaDBInstanceIdentifiers ResumeFullAutomationModeTime SecondaryAvailabilityZone StatusInfos StorageOperationPercentProgress StorageOperationStatus", "AdditionalStorageVolumes AllocatedStorage AllowMajorVersionUpgrade ApplyImmediately AssociatedRoles AutoMinorVersionUpgrade AutomaticBackupReplicationKmsKeyId AutomaticBackupReplicationRegion AutomaticBackupReplicationRetentionPeriod AvailabilityZone BackupRetentionPeriod BackupTarget CACertificateIdentifier CertificateRotationRestart CharacterSetName CopyTagsToSnapshot CustomIAMInstanceProfile DBClusterIdentifier DBClusterSnapshotIdentifier DBInstanceClass DBInstanceIdentifier DBName DBParameterGroupName DBSecurityGroups DBSnapshotIdentifier DBSubnetGroupName DBSystemId DatabaseInsightsMode DedicatedLogVolume DeleteAutomatedBackups DeletionProtection Domain DomainAuthSecretArn DomainDnsIps DomainFqdn DomainIAMRoleName DomainOu EnableCloudwatchLogsExports EnableIAMDatabaseAuthentication EnablePerformanceInsights Engine EngineLifecycleSupport EngineVersion Iops KmsKeyId LicenseModel ManageMasterUserPassword MasterUserAuthenticationType MasterUserPassword MasterUserSecret MasterUsername MaxAllocatedStorage MonitoringInterval MonitoringRoleArn MultiAZ NcharCharacterSetName NetworkType OptionGroupName PerformanceInsightsKMSKeyId PerformanceInsightsRetentionPeriod Port PreferredBackupWindow PreferredMaintenanceWindow ProcessorFeatures PromotionTier PubliclyAccessible ReplicaMode RestoreTime SourceDBClusterIdentifier SourceDBInstanceAutomatedBackupsArn SourceDBInstanceIdentifier SourceDbiResourceId SourceRegion StorageEncrypted StorageThroughput StorageType Tags TdeCredentialArn TdeCredentialPassword Timezone UseDefaultProcessorFeatures UseLatestRestorableTime VPCSecurityGroups", ""],
  "AWS::RDS::DBParameterGroup": ["DBParameterGroupArn DBParameterGroupName", "DBParameterGroupName Description Family Parameters Tags", "Description Family"],
  "AWS::RDS::DBProxy": ["DBProxyArn Endpoint VpcId", "Auth DBProxyName DebugLogging DefaultAuthScheme EndpointNetworkType EngineFamily IdleClientTimeout RequireTLS RoleArn Tags TargetConnectionNetworkType VpcSecurityGroupIds VpcSubnetIds", "DBProxyName EngineFamily RoleArn VpcSubnetIds"],
  "AWS::RDS::DBProxyEndpoint": ["DBProxyEndpointArn Endpoint IsDefault VpcId", "DBProxyEndpointName DBProxyName EndpointNetworkType Tags TargetRole VpcSecurityGroupIds VpcSubnetIds", "DBProxyEndpointName DBProxyName VpcSubnetIds"],
  "AWS::RDS::DBProxyTargetGroup": ["TargetGroupArn", "ConnectionPoolConfigurationInfo DBClusterIdentifiers DBInstanceIdentifiers DBProxyName TargetGroupName", "DBProxyName TargetGroupName"],
  "AWS::RDS::DBSecurityGroup": ["Id", "DBSecurityGroupIngress EC2VpcId GroupDescription Tags", "DBSecurityGroupIngress GroupDescription"],
  "AWS::RDS::DBSecurityGroupIngress": ["Id", "CIDRIP DBSecurityGroupName EC2SecurityGroupId EC2SecurityGroupName EC2SecurityGroupOwnerId", "DBSecurityGroupName"],
  "AWS::RDS::DBShardGroup": ["DBShardGroupResourceId Endpoint", "ComputeRedundancy DBClusterIdentifier DBShardGroupIdentifier MaxACU MinACU PubliclyAccessible Tags", "DBClusterIdentifier MaxACU"],
  "AWS::RDS::DBSnapshot": ["AllocatedStorage AvailabilityZone DBSnapshotArn DbiResourceId Encrypted Engine EngineVersion IAMDatabaseAuthenticationEnabled InstanceCreateTime Iops KmsKeyId LicenseModel MasterUsername OptionGroupName OriginalSnapshotCreateTime Port SnapshotCreateTime SnapshotType Status StorageThroughput StorageType VpcId", "DBInstanceIdentifier DBSnapshotIdentifier Tags", "DBInstanceIdentifier DBSnapshotIdentifier"],
  "AWS::RDS::DBSubnetGroup": ["DBSubnetGroupArn", "DBSubnetGroupDescription DBSubnetGroupName SubnetIds Tags", "DBSubnetGroupDescription SubnetIds"],
  "AWS::RDS::EventSubscription": ["", "Enabled EventCategories SnsTopicArn SourceIds SourceType SubscriptionName Tags", "SnsTopicArn"],
  "AWS::RDS::GlobalCluster": ["GlobalEndpoint", "DeletionProtection Engine EngineLifecycleSupport EngineVersion GlobalClusterIdentifier SourceDBClusterIdentifier StorageEncrypted Tags", ""],
  "AWS::RDS::Integration": ["CreateTime IntegrationArn", "AdditionalEncryptionContext DataFilter Description IntegrationName KMSKeyId SourceArn Tags TargetArn", "SourceArn TargetArn"],
  "AWS::RDS::OptionGroup": ["", "EngineName MajorEngineVersion OptionConfigurations OptionGroupDescription OptionGroupName Tags", "EngineName MajorEngineVersion OptionGroupDescription"],
  "AWS::RTBFabric::InboundExternalLink": ["Arn CreatedTimestamp DomainName LinkId LinkStatus UpdatedTimestamp", "GatewayId LinkAttributes LinkLogSettings Tags", "GatewayId LinkLogSettings"],
  "AWS::RTBFabric::Link": ["Arn CreatedTimestamp LinkDirection LinkId LinkStatus UpdatedTimestamp", "GatewayId HttpResponderAllowed LinkAttributes LinkLogSettings ModuleConfigurationList PeerGatewayId Tags", "GatewayId LinkLogSettings PeerGatewayId"],
  "AWS::RTBFabric::LinkRoutingRule": ["Arn CreatedTimestamp RuleId Status UpdatedTimestamp", "Conditions GatewayId LinkId Priority Tags", "Conditions GatewayId LinkId Priority"],
  "AWS::RTBFabric::OutboundExternalLink": ["Arn CreatedTimestamp LinkId LinkStatus UpdatedTimestamp", "GatewayId LinkAttributes LinkLogSettings PublicEndpoint Tags", "GatewayId LinkLogSettings PublicEndpoint"],
  "AWS::RTBFabric::RequesterGateway": ["ActiveLinksCount Arn CreatedTimestamp DomainName GatewayId RequesterGatewayStatus TotalLinksCount UpdatedTimestamp", "Description SecurityGroupIds SubnetIds Tags VpcId", "SecurityGroupIds SubnetIds VpcId"],
  "AWS::RTBFabric::ResponderGateway": ["Arn CertificateAssociationStatus CreatedTimestamp ExternalInboundEndpoint GatewayId ResponderGatewayStatus UpdatedTimestamp", "AcmCertificateArn Description DomainName GatewayType ListenerConfig ManagedEndpointConfiguration Port Protocol SecurityGroupIds SubnetIds Tags TrustStoreConfiguration VpcId", "Port Protocol SecurityGroupIds SubnetIds VpcId"],
  "AWS::RUM::AppMonitor": ["Id", "AppMonitorConfiguration CustomEvents CwLogEnabled DeobfuscationConfiguration Domain DomainList Name Platform ResourcePolicy Tags", "Name"],
  "AWS::Rbin::Rule": ["Arn Identifier LockState", "Description ExcludeResourceTags LockConfiguration ResourceTags ResourceType RetentionPeriod Status Tags", "ResourceType RetentionPeriod"],
  "AWS::Redshift::Cluster": ["ClusterNamespaceArn DeferMaintenanceIdentifier Endpoint.Address Endpoint.Port Id MasterPasswordSecretArn", "AllowVersionUpgrade AquaConfigurationStatus AutomatedSnapshotRetentionPeriod AvailabilityZone AvailabilityZoneRelocation AvailabilityZoneRelocationStatus Classic ClusterIdentifier ClusterParameterGroupName ClusterSecurityGroups ClusterSubnetGroupName ClusterType ClusterVersion DBName DeferMaintenance DeferMaintenanceDuration DeferMaintenanceEndTime DeferMaintenanceStartTime DestinationRegion ElasticIp Encrypted Endpoint EnhancedVpcRouting HsmClientCertificateIdentifier HsmConfigurationIdentifier IamRoles KmsKeyId LoggingProperties MaintenanceTrackName ManageMasterPassword ManualSnapshotRetentionPeriod MasterPasswordSecretKmsKeyId MasterUserPassword MasterUsername MultiAZ NamespaceResourcePolicy NodeType NumberOfNodes OwnerAccount Port PreferredMaintenanceWindow PubliclyAccessible ResourceAction RevisionTarget RotateEncryptionKey SnapshotClusterIdentifier SnapshotCopyGrantName SnapshotCopyManual SnapshotCopyRetentionPeriod SnapshotIdentifier Tags VpcSecurityGroupIds", "ClusterType DBName MasterUsername NodeType"],
  "AWS::Redshift::ClusterParameterGroup": ["", "Description ParameterGroupFamily ParameterGroupName Parameters Tags", "Description ParameterGroupFamily"],
  "AWS::Redshift::ClusterSecurityGroup": ["Id", "Description Tags", "Description"],
  "AWS::Redshift::ClusterSecurityGroupIngress": ["Id", "CIDRIP ClusterSecurityGroupName EC2SecurityGroupName EC2SecurityGroupOwnerId", "ClusterSecurityGroupName"],
  "AWS::Redshift::ClusterSubnetGroup": ["ClusterSubnetGroupName", "Description SubnetIds Tags", "Description SubnetIds"],
  "AWS::Redshift::EndpointAccess": ["Address EndpointCreateTime EndpointStatus Port VpcEndpoint VpcEndpoint.NetworkInterfaces VpcEndpoint.VpcEndpointId VpcEndpoint.VpcId VpcSecurityGroups", "ClusterIdentifier EndpointName ResourceOwner SubnetGroupName VpcSecurityGroupIds", "ClusterIdentifier EndpointName SubnetGroupName VpcSecurityGroupIds"],
  "AWS::Redshift::EndpointAuthorization": ["AllowedAllVPCs AllowedVPCs AuthorizeTime ClusterStatus EndpointCount Grantee Grantor Status", "Account ClusterIdentifier Force VpcIds", "Account ClusterIdentifier"],
  "AWS::Redshift::EventSubscription": ["CustSubscriptionId CustomerAwsId EventCategoriesList SourceIdsList Status SubscriptionCreationTime", "Enabled EventCategories Severity SnsTopicArn SourceIds SourceType SubscriptionName Tags", "SubscriptionName"],
  "AWS::Redshift::Integration": ["CreateTime IntegrationArn", "AdditionalEncryptionContext IntegrationName KMSKeyId SourceArn Tags TargetArn", "SourceArn TargetArn"],
  "AWS::Redshift::QEV2IdcApplication": ["IdcManagedApplicationArn IdcOnboardStatus Qev2IdcApplicationArn", "IdcDisplayName IdcInstanceArn Qev2IdcApplicationName Tags", "IdcDisplayName IdcInstanceArn Qev2IdcApplicationName"],
  "AWS::Redshift::ScheduledAction": ["NextInvocations State", "Enable EndTime IamRole Schedule ScheduledActionDescription ScheduledActionName StartTime TargetAction", "ScheduledActionName"],
  "AWS::Redshift::Snapshot": ["AvailabilityZone ClusterCreateTime ClusterVersion DBName Encrypted EncryptedWithHSM EngineFullVersion EnhancedVpcRouting KmsKeyId MaintenanceTrackName MasterUsername NodeType NumberOfNodes OwnerAccount Port SnapshotArn SnapshotCreateTime SnapshotType Status VpcId", "ClusterIdentifier ManualSnapshotRetentionPeriod SnapshotIdentifier Tags", "ClusterIdentifier SnapshotIdentifier"],
  "AWS::Redshift::SnapshotCopyGrant": ["Arn", "KmsKeyId SnapshotCopyGrantName Tags", "SnapshotCopyGrantName"],
  "AWS::Redshift::SnapshotSchedule": ["Arn AssociatedClusterCount", "ScheduleDefinitions ScheduleDescription ScheduleIdentifier Tags", "ScheduleDefinitions ScheduleIdentifier"],
  "AWS::Redshift::UsageLimit": ["Arn UsageLimitId", "Amount BreachAction ClusterIdentifier FeatureType LimitType Period Tags", "Amount ClusterIdentifier FeatureType LimitType"],
  "AWS::RedshiftServerless::Namespace": ["Namespace Namespace.AdminUsername Namespace.CreationDate Namespace.DbName Namespace.DefaultIamRoleArn Namespace.IamRoles Namespace.KmsKeyId Namespace.LogExports Namespace.NamespaceArn Namespace.NamespaceId Namespace.NamespaceName Namespace.Status", "AdminPasswordSecretKmsKeyId AdminUserPassword AdminUsername DbName DefaultIamRoleArn FinalSnapshotName FinalSnapshotRetentionPeriod IamRoles KmsKeyId LogExports ManageAdminPassword NamespaceName NamespaceResourcePolicy RedshiftIdcApplicationArn SnapshotCopyConfigurations Tags", "NamespaceName"],
  "AWS::RedshiftServerless::Snapshot": ["OwnerAccount Snapshot Snapshot.AdminUsername Snapshot.KmsKeyId Snapshot.NamespaceArn Snapshot.NamespaceName Snapshot.OwnerAccount Snapshot.RetentionPeriod Snapshot.SnapshotArn Snapshot.SnapshotCreateTime Snapshot.SnapshotName Snapshot.Status", "NamespaceName RetentionPeriod SnapshotName Tags", "SnapshotName"],
  "AWS::RedshiftServerless::Workgroup": ["Workgroup Workgroup.BaseCapacity Workgroup.ConfigParameters Workgroup.CreationDate Workgroup.Endpoint Workgroup.Endpoint.Address Workgroup.Endpoint.Port Workgroup.Endpoint.VpcEndpoints Workgroup.EnhancedVpcRouting Workgroup.MaxCapacity Workgroup.NamespaceName Workgroup.PubliclyAccessible Workgroup.SecurityGroupIds Workgroup.Status Workgroup.SubnetIds Workgroup.TrackName Workgroup.WorkgroupArn Workgroup.WorkgroupId Workgroup.WorkgroupName", "BaseCapacity ConfigParameters EnhancedVpcRouting MaxCapacity NamespaceName Port PricePerformanceTarget PubliclyAccessible RecoveryPointId SecurityGroupIds SnapshotArn SnapshotName SnapshotOwnerAccount SubnetIds Tags TrackName Workgroup WorkgroupName", "WorkgroupName"],
  "AWS::RefactorSpaces::Application": ["ApiGatewayId ApplicationIdentifier Arn NlbArn NlbName ProxyUrl StageName VpcLinkId", "ApiGatewayProxy EnvironmentIdentifier Name ProxyType Tags VpcId", "EnvironmentIdentifier Name ProxyType VpcId"],
  "AWS::RefactorSpaces::Environment": ["Arn EnvironmentIdentifier TransitGatewayId", "Description Name NetworkFabricType Tags", ""],
  "AWS::RefactorSpaces::Route": ["Arn PathResourceToId RouteIdentifier", "ApplicationIdentifier DefaultRoute EnvironmentIdentifier RouteType ServiceIdentifier Tags UriPathRoute", "ApplicationIdentifier EnvironmentIdentifier RouteType ServiceIdentifier"],
  "AWS::RefactorSpaces::Service": ["Arn ServiceIdentifier", "ApplicationIdentifier Description EndpointType EnvironmentIdentifier LambdaEndpoint Name Tags UrlEndpoint VpcId", "ApplicationIdentifier EndpointType EnvironmentIdentifier Name"],
  "AWS::Rekognition::Collection": ["Arn", "CollectionId Tags", "CollectionId"],
  "AWS::Rekognition::Dataset": ["DatasetArn", "DatasetType ProjectArn Tags", "DatasetType"],
  "AWS::Rekognition::Project": ["Arn", "ProjectName Tags", "ProjectName"],
  "AWS::Rekognition::StreamProcessor": ["Arn Status StatusMessage", "BoundingBoxRegionsOfInterest ConnectedHomeSettings DataSharingPreference FaceSearchSettings KinesisDataStream KinesisVideoStream KmsKeyId Name NotificationChannel PolygonRegionsOfInterest RoleArn S3Destination Tags", "KinesisVideoStream RoleArn"],
  "AWS::ResilienceHub::App": ["AppArn DriftStatus", "AppAssessmentSchedule AppTemplateBody Description EventSubscriptions Name PermissionModel ResiliencyPolicyArn ResourceMappings Tags", "AppTemplateBody Name ResourceMappings"],
  "AWS::ResilienceHub::ResiliencyPolicy": ["PolicyArn", "DataLocationConstraint Policy PolicyDescription PolicyName Tags Tier", "Policy PolicyName Tier"],
  "AWS::ResilienceHubV2::Policy": ["AssociatedServiceCount CreatedAt PolicyArn UpdatedAt", "AvailabilitySlo DataRecovery Description KmsKeyId MultiAz MultiRegion Name SharingEnabled Tags", "Name"],
  "AWS::ResilienceHubV2::Service": ["CreatedAt EffectivePolicyValues ServiceArn UpdatedAt", "Assertions AssociatedSystems DependencyDiscovery Description InputSources KmsKeyId Name PermissionModel PolicyArn Regions ReportConfiguration Tags", "Name Regions"],
  "AWS::ResilienceHubV2::ServiceFunction": ["CreatedAt ResourceCount ServiceFunctionId Source UpdatedAt", "Criticality Description Name ServiceArn", "Criticality Name ServiceArn"],
  "AWS::ResilienceHubV2::System": ["CreatedAt SystemArn SystemId UpdatedAt", "Description KmsKeyId Name SharingEnabled Tags", "Name"],
  "AWS::ResilienceHubV2::UserJourney": ["CreatedAt UpdatedAt UserJourneyId", "Description Name PolicyArn SystemIdentifier", "Name SystemIdentifier"],
  "AWS::ResourceExplorer2::DefaultViewAssociation": ["AssociatedAwsPrincipal", "ViewArn", "ViewArn"],
  "AWS::ResourceExplorer2::Index": ["Arn IndexState", "Tags Type", "Type"],
  "AWS::ResourceExplorer2::View": ["ViewArn", "Filters IncludedProperties Scope Tags ViewName", "ViewName"],
  "AWS::ResourceGroups::Group": ["Arn", "Configuration Description Name ResourceQuery Resources Tags", "Name"],
  "AWS::ResourceGroups::TagSyncTask": ["GroupArn GroupName Status TaskArn", "Group RoleArn TagKey TagValue", "Group RoleArn TagKey TagValue"],
  "AWS::RoboMaker::Fleet": ["Arn", "Name Tags", ""],
  "AWS::RoboMaker::Robot": ["Arn", "Architecture Fleet GreengrassGroupId Name Tags", "Architecture GreengrassGroupId"],
  "AWS::RoboMaker::RobotApplication": ["Arn CurrentRevisionId", "CurrentRevisionId Environment Name RobotSoftwareSuite Sources Tags", "RobotSoftwareSuite"],
  "AWS::RoboMaker::RobotApplicationVersion": ["ApplicationVersion Arn", "Application CurrentRevisionId", "Application"],
  "AWS::RoboMaker::SimulationApplication": ["Arn CurrentRevisionId", "CurrentRevisionId Environment Name RenderingEngine RobotSoftwareSuite SimulationSoftwareSuite Sources Tags", "RobotSoftwareSuite SimulationSoftwareSuite"],
  "AWS::RoboMaker::SimulationApplicationVersion": ["ApplicationVersion Arn", "Application CurrentRevisionId", "Application"],
  "AWS::RolesAnywhere::CRL": ["CrlId", "CrlData Enabled Name Tags TrustAnchorArn", "CrlData Name"],
  "AWS::RolesAnywhere::Profile": ["ProfileArn ProfileId", "AcceptRoleSessionName AttributeMappings DurationSeconds Enabled ManagedPolicyArns Name RequireInstanceProperties RoleArns SessionPolicy Tags", "Name RoleArns"],
  "AWS::RolesAnywhere::TrustAnchor": ["TrustAnchorArn TrustAnchorId", "Enabled Name NotificationSettings Source Tags", "Name Source"],
  "AWS::Route53::CidrCollection": ["Arn Id", "Locations Name", "Name"],
  "AWS::Route53::DNSSEC": ["", "HostedZoneId", "HostedZoneId"],
  "AWS::Route53::DelegationSet": ["Arn CallerReference Id NameServers", "", ""],
  "AWS::Route53::HealthCheck": ["HealthCheckId", "HealthCheckConfig HealthCheckTags", "HealthCheckConfig"],
  "AWS::Route53::HostedZone": ["Id NameServers", "HostedZoneConfig HostedZoneFeatures HostedZoneTags Name QueryLoggingConfig VPCs", ""],
  "AWS::Route53::KeySigningKey": ["", "HostedZoneId KeyManagementServiceArn Name Status", "HostedZoneId KeyManagementServiceArn Name Status"],
  "AWS::Route53::QueryLoggingConfig": ["Arn Id", "CloudWatchLogsLogGroupArn HostedZoneId", "CloudWatchLogsLogGroupArn HostedZoneId"],
  "AWS::Route53::RecordSet": ["", "AliasTarget CidrRoutingConfig Comment Failover GeoLocation HealthCheckId HostedZoneId HostedZoneName MultiValueAnswer Name Region ResourceRecords SetIdentifier TTL Type Weight", "Name Type"],
  "AWS::Route53::RecordSetGroup": ["Id", "Comment HostedZoneId HostedZoneName RecordSets", ""],
  "AWS::Route53::TrafficPolicy": ["Arn Id Type Version", "Comment Document Name", "Document Name"],
  "AWS::Route53::TrafficPolicyInstance": ["Arn Id State TrafficPolicyType", "HostedZoneId Name TTL TrafficPolicyId TrafficPolicyVersion", "HostedZoneId Name TTL TrafficPolicyId TrafficPolicyVersion"],
  "AWS::Route53GlobalResolver::AccessSource": ["AccessSourceId Arn CreatedAt Status UpdatedAt", "Cidr ClientToken DnsViewId IpAddressType Name Protocol Tags", "Cidr DnsViewId Protocol"],
  "AWS::Route53GlobalResolver::AccessToken": ["AccessTokenId Arn CreatedAt GlobalResolverId Status UpdatedAt Value", "ClientToken DnsViewId ExpiresAt Name Tags", "DnsViewId"],
  "AWS::Route53GlobalResolver::DnsView": ["Arn CreatedAt DnsViewId Status UpdatedAt", "ClientToken Description DnssecValidation EdnsClientSubnet FirewallRulesFailOpen GlobalResolverId Name Tags", "GlobalResolverId Name"],
  "AWS::Route53GlobalResolver::FirewallDomainList": ["Arn CreatedAt DomainCount FirewallDomainListId Status StatusMessage UpdatedAt", "ClientToken Description DomainFileUrl Domains GlobalResolverId Name Tags", "GlobalResolverId Name"],
  "AWS::Route53GlobalResolver::FirewallRule": ["CreatedAt FirewallRuleId QueryType Status UpdatedAt", "Action BlockOverrideDnsType BlockOverrideDomain BlockOverrideTtl BlockResponse ClientToken ConfidenceThreshold Description DnsAdvancedProtection DnsViewId FirewallDomainListId Name Priority QType", "Action DnsViewId Name"],
  "AWS::Route53GlobalResolver::GlobalResolver": ["Arn CreatedAt DnsName GlobalResolverId IPv4Addresses IPv6Addresses Status UpdatedAt", "ClientToken Description IpAddressType Name ObservabilityRegion Regions Tags", "Name Regions"],
  "AWS::Route53GlobalResolver::HostedZoneAssociation": ["CreatedAt HostedZoneAssociationId HostedZoneName Status UpdatedAt", "HostedZoneId Name ResourceArn", "HostedZoneId Name ResourceArn"],
  "AWS::Route53Profiles::Profile": ["Arn ClientToken Id ShareStatus", "Name Tags", "Name"],
  "AWS::Route53Profiles::ProfileAssociation": ["Id", "Arn Name ProfileId ResourceId Tags", "Name ProfileId ResourceId"],
  "AWS::Route53Profiles::ProfileResourceAssociation": ["Id ResourceType", "Name ProfileId ResourceArn ResourceProperties", "Name ProfileId ResourceArn"],
  "AWS::Route53RecoveryControl::Cluster": ["ClusterArn ClusterEndpoints Status", "Name NetworkType Tags", "Name"],
  "AWS::Route53RecoveryControl::ControlPanel": ["ControlPanelArn DefaultControlPanel RoutingControlCount Status", "ClusterArn Name Tags", "Name"],
  "AWS::Route53RecoveryControl::RoutingControl": ["RoutingControlArn Status", "ClusterArn ControlPanelArn Name", "Name"],
  "AWS::Route53RecoveryControl::SafetyRule": ["SafetyRuleArn Status", "AssertionRule ControlPanelArn GatingRule Name RuleConfig Tags", "ControlPanelArn Name RuleConfig"],
  "AWS::Route53RecoveryReadiness::Cell": ["CellArn ParentReadinessScopes", "CellName Cells Tags", ""],
  "AWS::Route53RecoveryReadiness::ReadinessCheck": ["ReadinessCheckArn", "ReadinessCheckName ResourceSetName Tags", ""],
  "AWS::Route53RecoveryReadiness::RecoveryGroup": ["RecoveryGroupArn", "Cells RecoveryGroupName Tags", ""],
  "AWS::Route53RecoveryReadiness::ResourceSet": ["ResourceSetArn", "ResourceSetName ResourceSetType Resources Tags", "ResourceSetType Resources"],
  "AWS::Route53Resolver::FirewallDomainList": ["Arn CreationTime CreatorRequestId DomainCount Id ManagedOwnerName ModificationTime Status StatusMessage", "DomainFileUrl Domains Name Tags", ""],
  "AWS::Route53Resolver::FirewallRuleGroup": ["Arn CreationTime CreatorRequestId Id ModificationTime OwnerId RuleCount ShareStatus Status StatusMessage", "FirewallRules Name Tags", ""],
  "AWS::Route53Resolver::FirewallRuleGroupAssociation": ["Arn CreationTime CreatorRequestId Id ManagedOwnerName ModificationTime Status StatusMessage", "FirewallRuleGroupId MutationProtection Name Priority Tags VpcId", "FirewallRuleGroupId Priority VpcId"],
  "AWS::Route53Resolver::OutpostResolver": ["Arn CreationTime CreatorRequestId Id ModificationTime Status StatusMessage", "InstanceCount Name OutpostArn PreferredInstanceType Tags", "Name OutpostArn PreferredInstanceType"],
  "AWS::Route53Resolver::ResolverConfig": ["AutodefinedReverse Id OwnerId", "AutodefinedReverseFlag ResourceId", "AutodefinedReverseFlag ResourceId"],
  "AWS::Route53Resolver::ResolverDNSSECConfig": ["Id OwnerId ValidationStatus", "ResourceId", ""],
  "AWS::Route53Resolver::ResolverEndpoint": ["Arn Direction HostVPCId IpAddressCount Name OutpostArn PreferredInstanceType ResolverEndpointId ResolverEndpointType", "Direction Dns64Enabled IpAddresses Ipv6InternetAccessEnabled Name OutpostArn PreferredInstanceType Protocols ResolverEndpointType RniEnhancedMetricsEnabled SecurityGroupIds Tags TargetNameServerMetricsEnabled", "Direction IpAddresses SecurityGroupIds"],
  "AWS::Route53Resolver::ResolverQueryLoggingConfig": ["Arn AssociationCount CreationTime CreatorRequestId Id OwnerId ShareStatus Status", "DestinationArn Name Tags", ""],
  "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation": ["CreationTime Error ErrorMessage Id Status", "ResolverQueryLogConfigId ResourceId", ""],
  "AWS::Route53Resolver::ResolverRule": ["Arn DomainName Name ResolverEndpointId ResolverRuleId TargetIps", "DelegationRecord DomainName Name ResolverEndpointId RuleType Tags TargetIps", "RuleType"],
  "AWS::Route53Resolver::ResolverRuleAssociation": ["Name ResolverRuleAssociationId ResolverRuleId VPCId", "Name ResolverRuleId VPCId", "ResolverRuleId VPCId"],
  "AWS::S3::AccessGrant": ["AccessGrantArn AccessGrantId GrantScope", "AccessGrantsLocationConfiguration AccessGrantsLocationId ApplicationArn Grantee Permission S3PrefixType Tags", "AccessGrantsLocationId Grantee Permission"],
  "AWS::S3::AccessGrantsInstance": ["AccessGrantsInstanceArn AccessGrantsInstanceId", "IdentityCenterArn Tags", ""],
  "AWS::S3::AccessGrantsLocation": ["AccessGrantsLocationArn AccessGrantsLocationId", "IamRoleArn LocationScope Tags", "IamRoleArn LocationScope"],
  "AWS::S3::AccessPoint": ["Alias Arn Name NetworkOrigin", "Bucket BucketAccountId Name Policy PublicAccessBlockConfiguration Tags VpcConfiguration", "Bucket"],
  "AWS::S3::Bucket": ["Arn DomainName DualStackDomainName MetadataConfiguration.AnnotationTableConfiguration.TableArn MetadataConfiguration.AnnotationTableConfiguration.TableName MetadataConfiguration.Destination MetadataConfiguration.InventoryTableConfiguration.TableArn MetadataConfiguration.InventoryTableConfiguration.TableName MetadataConfiguration.JournalTableConfiguration.TableArn MetadataConfiguration.JournalTableConfiguration.TableName MetadataTableConfiguration.S3TablesDestination.TableArn MetadataTableConfiguration.S3TablesDestination.TableNamespace RegionalDomainName WebsiteURL", "AbacStatus AccelerateConfiguration AccessControl AnalyticsConfigurations BucketEncryption BucketName BucketNamePrefix BucketNamespace CorsConfiguration IntelligentTieringConfigurations InventoryConfigurations LifecycleConfiguration LoggingConfiguration MetadataConfiguration MetadataTableConfiguration MetricsConfigurations NotificationConfiguration ObjectLockConfiguration ObjectLockEnabled OwnershipControls PublicAccessBlockConfiguration ReplicationConfiguration Tags VersioningConfiguration WebsiteConfiguration", ""],
  "AWS::S3::BucketPolicy": ["", "Bucket PolicyDocument", "Bucket PolicyDocument"],
  "AWS::S3::MultiRegionAccessPoint": ["Alias CreatedAt", "Name PublicAccessBlockConfiguration Regions", "Regions"],
  "AWS::S3::MultiRegionAccessPointPolicy": ["PolicyStatus PolicyStatus.IsPublic", "MrapName Policy", "MrapName Policy"],
  "AWS::S3::StorageLens": ["StorageLensConfiguration.StorageLensArn", "StorageLensConfiguration Tags", "StorageLensConfiguration"],
  "AWS::S3::StorageLensGroup": ["StorageLensGroupArn", "Filter Name Tags", "Filter Name"],
  "AWS::S3Express::AccessPoint": ["Arn NetworkOrigin", "Bucket BucketAccountId Name Policy PublicAccessBlockConfiguration Scope Tags VpcConfiguration", "Bucket"],
  "AWS::S3Express::BucketPolicy": ["", "Bucket PolicyDocument", "Bucket PolicyDocument"],
  "AWS::S3Express::DirectoryBucket": ["Arn AvailabilityZoneName", "BucketEncryption BucketName DataRedundancy InventoryConfigurations LifecycleConfiguration LocationName MetricsConfigurations Tags", "DataRedundancy LocationName"],
  "AWS::S3Files::AccessPoint": ["AccessPointArn AccessPointId OwnerId Status", "ClientToken FileSystemId PosixUser RootDirectory Tags", "FileSystemId"],
  "AWS::S3Files::FileSystem": ["CreationTime FileSystemArn FileSystemId OwnerId Status StatusMessage SynchronizationConfiguration.LatestVersionNumber", "AcceptBucketWarning Bucket ClientToken KmsKeyId Prefix RoleArn SynchronizationConfiguration Tags", "Bucket RoleArn"],
  "AWS::S3Files::FileSystemPolicy": ["", "FileSystemId Policy", "FileSystemId Policy"],
  "AWS::S3Files::MountTarget": ["AvailabilityZoneId MountTargetId NetworkInterfaceId OwnerId Status StatusMessage VpcId", "FileSystemId IpAddressType Ipv4Address Ipv6Address SecurityGroups SubnetId", "FileSystemId SubnetId"],
  "AWS::S3ObjectLambda::AccessPoint": ["Alias Alias.Status Alias.Value Arn CreationDate PolicyStatus PolicyStatus.IsPublic PublicAccessBlockConfiguration PublicAccessBlockConfiguration.BlockPublicAcls PublicAccessBlockConfiguration.BlockPublicPolicy PublicAccessBlockConfiguration.IgnorePublicAcls PublicAccessBlockConfiguration.RestrictPublicBuckets", "Name ObjectLambdaConfiguration", "ObjectLambdaConfiguration"],
  "AWS::S3ObjectLambda::AccessPointPolicy": ["", "ObjectLambdaAccessPoint PolicyDocument", "ObjectLambdaAccessPoint PolicyDocument"],
  "AWS::S3Outposts::AccessPoint": ["Arn", "Bucket Name Policy VpcConfiguration", "Bucket Name VpcConfiguration"],
  "AWS::S3Outposts::Bucket": ["Arn", "BucketName LifecycleConfiguration OutpostId Tags", "BucketName OutpostId"],
  "AWS::S3Outposts::BucketPolicy": ["", "Bucket PolicyDocument", "Bucket PolicyDocument"],
  "AWS::S3Outposts::Endpoint": ["Arn CidrBlock CreationTime Id NetworkInterfaces Status", "AccessType CustomerOwnedIpv4Pool FailedReason OutpostId SecurityGroupId SubnetId", "OutpostId SecurityGroupId SubnetId"],
  "AWS::S3Tables::Namespace": ["", "Namespace TableBucketARN", "Namespace TableBucketARN"],
  "AWS::S3Tables::Table": ["TableARN VersionToken WarehouseLocation", "Compaction IcebergMetadata Namespace OpenTableFormat SnapshotManagement StorageClassConfiguration TableBucketARN TableName Tags WithoutMetadata", "Namespace OpenTableFormat TableBucketARN TableName"],
  "AWS::S3Tables::TableBucket": ["TableBucketARN", "EncryptionConfiguration MetricsConfiguration ReplicationConfiguration StorageClassConfiguration TableBucketName Tags UnreferencedFileRemoval", "TableBucketName"],
  "AWS::S3Tables::TableBucketPolicy": ["", "ResourcePolicy TableBucketARN", "ResourcePolicy TableBucketARN"],
  "AWS::S3Tables::TablePolicy": ["Namespace TableBucketARN TableName", "ResourcePolicy TableARN", "ResourcePolicy TableARN"],
  "AWS::S3Vectors::Index": ["CreationTime IndexArn", "DataType Dimension DistanceMetric EncryptionConfiguration IndexName MetadataConfiguration Tags VectorBucketArn VectorBucketName", "DataType Dimension DistanceMetric"],
  "AWS::S3Vectors::VectorBucket": ["CreationTime VectorBucketArn", "EncryptionConfiguration Tags VectorBucketName", ""],
  "AWS::S3Vectors::VectorBucketPolicy": ["", "Policy VectorBucketArn VectorBucketName", "Policy"],
  "AWS::SCN::DataIntegrationFlow": ["Arn CreatedTime LastModifiedTime", "InstanceId Name Sources Tags Target Transformation", "InstanceId Name Sources Target Transformation"],
  "AWS::SCN::Dataset": ["Arn CreatedTime LastModifiedTime", "Description InstanceId Name Namespace PartitionSpec Schema Tags", "InstanceId Name Namespace"],
  "AWS::SCN::Namespace": ["Arn CreatedTime LastModifiedTime", "Description InstanceId Name Tags", "InstanceId Name"],
  "AWS::SDB::Domain": ["Id", "Description", ""],
  "AWS::SES::ConfigurationSet": ["", "ArchivingOptions DeliveryOptions Name ReputationOptions SendingOptions SuppressionOptions Tags TrackingOptions VdmOptions", ""],
  "AWS::SES::ConfigurationSetEventDestination": ["Id", "ConfigurationSetName EventDestination", "ConfigurationSetName EventDestination"],
  "AWS::SES::ContactList": ["", "ContactListName Description Tags Topics", ""],
  "AWS::SES::CustomVerificationEmailTemplate": ["", "FailureRedirectionURL FromEmailAddress SuccessRedirectionURL Tags TemplateContent TemplateName TemplateSubject", "FailureRedirectionURL FromEmailAddress SuccessRedirectionURL TemplateContent TemplateName TemplateSubject"],
  "AWS::SES::DedicatedIpPool": ["", "PoolName ScalingMode Tags", ""],
  "AWS::SES::EmailIdentity": ["DkimDNSTokenName1 DkimDNSTokenName2 DkimDNSTokenName3 DkimDNSTokenValue1 DkimDNSTokenValue2 DkimDNSTokenValue3", "ConfigurationSetAttributes DkimAttributes DkimSigningAttributes EmailIdentity FeedbackAttributes MailFromAttributes Tags", "EmailIdentity"],
  "AWS::SES::EmailIdentityCertificate": ["", "CertificateArn EmailIdentity FromAddress", "CertificateArn EmailIdentity FromAddress"],
  "AWS::SES::MailManagerAddonInstance": ["AddonInstanceArn AddonInstanceId AddonName", "AddonSubscriptionId Tags", "AddonSubscriptionId"],
  "AWS::SES::MailManagerAddonSubscription": ["AddonSubscriptionArn AddonSubscriptionId", "AddonName Tags", "AddonName"],
  "AWS::SES::MailManagerAddressList": ["AddressListArn AddressListId", "AddressListName Tags", ""],
  "AWS::SES::MailManagerArchive": ["ArchiveArn ArchiveId ArchiveState", "ArchiveName KmsKeyArn Retention Tags", ""],
  "AWS::SES::MailManagerIngressPoint": ["ARecord IngressPointArn IngressPointId Status", "IngressPointConfiguration IngressPointName NetworkConfiguration RuleSetId StatusToUpdate Tags TlsPolicy TrafficPolicyId Type", "RuleSetId TrafficPolicyId Type"],
  "AWS::SES::MailManagerRelay": ["RelayArn RelayId", "Authentication RelayName ServerName ServerPort Tags", "Authentication ServerName ServerPort"],
  "AWS::SES::MailManagerRuleSet": ["RuleSetArn RuleSetId", "RuleSetName Rules Tags", "Rules"],
  "AWS::SES::MailManagerTrafficPolicy": ["TrafficPolicyArn TrafficPolicyId", "DefaultAction MaxMessageSizeBytes PolicyStatements Tags TrafficPolicyName", "DefaultAction PolicyStatements"],
  "AWS::SES::MultiRegionEndpoint": ["", "Details EndpointName Tags", "Details EndpointName"],
  "AWS::SES::ReceiptFilter": ["Id", "Filter", "Filter"],
  "AWS::SES::ReceiptRule": ["Id RuleName", "After Rule RuleSetName", "Rule RuleSetName"],
  "AWS::SES::ReceiptRuleSet": ["", "RuleSetName", ""],
  "AWS::SES::Template": ["Id", "Tags Template", ""],
  "AWS::SES::Tenant": ["Arn", "ResourceAssociations Tags TenantName", "TenantName"],
  "AWS::SES::VdmAttributes": ["VdmAttributesResourceId", "DashboardAttributes GuardianAttributes", ""],
  "AWS::SMSVOICE::ConfigurationSet": ["Arn", "ConfigurationSetName DefaultSenderId EventDestinations MessageFeedbackEnabled ProtectConfigurationId Tags", ""],
  "AWS::SMSVOICE::OptOutList": ["Arn", "OptOutListName Tags", ""],
  "AWS::SMSVOICE::PhoneNumber": ["Arn PhoneNumber PhoneNumberId", "DeletionProtectionEnabled IsoCountryCode MandatoryKeywords NumberCapabilities NumberType OptOutListName OptionalKeywords SelfManagedOptOutsEnabled Tags TwoWay", "IsoCountryCode MandatoryKeywords NumberCapabilities NumberType"],
  "AWS::SMSVOICE::Pool": ["Arn PoolId", "DeletionProtectionEnabled MandatoryKeywords OptOutListName OptionalKeywords OriginationIdentities SelfManagedOptOutsEnabled SharedRoutesEnabled Tags TwoWay", "MandatoryKeywords OriginationIdentities"],
  "AWS::SMSVOICE::ProtectConfiguration": ["Arn ProtectConfigurationId", "CountryRuleSet DeletionProtectionEnabled Tags", ""],
  "AWS::SMSVOICE::Registration": ["CreatedTimestamp CurrentVersionNumber RegistrationArn RegistrationId RegistrationStatus", "RegistrationType Tags", "RegistrationType"],
  "AWS::SMSVOICE::RegistrationAttachment": ["AttachmentStatus CreatedTimestamp RegistrationAttachmentArn RegistrationAttachmentId UploadedAttachmentUrl", "AttachmentBody AttachmentUrl Tags", ""],
  "AWS::SMSVOICE::ResourcePolicy": ["", "PolicyDocument ResourceArn", "PolicyDocument ResourceArn"],
  "AWS::SMSVOICE::SenderId": ["Arn", "DeletionProtectionEnabled IsoCountryCode SenderId Tags", "IsoCountryCode SenderId"],
  "AWS::SMSVOICE::VerifiedDestinationNumber": ["CreatedTimestamp Status VerifiedDestinationNumberArn VerifiedDestinationNumberId", "DestinationPhoneNumber Tags", "DestinationPhoneNumber"],
  "AWS::SNS::Subscription": ["Arn", "DeliveryPolicy Endpoint FilterPolicy FilterPolicyScope Protocol RawMessageDelivery RedrivePolicy Region ReplayPolicy SubscriptionRoleArn TopicArn", "Protocol TopicArn"],
  "AWS::SNS::Topic": ["TopicArn TopicName", "ArchivePolicy ContentBasedDeduplication DataProtectionPolicy DeliveryStatusLogging DisplayName FifoThroughputScope FifoTopic KmsMasterKeyId MaximumMessageSize SignatureVersion Subscription Tags TopicName TracingConfig", ""],
  "AWS::SNS::TopicInlinePolicy": ["", "PolicyDocument TopicArn", "PolicyDocument TopicArn"],
  "AWS::SNS::TopicPolicy": ["Id", "PolicyDocument Topics", "PolicyDocument Topics"],
  "AWS::SQS::Queue": ["Arn QueueName QueueUrl", "ContentBasedDeduplication DeduplicationScope DelaySeconds FifoQueue FifoThroughputLimit KmsDataKeyReusePeriodSeconds KmsMasterKeyId MaximumMessageSize MessageRetentionPeriod QueueName ReceiveMessageWaitTimeSeconds RedriveAllowPolicy RedrivePolicy SqsManagedSseEnabled Tags VisibilityTimeout", ""],
  "AWS::SQS::QueueInlinePolicy": ["", "PolicyDocument Queue", "PolicyDocument Queue"],
  "AWS::SQS::QueuePolicy": ["Id", "PolicyDocument Queues", "PolicyDocument Queues"],
  "AWS::SSM::Association": ["AssociationId", "ApplyOnlyAtCronInterval AssociationDispatchAssumeRole AssociationName AutomationTargetParameterName CalendarNames ComplianceSeverity DocumentVersion InstanceId MaxConcurrency MaxErrors Name OutputLocation Parameters ScheduleExpression ScheduleOffset SyncCompliance Tags Targets WaitForSuccessTimeoutSeconds", "Name"],
  "AWS::SSM::CloudConnector": ["CloudConnectorArn CloudConnectorId CreatedAt UpdatedAt", "ConfigConnectorArn Configuration Description DisplayName RoleArn Tags", "ConfigConnectorArn Configuration DisplayName RoleArn"],
  "AWS::SSM::Document": ["", "Attachments Content DocumentFormat DocumentType Name Requires Tags TargetType UpdateMethod VersionName", "Content"],
  "AWS::SSM::MaintenanceWindow": ["WindowId", "AllowUnassociatedTargets Cutoff Description Duration EndDate Name Schedule ScheduleOffset ScheduleTimezone StartDate Tags", "AllowUnassociatedTargets Cutoff Duration Name Schedule"],
  "AWS::SSM::MaintenanceWindowTarget": ["WindowTargetId", "Description Name OwnerInformation ResourceType Targets WindowId", "ResourceType Targets WindowId"],
  "AWS::SSM::MaintenanceWindowTask": ["WindowTaskId", "CutoffBehavior Description LoggingInfo MaxConcurrency MaxErrors Name Priority ServiceRoleArn Targets TaskArn TaskInvocationParameters TaskParameters TaskType WindowId", "Priority TaskArn TaskType WindowId"],
  "AWS::SSM::OpsItem": ["CreatedBy CreatedTime LastModifiedBy LastModifiedTime OpsItemArn OpsItemId OpsItemType Status Version", "Category Description Priority Severity Source Tags Title", "Description Source Title"],
  "AWS::SSM::Parameter": ["Arn Type Value", "AllowedPattern DataType Description Name Policies Tags Tier Type Value", "Type Value"],
  "AWS::SSM::PatchBaseline": ["Id", "ApprovalRules ApprovedPatches ApprovedPatchesComplianceLevel ApprovedPatchesEnableNonSecurity AvailableSecurityUpdatesComplianceStatus DefaultBaseline Description GlobalFilters Name OperatingSystem PatchGroups RejectedPatches RejectedPatchesAction Sources Tags", "Name"],
  "AWS::SSM::ResourceDataSync": ["SyncName", "BucketName BucketPrefix BucketRegion KMSKeyArn S3Destination SyncFormat SyncName SyncSource SyncType", "SyncName"],
  "AWS::SSM::ResourcePolicy": ["PolicyHash PolicyId", "Policy ResourceArn", "Policy ResourceArn"],
  "AWS::SSM::ServiceSetting": ["Arn LastModifiedDate LastModifiedUser Status", "SettingId SettingValue", "SettingId SettingValue"],
  "AWS::SSMContacts::Contact": ["Arn", "Alias DisplayName Plan Tags Type", "Alias DisplayName Type"],
  "AWS::SSMContacts::ContactChannel": ["Arn", "ChannelAddress ChannelName ChannelType ContactId DeferActivation", "ChannelAddress ChannelName ChannelType ContactId"],
  "AWS::SSMContacts::Plan": ["Arn", "ContactId RotationIds Stages", "ContactId"],
  "AWS::SSMContacts::Rotation": ["Arn", "ContactIds Name Recurrence StartTime Tags TimeZoneId", "ContactIds Name Recurrence StartTime TimeZoneId"],
  "AWS::SSMGuiConnect::Preferences": ["AccountId", "ConnectionRecordingPreferences", ""],
  "AWS::SSMIncidents::ReplicationSet": ["Arn", "DeletionProtected Regions Tags", "Regions"],
  "AWS::SSMIncidents::ResponsePlan": ["Arn", "Actions ChatChannel DisplayName Engagements IncidentTemplate Integrations Name Tags", "IncidentTemplate Name"],
  "AWS::SSMQuickSetup::ConfigurationManager": ["CreatedAt LastModifiedAt ManagerArn StatusSummaries", "ConfigurationDefinitions Description Name Tags", "ConfigurationDefinitions"],
  "AWS::SSMQuickSetup::LifecycleAutomation": ["AssociationId", "AutomationDocument AutomationParameters ResourceKey Tags", "AutomationDocument AutomationParameters ResourceKey"],
  "AWS::SSO::Application": ["ApplicationArn IdentityStoreArn", "ApplicationProviderArn Description InstanceArn Name PortalOptions Status Tags", "ApplicationProviderArn InstanceArn Name"],
  "AWS::SSO::ApplicationAssignment": ["", "ApplicationArn PrincipalId PrincipalType", "ApplicationArn PrincipalId PrincipalType"],
  "AWS::SSO::Assignment": ["", "InstanceArn PermissionSetArn PrincipalId PrincipalType TargetId TargetType", "InstanceArn PermissionSetArn PrincipalId PrincipalType TargetId TargetType"],
  "AWS::SSO::Instance": ["IdentityStoreId InstanceArn OwnerAccountId Status", "Name Tags", ""],
  "AWS::SSO::InstanceAccessControlAttributeConfiguration": ["", "AccessControlAttributes InstanceAccessControlAttributeConfiguration InstanceArn", "InstanceArn"],
  "AWS::SSO::PermissionSet": ["PermissionSetArn", "CustomerManagedPolicyReferences Description InlinePolicy InstanceArn ManagedPolicies Name PermissionsBoundary RelayStateType SessionDuration Tags", "InstanceArn Name"],
  "AWS::SageMaker::AIWorkloadConfig": ["AIWorkloadConfigArn CreationTime", "AIWorkloadConfigName AIWorkloadConfigs DatasetConfig Tags", "AIWorkloadConfigName"],
  "AWS::SageMaker::Action": ["Arn CreationTime LastModifiedTime", "ActionName ActionType Description MetadataProperties Properties Source Status Tags", "ActionName ActionType Source"],
  "AWS::SageMaker::Algorithm": ["AlgorithmArn CreationTime", "AlgorithmDescription AlgorithmName CertifyForMarketplace InferenceSpecification Tags TrainingSpecification", "AlgorithmName TrainingSpecification"],
  "AWS::SageMaker::App": ["AppArn BuiltInLifecycleConfigArn", "AppName AppType DomainId RecoveryMode ResourceSpec Tags UserProfileName", "AppName AppType DomainId UserProfileName"],
  "AWS::SageMaker::AppImageConfig": ["AppImageConfigArn", "AppImageConfigName CodeEditorAppImageConfig JupyterLabAppImageConfig KernelGatewayImageConfig Tags", "AppImageConfigName"],
  "AWS::SageMaker::Artifact": ["Arn CreationTime LastModifiedTime", "ArtifactName ArtifactType MetadataProperties Properties Source Tags", "ArtifactType Source"],
  "AWS::SageMaker::Cluster": ["ClusterArn ClusterStatus CreationTime FailureMessage", "AutoScaling ClusterName ClusterRole InstanceGroups NodeProvisioningMode NodeRecovery Orchestrator RestrictedInstanceGroups RestrictedInstanceGroupsConfig Tags TieredStorageConfig VpcConfig", ""],
  "AWS::SageMaker::ClusterSchedulerConfig": ["ClusterSchedulerConfigArn ClusterSchedulerConfigId ClusterSchedulerConfigVersion CreationTime Status", "ClusterArn Description Name SchedulerConfig Tags", "ClusterArn Name SchedulerConfig"],
  "AWS::SageMaker::CodeRepository": ["CodeRepositoryArn CodeRepositoryName", "CodeRepositoryName GitConfig Tags", "GitConfig"],
  "AWS::SageMaker::Context": ["Arn CreationTime LastModifiedTime", "ContextName ContextType Description Properties Source Tags", "ContextName ContextType Source"],
  "AWS::SageMaker::DataQualityJobDefinition": ["CreationTime JobDefinitionArn", "DataQualityAppSpecification DataQualityBaselineConfig DataQualityJobInput DataQualityJobOutputConfig EndpointName JobDefinitionName JobResources NetworkConfig RoleArn StoppingCondition Tags", "DataQualityAppSpecification DataQualityJobInput DataQualityJobOutputConfig JobResources RoleArn"],
  "AWS::SageMaker::Device": ["", "Device DeviceFleetName Tags", "DeviceFleetName"],
  "AWS::SageMaker::DeviceFleet": ["", "Description DeviceFleetName OutputConfig RoleArn Tags", "DeviceFleetName OutputConfig RoleArn"],
  "AWS::SageMaker::Domain": ["DomainArn DomainId HomeEfsFileSystemId SecurityGroupIdForDomainBoundary SingleSignOnApplicationArn SingleSignOnManagedApplicationInstanceId Url", "AppNetworkAccessType AppSecurityGroupManagement AuthMode DefaultSpaceSettings DefaultUserSettings DomainName DomainSettings HomeEfsFileSystemCreation KmsKeyId SubnetIds TagPropagation Tags VpcId", "AuthMode DefaultUserSettings DomainName"],
  "AWS::SageMaker::Endpoint": ["EndpointArn EndpointName", "DeploymentConfig EndpointConfigName EndpointName ExcludeRetainedVariantProperties RetainAllVariantProperties RetainDeploymentConfig Tags", "EndpointConfigName"],
  "AWS::SageMaker::EndpointConfig": ["EndpointConfigArn EndpointConfigName", "AsyncInferenceConfig DataCaptureConfig EnableNetworkIsolation EndpointConfigName ExecutionRoleArn ExplainerConfig KmsKeyId MetricsConfig ProductionVariants ShadowProductionVariants Tags VpcConfig", "ProductionVariants"],
  "AWS::SageMaker::Experiment": ["Arn CreationTime LastModifiedTime", "Description DisplayName ExperimentName Tags", "ExperimentName"],
  "AWS::SageMaker::ExperimentTrialComponent": ["Arn CreationTime Id LastModifiedTime LineageGroupArn", "DisplayName EndTime MetadataProperties StartTime Status Tags TrialComponentName", "TrialComponentName"],
  "AWS::SageMaker::FeatureGroup": ["CreationTime FeatureGroupStatus", "Description EventTimeFeatureName FeatureDefinitions FeatureGroupName OfflineStoreConfig OnlineStoreConfig RecordIdentifierFeatureName RoleArn Tags ThroughputConfig", "EventTimeFeatureName FeatureDefinitions FeatureGroupName RecordIdentifierFeatureName"],
  "AWS::SageMaker::Hub": ["CreationTime HubArn HubStatus LastModifiedTime", "HubDescription HubDisplayName HubName HubSearchKeywords S3StorageConfig Tags", "HubDescription HubName"],
  "AWS::SageMaker::HumanTaskUi": ["CreationTime HumanTaskUiArn", "HumanTaskUiName Tags UiTemplate", "HumanTaskUiName"],
  "AWS::SageMaker::Image": ["ImageArn", "ImageDescription ImageDisplayName ImageName ImageRoleArn Tags", "ImageName ImageRoleArn"],
  "AWS::SageMaker::ImageVersion": ["ContainerImage ImageArn ImageVersionArn Version", "Alias Aliases BaseImage Horovod ImageName JobType MLFramework Processor ProgrammingLang ReleaseNotes VendorGuidance", "BaseImage ImageName"],
  "AWS::SageMaker::InferenceComponent": ["CreationTime FailureReason InferenceComponentArn InferenceComponentStatus LastModifiedTime RuntimeConfig.CurrentCopyCount RuntimeConfig.DesiredCopyCount RuntimeConfig.PlacementStatus Specification.Container.DeployedImage Specification.CurrentDataCacheConfig", "DeploymentConfig EndpointArn EndpointName InferenceComponentName RuntimeConfig Specification Specifications Tags VariantName", "EndpointName"],
  "AWS::SageMaker::InferenceExperiment": ["Arn CreationTime EndpointMetadata EndpointMetadata.EndpointConfigName EndpointMetadata.EndpointName EndpointMetadata.EndpointStatus LastModifiedTime Status", "DataStorageConfig Description DesiredState EndpointName KmsKey ModelVariants Name RoleArn Schedule ShadowModeConfig StatusReason Tags Type", "EndpointName ModelVariants Name RoleArn Type"],
  "AWS::SageMaker::MlflowApp": ["Arn CreationTime LastModifiedTime MlflowAppId MlflowVersion Status", "ArtifactStoreUri ModelRegistrationMode Name RoleArn Tags WeeklyMaintenanceWindowStart", "ArtifactStoreUri Name RoleArn"],
  "AWS::SageMaker::MlflowTrackingServer": ["TrackingServerArn", "ArtifactStoreUri AutomaticModelRegistration MlflowVersion RoleArn Tags TrackingServerName TrackingServerSize WeeklyMaintenanceWindowStart", "ArtifactStoreUri RoleArn TrackingServerName"],
  "AWS::SageMaker::Model": ["ModelArn ModelName", "Containers EnableNetworkIsolation ExecutionRoleArn InferenceExecutionConfig ModelName PrimaryContainer Tags VpcConfig", ""],
  "AWS::SageMaker::ModelBiasJobDefinition": ["CreationTime JobDefinitionArn", "EndpointName JobDefinitionName JobResources ModelBiasAppSpecification ModelBiasBaselineConfig ModelBiasJobInput ModelBiasJobOutputConfig NetworkConfig RoleArn StoppingCondition Tags", "JobResources ModelBiasAppSpecification ModelBiasJobInput ModelBiasJobOutputConfig RoleArn"],
  "AWS::SageMaker::ModelCard": ["CreatedBy.DomainId CreatedBy.UserProfileArn CreatedBy.UserProfileName CreationTime LastModifiedBy.DomainId LastModifiedBy.UserProfileArn LastModifiedBy.UserProfileName LastModifiedTime ModelCardArn ModelCardProcessingStatus ModelCardVersion", "Content CreatedBy LastModifiedBy ModelCardName ModelCardStatus SecurityConfig Tags", "Content ModelCardName ModelCardStatus"],
  "AWS::SageMaker::ModelExplainabilityJobDefinition": ["CreationTime JobDefinitionArn", "EndpointName JobDefinitionName JobResources ModelExplainabilityAppSpecification ModelExplainabilityBaselineConfig ModelExplainabilityJobInput ModelExplainabilityJobOutputConfig NetworkConfig RoleArn StoppingCondition Tags", "JobResources ModelExplainabilityAppSpecification ModelExplainabilityJobInput ModelExplainabilityJobOutputConfig RoleArn"],
  "AWS::SageMaker::ModelPackage": ["CreationTime LastModifiedTime ModelPackageArn ModelPackageStatus", "AdditionalInferenceSpecifications AdditionalInferenceSpecificationsToAdd ApprovalDescription CertifyForMarketplace ClientToken CustomerMetadataProperties Domain DriftCheckBaselines InferenceSpecification LastModifiedTime MetadataProperties ModelApprovalStatus ModelCard ModelMetrics ModelPackageDescription ModelPackageGroupName ModelPackageName ModelPackageStatusDetails ModelPackageVersion SamplePayloadUrl SecurityConfig SkipModelValidation SourceAlgorithmSpecification SourceUri Tags Task ValidationSpecification", ""],
  "AWS::SageMaker::ModelPackageGroup": ["CreationTime ModelPackageGroupArn ModelPackageGroupStatus", "ModelPackageGroupDescription ModelPackageGroupName ModelPackageGroupPolicy Tags", "ModelPackageGroupName"],
  "AWS::SageMaker::ModelQualityJobDefinition": ["CreationTime JobDefinitionArn", "EndpointName JobDefinitionName JobResources ModelQualityAppSpecification ModelQualityBaselineConfig ModelQualityJobInput ModelQualityJobOutputConfig NetworkConfig RoleArn StoppingCondition Tags", "JobResources ModelQualityAppSpecification ModelQualityJobInput ModelQualityJobOutputConfig RoleArn"],
  "AWS::SageMaker::MonitoringSchedule": ["CreationTime LastModifiedTime MonitoringScheduleArn", "EndpointName FailureReason LastMonitoringExecutionSummary MonitoringScheduleConfig MonitoringScheduleName MonitoringScheduleStatus Tags", "MonitoringScheduleConfig MonitoringScheduleName"],
  "AWS::SageMaker::NotebookInstance": ["NotebookInstanceArn NotebookInstanceName", "AcceleratorTypes AdditionalCodeRepositories DefaultCodeRepository DirectInternetAccess InstanceMetadataServiceConfiguration InstanceType KmsKeyId LifecycleConfigName NotebookInstanceName PlatformIdentifier RoleArn RootAccess SecurityGroupIds SubnetId Tags VolumeSizeInGB", "InstanceType RoleArn"],
  "AWS::SageMaker::NotebookInstanceLifecycleConfig": ["NotebookInstanceLifecycleConfigArn NotebookInstanceLifecycleConfigName", "NotebookInstanceLifecycleConfigName OnCreate OnStart Tags", ""],
  "AWS::SageMaker::PartnerApp": ["Arn BaseUrl CurrentVersionEolDate", "AppVersion ApplicationConfig AuthType ClientToken EnableAutoMinorVersionUpgrade EnableIamSessionBasedIdentity ExecutionRoleArn KmsKeyId MaintenanceConfig Name Tags Tier Type", "AuthType ExecutionRoleArn Name Tier Type"],
  "AWS::SageMaker::Pipeline": ["", "ParallelismConfiguration PipelineDefinition PipelineDescription PipelineDisplayName PipelineName RoleArn Tags", "PipelineDefinition PipelineName RoleArn"],
  "AWS::SageMaker::ProcessingJob": ["AutoMLJobArn CreationTime ExitMessage FailureReason LastModifiedTime MonitoringScheduleArn ProcessingEndTime ProcessingJobArn ProcessingJobStatus ProcessingStartTime TrainingJobArn", "AppSpecification Environment ExperimentConfig NetworkConfig ProcessingInputs ProcessingJobName ProcessingOutputConfig ProcessingResources RoleArn StoppingCondition Tags", "AppSpecification ProcessingResources RoleArn"],
  "AWS::SageMaker::Project": ["CreationTime ProjectArn ProjectId ProjectStatus", "ProjectDescription ProjectName ServiceCatalogProvisionedProductDetails ServiceCatalogProvisioningDetails Tags TemplateProviderDetails", "ProjectName"],
  "AWS::SageMaker::Space": ["SpaceArn Url", "DomainId OwnershipSettings SpaceDisplayName SpaceName SpaceSettings SpaceSharingSettings Tags", "DomainId SpaceName"],
  "AWS::SageMaker::StudioLifecycleConfig": ["StudioLifecycleConfigArn", "StudioLifecycleConfigAppType StudioLifecycleConfigContent StudioLifecycleConfigName Tags", "StudioLifecycleConfigAppType StudioLifecycleConfigContent StudioLifecycleConfigName"],
  "AWS::SageMaker::TrialComponent": ["CreationTime LastModifiedTime LineageGroupArn TrialComponentArn", "DisplayName InputArtifacts MetadataProperties OutputArtifacts Parameters Status Tags TrialComponentName", "TrialComponentName"],
  "AWS::SageMaker::UserProfile": ["UserProfileArn", "DomainId SingleSignOnUserIdentifier SingleSignOnUserValue Tags UserProfileName UserSettings", "DomainId UserProfileName"],
  "AWS::SageMaker::Workforce": ["SubDomain WorkforceArn", "CognitoConfig IpAddressType OidcConfig SourceIpConfig Tags WorkforceName WorkforceVpcConfig", "WorkforceName"],
  "AWS::SageMaker::Workteam": ["WorkteamArn WorkteamName", "Description MemberDefinitions NotificationConfiguration Tags WorkforceName WorkteamName", "Description MemberDefinitions"],
  "AWS::Scheduler::Schedule": ["Arn", "Description EndDate FlexibleTimeWindow GroupName KmsKeyArn Name ScheduleExpression ScheduleExpressionTimezone StartDate State Target", "FlexibleTimeWindow ScheduleExpression Target"],
  "AWS::Scheduler::ScheduleGroup": ["Arn CreationDate LastModificationDate State", "Name Tags", ""],
  "AWS::SecretsManager::ResourcePolicy": ["Id", "BlockPublicPolicy ResourcePolicy SecretId", "ResourcePolicy SecretId"],
  "AWS::SecretsManager::RotationSchedule": ["Id", "ExternalSecretRotationMetadata ExternalSecretRotationRoleArn HostedRotationLambda RotateImmediatelyOnUpdate RotationLambdaARN RotationRules SecretId", "SecretId"],
  "AWS::SecretsManager::Secret": ["Id", "Description GenerateSecretString KmsKeyId Name ReplicaRegions SecretString Tags Type", ""],
  "AWS::SecretsManager::SecretTargetAttachment": ["Id", "SecretId TargetId TargetType", "SecretId TargetId TargetType"],
  "AWS::SecurityAgent::AgentSpace": ["AgentSpaceId CreatedAt UpdatedAt", "AwsResources CodeReviewSettings Description IntegratedResources KmsKeyId Name Tags TargetDomainIds", "Name"],
  "AWS::SecurityAgent::Application": ["ApplicationId ApplicationName Domain IdCConfiguration.IdCApplicationArn", "DefaultKmsKeyId IdCConfiguration RoleArn Tags", ""],
  "AWS::SecurityAgent::Artifact": ["Arn ArtifactId UpdatedAt", "AgentSpaceId ArtifactContent ArtifactType FileName", "AgentSpaceId ArtifactType FileName"],
  "AWS::SecurityAgent::Pentest": ["CreatedAt PentestId UpdatedAt", "AgentSpaceId Assets CleanUpStrategy CodeRemediationStrategy DisableManagedSkills ExcludeRiskTypes LogConfig NetworkTrafficConfig ServiceRole Title VpcConfig", "AgentSpaceId Assets ServiceRole"],
  "AWS::SecurityAgent::SecurityRequirementPack": ["PackId", "Description KmsKeyId Name SecurityRequirements Status Tags", "Name"],
  "AWS::SecurityAgent::TargetDomain": ["CreatedAt TargetDomainId VerificationDetails VerificationStatus VerificationStatusReason VerifiedAt", "Tags TargetDomainName VerificationMethod", "TargetDomainName VerificationMethod"],
  "AWS::SecurityHub::AggregatorV2": ["AggregationRegion AggregatorV2Arn", "LinkedRegions RegionLinkingMode Tags", "LinkedRegions RegionLinkingMode"],
  "AWS::SecurityHub::AutomationRule": ["CreatedAt CreatedBy RuleArn UpdatedAt", "Actions Criteria Description IsTerminal RuleName RuleOrder RuleStatus Tags", "Actions Criteria Description RuleName RuleOrder"],
  "AWS::SecurityHub::AutomationRuleV2": ["CreatedAt RuleArn RuleId UpdatedAt", "Actions Criteria Description RuleName RuleOrder RuleStatus Tags", "Actions Criteria Description RuleName RuleOrder"],
  "AWS::SecurityHub::ConfigurationPolicy": ["Arn CreatedAt Id ServiceEnabled UpdatedAt", "ConfigurationPolicy Description Name Tags", "ConfigurationPolicy Name"],
  "AWS::SecurityHub::Connector": ["ConnectorArn ConnectorId ConnectorStatus CreatedAt CreatedBy EnablementStatus Issues LastCheckedAt LastUpdatedAt Message", "Description Name Provider Tags", "Name Provider"],
  "AWS::SecurityHub::ConnectorV2": ["ConnectorArn ConnectorId ConnectorStatus CreatedAt EnablementStatus EnablementStatusReason Issues LastCheckedAt LastUpdatedAt Message", "Description KmsKeyArn Name Provider Tags", "Name Provider"],
  "AWS::SecurityHub::DelegatedAdmin": ["DelegatedAdminIdentifier Status", "AdminAccountId", "AdminAccountId"],
  "AWS::SecurityHub::FindingAggregator": ["FindingAggregationRegion FindingAggregatorArn", "RegionLinkingMode Regions", "RegionLinkingMode"],
  "AWS::SecurityHub::Hub": ["ARN SubscribedAt", "AutoEnableControls ControlFindingGenerator EnableDefaultStandards Tags", ""],
  "AWS::SecurityHub::HubV2": ["HubV2Arn SubscribedAt", "NetworkScanning Tags", ""],
  "AWS::SecurityHub::Insight": ["InsightArn", "Filters GroupByAttribute Name", "Filters GroupByAttribute Name"],
  "AWS::SecurityHub::OrganizationConfiguration": ["MemberAccountLimitReached OrganizationConfigurationIdentifier Status StatusMessage", "AutoEnable AutoEnableStandards ConfigurationType", "AutoEnable"],
  "AWS::SecurityHub::PolicyAssociation": ["AssociationIdentifier AssociationStatus AssociationStatusMessage AssociationType UpdatedAt", "ConfigurationPolicyId TargetId TargetType", "ConfigurationPolicyId TargetId TargetType"],
  "AWS::SecurityHub::ProductSubscription": ["ProductSubscriptionArn", "ProductArn", "ProductArn"],
  "AWS::SecurityHub::SecurityControl": ["", "LastUpdateReason Parameters SecurityControlArn SecurityControlId", "Parameters"],
  "AWS::SecurityHub::Standard": ["StandardsSubscriptionArn", "DisabledStandardsControls StandardsArn", "StandardsArn"],
  "AWS::SecurityLake::AwsLogSource": ["", "Accounts DataLakeArn SourceName SourceVersion", "DataLakeArn SourceName SourceVersion"],
  "AWS::SecurityLake::DataLake": ["Arn S3BucketArn", "EncryptionConfiguration LifecycleConfiguration MetaStoreManagerRoleArn ReplicationConfiguration Tags", ""],
  "AWS::SecurityLake::Subscriber": ["ResourceShareArn ResourceShareName S3BucketArn SubscriberArn SubscriberRoleArn", "AccessTypes DataLakeArn Sources SubscriberDescription SubscriberIdentity SubscriberName Tags", "AccessTypes DataLakeArn Sources SubscriberIdentity SubscriberName"],
  "AWS::SecurityLake::SubscriberNotification": ["SubscriberEndpoint", "NotificationConfiguration SubscriberArn", "NotificationConfiguration SubscriberArn"],
  "AWS::Serverless::Api": ["", "AccessLogSetting AlwaysDeploy Auth BinaryMediaTypes CacheClusterEnabled CacheClusterSize CanarySetting Cors DefinitionBody DefinitionUri Description DisableExecuteApiEndpoint Domain EndpointConfiguration GatewayResponses MethodSettings MinimumCompressionSize Models Name OpenApiVersion StageName Tags TracingEnabled Variables", "StageName"],
  "AWS::Serverless::Application": ["", "Location NotificationArns Parameters Tags TimeoutInMinutes", "Location"],
  "AWS::Serverless::Function": ["", "Architectures AssumeRolePolicyDocument AutoPublishAlias AutoPublishCodeSha256 CodeSigningConfigArn CodeUri DeadLetterQueue DeploymentPreference Description Environment EphemeralStorage EventInvokeConfig Events FileSystemConfigs FunctionName FunctionUrlConfig Handler ImageConfig ImageUri InlineCode KmsKeyArn Layers MemorySize PackageType PermissionsBoundary Policies ProvisionedConcurrencyConfig ReservedConcurrentExecutions Role Runtime Tags Timeout Tracing VersionDescription VpcConfig", ""],
  "AWS::Serverless::HttpApi": ["", "AccessLogSetting Auth CorsConfiguration DefaultRouteSettings DefinitionBody DefinitionUri Description DisableExecuteApiEndpoint Domain FailOnWarnings RouteSettings StageName StageVariables Tags", ""],
  "AWS::Serverless::LayerVersion": ["", "CompatibleRuntimes ContentUri Description LayerName LicenseInfo RetentionPolicy", ""],
  "AWS::Serverless::SimpleTable": ["", "PrimaryKey ProvisionedThroughput SSESpecification TableName Tags", ""],
  "AWS::Serverless::StateMachine": ["", "Definition DefinitionSubstitutions DefinitionUri Events Logging Name PermissionsBoundaries Policies Role Tags Tracing Type", ""],
  "AWS::ServerlessRepo::Application": ["ApplicationId CreationTime IsVerifiedAuthor", "Author Description HomePageUrl Labels LicenseBody Name ReadmeBody SemanticVersion SourceCodeUrl SpdxLicenseId TemplateBody", "Author Description Name"],
  "AWS::ServiceCatalog::AcceptedPortfolioShare": ["Id", "AcceptLanguage PortfolioId", "PortfolioId"],
  "AWS::ServiceCatalog::CloudFormationProduct": ["Id ProductName ProvisioningArtifactIds ProvisioningArtifactNames", "AcceptLanguage Description Distributor Name Owner ProductType ProvisioningArtifactParameters ReplaceProvisioningArtifacts SourceConnection SupportDescription SupportEmail SupportUrl Tags", "Name Owner"],
  "AWS::ServiceCatalog::CloudFormationProvisionedProduct": ["CloudformationStackArn Outputs ProvisionedProductId RecordId", "AcceptLanguage NotificationArns PathId PathName ProductId ProductName ProvisionedProductName ProvisioningArtifactId ProvisioningArtifactName ProvisioningParameters ProvisioningPreferences Tags", ""],
  "AWS::ServiceCatalog::LaunchNotificationConstraint": ["Id", "AcceptLanguage Description NotificationArns PortfolioId ProductId", "NotificationArns PortfolioId ProductId"],
  "AWS::ServiceCatalog::LaunchRoleConstraint": ["Id", "AcceptLanguage Description LocalRoleName PortfolioId ProductId RoleArn", "PortfolioId ProductId"],
  "AWS::ServiceCatalog::LaunchTemplateConstraint": ["Id", "AcceptLanguage Description PortfolioId ProductId Rules", "PortfolioId ProductId Rules"],
  "AWS::ServiceCatalog::Portfolio": ["Id PortfolioName", "AcceptLanguage Description DisplayName ProviderName Tags", "DisplayName ProviderName"],
  "AWS::ServiceCatalog::PortfolioPrincipalAssociation": ["", "AcceptLanguage PortfolioId PrincipalARN PrincipalType", "PrincipalType"],
  "AWS::ServiceCatalog::PortfolioProductAssociation": ["", "AcceptLanguage PortfolioId ProductId SourcePortfolioId", ""],
  "AWS::ServiceCatalog::PortfolioShare": ["", "AcceptLanguage AccountId PortfolioId ShareTagOptions", "AccountId PortfolioId"],
  "AWS::ServiceCatalog::ResourceUpdateConstraint": ["Id", "AcceptLanguage Description PortfolioId ProductId TagUpdateOnProvisionedProduct", "PortfolioId ProductId TagUpdateOnProvisionedProduct"],
  "AWS::ServiceCatalog::ServiceAction": ["Id", "AcceptLanguage Definition DefinitionType Description Name", "Definition DefinitionType Name"],
  "AWS::ServiceCatalog::ServiceActionAssociation": ["", "ProductId ProvisioningArtifactId ServiceActionId", "ProductId ProvisioningArtifactId ServiceActionId"],
  "AWS::ServiceCatalog::StackSetConstraint": ["Id", "AcceptLanguage AccountList AdminRole Description ExecutionRole PortfolioId ProductId RegionList StackInstanceControl", "AccountList AdminRole Description ExecutionRole PortfolioId ProductId RegionList StackInstanceControl"],
  "AWS::ServiceCatalog::TagOption": ["Id", "Active Key Value", "Key Value"],
  "AWS::ServiceCatalog::TagOptionAssociation": ["", "ResourceId TagOptionId", ""],
  "AWS::ServiceCatalogAppRegistry::Application": ["ApplicationName ApplicationTagKey ApplicationTagValue Arn Id", "Description Name Tags", "Name"],
  "AWS::ServiceCatalogAppRegistry::AttributeGroup": ["Arn Id", "Attributes Description Name Tags", "Attributes Name"],
  "AWS::ServiceCatalogAppRegistry::AttributeGroupAssociation": ["ApplicationArn AttributeGroupArn Id", "Application AttributeGroup", "Application AttributeGroup"],
  "AWS::ServiceCatalogAppRegistry::ResourceAssociation": ["ApplicationArn Id ResourceArn", "Application Resource ResourceType", "Application Resource ResourceType"],
  "AWS::ServiceDiscovery::HttpNamespace": ["Arn Id", "Description Name Tags", "Name"],
  "AWS::ServiceDiscovery::Instance": ["", "InstanceAttributes InstanceId ServiceId", "InstanceAttributes ServiceId"],
  "AWS::ServiceDiscovery::PrivateDnsNamespace": ["Arn HostedZoneId Id", "Description Name Properties Tags Vpc", "Name"],
  "AWS::ServiceDiscovery::PublicDnsNamespace": ["Arn HostedZoneId Id", "Description Name Properties Tags", "Name"],
  "AWS::ServiceDiscovery::Service": ["Arn Id Name", "Description DnsConfig HealthCheckConfig HealthCheckCustomConfig Name NamespaceId ServiceAttributes Tags Type", ""],
  "AWS::Shield::DRTAccess": ["AccountId", "LogBucketList RoleArn", "RoleArn"],
  "AWS::Shield::ProactiveEngagement": ["AccountId", "EmergencyContactList ProactiveEngagementStatus", "EmergencyContactList ProactiveEngagementStatus"],
  "AWS::Shield::Protection": ["ProtectionArn ProtectionId", "ApplicationLayerAutomaticResponseConfiguration HealthCheckArns Name ResourceArn Tags", "Name ResourceArn"],
  "AWS::Shield::ProtectionGroup": ["ProtectionGroupArn", "Aggregation Members Pattern ProtectionGroupId ResourceType Tags", "Aggregation Pattern ProtectionGroupId"],
  "AWS::Signer::ProfilePermission": ["", "Action Principal ProfileName ProfileVersion StatementId", "Action Principal ProfileName StatementId"],
  "AWS::Signer::SigningProfile": ["Arn ProfileName ProfileVersion ProfileVersionArn", "PlatformId ProfileName SignatureValidityPeriod Tags", "PlatformId"],
  "AWS::SimSpaceWeaver::Simulation": ["DescribePayload", "MaximumDuration Name RoleArn SchemaS3Location SnapshotS3Location", "Name RoleArn"],
  "AWS::StepFunctions::Activity": ["Arn Name", "EncryptionConfiguration Name Tags", "Name"],
  "AWS::StepFunctions::StateMachine": ["Arn Name StateMachineRevisionId", "Definition DefinitionS3Location DefinitionString DefinitionSubstitutions EncryptionConfiguration LoggingConfiguration RoleArn StateMachineName StateMachineType Tags TracingConfiguration", "RoleArn"],
  "AWS::StepFunctions::StateMachineAlias": ["Arn", "DeploymentPreference Description Name RoutingConfiguration StateMachineArn", ""],
  "AWS::StepFunctions::StateMachineVersion": ["Arn", "Description StateMachineArn StateMachineRevisionId", "StateMachineArn"],
  "AWS::StorageGateway::Tape": ["TapeARN TapeCreatedDate TapeStatus TapeUsedInBytes", "GatewayARN KMSEncrypted KMSKey PoolId Tags TapeBarcode TapeSizeInBytes Worm", "GatewayARN TapeSizeInBytes"],
  "AWS::StorageGateway::TapePool": ["PoolARN PoolId", "PoolName RetentionLockTimeInDays RetentionLockType StorageClass Tags", "PoolName StorageClass"],
  "AWS::StorageGateway::Volume": ["CreatedDate TargetARN VolumeARN VolumeAttachmentStatus VolumeId VolumeStatus VolumeType VolumeUsedInBytes", "GatewayARN KMSEncrypted KMSKey NetworkInterfaceId SnapshotId SourceVolumeARN Tags TargetName VolumeSizeInBytes", "GatewayARN NetworkInterfaceId TargetName VolumeSizeInBytes"],
  "AWS::SupportApp::AccountAlias": ["AccountAliasResourceId", "AccountAlias", "AccountAlias"],
  "AWS::SupportApp::SlackChannelConfiguration": ["", "ChannelId ChannelName ChannelRoleArn NotifyOnAddCorrespondenceToCase NotifyOnCaseSeverity NotifyOnCreateOrReopenCase NotifyOnResolveCase TeamId", "ChannelId ChannelRoleArn NotifyOnCaseSeverity TeamId"],
  "AWS::SupportApp::SlackWorkspaceConfiguration": ["", "TeamId VersionId", "TeamId"],
  "AWS::SupportAuthZ::SupportPermit": ["Arn CreatedAt PermitId Status", "Description Name Permit SigningKeyInfo SupportCaseDisplayId Tags", "Name Permit SigningKeyInfo"],
  "AWS::Synthetics::Canary": ["Code.SourceLocationArn Id State", "ArtifactConfig ArtifactS3Location BrowserConfigs Code DeleteLambdaResourcesOnCanaryDeletion DryRunAndUpdate ExecutionRoleArn FailureRetentionPeriod KmsKeyArn Name ProvisionedResourceCleanup Replicas ResourcesToReplicateTags RunConfig RuntimeVersion Schedule StartCanaryAfterCreation SuccessRetentionPeriod Tags VPCConfig VisualReference VisualReferences", "ArtifactS3Location Code ExecutionRoleArn Name RuntimeVersion Schedule"],
  "AWS::Synthetics::Group": ["Id", "Name ResourceArns Tags", "Name"],
  "AWS::SystemsManagerSAP::Application": ["Arn", "ApplicationId ApplicationType ComponentsInfo Credentials DatabaseArn Instances SapInstanceNumber Sid Tags", "ApplicationId ApplicationType"],
  "AWS::Textract::Adapter": ["AdapterId Arn CreationTime", "AdapterName AutoUpdate Description FeatureTypes Tags", "AdapterName FeatureTypes"],
  "AWS::Timestream::Database": ["Arn", "DatabaseName KmsKeyId Tags", ""],
  "AWS::Timestream::InfluxDBCluster": ["Arn Endpoint EngineType Id InfluxAuthParametersSecretArn NextMaintenanceTime ReaderEndpoint Status", "AllocatedStorage Bucket DbInstanceType DbParameterGroupIdentifier DbStorageType DeploymentType FailoverMode LogDeliveryConfiguration MaintenanceSchedule Name NetworkType Organization Password Port PubliclyAccessible Tags Username VpcSecurityGroupIds VpcSubnetIds", ""],
  "AWS::Timestream::InfluxDBInstance": ["Arn AvailabilityZone Endpoint Id InfluxAuthParametersSecretArn NextMaintenanceTime SecondaryAvailabilityZone Status", "AllocatedStorage Bucket DbInstanceType DbParameterGroupIdentifier DbStorageType DeploymentType LogDeliveryConfiguration MaintenanceSchedule Name NetworkType Organization Password Port PubliclyAccessible Tags Username VpcSecurityGroupIds VpcSubnetIds", ""],
  "AWS::Timestream::ScheduledQuery": ["Arn SQErrorReportConfiguration SQKmsKeyId SQName SQNotificationConfiguration SQQueryString SQScheduleConfiguration SQScheduledQueryExecutionRoleArn SQTargetConfiguration", "ClientToken ErrorReportConfiguration KmsKeyId NotificationConfiguration QueryString ScheduleConfiguration ScheduledQueryExecutionRoleArn ScheduledQueryName Tags TargetConfiguration", "ErrorReportConfiguration NotificationConfiguration QueryString ScheduleConfiguration ScheduledQueryExecutionRoleArn"],
  "AWS::Timestream::Table": ["Arn Name", "DatabaseName MagneticStoreWriteProperties RetentionProperties Schema TableName Tags", "DatabaseName"],
  "AWS::Transcribe::CallAnalyticsCategory": ["Arn CreateTime LastUpdateTime", "CategoryName InputType Rules Tags", "CategoryName Rules"],
  "AWS::Transcribe::MedicalVocabulary": ["Arn", "LanguageCode Tags VocabularyFileUri VocabularyName", "LanguageCode VocabularyName"],
  "AWS::Transcribe::Vocabulary": ["Arn LastModifiedTime VocabularyState", "DataAccessRoleArn LanguageCode Phrases Tags VocabularyFileUri VocabularyName", "LanguageCode VocabularyName"],
  "AWS::Transcribe::VocabularyFilter": ["Arn", "DataAccessRoleArn LanguageCode Tags VocabularyFilterFileUri VocabularyFilterName Words", "LanguageCode VocabularyFilterName"],
  "AWS::Transfer::Agreement": ["AgreementId Arn", "AccessRole BaseDirectory CustomDirectories Description EnforceMessageSigning LocalProfileId PartnerProfileId PreserveFilename ServerId Status Tags", "AccessRole LocalProfileId PartnerProfileId ServerId"],
  "AWS::Transfer::Certificate": ["Arn CertificateId NotAfterDate NotBeforeDate Serial Status Type", "ActiveDate Certificate CertificateChain Description InactiveDate PrivateKey Tags Usage", "Certificate Usage"],
  "AWS::Transfer::Connector": ["Arn ConnectorId ErrorMessage ServiceManagedEgressIpAddresses Status", "AccessRole As2Config EgressConfig EgressType IpAddressType LoggingRole SecurityPolicyName SftpConfig Tags Url", "AccessRole"],
  "AWS::Transfer::HostKey": ["Arn DateImported HostKeyFingerprint HostKeyId Type", "Description HostKeyBody ServerId Tags", "ServerId"],
  "AWS::Transfer::Profile": ["Arn ProfileId", "As2Id CertificateIds ProfileType Tags", "As2Id ProfileType"],
  "AWS::Transfer::Server": ["Arn As2ServiceManagedEgressIpAddresses ServerId State", "Certificate Domain EndpointDetails EndpointType IdentityProviderDetails IdentityProviderType IpAddressType LoggingRole PostAuthenticationLoginBanner PreAuthenticationLoginBanner ProtocolDetails Protocols S3StorageOptions SecurityPolicyName StructuredLogDestinations Tags WorkflowDetails", ""],
  "AWS::Transfer::User": ["Arn ServerId UserName", "HomeDirectory HomeDirectoryMappings HomeDirectoryType Policy PosixProfile Role ServerId SshPublicKeys Tags UserName", "Role ServerId UserName"],
  "AWS::Transfer::WebApp": ["Arn IdentityProviderDetails.ApplicationArn VpcEndpointId WebAppId", "AccessEndpoint EndpointDetails IdentityProviderDetails Tags WebAppCustomization WebAppEndpointPolicy WebAppUnits", "IdentityProviderDetails"],
  "AWS::Transfer::Workflow": ["Arn WorkflowId", "Description OnExceptionSteps Steps Tags", "Steps"],
  "AWS::Translate::ParallelData": ["Arn CreatedAt FailedRecordCount ImportedDataSize ImportedRecordCount LastUpdatedAt SkippedRecordCount SourceLanguageCode Status TargetLanguageCodes", "Description EncryptionKey Name ParallelDataConfig Tags", "Name ParallelDataConfig"],
  "AWS::UXC::AccountCustomization": ["AccountId", "AccountColor VisibleRegions VisibleServices", ""],
  "AWS::VerifiedPermissions::IdentitySource": ["Details Details.ClientIds Details.DiscoveryUrl Details.OpenIdIssuer Details.UserPoolArn IdentitySourceId", "Configuration PolicyStoreId PrincipalEntityType", "Configuration PolicyStoreId"],
  "AWS::VerifiedPermissions::Policy": ["PolicyId PolicyType", "Definition Name PolicyStoreId", "Definition PolicyStoreId"],
  "AWS::VerifiedPermissions::PolicyStore": ["Arn EncryptionState PolicyStoreId", "DeletionProtection Description EncryptionSettings Schema Tags ValidationSettings", "ValidationSettings"],
  "AWS::VerifiedPermissions::PolicyStoreAlias": ["", "AliasName PolicyStoreId", "AliasName PolicyStoreId"],
  "AWS::VerifiedPermissions::PolicyTemplate": ["PolicyTemplateId", "Description Name PolicyStoreId Statement", "PolicyStoreId Statement"],
  "AWS::VoiceID::Domain": ["DomainId", "Description Name ServerSideEncryptionConfiguration Tags", "Name ServerSideEncryptionConfiguration"],
  "AWS::VpcLattice::AccessLogSubscription": ["Arn Id ResourceArn ResourceId", "DestinationArn ResourceIdentifier ServiceNetworkLogType Tags", "DestinationArn"],
  "AWS::VpcLattice::AuthPolicy": ["State", "Policy ResourceIdentifier", "Policy ResourceIdentifier"],
  "AWS::VpcLattice::DomainVerification": ["Arn Id Status TxtMethodConfig", "DomainName Tags", "DomainName"],
  "AWS::VpcLattice::Listener": ["Arn Id ServiceArn ServiceId", "DefaultAction Name Port Protocol ServiceIdentifier Tags", "DefaultAction Protocol"],
  "AWS::VpcLattice::ResourceConfiguration": ["Arn Id", "AllowAssociationToSharableServiceNetwork CustomDomainName DomainVerificationId GroupDomain Name PortRanges ProtocolType ResourceConfigurationAuthType ResourceConfigurationDefinition ResourceConfigurationGroupId ResourceConfigurationType ResourceGatewayId Tags", "Name ResourceConfigurationType"],
  "AWS::VpcLattice::ResourceGateway": ["Arn Id", "IpAddressType Ipv4AddressesPerEni Name ResourceConfigDnsResolution SecurityGroupIds SubnetIds Tags VpcIdentifier", "Name SubnetIds VpcIdentifier"],
  "AWS::VpcLattice::ResourcePolicy": ["", "Policy ResourceArn", "Policy ResourceArn"],
  "AWS::VpcLattice::Rule": ["Arn Id", "Action ListenerIdentifier Match Name Priority ServiceIdentifier Tags", "Action Match Priority"],
  "AWS::VpcLattice::Service": ["Arn CreatedAt DnsEntry.DomainName DnsEntry.HostedZoneId Id LastUpdatedAt Status", "AuthType CertificateArn CustomDomainName DnsEntry IdleTimeoutSeconds Name Tags", ""],
  "AWS::VpcLattice::ServiceNetwork": ["Arn CreatedAt Id LastUpdatedAt", "AuthType Name SharingConfig Tags", ""],
  "AWS::VpcLattice::ServiceNetworkResourceAssociation": ["Arn Id", "PrivateDnsEnabled ResourceConfigurationId ServiceNetworkId Tags", ""],
  "AWS::VpcLattice::ServiceNetworkServiceAssociation": ["Arn CreatedAt DnsEntry.DomainName DnsEntry.HostedZoneId Id ServiceArn ServiceId ServiceName ServiceNetworkArn ServiceNetworkId ServiceNetworkName Status", "DnsEntry ServiceIdentifier ServiceNetworkIdentifier Tags", ""],
  "AWS::VpcLattice::ServiceNetworkVpcAssociation": ["Arn CreatedAt Id ServiceNetworkArn ServiceNetworkId ServiceNetworkName Status VpcId", "DnsOptions PrivateDnsEnabled SecurityGroupIds ServiceNetworkIdentifier Tags VpcIdentifier", ""],
  "AWS::VpcLattice::TargetGroup": ["Arn CreatedAt Id LastUpdatedAt Status", "Config Name Tags Targets Type", "Type"],
  "AWS::WAF::ByteMatchSet": ["Id", "ByteMatchTuples Name", "Name"],
  "AWS::WAF::IPSet": ["Id", "IPSetDescriptors Name", "Name"],
  "AWS::WAF::Rule": ["Id", "MetricName Name Predicates", "MetricName Name"],
  "AWS::WAF::SizeConstraintSet": ["Id", "Name SizeConstraints", "Name SizeConstraints"],
  "AWS::WAF::SqlInjectionMatchSet": ["Id", "Name SqlInjectionMatchTuples", "Name"],
  "AWS::WAF::WebACL": ["Id", "DefaultAction MetricName Name Rules", "DefaultAction MetricName Name"],
  "AWS::WAF::XssMatchSet": ["Id", "Name XssMatchTuples", "Name XssMatchTuples"],
  "AWS::WAFRegional::ByteMatchSet": ["Id", "ByteMatchTuples Name", "Name"],
  "AWS::WAFRegional::GeoMatchSet": ["Id", "GeoMatchConstraints Name", "Name"],
  "AWS::WAFRegional::IPSet": ["Id", "IPSetDescriptors Name", "Name"],
  "AWS::WAFRegional::RateBasedRule": ["Id", "MatchPredicates MetricName Name RateKey RateLimit", "MetricName Name RateKey RateLimit"],
  "AWS::WAFRegional::RegexPatternSet": ["Id", "Name RegexPatternStrings", "Name RegexPatternStrings"],
  "AWS::WAFRegional::Rule": ["Id", "MetricName Name Predicates", "MetricName Name"],
  "AWS::WAFRegional::SizeConstraintSet": ["Id", "Name SizeConstraints", "Name"],
  "AWS::WAFRegional::SqlInjectionMatchSet": ["Id", "Name SqlInjectionMatchTuples", "Name"],
  "AWS::WAFRegional::WebACL": ["Id", "DefaultAction MetricName Name Rules", "DefaultAction MetricName Name"],
  "AWS::WAFRegional::WebACLAssociation": ["Id", "ResourceArn WebACLId", "ResourceArn WebACLId"],
  "AWS::WAFRegional::XssMatchSet": ["Id", "Name XssMatchTuples", "Name"],
  "AWS::WAFv2::IPSet": ["Arn Id", "Addresses Description IPAddressVersion Name Scope Tags", "Addresses IPAddressVersion Scope"],
  "AWS::WAFv2::LoggingConfiguration": ["ManagedByFirewallManager", "LogDestinationConfigs LoggingFilter RedactedFields ResourceArn", "LogDestinationConfigs ResourceArn"],
  "AWS::WAFv2::RegexPatternSet": ["Arn Id", "Description Name RegularExpressionList Scope Tags", "RegularExpressionList Scope"],
  "AWS::WAFv2::RuleGroup": ["Arn Id LabelNamespace", "AvailableLabels Capacity ConsumedLabels CustomResponseBodies Description MonetizationConfig Name Rules Scope Tags VisibilityConfig", "Capacity Scope VisibilityConfig"],
  "AWS::WAFv2::WebACL": ["Arn Capacity Id LabelNamespace", "ApplicationConfig AssociationConfig CaptchaConfig ChallengeConfig CustomResponseBodies DataProtectionConfig DefaultAction Description MonetizationConfig Name OnSourceDDoSProtectionConfig Rules Scope Tags TokenDomains VisibilityConfig", "DefaultAction Scope VisibilityConfig"],
  "AWS::WAFv2::WebACLAssociation": ["", "ResourceArn WebACLArn", "ResourceArn WebACLArn"],
  "AWS::WellArchitected::AgentContext": ["ApplicationType Arn CreatedAt CreatedBy Criticality Id LastModifiedAt LastModifiedBy", "Content ContextType ProfileArn Title", "Content ContextType ProfileArn Title"],
  "AWS::WellArchitected::AgentGoal": ["Arn CreatedAt CreatedBy Id LastModifiedAt LastModifiedBy", "Description Pillars ProfileArn Title", "Pillars ProfileArn Title"],
  "AWS::WellArchitected::AgentProfile": ["Arn CreatedAt CreatedBy LastModifiedAt LastModifiedBy", "AggregationConfiguration BusinessOverview DeletionProtection Description DisplayName ExecutionRoleArn Name Pillars Tags", "AggregationConfiguration ExecutionRoleArn Name Pillars"],
  "AWS::WellArchitected::Lens": ["Description LensArn LensId Name Owner", "JSONString LensVersion Tags", ""],
  "AWS::WellArchitected::Profile": ["CreatedAt Owner ProfileArn ProfileVersion UpdatedAt", "ProfileDescription ProfileName ProfileQuestions Tags", "ProfileDescription ProfileName ProfileQuestions"],
  "AWS::WellArchitected::ReviewTemplate": ["Owner TemplateArn UpdateStatus UpdatedAt", "Description Lenses Notes Tags TemplateName", "Description Lenses TemplateName"],
  "AWS::WellArchitected::Workload": ["ImprovementStatus WorkloadArn WorkloadId", "AccountIds ArchitecturalDesign AwsRegions Description DiscoveryConfig Environment Industry IndustryType Lenses NonAwsRegions Notes ReviewOwner Tags WorkloadName", "Description Environment Lenses WorkloadName"],
  "AWS::Wickr::Network": ["AwsAccountId MigrationState NetworkArn NetworkId Standing", "AccessLevel NetworkName", "AccessLevel NetworkName"],
  "AWS::Wisdom::AIAgent": ["AIAgentArn AIAgentId AssistantArn ModifiedTimeSeconds", "AssistantId Configuration Description Name Tags Type", "AssistantId Configuration Type"],
  "AWS::Wisdom::AIAgentVersion": ["AIAgentArn AIAgentVersionId AssistantArn VersionNumber", "AIAgentId AssistantId ModifiedTimeSeconds", "AIAgentId AssistantId"],
  "AWS::Wisdom::AIGuardrail": ["AIGuardrailArn AIGuardrailId AssistantArn ModifiedTimeSeconds", "AssistantId BlockedInputMessaging BlockedOutputsMessaging ContentPolicyConfig ContextualGroundingPolicyConfig Description Name SensitiveInformationPolicyConfig Tags TopicPolicyConfig WordPolicyConfig", "AssistantId BlockedInputMessaging BlockedOutputsMessaging"],
  "AWS::Wisdom::AIGuardrailVersion": ["AIGuardrailArn AIGuardrailVersionId AssistantArn VersionNumber", "AIGuardrailId AssistantId ModifiedTimeSeconds", "AIGuardrailId AssistantId"],
  "AWS::Wisdom::AIPrompt": ["AIPromptArn AIPromptId AssistantArn ModifiedTimeSeconds", "ApiFormat AssistantId Description ModelId Name Tags TemplateConfiguration TemplateType Type", "ApiFormat ModelId TemplateConfiguration TemplateType Type"],
  "AWS::Wisdom::AIPromptVersion": ["AIPromptArn AIPromptVersionId AssistantArn VersionNumber", "AIPromptId AssistantId ModifiedTimeSeconds", "AIPromptId AssistantId"],
  "AWS::Wisdom::Assistant": ["AssistantArn AssistantId", "Description Name ServerSideEncryptionConfiguration Tags Type", "Name Type"],
  "AWS::Wisdom::AssistantAssociation": ["AssistantArn AssistantAssociationArn AssistantAssociationId", "AssistantId Association AssociationType Tags", "AssistantId Association AssociationType"],
  "AWS::Wisdom::KnowledgeBase": ["KnowledgeBaseArn KnowledgeBaseId", "Description KnowledgeBaseType Name RenderingConfiguration ServerSideEncryptionConfiguration SourceConfiguration Tags VectorIngestionConfiguration", "KnowledgeBaseType Name"],
  "AWS::Wisdom::MessageTemplate": ["MessageTemplateArn MessageTemplateContentSha256 MessageTemplateId", "ChannelSubtype Content DefaultAttributes Description GroupingConfiguration KnowledgeBaseArn Language MessageTemplateAttachments Name Tags", "ChannelSubtype Content KnowledgeBaseArn Name"],
  "AWS::Wisdom::MessageTemplateVersion": ["MessageTemplateVersionArn MessageTemplateVersionNumber", "MessageTemplateArn MessageTemplateContentSha256", "MessageTemplateArn"],
  "AWS::Wisdom::QuickResponse": ["Contents QuickResponseArn QuickResponseId Status", "Channels Content ContentType Description GroupingConfiguration IsActive KnowledgeBaseArn Language Name ShortcutKey Tags", "Content KnowledgeBaseArn Name"],
  "AWS::WorkSpaces::ConnectionAlias": ["AliasId Associations ConnectionAliasState", "ConnectionString Tags", "ConnectionString"],
  "AWS::WorkSpaces::Workspace": ["Id WorkspaceId", "BundleId DirectoryId RootVolumeEncryptionEnabled Tags UserName UserVolumeEncryptionEnabled VolumeEncryptionKey WorkspaceProperties", "BundleId DirectoryId UserName"],
  "AWS::WorkSpaces::WorkspaceIpGroup": ["Arn GroupId", "GroupDesc GroupName Tags UserRules", "GroupName"],
  "AWS::WorkSpaces::WorkspacesPool": ["CreatedAt PoolArn PoolId", "ApplicationSettings BundleId Capacity Description DirectoryId PoolName RunningMode Tags TimeoutSettings", "BundleId Capacity DirectoryId PoolName"],
  "AWS::WorkSpacesThinClient::Environment": ["ActivationCode Arn CreatedAt DesktopType Id PendingSoftwareSetId PendingSoftwareSetVersion RegisteredDevicesCount SoftwareSetComplianceStatus UpdatedAt", "DesiredSoftwareSetId DesktopArn DesktopEndpoint DeviceCreationTags KmsKeyArn MaintenanceWindow Name SoftwareSetUpdateMode SoftwareSetUpdateSchedule Tags", "DesktopArn"],
  "AWS::WorkSpacesWeb::BrowserSettings": ["AssociatedPortalArns BrowserSettingsArn", "AdditionalEncryptionContext BrowserPolicy CustomerManagedKey Tags WebContentFilteringPolicy", ""],
  "AWS::WorkSpacesWeb::DataProtectionSettings": ["AssociatedPortalArns CreationDate DataProtectionSettingsArn", "AdditionalEncryptionContext CustomerManagedKey Description DisplayName InlineRedactionConfiguration Tags", ""],
  "AWS::WorkSpacesWeb::IdentityProvider": ["IdentityProviderArn", "IdentityProviderDetails IdentityProviderName IdentityProviderType PortalArn Tags", "IdentityProviderDetails IdentityProviderName IdentityProviderType"],
  "AWS::WorkSpacesWeb::IpAccessSettings": ["AssociatedPortalArns CreationDate IpAccessSettingsArn", "AdditionalEncryptionContext CustomerManagedKey Description DisplayName IpRules Tags", "IpRules"],
  "AWS::WorkSpacesWeb::NetworkSettings": ["AssociatedPortalArns NetworkSettingsArn", "SecurityGroupIds SubnetIds Tags VpcId", "SecurityGroupIds SubnetIds VpcId"],
  "AWS::WorkSpacesWeb::Portal": ["BrowserType CreationDate PortalArn PortalEndpoint PortalStatus RendererType ServiceProviderSamlMetadata StatusReason", "AdditionalEncryptionContext AuthenticationType BrowserSettingsArn CustomerManagedKey DataProtectionSettingsArn DisplayName InstanceType IpAccessSettingsArn MaxConcurrentSessions NetworkSettingsArn PortalCustomDomain SessionLoggerArn Tags TrustStoreArn UserAccessLoggingSettingsArn UserSettingsArn", ""],
  "AWS::WorkSpacesWeb::SessionLogger": ["AssociatedPortalArns CreationDate SessionLoggerArn", "AdditionalEncryptionContext CustomerManagedKey DisplayName EventFilter LogConfiguration Tags", "EventFilter LogConfiguration"],
  "AWS::WorkSpacesWeb::TrustStore": ["AssociatedPortalArns TrustStoreArn", "CertificateList Tags", "CertificateList"],
  "AWS::WorkSpacesWeb::UserAccessLoggingSettings": ["AssociatedPortalArns UserAccessLoggingSettingsArn", "KinesisStreamArn Tags", "KinesisStreamArn"],
  "AWS::WorkSpacesWeb::UserSettings": ["AssociatedPortalArns BrandingConfiguration.FaviconMetadata BrandingConfiguration.LogoMetadata BrandingConfiguration.WallpaperMetadata UserSettingsArn", "AdditionalEncryptionContext BrandingConfiguration CookieSynchronizationConfiguration CopyAllowed CustomerManagedKey DeepLinkAllowed DisconnectTimeoutInMinutes DownloadAllowed IdleDisconnectTimeoutInMinutes PasteAllowed PrintAllowed Tags ToolbarConfiguration UploadAllowed WebAuthnAllowed", "CopyAllowed DownloadAllowed PasteAllowed PrintAllowed UploadAllowed"],
  "AWS::WorkspacesInstances::Volume": ["VolumeId", "AvailabilityZone Encrypted Iops KmsKeyId SizeInGB SnapshotId TagSpecifications Throughput VolumeType", "AvailabilityZone"],
  "AWS::WorkspacesInstances::VolumeAssociation": ["", "Device DisassociateMode VolumeId WorkspaceInstanceId", "Device VolumeId WorkspaceInstanceId"],
  "AWS::WorkspacesInstances::WorkspaceInstance": ["EC2ManagedInstance EC2ManagedInstance.InstanceId ProvisionState WorkspaceInstanceId", "ManagedInstance Tags", ""],
  "AWS::XRay::Group": ["GroupARN", "FilterExpression GroupName InsightsConfiguration Tags", "GroupName"],
  "AWS::XRay::ResourcePolicy": ["", "BypassPolicyLockoutCheck PolicyDocument PolicyName", "PolicyDocument PolicyName"],
  "AWS::XRay::SamplingRule": ["RuleARN", "RuleName SamplingRule SamplingRuleRecord SamplingRuleUpdate Tags", ""],
  "AWS::XRay::TransactionSearchConfig": ["AccountId", "IndexingPercentage", ""],
  "Alexa::ASK::Skill": ["Id", "AuthenticationConfiguration SkillPackage VendorId", "AuthenticationConfiguration SkillPackage VendorId"]
};

// src/config/rules/template-dependencies.ts
function dependencyCycles(section, resources) {
  const edges = /* @__PURE__ */ new Map();
  for (const [logicalId, resource] of Object.entries(section)) {
    if (!isMapping(resource)) continue;
    const named = /* @__PURE__ */ new Set();
    collectReferences({ ...resource, Condition: void 0 }, named);
    edges.set(logicalId, new Set([...named].filter((name) => resources.has(name))));
  }
  return stronglyConnectedCycles(edges);
}
function conditionCycles(section) {
  const edges = /* @__PURE__ */ new Map();
  for (const [name, condition] of Object.entries(section)) {
    const named = /* @__PURE__ */ new Set();
    collectConditionNames(condition, named);
    edges.set(name, new Set([...named].filter((other) => Object.hasOwn(section, other))));
  }
  return stronglyConnectedCycles(edges);
}
function collectConditionNames(node, into) {
  if (Array.isArray(node)) return node.forEach((item) => collectConditionNames(item, into));
  if (!isMapping(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "Condition" && typeof value === "string") into.add(value);
    else collectConditionNames(value, into);
  }
}
function stronglyConnectedCycles(edges) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const cycles = [];
  const visit = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    for (let member = stack.pop(); member !== void 0; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || edges.get(node)?.has(node)) cycles.push(component.sort(compareText));
  };
  for (const node of [...edges.keys()].sort(compareText)) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => compareText(a[0], b[0]));
}
function referencedNames(node) {
  const names = /* @__PURE__ */ new Set();
  collectReferences(node, names);
  return names;
}
function collectReferences(node, into) {
  if (Array.isArray(node)) return node.forEach((item) => collectReferences(item, into));
  if (!isMapping(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "DependsOn") {
      for (const name of Array.isArray(value) ? value : [value]) if (typeof name === "string") into.add(name);
    }
    if (key === "Ref" && typeof value === "string") into.add(value);
    if (key === "Fn::GetAtt") {
      const target = Array.isArray(value) ? value[0] : typeof value === "string" ? value.split(".")[0] : void 0;
      if (typeof target === "string") into.add(target);
    }
    if (key === "Fn::Sub") for (const name of subReferences(value)) into.add(name.split(".")[0]);
    collectReferences(value, into);
  }
}
function subReferences(argument) {
  const [text2, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text2 !== "string") return [];
  const own = new Set(isMapping(variables) ? Object.keys(variables) : []);
  return [...text2.matchAll(/\$\{([^!}][^}]*)\}/g)].map(([, variable]) => variable.trim()).filter((name) => !own.has(name));
}

// src/config/rules/template-resource-schema-rules.ts
var OPEN_TYPES = /^(Custom::|AWS::CloudFormation::CustomResource$|AWS::Serverless::)/;
var schemas = /* @__PURE__ */ new Map();
function schemaOf(type) {
  if (typeof type !== "string" || OPEN_TYPES.test(type)) return void 0;
  const row = RESOURCE_SCHEMAS[type];
  if (!row) return void 0;
  const split = (words) => words === "" ? [] : words.split(" ");
  const schema = schemas.get(type) ?? {
    attributes: new Set(split(row[0])),
    properties: new Set(split(row[1])),
    required: split(row[2])
  };
  schemas.set(type, schema);
  return schema;
}
var checkTemplateResourceSchemas = ({ repository }) => [...repository.templates.values()].flatMap((template) => {
  if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) return [];
  const resources = isMapping(template.template.Resources) ? template.template.Resources : {};
  const types = new Map(
    Object.entries(resources).flatMap(
      ([name, resource]) => isMapping(resource) && typeof resource.Type === "string" ? [[name, resource.Type]] : []
    )
  );
  return [
    ...Object.entries(resources).flatMap(([name, resource]) => propertyProblems(template, name, resource)),
    ...getAttProblems(template, types, template.template)
  ];
});
function propertyProblems({ source }, name, resource) {
  if (!isMapping(resource)) return [];
  const schema = schemaOf(resource.Type);
  if (!schema || schema.properties.size === 0) return [];
  const properties = resource.Properties ?? {};
  if (!isMapping(properties) || Object.keys(properties).some((key) => key.startsWith("Fn::"))) return [];
  const type = String(resource.Type);
  const problems = [];
  for (const key of Object.keys(properties)) {
    if (schema.properties.has(key)) continue;
    const near = closestName(key, schema.properties);
    const diagnostic = source.diagnostic(
      RULES.templateResource,
      near ? `${type} has no property '${key}'; did you mean '${near}'? CloudFormation would refuse it when a stack instance deploys ("Encountered unsupported property").` : `${type} has no property '${key}' in ${CLOUDFORMATION_RESOURCE_TYPES_SOURCE}; CloudFormation refuses an unknown property when a stack instance deploys. Check the name against the resource's documentation; if AWS added it since, this warning goes away with an update of @aws-cdk/aws-service-spec.`,
      ["Resources", name, "Properties", key],
      "key"
    );
    problems.push(near ? diagnostic : { ...diagnostic, severity: "warning" });
  }
  const missing = schema.required.filter((key) => !Object.hasOwn(properties, key));
  if (missing.length > 0)
    problems.push({
      ...source.diagnostic(
        RULES.templateResource,
        `${type} requires ${missing.map((key) => `'${key}'`).join(", ")} in ${CLOUDFORMATION_RESOURCE_TYPES_SOURCE}, which '${name}' does not set; CloudFormation refuses a resource without a property it requires when a stack instance deploys. Add ${missing.length === 1 ? "it" : "them"} under Properties, unless the resource's documentation lets another property stand in.`,
        ["Resources", name, ...isMapping(resource.Properties) ? ["Properties"] : []],
        "key"
      ),
      severity: "warning"
    });
  return problems;
}
function getAttProblems(template, types, body) {
  return functionCalls(body).flatMap(({ name, argument, path }) => {
    const attributes = name === "Fn::GetAtt" ? [argument] : name === "Fn::Sub" ? subReferences(argument).filter((variable) => variable.includes(".")) : [];
    return attributes.flatMap((attribute) => {
      const problem = attributeProblem(types, attribute);
      if (!problem) return [];
      const diagnostic = template.source.diagnostic(RULES.templateStructure, problem.message, path, "value");
      return [problem.near ? diagnostic : { ...diagnostic, severity: "warning" }];
    });
  });
}
function attributeProblem(types, argument) {
  const [resource, attribute] = Array.isArray(argument) ? argument : typeof argument === "string" ? [argument.slice(0, argument.indexOf(".")), argument.slice(argument.indexOf(".") + 1)] : [];
  if (typeof resource !== "string" || typeof attribute !== "string") return void 0;
  const type = types.get(resource);
  const schema = schemaOf(type);
  if (!schema || schema.attributes.size === 0) return void 0;
  const head = attribute.split(".")[0];
  if (schema.attributes.has(attribute) || schema.properties.has(attribute) || schema.attributes.has(head))
    return void 0;
  const near = closestName(attribute, [...schema.attributes, ...schema.properties]);
  return near ? {
    near: true,
    message: `resource '${resource}' (${type}) has no attribute '${attribute}'; did you mean '${near}'? CloudFormation would refuse the template.`
  } : {
    near: false,
    message: `resource '${resource}' (${type}) has no attribute '${attribute}' in ${CLOUDFORMATION_RESOURCE_TYPES_SOURCE} (it has ${[...schema.attributes].slice(0, 8).join(", ")}${schema.attributes.size > 8 ? ", \u2026" : ""}); CloudFormation refuses an attribute the type lacks. Check it against the resource's "Return values"; if AWS added it since, this warning goes away with an update of @aws-cdk/aws-service-spec.`
  };
}

// src/config/rules/template-iam-parameter-values.ts
function parameterPlaces(repository, template, parameter) {
  const declared = parametersOf(template.template)[parameter];
  if (!isMapping(declared)) return void 0;
  if (typeof declared.Type === "string" && declared.Type.startsWith("AWS::SSM::Parameter::Value")) return void 0;
  const baseline = template.baseline;
  const set = repository.organization?.value.baselines?.[baseline]?.parameters?.[parameter];
  const places = [
    set === void 0 ? {
      given: declared.Default,
      source: template.source,
      path: ["Parameters", parameter, "Default"],
      where: `its Default in ${template.file}`
    } : {
      given: set,
      source: repository.organization?.source,
      path: ["baselines", baseline, "parameters", parameter],
      where: "baselines/organization.yaml"
    },
    ...repository.accounts.filter(
      ({ value: manifest }) => effectiveBaselineNames(repository.organizationalUnits, manifest).includes(baseline)
    ).map(({ source, value: manifest }) => ({
      given: manifest.parameters?.[baseline]?.[parameter],
      source,
      path: ["parameters", baseline, parameter],
      where: source.file
    }))
  ];
  return places.flatMap(
    ({ given, source, path, where }) => source !== void 0 && (typeof given === "string" || typeof given === "number") ? [{ value: String(given), source, path, where }] : []
  );
}
function refParameterProblems(repository, template, value, property, check) {
  const parameter = isMapping(value) && typeof value.Ref === "string" ? value.Ref : void 0;
  if (parameter === void 0) return [];
  return (parameterPlaces(repository, template, parameter) ?? []).flatMap(({ value: given, source, path }) => {
    const problem = check(given);
    return problem ? [
      source.diagnostic(
        RULES.templateResource,
        `${problem}: parameter ${parameter} of ${template.file} sets ${property}. IAM would refuse it when a stack instance deploys; fix the value.`,
        path
      )
    ] : [];
  });
}

// src/config/rules/template-expression-values.ts
var UNKNOWN = "x";
var PSEUDO = {
  "AWS::AccountId": "000000000000",
  "AWS::Region": "xx-xxxx-1",
  "AWS::Partition": "aws",
  "AWS::URLSuffix": "amazonaws.com"
};
var MAX_TEXTS = 64;
function possibleTexts(repository, template, value, instance) {
  const capped = (texts) => texts && texts.length <= MAX_TEXTS ? texts : void 0;
  const parameters = parametersOf(template.template);
  const mappings = template.template?.Mappings;
  const parameterTexts = (name) => {
    if (instance) {
      if (isMapping(parameters[name])) {
        const given = instance.parameter(name);
        return [
          given ? { text: given.value, from: [`${name} from ${given.where}`], partial: false } : { text: UNKNOWN, from: [], partial: true }
        ];
      }
      const pseudo = name.startsWith("AWS::") ? instance.pseudo(name) : void 0;
      return pseudo === void 0 ? void 0 : [{ text: pseudo, from: [], partial: false }];
    }
    if (!isMapping(parameters[name]))
      return name.startsWith("AWS::") ? [{ text: PSEUDO[name] ?? UNKNOWN, from: [], partial: true }] : void 0;
    const places = parameterPlaces(repository, template, name);
    if (!places) return [{ text: UNKNOWN, from: [], partial: true }];
    return capped(places.map(({ value: value2, where }) => ({ text: value2, from: [`${name} from ${where}`], partial: false })));
  };
  const join2 = (lists, separator) => {
    let texts;
    for (const list of lists) {
      texts = texts === void 0 ? list : texts.flatMap(
        (head) => list.map((tail) => ({
          text: `${head.text}${separator}${tail.text}`,
          from: [...head.from, ...tail.from],
          partial: head.partial || tail.partial
        }))
      );
      if (texts.length > MAX_TEXTS) return void 0;
    }
    return texts ?? [{ text: "", from: [], partial: false }];
  };
  const resolve = (node, depth = 0) => {
    if (depth > 8) return void 0;
    if (typeof node === "string" || typeof node === "number") return [{ text: String(node), from: [], partial: false }];
    if (!isMapping(node)) return void 0;
    const entries = Object.entries(node);
    if (entries.length !== 1) return void 0;
    const [[name, argument]] = entries;
    const all = (nodes) => {
      const lists = nodes.map((item) => resolve(item, depth + 1));
      return lists.every((list) => list !== void 0) ? lists : void 0;
    };
    switch (name) {
      case "Ref":
        return typeof argument === "string" ? parameterTexts(argument) : void 0;
      case "Fn::If": {
        if (!Array.isArray(argument) || argument.length !== 3) return void 0;
        const branches = argument.slice(1).filter((branch) => !(isMapping(branch) && branch.Ref === "AWS::NoValue"));
        const lists = all(branches);
        return capped(lists?.flat().filter((text2) => text2.from.length === 0));
      }
      case "Fn::Join": {
        if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1]))
          return void 0;
        const lists = all(argument[1]);
        return lists && join2(lists, argument[0]);
      }
      case "Fn::Sub": {
        const [text2, variables] = Array.isArray(argument) ? argument : [argument, {}];
        if (typeof text2 !== "string") return void 0;
        const map = isMapping(variables) ? variables : {};
        const pieces = [];
        let last = 0;
        for (const match of text2.matchAll(/\$\{([^}]*)\}/g)) {
          pieces.push([{ text: text2.slice(last, match.index), from: [], partial: false }]);
          last = match.index + match[0].length;
          const inner = match[1];
          if (inner.startsWith("!")) {
            pieces.push([{ text: `\${${inner.slice(1)}}`, from: [], partial: false }]);
            continue;
          }
          const variable = inner.trim();
          const resolved = Object.hasOwn(map, variable) ? resolve(map[variable], depth + 1) : isMapping(parameters[variable]) || variable.startsWith("AWS::") ? parameterTexts(variable) : [{ text: UNKNOWN, from: [], partial: true }];
          if (!resolved) return void 0;
          pieces.push(resolved);
        }
        pieces.push([{ text: text2.slice(last), from: [], partial: false }]);
        return join2(pieces, "");
      }
      case "Fn::FindInMap": {
        if (!Array.isArray(argument) || argument.length < 3 || !isMapping(mappings)) return void 0;
        const keys = all(argument.slice(0, 3));
        if (!keys || keys[0].length * keys[1].length * keys[2].length > MAX_TEXTS) return void 0;
        return keys[0].flatMap(
          (map) => keys[1].flatMap(
            (first) => keys[2].flatMap((second) => {
              const table = mappings[map.text];
              const row = isMapping(table) ? table[first.text] : void 0;
              const found = isMapping(row) ? row[second.text] : void 0;
              return typeof found === "string" || typeof found === "number" ? [{ text: String(found), from: [...map.from, ...first.from, ...second.from], partial: false }] : [];
            })
          )
        );
      }
      case "Fn::Select": {
        if (!Array.isArray(argument) || argument.length !== 2) return void 0;
        const index = Number(argument[0]);
        if (!Number.isInteger(index)) return void 0;
        const list = argument[1];
        if (Array.isArray(list)) return index < list.length ? resolve(list[index], depth + 1) : void 0;
        const source = isMapping(list) && Array.isArray(list["Fn::Split"]) && typeof list["Fn::Split"][0] === "string" ? { texts: resolve(list["Fn::Split"][1], depth + 1), separator: list["Fn::Split"][0], trim: false } : { texts: resolve(list, depth + 1), separator: ",", trim: true };
        return source.texts?.flatMap((whole) => {
          const member = whole.text.split(source.separator)[index];
          return member === void 0 ? [] : [{ ...whole, text: source.trim ? member.trim() : member }];
        });
      }
      default:
        return [{ text: UNKNOWN, from: [], partial: true }];
    }
  };
  return resolve(value);
}

// src/config/rules/template-iam-value-rules.ts
var iamName = (member, maxLength) => ({
  member,
  minLength: 1,
  maxLength,
  unit: "characters",
  allowedCharacter: /[\w+=,.@-]/,
  allowedCharacters: "letters, digits and _ + = , . @ -"
});
var ROLE_NAME = iamName("CreateRole and AttachRolePolicy RoleName, shape roleNameType", 64);
var POLICY_NAME = iamName("CreatePolicy and Put{Role,Group,User}Policy PolicyName, shape policyNameType", 128);
var USER_NAME = iamName("PutUserPolicy and AttachUserPolicy UserName, shape existingUserNameType", 128);
var INSTANCE_PROFILE_NAME = iamName("CreateInstanceProfile InstanceProfileName, shape instanceProfileNameType", 128);
var GROUP_NAME = iamName("CreateGroup, PutGroupPolicy and AttachGroupPolicy GroupName, shape groupNameType", 128);
var ROLE_DESCRIPTION = {
  member: "CreateRole Description, shape roleDescriptionType",
  minLength: 0,
  maxLength: 1e3,
  unit: "characters",
  allowedCharacter: /[\t\n\r\u0020-\u007E\u00A1-\u00FF]/,
  allowedCharacters: "printable ASCII, Latin-1 letters and signs, tabs and line breaks"
};
var POLICY_DESCRIPTION2 = {
  member: "CreatePolicy Description, shape policyDescriptionType",
  minLength: 0,
  maxLength: 1e3,
  unit: "characters"
};
var PATH = {
  member: "shape pathType",
  pattern: /^(?:\/|\/[\u0021-\u007E]+\/)$/,
  example: "/ or /platform/"
};
var POLICY_PATH = {
  member: "CreatePolicy Path, shape policyPathType",
  pattern: /^(?:(?:\/[A-Za-z0-9.,+@=_-]+)*)\/$/,
  example: "/ or /platform/"
};
var MAX_PATH_LENGTH = 512;
var MAX_SESSION_DURATION = { min: 3600, max: 43200 };
var text = (constraint) => (value) => {
  if (typeof value !== "string") return void 0;
  const length = lengthProblem(constraint, value);
  if (length) return `${JSON.stringify(value)} ${length} (${constraint.member})`;
  const refused = refusedCharacters(constraint, value);
  return refused.length > 0 ? `${JSON.stringify(value)} holds ${refused.map(describeCharacter).join(", ")}; IAM takes only ${constraint.allowedCharacters} (${constraint.member})` : void 0;
};
var iamPath = (constraint) => (value) => {
  if (typeof value !== "string") return void 0;
  if (value.length > MAX_PATH_LENGTH)
    return `${JSON.stringify(value)} is ${value.length} characters; at most ${MAX_PATH_LENGTH} fit (${constraint.member})`;
  return constraint.pattern.test(value) ? void 0 : `${JSON.stringify(value)} is not an IAM path: it starts and ends with /, such as ${constraint.example} (${constraint.member})`;
};
var sessionDuration = (value) => {
  const seconds = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : void 0;
  const shape = "(CreateRole MaxSessionDuration, shape roleMaxSessionDurationType)";
  if (seconds === void 0 || !Number.isInteger(seconds))
    return typeof value === "string" || typeof value === "number" ? `${JSON.stringify(value)} is not a whole number of seconds ${shape}` : void 0;
  return seconds >= MAX_SESSION_DURATION.min && seconds <= MAX_SESSION_DURATION.max ? void 0 : `${seconds} is outside ${MAX_SESSION_DURATION.min} to ${MAX_SESSION_DURATION.max} seconds, 1 to 12 hours ${shape}`;
};
var eachName = (check) => (value) => Array.isArray(value) ? value.map(check).find((problem) => problem !== void 0) : void 0;
var CHECKS = {
  "AWS::IAM::Role": {
    RoleName: text(ROLE_NAME),
    Path: iamPath(PATH),
    Description: text(ROLE_DESCRIPTION),
    MaxSessionDuration: sessionDuration
  },
  "AWS::IAM::ManagedPolicy": {
    ManagedPolicyName: text(POLICY_NAME),
    Path: iamPath(POLICY_PATH),
    Description: text(POLICY_DESCRIPTION2),
    Roles: eachName(text(ROLE_NAME)),
    Groups: eachName(text(GROUP_NAME)),
    Users: eachName(text(USER_NAME))
  },
  "AWS::IAM::Policy": {
    PolicyName: text(POLICY_NAME),
    Roles: eachName(text(ROLE_NAME)),
    Groups: eachName(text(GROUP_NAME)),
    Users: eachName(text(USER_NAME))
  },
  "AWS::IAM::RolePolicy": { PolicyName: text(POLICY_NAME), RoleName: text(ROLE_NAME) },
  "AWS::IAM::GroupPolicy": { PolicyName: text(POLICY_NAME), GroupName: text(GROUP_NAME) },
  "AWS::IAM::UserPolicy": { PolicyName: text(POLICY_NAME), UserName: text(USER_NAME) },
  "AWS::IAM::InstanceProfile": { InstanceProfileName: text(INSTANCE_PROFILE_NAME), Path: iamPath(PATH) },
  "AWS::IAM::Group": { GroupName: text(GROUP_NAME), Path: iamPath(PATH) }
};
var LISTED_NAMES = {
  Roles: ROLE_NAME,
  Groups: GROUP_NAME,
  Users: USER_NAME
};
var LISTS_NAMES = /* @__PURE__ */ new Set(["AWS::IAM::ManagedPolicy", "AWS::IAM::Policy"]);
var WITH_INLINE_POLICIES = /* @__PURE__ */ new Set(["AWS::IAM::Role", "AWS::IAM::Group"]);
var WITH_POLICY_DOCUMENT = /* @__PURE__ */ new Set([
  "AWS::IAM::ManagedPolicy",
  "AWS::IAM::Policy",
  "AWS::IAM::RolePolicy",
  "AWS::IAM::GroupPolicy",
  "AWS::IAM::UserPolicy"
]);
var RESOURCE_POLICIES = {
  "AWS::S3::BucketPolicy": "PolicyDocument",
  "AWS::S3::AccessPoint": "Policy",
  "AWS::KMS::Key": "KeyPolicy",
  "AWS::KMS::ReplicaKey": "KeyPolicy",
  "AWS::SQS::QueuePolicy": "PolicyDocument",
  "AWS::SNS::TopicPolicy": "PolicyDocument",
  "AWS::SecretsManager::ResourcePolicy": "ResourcePolicy",
  "AWS::ECR::Repository": "RepositoryPolicyText"
};
var WITH_TAGS = /* @__PURE__ */ new Set(["AWS::IAM::Role", "AWS::IAM::ManagedPolicy", "AWS::IAM::InstanceProfile"]);
var MAX_TAGS = 50;
var TAG_KEY = {
  member: "IAM Tag Key, shape tagKeyType",
  minLength: 1,
  maxLength: 128,
  unit: "characters",
  allowedCharacter: /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u,
  allowedCharacters: "letters, numbers, spaces and _ . : / = + - @"
};
var TAG_VALUE = {
  ...TAG_KEY,
  member: "IAM Tag Value, shape tagValueType",
  minLength: 0,
  maxLength: 256
};
var reservedTagKey2 = (value) => typeof value === "string" && value.toLowerCase().startsWith("aws:") ? `${JSON.stringify(value)} starts with aws:, which AWS reserves for its own tags` : void 0;
function taggable(checkKey) {
  return (value) => checkKey(value) ?? reservedTagKey2(value);
}
function policyArn(partition) {
  return (value) => {
    if (typeof value !== "string") return void 0;
    if (!value.startsWith("arn:") || value.length < 20 || value.length > 2048)
      return `${JSON.stringify(value)} is not a policy ARN (shape arnType: arn:\u2026, 20 to 2,048 characters), such as arn:${partition ?? "aws"}:iam::aws:policy/ReadOnlyAccess`;
    const named = value.split(":")[1];
    return partition && named !== partition && !named?.includes("$") ? `${JSON.stringify(value)} names the partition '${named}', but the organization is in '${partition}' (homeRegion); IAM refuses a policy of another partition. Write arn:${partition}:\u2026 or !Sub arn:\${AWS::Partition}:\u2026` : void 0;
  };
}
var checkTemplateIamValues = ({ repository }) => {
  const partition = AWS_REGIONS[String(repository.organization?.value.homeRegion)]?.partition;
  const arn = policyArn(partition);
  return [...repository.templates.values()].flatMap((loaded) => {
    const { source, template } = loaded;
    if (!isCloudFormationTemplate(template) || usesMacros(template)) return [];
    const resources = isMapping(template.Resources) ? template.Resources : {};
    const diagnostics = [];
    const byRef = [];
    const byExpression = (value, property, checkValue, path) => {
      if (typeof value !== "object" || value === null || Array.isArray(value) || "Ref" in value) return;
      const problems = /* @__PURE__ */ new Set();
      for (const possible of possibleTexts(repository, loaded, value) ?? []) {
        if (possible.partial && (property === "MaxSessionDuration" || possible.text === "x")) continue;
        const problem = checkValue(possible.text);
        if (problem)
          problems.add(
            `${problem}: ${property} can be that in a stack instance${possible.from.length > 0 ? ` (${possible.from.join(", ")})` : ""}${possible.partial ? ", what AWS decides there written at its shortest (a pseudo parameter as us-east-1 or an account id would be, an attribute as x)" : ""}`
          );
      }
      for (const problem of problems) check(problem, path);
    };
    const given = (value, property, label, checkValue, path) => {
      byRef.push(...refParameterProblems(repository, loaded, value, label, checkValue));
      byExpression(value, property, checkValue, path);
    };
    const check = (problem, path) => {
      if (problem)
        diagnostics.push(
          source.diagnostic(
            RULES.templateResource,
            `${problem}. IAM would refuse it when a stack instance deploys, in every account; fix the value.`,
            path
          )
        );
    };
    for (const [name, resource] of Object.entries(resources)) {
      if (!isMapping(resource) || typeof resource.Type !== "string" || !isMapping(resource.Properties)) continue;
      const type = resource.Type;
      const properties = resource.Properties;
      const at = (...path) => ["Resources", name, "Properties", ...path];
      const policy = (document, kind, path) => diagnostics.push(
        ...checkTemplatePolicy(source, document, kind, path, partition, type === "AWS::ECR::Repository")
      );
      const resourcePolicy = RESOURCE_POLICIES[type];
      if (resourcePolicy !== void 0 && properties[resourcePolicy] !== void 0)
        policy(properties[resourcePolicy], "resource", at(resourcePolicy));
      if (type === "AWS::Organizations::Policy" && properties.Type === "SERVICE_CONTROL_POLICY" && properties.Content !== void 0)
        policy(properties.Content, "scp", at("Content"));
      const tags = type.startsWith("AWS::") && type !== "AWS::CloudFormation::CustomResource" ? properties.Tags : void 0;
      const keys = Array.isArray(tags) ? tags.flatMap(
        (tag, index) => isMapping(tag) && typeof tag.Key === "string" ? [[tag.Key, at("Tags", index, "Key")]] : []
      ) : isMapping(tags) && !Object.keys(tags).some((key) => key === "Ref" || key.startsWith("Fn::")) ? Object.keys(tags).map((key) => [key, at("Tags", key)]) : [];
      for (const [key, path] of keys) {
        const reserved = reservedTagKey2(key);
        if (reserved)
          diagnostics.push(
            source.diagnostic(
              RULES.templateResource,
              `${reserved}; the service refuses it when a stack instance deploys, in every account. Use another key.`,
              path,
              Array.isArray(tags) ? "value" : "key"
            )
          );
      }
      const checks = CHECKS[type];
      if (!checks) continue;
      for (const [property, checkValue] of Object.entries(checks))
        if (Object.hasOwn(properties, property)) {
          check(checkValue(properties[property]), at(property));
          byRef.push(
            ...refParameterProblems(repository, loaded, properties[property], `${name}.${property}`, checkValue)
          );
          byExpression(properties[property], property, checkValue, at(property));
        }
      if (type === "AWS::IAM::Role" && properties.AssumeRolePolicyDocument !== void 0)
        policy(properties.AssumeRolePolicyDocument, "trust", at("AssumeRolePolicyDocument"));
      if (WITH_POLICY_DOCUMENT.has(type) && properties.PolicyDocument !== void 0)
        policy(properties.PolicyDocument, "identity", at("PolicyDocument"));
      if (WITH_INLINE_POLICIES.has(type) && Array.isArray(properties.Policies))
        properties.Policies.forEach((inline, index) => {
          if (!isMapping(inline)) return;
          if (Object.hasOwn(inline, "PolicyName")) {
            check(text(POLICY_NAME)(inline.PolicyName), at("Policies", index, "PolicyName"));
            byExpression(inline.PolicyName, "PolicyName", text(POLICY_NAME), at("Policies", index, "PolicyName"));
            byRef.push(
              ...refParameterProblems(
                repository,
                loaded,
                inline.PolicyName,
                `${name}.Policies.PolicyName`,
                text(POLICY_NAME)
              )
            );
          }
          if (inline.PolicyDocument !== void 0)
            policy(inline.PolicyDocument, "identity", at("Policies", index, "PolicyDocument"));
        });
      for (const [property, constraint] of Object.entries(LISTED_NAMES))
        if (LISTS_NAMES.has(type) && Array.isArray(properties[property]))
          properties[property].forEach(
            (entry, index) => given(entry, property, `${name}.${property}`, text(constraint), at(property, index))
          );
      if (Array.isArray(properties.ManagedPolicyArns))
        properties.ManagedPolicyArns.forEach((entry, index) => {
          check(arn(entry), at("ManagedPolicyArns", index));
          given(entry, "ManagedPolicyArns", `${name}.ManagedPolicyArns`, arn, at("ManagedPolicyArns", index));
        });
      if (type === "AWS::IAM::Role" && properties.PermissionsBoundary !== void 0) {
        check(arn(properties.PermissionsBoundary), at("PermissionsBoundary"));
        given(
          properties.PermissionsBoundary,
          "PermissionsBoundary",
          `${name}.PermissionsBoundary`,
          arn,
          at("PermissionsBoundary")
        );
      }
      if (WITH_TAGS.has(type) && Array.isArray(properties.Tags)) {
        if (properties.Tags.length > MAX_TAGS)
          check(`${properties.Tags.length} tags; IAM takes at most ${MAX_TAGS} (shape tagListType)`, at("Tags"));
        properties.Tags.forEach((tag, index) => {
          if (!isMapping(tag)) return;
          check(text(TAG_KEY)(tag.Key), at("Tags", index, "Key"));
          check(text(TAG_VALUE)(tag.Value), at("Tags", index, "Value"));
          given(tag.Key, "a tag key", `${name}.Tags Key`, taggable(text(TAG_KEY)), at("Tags", index, "Key"));
          given(tag.Value, "a tag value", `${name}.Tags Value`, text(TAG_VALUE), at("Tags", index, "Value"));
        });
      }
    }
    const seen = /* @__PURE__ */ new Set();
    const distinct = byRef.filter((diagnostic) => {
      const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return [...diagnostics, ...distinct];
  });
};

// src/config/rules/template-name-collision-rules.ts
var checkIamNameCollisions = ({ repository }) => iamNameCollisions(
  repository.templates.values(),
  // Which baselines each declared account receives, for names two baselines share.
  repository.accounts.filter(({ value }) => value.closed !== true).map(({ value }) => ({
    account: value.name,
    baselines: new Set(effectiveBaselineNames(repository.organizationalUnits, value))
  })),
  repository.organization?.value.stackSets?.executionRoleName
);
function iamNameCollisions(templates, received, executionRole) {
  const byName = /* @__PURE__ */ new Map();
  for (const template of templates) {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    for (const resource of resourcesOf(template.template)) {
      const property = NAMED_IAM_PROPERTIES[resource.type];
      const name = property === void 0 ? void 0 : resource.properties[property];
      if (typeof name !== "string") continue;
      const key = `${resource.type}\0${name.toLowerCase()}`;
      const condition = resource.condition === void 0 ? void 0 : JSON.stringify(resource.condition);
      byName.set(key, [
        ...byName.get(key) ?? [],
        { template, logicalId: resource.logicalId, property, name, ...condition ? { condition } : {} }
      ]);
    }
  }
  const diagnostics = [];
  for (const named of byName.values()) {
    named.forEach((resource, index) => {
      const earlier = named.slice(0, index);
      const together = (other) => other.condition === void 0 || resource.condition === void 0 || other.condition === resource.condition;
      const sameTemplate = earlier.find((other) => other.template === resource.template && together(other));
      const sharedAccount = (other) => received.find(
        ({ baselines }) => baselines.has(other.template.baseline) && baselines.has(resource.template.baseline)
      )?.account;
      const otherBaseline = earlier.find(
        (other) => other.condition === void 0 && resource.condition === void 0 && other.template.baseline !== resource.template.baseline && sharedAccount(other) !== void 0
      );
      const fix = resource.property === "Url" ? "Create the provider in one baseline only, and pass its ARN to the other (a parameter)" : "Give one of them another name";
      const reserved = resource.property === "RoleName" && resource.name.toLowerCase() === executionRole?.toLowerCase() ? `RoleName '${resource.name}' is stackSets.executionRoleName in organization.yaml, the role vend's StackSets deploy through, which already exists in every account; creating it fails with "already exists" in every account. Give this role another name.` : void 0;
      const message = reserved ?? (sameTemplate ? `${resource.property} '${resource.name}' is also the name of '${sameTemplate.logicalId}' in this template; IAM names are unique in an account (whatever their case), so the second fails with "already exists" in every account. ${fix}.` : otherBaseline ? `${resource.property} '${resource.name}' is also set by '${otherBaseline.logicalId}' in baseline ${otherBaseline.template.baseline} (${otherBaseline.template.file}), and account ${sharedAccount(otherBaseline)} receives both baselines; IAM names are unique in an account (whatever their case), so the second stack fails with "already exists" there. ${fix}.` : void 0);
      if (message)
        diagnostics.push(
          resource.template.source.diagnostic(RULES.templateResource, message, [
            "Resources",
            resource.logicalId,
            "Properties",
            resource.property
          ])
        );
    });
  }
  return diagnostics;
}

// src/config/rules/unique-physical-names.ts
var UNIQUE_NAMES = {
  // Amazon S3 User Guide, "General purpose bucket naming rules".
  "AWS::S3::Bucket": {
    property: "BucketName",
    scope: "partition",
    rule: "S3 bucket names are unique across every account and Region of the partition",
    outcome: "fails with BucketAlreadyExists"
  },
  // AWS Systems Manager User Guide, "Creating Parameter Store parameters": unique within an account's Region.
  "AWS::SSM::Parameter": {
    property: "Name",
    scope: "region",
    rule: "Parameter Store names are unique in an account\u2019s Region",
    outcome: "fails with ParameterAlreadyExists"
  },
  // CloudWatch Logs API Reference, CreateLogGroup: "Log group names must be unique within a Region for an AWS account".
  "AWS::Logs::LogGroup": {
    property: "LogGroupName",
    scope: "region",
    rule: "log group names are unique in an account\u2019s Region",
    outcome: "fails with ResourceAlreadyExistsException"
  },
  // KMS API Reference, CreateAlias: "The alias must be unique in the account and Region".
  "AWS::KMS::Alias": {
    property: "AliasName",
    scope: "region",
    rule: "KMS alias names are unique in an account\u2019s Region",
    outcome: "fails with AlreadyExistsException"
  },
  // DynamoDB API Reference, CreateTable: "table names must be unique within each Region" of an account.
  "AWS::DynamoDB::Table": {
    property: "TableName",
    scope: "region",
    rule: "DynamoDB table names are unique in an account\u2019s Region",
    outcome: "fails with ResourceInUseException"
  },
  // Lambda API Reference, CreateFunction: ResourceConflictException, "The resource already exists".
  "AWS::Lambda::Function": {
    property: "FunctionName",
    scope: "region",
    rule: "Lambda function names are unique in an account\u2019s Region",
    outcome: "fails with ResourceConflictException"
  },
  // Secrets Manager API Reference, CreateSecret: ResourceExistsException for a name the Region already holds.
  "AWS::SecretsManager::Secret": {
    property: "Name",
    scope: "region",
    rule: "secret names are unique in an account\u2019s Region",
    outcome: "fails with ResourceExistsException"
  },
  // SQS API Reference, CreateQueue: an existing name with other attributes fails (QueueNameExists); with the same
  // ones the existing queue's URL is returned, and the two stacks share one queue.
  "AWS::SQS::Queue": {
    property: "QueueName",
    scope: "region",
    rule: "queue names are unique in an account\u2019s Region",
    outcome: "fails with QueueNameExists, or shares the first stack\u2019s queue, which deleting either stack deletes"
  },
  // SNS API Reference, CreateTopic: "if the requester already owns a topic with the specified name, that topic's ARN
  // is returned without creating a new topic".
  "AWS::SNS::Topic": {
    property: "TopicName",
    scope: "region",
    rule: "topic names are unique in an account\u2019s Region",
    outcome: "fails as already existing, or shares the first stack\u2019s topic, which deleting either stack deletes"
  },
  // CloudTrail API Reference, CreateTrail: TrailAlreadyExistsException.
  "AWS::CloudTrail::Trail": {
    property: "TrailName",
    scope: "region",
    rule: "trail names are unique in an account\u2019s Region",
    outcome: "fails with TrailAlreadyExistsException"
  },
  // Config API Reference, PutConfigRule: a rule of an existing name is updated.
  "AWS::Config::ConfigRule": {
    property: "ConfigRuleName",
    scope: "region",
    rule: "Config rule names are unique in an account\u2019s Region",
    outcome: "fails as already existing, or rewrites the first stack\u2019s rule (PutConfigRule updates a rule by name)"
  },
  // CloudWatch API Reference, PutMetricAlarm: an alarm of an existing name is updated.
  "AWS::CloudWatch::Alarm": {
    property: "AlarmName",
    scope: "region",
    rule: "alarm names are unique in an account\u2019s Region",
    outcome: "fails as already existing, or rewrites the first stack\u2019s alarm (PutMetricAlarm updates an alarm by name)"
  },
  // EventBridge API Reference, CreateEventBus: ResourceAlreadyExistsException.
  "AWS::Events::EventBus": {
    property: "Name",
    scope: "region",
    rule: "event bus names are unique in an account\u2019s Region",
    outcome: "fails with ResourceAlreadyExistsException"
  },
  // Step Functions API Reference, CreateStateMachine: StateMachineAlreadyExists for another definition.
  "AWS::StepFunctions::StateMachine": {
    property: "StateMachineName",
    scope: "region",
    rule: "state machine names are unique in an account\u2019s Region",
    outcome: "fails with StateMachineAlreadyExists"
  },
  // Systems Manager API Reference, CreateDocument: DocumentAlreadyExists.
  "AWS::SSM::Document": {
    property: "Name",
    scope: "region",
    rule: "SSM document names are unique in an account\u2019s Region",
    outcome: "fails with DocumentAlreadyExists"
  },
  // ECR API Reference, CreateRepository: RepositoryAlreadyExistsException.
  "AWS::ECR::Repository": {
    property: "RepositoryName",
    scope: "region",
    rule: "ECR repository names are unique in an account\u2019s Region",
    outcome: "fails with RepositoryAlreadyExistsException"
  }
};
var RESERVED_PREFIXES = ["xn--", "sthree-", "amzn-s3-demo-"];
var RESERVED_SUFFIXES = ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"];
function bucketNameProblem(name) {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters; S3 takes 3 to 63`;
  const stray = /[^a-z0-9.-]/.exec(name);
  if (stray) return `has '${stray[0]}'; S3 takes only lower-case letters, digits, dots and hyphens`;
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return "must begin and end with a letter or a digit";
  if (name.includes("..")) return "has two dots together, which S3 refuses";
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return "is written as an IP address, which S3 refuses";
  const prefix = RESERVED_PREFIXES.find((reserved) => name.startsWith(reserved));
  if (prefix) return `begins with '${prefix}', which S3 reserves`;
  const suffix = RESERVED_SUFFIXES.find((reserved) => name.endsWith(reserved));
  if (suffix) return `ends with '${suffix}', which S3 reserves`;
  return void 0;
}

// src/config/rules/template-global-names.ts
function fixedName(value) {
  if (typeof value === "string") return value;
  const sub = value?.["Fn::Sub"];
  return typeof sub === "string" && !/\$\{(?!!)/.test(sub) ? sub.replace(/\$\{!/g, "${") : void 0;
}
function partitionOf(region) {
  return AWS_REGIONS[region]?.partition ?? "aws";
}
var ACCOUNT_MARK = "\uE000";
var STACK_MARK = "\uE001";
function concrete(text2) {
  return text2.replace(/\ue000[^\ue000]*\ue000/g, "123456789012").replace(/\ue001([^/\ue001]*)[^\ue001]*\ue001/g, "StackSet-$1-00000000-0000-0000-0000-000000000000");
}
function shownName(text2) {
  return text2.replace(/\ue000([^\ue000]*)\ue000/g, "<account id of $1>").replace(/\ue001[^\ue001]*\ue001/g, "<stack name>");
}
function instanceValues(organization, template, instance) {
  const declared = parametersOf(template.template);
  const partition = partitionOf(instance.region);
  const pseudo = {
    "AWS::AccountId": `${ACCOUNT_MARK}${instance.account}${ACCOUNT_MARK}`,
    "AWS::Region": instance.region,
    "AWS::Partition": partition,
    "AWS::URLSuffix": partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com",
    "AWS::StackName": `${STACK_MARK}${template.baseline}/${instance.account}/${instance.region}${STACK_MARK}`,
    "AWS::StackId": `${STACK_MARK}${template.baseline}/${instance.account}/${instance.region}${STACK_MARK}`
  };
  return {
    pseudo: (name) => pseudo[name],
    parameter: (name) => {
      const declaration = declared[name];
      if (!isMapping(declaration) || String(declaration.Type).startsWith("AWS::SSM::Parameter::Value"))
        return void 0;
      const places = [
        [instance.manifest.parameters?.[template.baseline]?.[name], instance.file],
        [organization.baselines?.[template.baseline]?.parameters?.[name], "baselines/organization.yaml"],
        [declaration.Default, `its Default in ${template.file}`]
      ];
      const found = places.find(([given]) => typeof given === "string" || typeof given === "number");
      return found ? { value: String(found[0]), where: found[1] } : void 0;
    }
  };
}
var checkGlobalNameCollisions = ({ repository }) => {
  const organization = repository.organization?.value;
  if (!organization) return [];
  const instances = /* @__PURE__ */ new Map();
  for (const { source, value } of repository.accounts) {
    if (value.closed === true) continue;
    for (const baseline of effectiveBaselineNames(repository.organizationalUnits, value)) {
      const regions = organization.baselines?.[baseline]?.regions ?? value.regions ?? organization.defaultRegions;
      const deployed = instances.get(baseline) ?? [];
      instances.set(baseline, deployed);
      for (const region of regions) deployed.push({ account: value.name, region, manifest: value, file: source.file });
    }
  }
  const diagnostics = [...exportNameCollisions(repository.templates.values(), instances)];
  const taken = /* @__PURE__ */ new Map();
  for (const template of repository.templates.values()) {
    const deployed = instances.get(template.baseline) ?? [];
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    for (const resource of resourcesOf(template.template)) {
      const unique = UNIQUE_NAMES[resource.type];
      const value = unique && resource.properties[unique.property];
      if (!unique || value === void 0 || resource.condition !== void 0) continue;
      const fixed = fixedName(value);
      if (fixed !== void 0 && unique.scope === "partition" && deployed.length > 1) {
        const accounts = new Set(deployed.map(({ account }) => account)).size;
        const where = `${deployed.length} stack instances (${accounts === 1 ? `${accounts} account, ${deployed.length} Regions` : `${accounts} accounts`})`;
        diagnostics.push(
          template.source.diagnostic(
            RULES.templateResource,
            `${unique.property} '${fixed}' is the same in every stack, and baseline ${template.baseline} deploys ${where}; ${unique.rule}, so every stack after the first ${unique.outcome}. Put \${AWS::AccountId} and \${AWS::Region} in the name (!Sub '${fixed}-\${AWS::AccountId}-\${AWS::Region}'), or leave ${unique.property} out and let CloudFormation name it.`,
            ["Resources", resource.logicalId, "Properties", unique.property]
          )
        );
        continue;
      }
      let ruleBroken = false;
      for (const instance of deployed) {
        const texts = possibleTexts(repository, template, value, instanceValues(organization, template, instance));
        const [text2] = texts ?? [];
        if (!text2 || texts.length !== 1 || text2.partial) continue;
        const problem = unique.property === "BucketName" && !ruleBroken && bucketNameProblem(concrete(text2.text));
        if (problem) {
          ruleBroken = true;
          diagnostics.push(
            template.source.diagnostic(
              RULES.templateResource,
              `BucketName '${shownName(text2.text)}'${text2.from.length > 0 ? ` (${text2.from.join("; ")})` : ""} in account ${instance.account} in ${instance.region} ${problem} (Amazon S3 User Guide, "General purpose bucket naming rules"); CloudFormation would refuse the bucket when apply deploys it. Give it a name S3 takes, or leave BucketName out and let CloudFormation name it.`,
              ["Resources", resource.logicalId, "Properties", unique.property]
            )
          );
        }
        const scope = unique.scope === "partition" ? partitionOf(instance.region) : `${instance.account}/${instance.region}`;
        const key = `${resource.type}\0${scope}\0${text2.text}`;
        const earlier = taken.get(key);
        const name = {
          template,
          logicalId: resource.logicalId,
          instance,
          shown: shownName(text2.text),
          from: text2.from
        };
        if (!earlier) {
          taken.set(key, name);
          continue;
        }
        diagnostics.push(
          template.source.diagnostic(RULES.templateResource, collisionMessage(unique, name, earlier), [
            "Resources",
            resource.logicalId,
            "Properties",
            unique.property
          ])
        );
        break;
      }
    }
  }
  return diagnostics;
};
function collisionMessage(unique, name, earlier) {
  const at = ({ instance }) => `account ${instance.account} in ${instance.region}`;
  const from = name.from.length > 0 ? ` (${name.from.join("; ")})` : "";
  const same = earlier.template === name.template && earlier.logicalId === name.logicalId;
  const other = same ? `in ${at(earlier)} and again in ${at(name)}` : `in ${at(name)}, where '${earlier.logicalId}' of baseline ${earlier.template.baseline}${earlier.template === name.template ? "" : ` (${earlier.template.file})`} takes it too${earlier.instance.account === name.instance.account && earlier.instance.region === name.instance.region ? "" : ` in ${at(earlier)}`}`;
  const fix = unique.scope === "partition" ? `Put \${AWS::AccountId} and \${AWS::Region} in the name, or leave ${unique.property} out and let CloudFormation name it.` : `Give one of them another name${unique.property === "AliasName" ? "" : `, or leave ${unique.property} out and let CloudFormation name it`}.`;
  return `${unique.property} is '${name.shown}'${from} ${other}; ${unique.rule}, so the second stack ${unique.outcome} when apply deploys it. ${fix}`;
}
function exportNameCollisions(templates, instances) {
  const exporters = /* @__PURE__ */ new Map();
  for (const template of templates) {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) continue;
    const outputs = template.template.Outputs;
    if (!isMapping(outputs)) continue;
    for (const [output, declaration] of Object.entries(outputs)) {
      if (!isMapping(declaration) || declaration.Condition !== void 0 || !isMapping(declaration.Export)) continue;
      const name = fixedName(declaration.Export.Name);
      if (name !== void 0) exporters.set(name, [...exporters.get(name) ?? [], { template, output }]);
    }
  }
  const diagnostics = [];
  for (const [name, found] of exporters)
    found.forEach(({ template, output }, index) => {
      const mine = new Set(
        (instances.get(template.baseline) ?? []).map(({ account, region }) => `${account}/${region}`)
      );
      const earlier = found.slice(0, index).filter((other) => other.template.baseline !== template.baseline).map((other) => ({
        other,
        shared: (instances.get(other.template.baseline) ?? []).find(
          ({ account, region }) => mine.has(`${account}/${region}`)
        )
      })).find(({ shared }) => shared !== void 0);
      if (!earlier) return;
      diagnostics.push(
        template.source.diagnostic(
          RULES.templateResource,
          `export '${name}' is also exported by output '${earlier.other.output}' of baseline ${earlier.other.template.baseline} (${earlier.other.template.file}), and account ${earlier.shared.account} receives both in ${earlier.shared.region}; export names are unique in an account's Region, so the second stack fails there. Give one of them another name (!Sub '\${AWS::StackName}-\u2026' makes it the stack's own).`,
          ["Outputs", output, "Export", "Name"]
        )
      );
    });
  return diagnostics;
}

// src/config/rules/template-policy-sizes.ts
function literalLength(document) {
  if (typeof document === "string") return [...document.replace(/\s/g, "")].length;
  const literal = (value) => {
    if (isFunction(value)) return "";
    if (Array.isArray(value)) return value.map(literal);
    if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, literal(child)]));
    return value;
  };
  return [...JSON.stringify(literal(document)).replace(/\s/g, "")].length;
}
function refusedCharacter(document, path) {
  if (isFunction(document)) return void 0;
  if (typeof document === "string") {
    const character = [...document].find((char) => !/[\t\n\r\x20-\xFF]/u.test(char));
    return character === void 0 ? void 0 : { character, path };
  }
  const entries = Array.isArray(document) ? document.map((child, index) => [index, child]) : isMapping(document) ? Object.entries(document) : [];
  for (const [key, child] of entries) {
    const found = (typeof key === "string" ? refusedCharacter(key, [...path, key]) : void 0) ?? refusedCharacter(child, [...path, key]);
    if (found) return found;
  }
  return void 0;
}
var MANAGED = /* @__PURE__ */ new Set(["AWS::IAM::ManagedPolicy"]);
var checkTemplatePolicySizes = ({ repository, quotas }) => [...repository.templates.values()].flatMap(({ source, template }) => {
  if (!isCloudFormationTemplate(template) || usesMacros(template)) return [];
  const resources = isMapping(template.Resources) ? template.Resources : {};
  return [
    ...Object.entries(resources).flatMap(
      ([name, resource]) => isMapping(resource) && isMapping(resource.Properties) && typeof resource.Type === "string" ? resourceFindings(source, quotas, resource.Type, resource.Properties, ["Resources", name, "Properties"]) : []
    ),
    ...inlinePolicyTotals(source, quotas, resources)
  ];
});
function resourceFindings(source, quotas, type, properties, at) {
  const documents = [];
  if (type.startsWith("AWS::IAM::") && properties.PolicyDocument !== void 0)
    documents.push({ document: properties.PolicyDocument, path: [...at, "PolicyDocument"] });
  if (type === "AWS::IAM::Role" && properties.AssumeRolePolicyDocument !== void 0)
    documents.push({ document: properties.AssumeRolePolicyDocument, path: [...at, "AssumeRolePolicyDocument"] });
  const inline = (type === "AWS::IAM::Role" || type === "AWS::IAM::Group" || type === "AWS::IAM::User") && Array.isArray(properties.Policies) ? properties.Policies.flatMap(
    (policy, index) => isMapping(policy) && policy.PolicyDocument !== void 0 ? [{ document: policy.PolicyDocument, path: [...at, "Policies", index, "PolicyDocument"] }] : []
  ) : [];
  documents.push(...inline);
  const findings = [];
  for (const { document, path } of documents) {
    const refused = refusedCharacter(document, path);
    if (refused)
      findings.push(
        source.diagnostic(
          RULES.templatePolicy,
          `the policy document holds ${JSON.stringify(refused.character)} (U+${refused.character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}); IAM takes only tab, line feed, carriage return and U+0020 to U+00FF in a policy document, and refuses it in every account. Write it with those characters.`,
          refused.path
        )
      );
  }
  if (MANAGED.has(type) && properties.PolicyDocument !== void 0) {
    const length = literalLength(properties.PolicyDocument);
    if (length > quotas.managedPolicySize)
      findings.push(
        source.diagnostic(
          RULES.templateLimits,
          `the managed policy is at least ${formatCount(length)} characters, white space left out; ${limitPhrase("IAM", "managedPolicySize", quotas.managedPolicySize)}. Split it into two managed policies, or use wildcards where they keep the meaning.`,
          [...at, "PolicyDocument"]
        )
      );
  }
  return findings;
}
var ENTITIES = {
  "AWS::IAM::Role": {
    kind: "role",
    nameProperty: "RoleName",
    policyType: "AWS::IAM::RolePolicy",
    list: "Roles",
    quota: "roleInlinePoliciesSize"
  },
  "AWS::IAM::Group": {
    kind: "group",
    nameProperty: "GroupName",
    policyType: "AWS::IAM::GroupPolicy",
    list: "Groups",
    quota: "groupInlinePoliciesSize"
  },
  "AWS::IAM::User": {
    kind: "user",
    nameProperty: "UserName",
    policyType: "AWS::IAM::UserPolicy",
    list: "Users",
    quota: "userInlinePoliciesSize"
  }
};
function inlinePolicyTotals(source, quotas, resources) {
  const typed = Object.entries(resources).flatMap(
    ([name, resource]) => isMapping(resource) && typeof resource.Type === "string" ? [{ name, type: resource.Type, properties: isMapping(resource.Properties) ? resource.Properties : {} }] : []
  );
  return typed.flatMap(({ name, type, properties }) => {
    const entity = ENTITIES[type];
    if (!entity) return [];
    const literalName = typeof properties[entity.nameProperty] === "string" ? properties[entity.nameProperty] : void 0;
    const names = (value) => isMapping(value) && value.Ref === name || literalName !== void 0 && value === literalName;
    const own = Array.isArray(properties.Policies) ? properties.Policies.flatMap((policy) => isMapping(policy) ? [policy.PolicyDocument] : []) : [];
    const embedded = typed.flatMap(
      (other) => other.type === entity.policyType && names(other.properties[entity.nameProperty]) || other.type === "AWS::IAM::Policy" && Array.isArray(other.properties[entity.list]) && other.properties[entity.list].some(names) ? [other.properties.PolicyDocument] : []
    );
    const documents = [...own, ...embedded].filter((document) => document !== void 0);
    const warnings = entity.kind === "role" ? roleQuotaWarnings(source, name, properties, typed, names) : [];
    const length = documents.reduce((sum, document) => sum + literalLength(document), 0);
    const limit = quotas[entity.quota];
    if (length <= limit) return warnings;
    const from = embedded.length > 0 ? `, ${embedded.length === 1 ? "one" : formatCount(embedded.length)} of them from policy resources that name it` : "";
    return [
      source.diagnostic(
        RULES.templateLimits,
        `the ${entity.kind}'s inline policies are together at least ${formatCount(length)} characters, white space left out${from}; ${limitPhrase("IAM", entity.quota, limit, ` per ${entity.kind}`)}. Move some of them into managed policies (AWS::IAM::ManagedPolicy).`,
        own.length > 0 ? ["Resources", name, "Properties", "Policies"] : ["Resources", name],
        own.length > 0 ? "value" : "key"
      ),
      ...warnings
    ];
  });
}
var TRUST_POLICY_LENGTH = 2048;
var MANAGED_POLICIES_PER_ROLE = 10;
function roleQuotaWarnings(source, name, properties, typed, names) {
  const warning = (message, path) => ({
    ...source.diagnostic(RULES.templateLimits, message, path),
    severity: "warning"
  });
  const found = [];
  const trust = properties.AssumeRolePolicyDocument;
  const trustLength = trust === void 0 ? 0 : literalLength(trust);
  if (trustLength > TRUST_POLICY_LENGTH)
    found.push(
      warning(
        `the trust policy is at least ${formatCount(trustLength)} characters, white space left out, over IAM's default of ${formatCount(TRUST_POLICY_LENGTH)} per role: every account that has not raised its "Role trust policy length" quota (Service Quotas) refuses the role. Shorten it (a condition on aws:PrincipalOrgID instead of a list of accounts), or raise the quota in every account first.`,
        ["Resources", name, "Properties", "AssumeRolePolicyDocument"]
      )
    );
  const attached = (Array.isArray(properties.ManagedPolicyArns) ? properties.ManagedPolicyArns.length : 0) + typed.filter(
    (other) => other.type === "AWS::IAM::ManagedPolicy" && Array.isArray(other.properties.Roles) && other.properties.Roles.some(names)
  ).length;
  if (attached > MANAGED_POLICIES_PER_ROLE)
    found.push(
      warning(
        `the role has ${attached} managed policies attached (ManagedPolicyArns and managed policies that list it), over IAM's default of ${MANAGED_POLICIES_PER_ROLE} per role: every account that has not raised its "Managed policies attached to an IAM role" quota (Service Quotas) refuses it. Merge some of them, or raise the quota in every account first.`,
        ["Resources", name]
      )
    );
  return found;
}

// src/config/rules/template-rule-assertions.ts
function evaluate(node, given) {
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return String(node);
  if (Array.isArray(node)) {
    const items = node.map((item) => evaluate(item, given));
    return items.some((item) => item === void 0) ? void 0 : items;
  }
  if (!isMapping(node)) return void 0;
  const keys = Object.keys(node);
  if (keys.length !== 1) return void 0;
  const [name] = keys;
  const argument = node[name];
  if (name === "Ref") {
    if (typeof argument !== "string" || !Object.hasOwn(given.values, argument)) return void 0;
    const value = given.values[argument];
    return given.lists.has(argument) ? value.split(",").map((member) => member.trim()) : value;
  }
  const args = Array.isArray(argument) ? argument.map((item) => evaluate(item, given)) : [];
  if (args.some((arg) => arg === void 0)) return void 0;
  const text2 = (value) => typeof value === "string" ? value : void 0;
  const list = (value) => Array.isArray(value) ? value.map(text2) : void 0;
  switch (name) {
    case "Fn::Equals":
      return args.length === 2 ? JSON.stringify(args[0]) === JSON.stringify(args[1]) : void 0;
    case "Fn::Not":
      return args.length === 1 && typeof args[0] === "boolean" ? !args[0] : void 0;
    case "Fn::And":
    case "Fn::Or": {
      if (!args.every((arg) => typeof arg === "boolean")) return void 0;
      return name === "Fn::And" ? args.every(Boolean) : args.some(Boolean);
    }
    case "Fn::Contains": {
      const members = list(args[0]);
      return members && text2(args[1]) !== void 0 ? members.includes(text2(args[1])) : void 0;
    }
    case "Fn::EachMemberEquals": {
      const members = list(args[0]);
      return members && text2(args[1]) !== void 0 ? members.every((member) => member === text2(args[1])) : void 0;
    }
    case "Fn::EachMemberIn": {
      const members = list(args[0]);
      const allowed = list(args[1]);
      return members && allowed ? members.every((member) => allowed.includes(member)) : void 0;
    }
    default:
      return void 0;
  }
}
function brokenAssertions(rules, given) {
  return Object.entries(rules).flatMap(([rule, body]) => {
    if (!isMapping(body)) return [];
    if (body.RuleCondition !== void 0 && evaluate(body.RuleCondition, given) !== true) return [];
    const assertions = Array.isArray(body.Assertions) ? body.Assertions : [];
    return assertions.flatMap(
      (assertion) => isMapping(assertion) && evaluate(assertion.Assert, given) === false ? [`${rule}${typeof assertion.AssertDescription === "string" ? ` ("${assertion.AssertDescription}")` : ""}`] : []
    );
  });
}
var checkTemplateRuleAssertions = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics = [];
  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {})) {
    const template = repository.templates.get(baseline);
    if (!template || !isCloudFormationTemplate(template.template)) continue;
    const rules = template.template.Rules;
    if (!isMapping(rules)) continue;
    const declarations = parametersOf(template.template);
    const defaults = {};
    const lists = /* @__PURE__ */ new Set();
    for (const [name, declaration] of Object.entries(declarations)) {
      if (!isMapping(declaration)) continue;
      if (typeof declaration.Default === "string" || typeof declaration.Default === "number")
        defaults[name] = String(declaration.Default);
      if (isListParameterType(declaration.Type)) lists.add(name);
    }
    const stackSet = { ...defaults, ...entry.parameters ?? {} };
    const report = (source, values, path, whose) => {
      const broken = brokenAssertions(rules, { values, lists });
      if (broken.length > 0)
        diagnostics.push(
          source.diagnostic(
            RULES.parameterValue,
            `${whose} break ${broken.length === 1 ? "an assertion" : "assertions"} of ${template.file}'s Rules: ${broken.join("; ")}. CloudFormation refuses such a stack when apply deploys it, after the accounts and SCPs have changed. Fix the values, or the rule.`,
            path
          )
        );
    };
    report(
      organization.source,
      stackSet,
      entry.parameters ? ["baselines", baseline, "parameters"] : ["baselines", baseline],
      `the values the StackSet ${baseline} deploys (its parameters and the template's defaults)`
    );
    for (const { source, value } of repository.accounts) {
      const overrides = value.parameters?.[baseline];
      if (overrides && Object.keys(overrides).length > 0)
        report(
          source,
          { ...stackSet, ...overrides },
          ["parameters", baseline],
          `the values ${value.name}'s stack instances of ${baseline} get (with its overrides)`
        );
    }
  }
  return diagnostics;
};

// src/config/rules/template-value-kinds.ts
var LIST_FUNCTIONS = /* @__PURE__ */ new Set(["Fn::Split", "Fn::GetAZs", "Fn::Cidr"]);
var STRING_FUNCTIONS = /* @__PURE__ */ new Set(["Fn::Join", "Fn::Sub", "Fn::Base64", "Fn::ImportValue"]);
var IMPORT_VALUE_ALLOWS = /* @__PURE__ */ new Set([
  "Fn::Base64",
  "Fn::FindInMap",
  "Fn::If",
  "Fn::Join",
  "Fn::Select",
  "Fn::Split",
  "Fn::Sub",
  "Ref"
]);
var CLOSES = "CloudFormation would refuse the template";
function valueKindProblems(body, report) {
  const parameters = isMapping(body.Parameters) ? body.Parameters : {};
  const typed = (node) => kindOf(node, parameters);
  const notString = (node) => {
    const found = typed(node);
    return found && found.kind !== "string" ? found : void 0;
  };
  return functionCalls(body).flatMap(({ name, argument, path }) => {
    const problem = (message) => [report(`${message}; ${CLOSES}.`, path)];
    const pair = Array.isArray(argument) && argument.length === 2 ? argument : void 0;
    switch (name) {
      case "Fn::Sub": {
        const text2 = Array.isArray(argument) ? argument[0] : argument;
        if (typeof text2 !== "string") return [];
        const variables = Array.isArray(argument) && isMapping(argument[1]) ? argument[1] : {};
        for (const [, variable] of text2.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name2 = variable.trim();
          const value = Object.hasOwn(variables, name2) ? notString(variables[name2]) : name2.includes(".") ? void 0 : notString({ Ref: name2 });
          if (value)
            return problem(
              `Fn::Sub variable \${${name2}} is ${value.what}, and Fn::Sub puts only strings in its text. Join a list first (!Join [',', \u2026])`
            );
        }
        return [];
      }
      case "Fn::Join": {
        if (!pair) return [];
        const values = pair[1];
        if (Array.isArray(values)) {
          const inner = values.map(notString).find((found) => found !== void 0);
          return inner ? problem(`Fn::Join joins strings, and one of its values is ${inner.what}`) : [];
        }
        const given = functionName(values) === void 0 ? void 0 : typed(values);
        return given?.kind === "string" ? problem(`Fn::Join takes a list of values second, not ${given.what}`) : [];
      }
      case "Fn::Select": {
        const given = pair && functionName(pair[1]) !== void 0 ? typed(pair[1]) : void 0;
        return given?.kind === "string" ? problem(`Fn::Select picks from a list, not from ${given.what}`) : [];
      }
      case "Fn::Split": {
        const given = pair ? notString(pair[1]) : void 0;
        return given ? problem(`Fn::Split splits a string, not ${given.what}`) : [];
      }
      case "Fn::Base64": {
        const given = notString(argument);
        return given ? problem(`Fn::Base64 encodes a string, not ${given.what}`) : [];
      }
      case "Fn::Equals": {
        const given = pair?.map(notString).find((found) => found !== void 0);
        return given ? problem(`Fn::Equals compares two strings, and one is ${given.what}`) : [];
      }
      case "Fn::ImportValue": {
        const inner = functionCalls(argument).find(
          (call) => !IMPORT_VALUE_ALLOWS.has(call.name) && call.name !== "Fn::GetAtt"
        );
        if (inner)
          return problem(
            `Fn::ImportValue names its export with ${inner.name}, which it cannot use (only Fn::Base64, Fn::FindInMap, Fn::If, Fn::Join, Fn::Select, Fn::Split, Fn::Sub and Ref)`
          );
        const given = notString(argument);
        return given ? problem(`Fn::ImportValue takes an export's name, a string, not ${given.what}`) : [];
      }
      case "Fn::Cidr":
        return Array.isArray(argument) && argument.length === 3 ? cidrProblem(argument).flatMap((message) => problem(message)) : [];
      default:
        return [];
    }
  });
}
function kindOf(node, parameters) {
  if (Array.isArray(node)) return { kind: "list", what: "a list" };
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean")
    return { kind: "string", what: `the text '${String(node)}'` };
  const name = functionName(node);
  if (name === void 0) return isMapping(node) ? { kind: "mapping", what: "a mapping" } : void 0;
  const argument = node[name];
  if (name === "Ref" && typeof argument === "string") {
    if (argument === "AWS::NotificationARNs") return { kind: "list", what: "AWS::NotificationARNs, a list" };
    const declaration = Object.hasOwn(parameters, argument) ? parameters[argument] : void 0;
    const type = isMapping(declaration) ? declaration.Type : void 0;
    if (typeof type !== "string") return { kind: "string", what: `!Ref ${argument}` };
    return {
      // An SSM parameter type resolves to the type inside it: Value<List<String>> gives a list.
      kind: isListParameterType(/^AWS::SSM::Parameter::Value<(.+)>$/.exec(type)?.[1] ?? type) ? "list" : "string",
      what: `parameter '${argument}' (${type})`
    };
  }
  if (LIST_FUNCTIONS.has(name)) return { kind: "list", what: `${name}, which gives a list` };
  if (STRING_FUNCTIONS.has(name)) return { kind: "string", what: `${name}, which gives a string` };
  return void 0;
}
function cidrProblem([ipBlock, count, cidrBits]) {
  const number = (value) => typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : void 0;
  const howMany = number(count);
  if (howMany !== void 0 && (howMany < 1 || howMany > 256))
    return [`Fn::Cidr count is ${howMany}; it makes 1 to 256 CIDRs`];
  if (typeof ipBlock !== "string") return [];
  const block = /^(?:(\d{1,3}(?:\.\d{1,3}){3})|([0-9a-fA-F:]*:[0-9a-fA-F:.]*))\/(\d{1,3})$/.exec(ipBlock);
  const width = block?.[1] !== void 0 ? 32 : 128;
  const prefix = block ? Number(block[3]) : NaN;
  if (!block || prefix > width || (block[1]?.split(".").some((octet) => Number(octet) > 255) ?? false))
    return [`Fn::Cidr ipBlock '${ipBlock}' is not a CIDR block (10.0.0.0/16, 2001:db8::/56)`];
  const bits = number(cidrBits);
  if (bits === void 0) return [];
  if (bits > width - prefix)
    return [
      `Fn::Cidr cidrBits ${bits} is more than the ${width - prefix} host bits of ipBlock ${ipBlock}: each CIDR would be larger than the block (cidrBits is each CIDR's host bits; 8 makes /24s of an IPv4 block)`
    ];
  const fit = 2 ** (width - bits - prefix);
  return howMany !== void 0 && howMany > fit ? [`Fn::Cidr asks for ${howMany} /${width - bits} CIDRs, and ${ipBlock} holds ${fit}`] : [];
}

// src/config/rules/template-function-rules.ts
var LIST_ARITY = {
  "Fn::Join": { min: 2, max: 2, shape: "[delimiter, [values]]" },
  "Fn::Split": { min: 2, max: 2, shape: "[delimiter, string]" },
  "Fn::Select": { min: 2, max: 2, shape: "[index, [values]]" },
  "Fn::Cidr": { min: 3, max: 3, shape: "[ipBlock, count, cidrBits]" },
  "Fn::FindInMap": { min: 3, max: 3, shape: "[MapName, TopLevelKey, SecondLevelKey]" },
  "Fn::Equals": { min: 2, max: 2, shape: "[value, value]" },
  "Fn::And": { min: 2, max: 10, shape: "[condition, condition, \u2026] (2 to 10)" },
  "Fn::Or": { min: 2, max: 10, shape: "[condition, condition, \u2026] (2 to 10)" },
  "Fn::Not": { min: 1, max: 1, shape: "[condition]" },
  "Fn::If": { min: 3, max: 3, shape: "[condition, valueIfTrue, valueIfFalse]" }
};
var CONDITION_FUNCTIONS = /* @__PURE__ */ new Set(["Fn::And", "Fn::Equals", "Fn::Not", "Fn::Or", "Condition"]);
var checkTemplateFunctions = ({ repository }) => [...repository.templates.values()].flatMap((template) => {
  if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) return [];
  const body = template.template;
  const report = (message, path, part = "value") => template.source.diagnostic(RULES.templateStructure, message, path, part);
  const mappings = isMapping(body.Mappings) ? body.Mappings : {};
  return [
    ...argumentProblems(body, mappings, report),
    ...conditionProblems(body.Conditions, report),
    ...outputProblems(body.Outputs, report),
    ...resourceNamedExports(body, report),
    ...valueKindProblems(body, report)
  ];
});
function resourceNamedExports(body, report) {
  const resources = new Set(isMapping(body.Resources) ? Object.keys(body.Resources) : []);
  const dependsOnResource = (node) => {
    for (const { name, argument } of functionCalls(node)) {
      if (name === "Fn::GetAtt") return Array.isArray(argument) ? String(argument[0]) : String(argument).split(".")[0];
      if (name === "Ref" && typeof argument === "string" && resources.has(argument)) return argument;
      if (name === "Fn::Sub") {
        const text2 = Array.isArray(argument) ? argument[0] : argument;
        const named = typeof text2 === "string" ? [...text2.matchAll(/\$\{([^!}][^}]*)\}/g)] : [];
        const resource = named.map((match) => match[1].split(".")[0]).find((variable) => resources.has(variable));
        if (resource !== void 0) return resource;
      }
    }
    return void 0;
  };
  const found = [];
  for (const [name, output] of Object.entries(isMapping(body.Outputs) ? body.Outputs : {})) {
    const exportName = isMapping(output) && isMapping(output.Export) ? output.Export.Name : void 0;
    const resource = dependsOnResource(exportName);
    if (resource !== void 0)
      found.push(
        report(
          `output '${name}' names its export after resource '${resource}', and an export's name cannot depend on a resource; CloudFormation would refuse the template. Build it from parameters and pseudo parameters (!Sub '\${AWS::StackName}-\u2026').`,
          ["Outputs", name, "Export", "Name"]
        )
      );
  }
  for (const { name, argument, path } of functionCalls(body)) {
    if (name !== "Fn::ImportValue") continue;
    const resource = dependsOnResource(argument);
    if (resource !== void 0)
      found.push(
        report(
          `Fn::ImportValue names its export after resource '${resource}', and what it imports cannot depend on a resource; CloudFormation would refuse the template. Name the export from parameters and pseudo parameters.`,
          path
        )
      );
  }
  return found;
}
function argumentProblems(body, mappings, report) {
  return functionCalls(body).flatMap(({ name, argument, path }) => {
    if (Object.hasOwn(LIST_ARITY, name)) {
      const { min, max, shape } = LIST_ARITY[name];
      if (Array.isArray(argument) && argument.length >= min && argument.length <= max)
        return literalProblems(name, argument, path, mappings, report);
      return [
        report(
          `${name} takes ${shape}${Array.isArray(argument) ? `, not ${argument.length} ${argument.length === 1 ? "argument" : "arguments"}` : ", a list"}; CloudFormation would refuse the template.`,
          path
        )
      ];
    }
    if (name === "Fn::Sub" && Array.isArray(argument) && (argument.length !== 2 || !isMapping(argument[1])))
      return [
        report(
          "Fn::Sub takes a string, or [string, { Variable: value }]; CloudFormation would refuse the template.",
          path
        )
      ];
    return [];
  });
}
function literalProblems(name, argument, path, mappings, report) {
  if (name === "Fn::Select") {
    const [index, list] = argument;
    const position = typeof index === "number" ? index : typeof index === "string" ? Number(index) : NaN;
    if (Array.isArray(list) && Number.isInteger(position) && (position < 0 || position >= list.length))
      return [
        report(
          `Fn::Select index ${String(index)} is outside its list of ${list.length}; CloudFormation would refuse the template. Indexes count from 0.`,
          path
        )
      ];
  }
  if ((name === "Fn::Join" || name === "Fn::Select") && !Array.isArray(argument[1]) && functionName(argument[1]) === void 0)
    return [
      report(
        `${name} takes a list of values second${typeof argument[1] === "string" ? `, not the text '${argument[1]}'` : ""}; CloudFormation would refuse the template. Write [${name === "Fn::Join" ? "',', [a, b]" : "0, [a, b]"}], or give a function that returns a list.`,
        path
      )
    ];
  if (name === "Fn::FindInMap") {
    const [map, top, second] = argument;
    const mapping = typeof map === "string" ? mappings[map] : void 0;
    if (!isMapping(mapping) || typeof top !== "string") return [];
    const level = mapping[top];
    if (!Object.hasOwn(mapping, top))
      return [
        report(
          `Fn::FindInMap names key '${top}', which mapping '${String(map)}' does not have; CloudFormation would refuse the template. Add it to the mapping, or fix the key.`,
          path
        )
      ];
    if (isMapping(level) && typeof second === "string" && !Object.hasOwn(level, second))
      return [
        report(
          `Fn::FindInMap names '${second}' under key '${top}', which mapping '${String(map)}' does not have; CloudFormation would refuse the template. Add it to the mapping, or fix the name.`,
          path
        )
      ];
  }
  return [];
}
function conditionProblems(conditions, report) {
  if (!isMapping(conditions)) return [];
  return Object.entries(conditions).flatMap(([name, condition]) => {
    const keys = isMapping(condition) ? Object.keys(condition) : [];
    if (keys.length === 1 && CONDITION_FUNCTIONS.has(keys[0])) return [];
    return [
      report(
        `condition '${name}' must be a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not, or Condition naming another); CloudFormation would refuse the template.`,
        ["Conditions", name]
      )
    ];
  });
}
function outputProblems(outputs, report) {
  if (!isMapping(outputs)) return [];
  const found = [];
  const exported = /* @__PURE__ */ new Map();
  for (const [name, output] of Object.entries(outputs)) {
    if (!isMapping(output)) continue;
    const value = output.Value;
    if (Array.isArray(value) || isMapping(value) && functionName(value) === void 0)
      found.push(
        report(
          `output '${name}' has a ${Array.isArray(value) ? "list" : "mapping"} as its Value, and an output's Value is a string (or a function that gives one); CloudFormation would refuse the template. Join a list with !Join [',', \u2026].`,
          ["Outputs", name, "Value"]
        )
      );
    const exportName = literalText(isMapping(output.Export) ? output.Export.Name : void 0);
    if (typeof exportName !== "string" || output.Condition !== void 0) continue;
    const first = exported.get(exportName);
    if (first !== void 0)
      found.push(
        report(
          `output '${name}' exports '${exportName}', as output '${first}' does; an export name is unique, and CloudFormation would refuse the template. Give one of them another name.`,
          ["Outputs", name, "Export", "Name"]
        )
      );
    else exported.set(exportName, name);
  }
  return found;
}

// src/config/rules/template-name-rules.ts
var LOGICAL_ID2 = /^[A-Za-z0-9]+$/;
var CONDITION_NAME = /^[A-Za-z0-9&_]+$/;
var MAPPING_KEY = /^[A-Za-z0-9.-]+$/;
var checkTemplateNames = ({ repository }) => [...repository.templates.values()].flatMap(({ source, template }) => {
  if (!isCloudFormationTemplate(template) || usesMacros(template)) return [];
  const sections = template;
  const diagnostics = [];
  const resources = isMapping(sections.Resources) ? sections.Resources : {};
  for (const section of ["Parameters", "Outputs"]) {
    const declared = sections[section];
    if (!isMapping(declared)) continue;
    const kind = section === "Parameters" ? "parameter" : "output";
    for (const name of Object.keys(declared)) {
      if (!LOGICAL_ID2.test(name))
        diagnostics.push(
          source.diagnostic(
            RULES.templateStructure,
            `${kind} name '${name}' may contain only letters and digits (A-Za-z0-9); rename it${kind === "parameter" ? ", every Ref of it, and its value in organization.yaml and the manifests" : ""}.`,
            [section, name],
            "key"
          )
        );
      if (kind === "parameter" && name in resources)
        diagnostics.push(
          source.diagnostic(
            RULES.templateStructure,
            `parameter '${name}' has the name of a resource in this template; CloudFormation needs each logical name once. Rename one of them.`,
            [section, name],
            "key"
          )
        );
    }
  }
  const conditions = sections.Conditions;
  if (isMapping(conditions)) {
    for (const name of Object.keys(conditions))
      if (!CONDITION_NAME.test(name))
        diagnostics.push(
          source.diagnostic(
            RULES.templateStructure,
            `condition name '${name}' may contain only letters, digits, & and _; rename it, and every Condition and Fn::If that names it.`,
            ["Conditions", name],
            "key"
          )
        );
  }
  const mappings = sections.Mappings;
  if (isMapping(mappings))
    for (const [name, mapping] of Object.entries(mappings)) {
      if (!LOGICAL_ID2.test(name))
        diagnostics.push(
          source.diagnostic(
            RULES.templateStructure,
            `mapping name '${name}' may contain only letters and digits (A-Za-z0-9); rename it, and every Fn::FindInMap that names it.`,
            ["Mappings", name],
            "key"
          )
        );
      if (!isMapping(mapping) || Object.keys(mapping).length === 0) {
        diagnostics.push(
          source.diagnostic(
            RULES.templateStructure,
            `mapping '${name}' must be a mapping of at least one key, each to a mapping of attributes (Key: { Attribute: value }); CloudFormation refuses it otherwise.`,
            ["Mappings", name]
          )
        );
        continue;
      }
      for (const [key, attributes] of Object.entries(mapping)) {
        if (!MAPPING_KEY.test(key))
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `key '${key}' of mapping '${name}' may contain only letters, digits, . and -; rename it.`,
              ["Mappings", name, key],
              "key"
            )
          );
        if (!isMapping(attributes) || Object.keys(attributes).length === 0) {
          diagnostics.push(
            source.diagnostic(
              RULES.templateStructure,
              `key '${key}' of mapping '${name}' must map to at least one attribute (${key}: { Attribute: value }); CloudFormation refuses it otherwise.`,
              ["Mappings", name, key]
            )
          );
          continue;
        }
        for (const [attribute, value] of Object.entries(attributes))
          if (value === null || typeof value === "object" && !Array.isArray(value))
            diagnostics.push(
              source.diagnostic(
                RULES.templateStructure,
                `attribute '${attribute}' under key '${key}' of mapping '${name}' must be a string, number, boolean or list, not ${value === null ? "empty" : "a mapping"}; Fn::FindInMap returns one value.`,
                ["Mappings", name, key, attribute]
              )
            );
        for (const attribute of Object.keys(attributes))
          if (!LOGICAL_ID2.test(attribute))
            diagnostics.push(
              source.diagnostic(
                RULES.templateStructure,
                `attribute '${attribute}' under key '${key}' of mapping '${name}' may contain only letters and digits (A-Za-z0-9); rename it.`,
                ["Mappings", name, key, attribute],
                "key"
              )
            );
      }
    }
  return diagnostics;
});

// src/config/rules/template-value-shapes.ts
var PARAMETER_SHAPES = {
  AllowedPattern: "text",
  ConstraintDescription: "text",
  Default: "text",
  Description: "text",
  AllowedValues: "list of text",
  MaxLength: "length",
  MinLength: "length",
  MaxValue: "number",
  MinValue: "number",
  NoEcho: "boolean"
};
var MAX_PARAMETER_LENGTH = 4096;
var SHAPE_ADVICE = {
  text: "a literal string (CloudFormation resolves parameters before any function, so !Sub, !Ref and lists have no place here)",
  "list of text": "a list of literal strings, such as [a, b]",
  length: `a whole number from 0 to ${MAX_PARAMETER_LENGTH}`,
  number: "a number",
  boolean: "true or false"
};
var isScalar2 = (value) => ["string", "number", "boolean"].includes(typeof value);
function fits(shape, value) {
  switch (shape) {
    case "text":
      return isScalar2(value);
    case "list of text":
      return Array.isArray(value) && value.every(isScalar2);
    case "length": {
      const length = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
      return typeof length === "number" && Number.isInteger(length) && length >= 0 && length <= MAX_PARAMETER_LENGTH;
    }
    case "number":
      return typeof value === "number" && Number.isFinite(value) || typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value));
    case "boolean":
      return typeof value === "boolean" || typeof value === "string" && /^(true|false)$/i.test(value);
  }
}
function kindOf2(value) {
  if (Array.isArray(value)) return "a list";
  if (isMapping(value)) {
    const keys = Object.keys(value);
    return keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::")) ? `the function ${keys[0]}` : "a mapping";
  }
  return JSON.stringify(value);
}
function parameterShapeFindings(report, name, declaration, path) {
  return Object.entries(declaration).flatMap(([property, value]) => {
    const shape = PARAMETER_SHAPES[property];
    if (shape === void 0 || value === null || fits(shape, value)) return [];
    return [
      report(
        `parameter '${name}' has ${property} ${kindOf2(value)}, which CloudFormation refuses ("Template format error"): ${property} takes ${SHAPE_ADVICE[shape]}. Write it so.`,
        [...path, property]
      )
    ];
  });
}
function descriptionShapeFindings(report, body) {
  const found = [];
  const check = (value, path, what) => {
    if (value !== void 0 && value !== null && !isScalar2(value))
      found.push(
        report(
          `${what} is ${kindOf2(value)}, which CloudFormation refuses: a Description is a literal string, with no parameter or function in it. Write the text itself.`,
          path
        )
      );
  };
  check(body.Description, ["Description"], "the template Description");
  if (isMapping(body.Outputs)) {
    for (const [name, output] of Object.entries(body.Outputs))
      if (isMapping(output))
        check(output.Description, ["Outputs", name, "Description"], `the Description of output '${name}'`);
  }
  return found;
}
function templateShapeFindings(report, body) {
  const parameters = isMapping(body.Parameters) ? Object.entries(body.Parameters) : [];
  return [
    ...parameters.flatMap(
      ([name, declaration]) => isMapping(declaration) ? parameterShapeFindings(report, name, declaration, ["Parameters", name]) : []
    ),
    ...descriptionShapeFindings(report, body)
  ];
}

// src/config/rules/template-macros.ts
function macroNotice(template, body) {
  const path = macroPath(body) ?? [];
  return {
    ...template.source.diagnostic(
      RULES.templateStructure,
      `${path[0] === "Transform" ? "a Transform" : path.at(-1) === "Type" ? "a module" : "an Fn::Transform"} expands this template when CloudFormation deploys it, so validate does not check its sections, outputs, references${usesMacros(body) ? " and functions" : ""}: CloudFormation does, when a StackSet operation runs. The guardrail rules (IAM users, "*" on "*", permissions boundaries) apply only to the template as written, not to what the macro generates (the role of a SAM function with Policies, say), and the plan marks changes to it high impact. Review what the macro produces, or write the template without it.`,
      path,
      "key"
    ),
    severity: "warning"
  };
}
function macroPath(body) {
  if ("Transform" in body) return ["Transform"];
  const find = (value, path) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found2 = find(item, [...path, index]);
        if (found2) return found2;
      }
      return void 0;
    }
    if (!isMapping(value)) return void 0;
    for (const [key, child] of Object.entries(value)) {
      if (key === "Fn::Transform") return [...path, key];
      const found2 = find(child, [...path, key]);
      if (found2) return found2;
    }
    return void 0;
  };
  const found = find(body, []);
  if (found) return found;
  const resources = isMapping(body.Resources) ? Object.entries(body.Resources) : [];
  const module = resources.find(([, resource]) => isMapping(resource) && String(resource.Type).endsWith("::MODULE"));
  return module ? ["Resources", module[0], "Type"] : void 0;
}
function expandedByMacros(body) {
  if (usesMacros(body)) return true;
  const resources = isMapping(body.Resources) ? Object.values(body.Resources) : [];
  return resources.some((resource) => isMapping(resource) && String(resource.Type).endsWith("::MODULE"));
}
var FETCHED_TEMPLATES = {
  "AWS::CloudFormation::Stack": "TemplateURL",
  "AWS::CloudFormation::StackSet": "TemplateURL"
};
function outsideContentNotices(template, body) {
  const resources = resourcesOf(body);
  const inline = new Set(
    resources.filter(
      (resource) => resource.type === "AWS::Lambda::Function" && isMapping(resource.properties.Code) && resource.properties.Code.ZipFile !== void 0
    ).map((resource) => resource.logicalId)
  );
  const approval = 'CloudFormation fetches or runs it when a StackSet operation runs, so what it does is decided then by whoever can write it, not by the plan a person approved, and the guardrail rules (IAM users, "*" on "*", permissions boundaries) never see it; every stack instance added later, for a new account, gets what it holds then.';
  const notices = [];
  for (const resource of resources) {
    const url = FETCHED_TEMPLATES[resource.type];
    const code = fetchedCode(resource.type, resource.properties);
    if (url !== void 0 && resource.properties[url] !== void 0)
      notices.push([
        ["Resources", resource.logicalId, "Properties", url],
        `'${resource.logicalId}' deploys a template kept outside this repository (${url}): ${approval} Keep the template in the repository as a baseline of its own (dependsOn orders them), or point at an object only the platform team can write and that cannot change (a versioned S3 object).`
      ]);
    else if (code !== void 0)
      notices.push([
        ["Resources", resource.logicalId, "Properties", code],
        `'${resource.logicalId}' deploys code or a definition kept outside this repository (${code} names an S3 object or an image): ${approval} Write it inline (a function's ZipFile, a state machine's Definition), or point at an object only the platform team can write and that cannot change (a versioned S3 object, an image by digest).`
      ]);
    else if (resource.type === "AWS::ServiceCatalog::CloudFormationProvisionedProduct")
      notices.push([
        ["Resources", resource.logicalId, "Type"],
        `'${resource.logicalId}' provisions a Service Catalog product, whose template is kept outside this repository: ${approval} Pin the product's version (ProvisioningArtifactId), or write its template as a baseline.`
      ]);
    else if (resource.type.startsWith("Custom::") || resource.type === "AWS::CloudFormation::CustomResource") {
      if (localFunction(resource.properties.ServiceToken, inline)) continue;
      notices.push([
        ["Resources", resource.logicalId, "Properties", "ServiceToken"],
        `'${resource.logicalId}' is a custom resource whose code is kept outside this repository (its ServiceToken names a function or topic elsewhere): ${approval} Write the function in the template (Code: ZipFile), or point at one only the platform team can change.`
      ]);
    }
  }
  return notices.map(([path, message]) => ({
    ...template.source.diagnostic(RULES.templateStructure, message, path, path.at(-1) === "Type" ? "value" : "key"),
    severity: "warning"
  }));
}
function fetchedCode(type, properties) {
  const code = properties.Code;
  if (type === "AWS::Lambda::Function" && isMapping(code) && (code.S3Bucket !== void 0 || code.ImageUri !== void 0))
    return "Code";
  if (type === "AWS::Lambda::LayerVersion" && properties.Content !== void 0) return "Content";
  if (type === "AWS::StepFunctions::StateMachine" && properties.DefinitionS3Location !== void 0)
    return "DefinitionS3Location";
  return void 0;
}
function localFunction(token, inline) {
  const target = isMapping(token) ? token["Fn::GetAtt"] : void 0;
  const [logicalId, attribute] = Array.isArray(target) ? target : typeof target === "string" ? target.split(".") : [];
  return typeof logicalId === "string" && attribute === "Arn" && inline.has(logicalId);
}

// src/config/cloudformation-functions.ts
var FUNCTIONS = new Set(
  [
    "And",
    "Base64",
    "Cidr",
    "Contains",
    "EachMemberEquals",
    "EachMemberIn",
    "Equals",
    "FindInMap",
    "ForEach",
    "GetAtt",
    "GetAZs",
    "GetStackOutput",
    "If",
    "ImportValue",
    "Join",
    "Length",
    "Not",
    "Or",
    "RefAll",
    "Select",
    "Split",
    "Sub",
    "ToJsonString",
    "Transform",
    "ValueOf",
    "ValueOfAll"
  ].map((name) => `Fn::${name}`)
);
function nearFunction(name) {
  const near = closestName(name, FUNCTIONS);
  return near ? ` (did you mean ${near}?)` : "";
}

// src/config/rules/template-structure-rules.ts
var SECTIONS = /* @__PURE__ */ new Set([
  "AWSTemplateFormatVersion",
  "Description",
  "Metadata",
  "Parameters",
  "Rules",
  "Mappings",
  "Conditions",
  "Transform",
  "Resources",
  "Outputs"
]);
var FORMAT_VERSION = "2010-09-09";
var PARAMETER_PROPERTIES = /* @__PURE__ */ new Set([
  "AllowedPattern",
  "AllowedValues",
  "ConstraintDescription",
  "Default",
  "Description",
  "MaxLength",
  "MaxValue",
  "MinLength",
  "MinValue",
  "NoEcho",
  "Type"
]);
var AWS_SPECIFIC_TYPES = [
  "AWS::EC2::AvailabilityZone::Name",
  "AWS::EC2::Image::Id",
  "AWS::EC2::Instance::Id",
  "AWS::EC2::KeyPair::KeyName",
  "AWS::EC2::SecurityGroup::GroupName",
  "AWS::EC2::SecurityGroup::Id",
  "AWS::EC2::Subnet::Id",
  "AWS::EC2::Volume::Id",
  "AWS::EC2::VPC::Id",
  "AWS::Route53::HostedZone::Id"
];
var VALUE_TYPES = [
  "String",
  "List<String>",
  "CommaDelimitedList",
  "Number",
  "List<Number>",
  "AWS::SSM::Parameter::Name",
  ...AWS_SPECIFIC_TYPES.flatMap(listAnd)
];
var PARAMETER_TYPES = /* @__PURE__ */ new Set([
  "String",
  "Number",
  "List<Number>",
  "List<String>",
  "CommaDelimitedList",
  ...AWS_SPECIFIC_TYPES.flatMap(listAnd),
  "AWS::SSM::Parameter::Name",
  ...VALUE_TYPES.map((type) => `AWS::SSM::Parameter::Value<${type}>`)
]);
var OUTPUT_PROPERTIES = /* @__PURE__ */ new Set(["Condition", "Description", "Export", "Value"]);
var PSEUDO_PARAMETERS = /* @__PURE__ */ new Set([
  "AWS::AccountId",
  "AWS::NotificationARNs",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::Region",
  "AWS::StackId",
  "AWS::StackName",
  "AWS::URLSuffix"
]);
function listAnd(type) {
  return [type, `List<${type}>`];
}
var checkTemplateStructure = ({ repository }) => [...repository.templates.values()].flatMap((template) => {
  const body = template.template;
  if (!isCloudFormationTemplate(body)) return [];
  const found = [...usesMacros(body) ? [] : sectionFindings(template, body), ...parameterFindings(template, body)];
  if (!usesMacros(body))
    found.push(...outputFindings(template, body), ...templateShapeFindings(reporter(template), body));
  found.push(...nameLengthFindings(template, body));
  if (!expandedByMacros(body)) found.push(...referenceFindings(template, body));
  else found.push(macroNotice(template, body));
  found.push(...outsideContentNotices(template, body));
  return found;
});
function reporter({ source }) {
  return (message, path, part = "value") => source.diagnostic(RULES.templateStructure, message, path, part);
}
function sectionFindings(template, body) {
  const report = reporter(template);
  const found = Object.keys(body).filter((section) => !SECTIONS.has(section)).map(
    (section) => report(
      `'${section}' is not a template section; CloudFormation takes ${[...SECTIONS].join(", ")}. Move its content into one of them, or remove it.`,
      [section],
      "key"
    )
  );
  const version = body.AWSTemplateFormatVersion;
  if (version !== void 0 && String(version) !== FORMAT_VERSION)
    found.push(
      report(
        `AWSTemplateFormatVersion '${String(version)}' is not one CloudFormation knows: '${FORMAT_VERSION}' is the only valid value. Write '${FORMAT_VERSION}', or remove the line.`,
        ["AWSTemplateFormatVersion"]
      )
    );
  return found;
}
function parameterFindings(template, body) {
  const report = reporter(template);
  const parameters = body.Parameters;
  if (parameters === void 0 || parameters === null) return [];
  if (!isMapping(parameters))
    return [
      report("Parameters must map parameter names to declarations, such as Name: { Type: String }.", ["Parameters"])
    ];
  return Object.entries(parameters).flatMap(([name, declaration]) => {
    const path = ["Parameters", name];
    if (!isMapping(declaration) || declaration.Type === void 0)
      return [report(`parameter '${name}' needs a Type, such as Type: String.`, path, "key")];
    const found = Object.keys(declaration).filter((property) => !PARAMETER_PROPERTIES.has(property)).map(
      (property) => report(
        `parameter '${name}' has '${property}', which CloudFormation does not take in a parameter declaration (${[...PARAMETER_PROPERTIES].join(", ")}); remove it.`,
        [...path, property],
        "key"
      )
    );
    if (!PARAMETER_TYPES.has(String(declaration.Type)))
      found.push(
        report(
          `parameter '${name}' has Type '${String(declaration.Type)}', which CloudFormation does not know; use String, Number, List<Number>, CommaDelimitedList, an AWS-specific type such as AWS::EC2::VPC::Id, or an AWS::SSM::Parameter type.`,
          [...path, "Type"]
        )
      );
    return found;
  });
}
function outputFindings(template, body) {
  const report = reporter(template);
  const outputs = body.Outputs;
  if (outputs === void 0 || outputs === null || !isMapping(outputs)) return [];
  return Object.entries(outputs).flatMap(([name, output]) => {
    const path = ["Outputs", name];
    if (!isMapping(output) || output.Value === void 0)
      return [report(`output '${name}' needs a Value, such as Value: !Ref Topic.`, path, "key")];
    return Object.keys(output).filter((property) => !OUTPUT_PROPERTIES.has(property)).map(
      (property) => report(
        `output '${name}' has '${property}', which CloudFormation does not take in an output (${[...OUTPUT_PROPERTIES].join(", ")}); remove it.`,
        [...path, property],
        "key"
      )
    );
  });
}
var NAME_LIMIT = 255;
function nameLengthFindings({ source }, body) {
  const names = ["Resources", "Mappings", "Outputs"].flatMap(
    (section) => isMapping(body[section]) ? Object.keys(body[section]).map((name) => [section, name]) : []
  );
  const mappings = isMapping(body.Mappings) ? Object.entries(body.Mappings) : [];
  for (const [mapping, table] of mappings)
    for (const [key, row] of isMapping(table) ? Object.entries(table) : []) {
      names.push(["Mappings", mapping, key]);
      for (const attribute of isMapping(row) ? Object.keys(row) : []) names.push(["Mappings", mapping, key, attribute]);
    }
  return names.filter((path) => String(path.at(-1)).length > NAME_LIMIT).map((path) => {
    const name = String(path.at(-1));
    const under = path.length === 2 ? path[0] : `mapping ${String(path[1]).slice(0, 40)}`;
    return source.diagnostic(
      RULES.templateLimits,
      `the ${path.length === 2 ? "name" : "attribute name"} '${name.slice(0, 40)}\u2026' under ${under} is ${formatCount(name.length)} characters; CloudFormation allows ${NAME_LIMIT}. Shorten it, and every reference to it.`,
      path,
      "key"
    );
  });
}
function referenceFindings(template, body) {
  const report = reporter(template);
  const keys = (section) => new Set(isMapping(section) ? Object.keys(section) : []);
  const resources = keys(body.Resources);
  const declared = {
    values: /* @__PURE__ */ new Set([...keys(body.Parameters), ...resources, ...PSEUDO_PARAMETERS]),
    valuesUnder: "Parameters or Resources",
    resources,
    conditions: keys(body.Conditions),
    mappings: keys(body.Mappings)
  };
  const found = [];
  const checks = {
    missing: (what, name, path, declares) => found.push(
      report(
        `${what} '${name}', which this template does not declare; declare it under ${declares}, or fix the name.`,
        path
      )
    ),
    malformed: (message, path) => found.push(report(message, path))
  };
  const { missing } = checks;
  const parametersOnly = {
    ...declared,
    resourcesOutOfReach: true,
    values: /* @__PURE__ */ new Set([...keys(body.Parameters), ...PSEUDO_PARAMETERS]),
    valuesUnder: "Parameters (Conditions and Rules are evaluated before any resource exists)"
  };
  const resourcesSection = isMapping(body.Resources) ? body.Resources : {};
  for (const [logicalId, resource] of Object.entries(resourcesSection)) {
    if (!isMapping(resource)) continue;
    const path = ["Resources", logicalId];
    const dependsOn = resource.DependsOn;
    for (const dependency of typeof dependsOn === "string" ? [dependsOn] : Array.isArray(dependsOn) ? dependsOn : [])
      if (typeof dependency === "string" && !resources.has(dependency))
        missing("DependsOn names resource", dependency, [...path, "DependsOn"], "Resources");
    if (typeof resource.Condition === "string" && !declared.conditions.has(resource.Condition))
      missing("Condition names condition", resource.Condition, [...path, "Condition"], "Conditions");
    walk(resource, path, declared, checks);
  }
  const outputs = isMapping(body.Outputs) ? body.Outputs : {};
  for (const [name, output] of Object.entries(outputs)) {
    if (!isMapping(output)) continue;
    if (typeof output.Condition === "string" && !declared.conditions.has(output.Condition))
      missing("Condition names condition", output.Condition, ["Outputs", name, "Condition"], "Conditions");
    walk(output, ["Outputs", name], declared, checks);
  }
  walk(body.Conditions, ["Conditions"], parametersOnly, checks);
  walk(body.Rules, ["Rules"], parametersOnly, checks);
  for (const cycle of dependencyCycles(resourcesSection, resources))
    checks.malformed(
      cycle.length === 1 ? `resource '${cycle[0]}' depends on itself (through DependsOn, Ref, Fn::GetAtt or Fn::Sub), a circular dependency CloudFormation refuses; remove the reference.` : `resources ${cycle.map((name) => `'${name}'`).join(", ")} depend on each other in a circle (through DependsOn, Ref, Fn::GetAtt or Fn::Sub), a circular dependency CloudFormation refuses; break the circle.`,
      ["Resources", cycle[0]]
    );
  for (const cycle of conditionCycles(isMapping(body.Conditions) ? body.Conditions : {}))
    checks.malformed(
      cycle.length === 1 ? `condition '${cycle[0]}' names itself through Condition, so it has no value, and CloudFormation refuses the template; remove the reference.` : `conditions ${cycle.map((name) => `'${name}'`).join(", ")} name each other in a circle through Condition, so none has a value, and CloudFormation refuses the template; break the circle.`,
      ["Conditions", cycle[0]]
    );
  return found;
}
function walk(node, path, declared, checks) {
  if (Array.isArray(node)) return node.forEach((item, index) => walk(item, [...path, index], declared, checks));
  if (!isMapping(node)) return;
  const { missing } = checks;
  const keys = Object.keys(node);
  if (keys.length === 1) {
    const [name] = keys;
    const argument = node[name];
    if (name.startsWith("Fn::") && !FUNCTIONS.has(name))
      return checks.malformed(
        `${name} is not a function CloudFormation has${nearFunction(name)}; CloudFormation would refuse the template. Fix the name.`,
        path
      );
    if (name === "Ref" && typeof argument !== "string")
      return checks.malformed("Ref takes the name of a parameter or resource, as text; write !Ref Name.", path);
    if ((name === "Ref" || name === "Fn::GetAtt") && declared.resourcesOutOfReach) {
      const target = Array.isArray(argument) ? argument[0] : String(argument).split(".")[0];
      if (typeof target === "string" && declared.resources.has(target))
        return checks.malformed(
          `${name} names resource '${target}' in ${String(path[0])}, which CloudFormation evaluates before any resource exists: only parameters may be named there. Refer to a parameter instead.`,
          path
        );
    }
    if (name === "Ref" && !declared.values.has(argument))
      return missing("Ref names", argument, path, declared.valuesUnder);
    if (name === "Fn::GetAtt") {
      const shaped = Array.isArray(argument) ? argument.length === 2 : typeof argument === "string" ? /^[^.]+\..+$/.test(argument) : true;
      if (!shaped)
        checks.malformed(
          "Fn::GetAtt takes a resource and one attribute: !GetAtt Resource.Attribute, or [Resource, Attribute].",
          path
        );
      const target = Array.isArray(argument) ? argument[0] : typeof argument === "string" ? argument.split(".")[0] : "";
      if (typeof target === "string" && target !== "" && !declared.resources.has(target))
        missing("Fn::GetAtt names resource", target, path, "Resources");
    }
    if (name === "Fn::Sub") subFindings(argument, path, declared, missing);
    if (name === "Fn::If" && Array.isArray(argument) && typeof argument[0] === "string") {
      if (!declared.conditions.has(argument[0])) missing("Fn::If names condition", argument[0], path, "Conditions");
    }
    if (name === "Condition" && typeof argument === "string" && path[0] === "Conditions") {
      if (!declared.conditions.has(argument)) missing("Condition names condition", argument, path, "Conditions");
    }
    if (name === "Fn::FindInMap" && Array.isArray(argument) && typeof argument[0] === "string") {
      if (!declared.mappings.has(argument[0])) missing("Fn::FindInMap names mapping", argument[0], path, "Mappings");
    }
  }
  for (const key of keys) walk(node[key], [...path, key], declared, checks);
}
function subFindings(argument, path, declared, missing) {
  for (const name of subReferences(argument)) {
    if (declared.values.has(name)) continue;
    const dot = name.indexOf(".");
    if (dot > 0 && declared.resources.has(name.slice(0, dot))) continue;
    missing("Fn::Sub names", name, path, "Parameters or Resources (or the Sub\u2019s own variables)");
  }
}

// src/config/load-repository.ts
var TEMPLATE_RULES = [
  checkTemplates,
  checkTemplateResources,
  checkTemplateResourceSchemas,
  checkTemplateIamValues,
  checkTemplatePolicySizes,
  checkIamNameCollisions,
  checkGlobalNameCollisions,
  checkTemplateFunctions,
  checkTemplateStructure,
  checkTemplateNames,
  checkTemplateLimits
];
var CROSS_FILE_RULES = [
  checkUniqueAccounts,
  checkFileNames,
  checkOrganizationalUnitExists,
  checkAccountReferences,
  checkOrganizationReferences,
  checkBaselineDependencyCycles,
  checkAccountBaselineDependencies,
  checkImportedExportRegions,
  checkOrganizationalUnitDepth,
  checkOrganizationalUnitCount,
  checkOrganizationalUnitNameCase,
  checkNamesLikeIds,
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
  ...TEMPLATE_RULES,
  checkParameterReferences,
  checkParameterValues,
  checkTemplateRuleAssertions,
  checkUncheckedPatterns,
  checkOperationPreferences,
  checkAdministrationRole,
  checkExecutionRole,
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
  return hasErrors || !organization ? declarations : { desired: buildDesiredState({ ...repository, organization }), locate: locator(repository), ...declarations };
}
function locator(repository) {
  const sources = new Map(
    [...repository.organization ? [repository.organization] : [], ...repository.accounts].map(({ source }) => [
      source.file,
      source
    ])
  );
  return (file, path) => {
    const source = sources.get(file);
    if (!source) return void 0;
    for (let length = path.length; length > 0; length--)
      if (source.document.hasIn(path.slice(0, length))) return source.positionOf(path.slice(0, length), "key");
    return { line: 1, column: 1 };
  };
}

export {
  AWS_REGIONS_SOURCE,
  AWS_REGIONS,
  policySize,
  checkScps,
  expiryInstant,
  expiresSoon,
  REGIONS_ENABLED_BY_DEFAULT,
  checkTagLimits,
  checkTagCharacters,
  reservedTagKey,
  declarationProblem,
  BOOTSTRAP_TEMPLATE,
  bootstrapTemplateChanges,
  referencedNames,
  iamNameCollisions,
  brokenAssertions,
  TEMPLATE_RULES,
  loadRepository
};
