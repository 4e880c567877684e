import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DAY_MS,
  checkExceptions,
  checkTemplates,
  expiryInstant,
  notACalendarDate,
  targetPatternMatches,
  waivedRules
} from "./chunk-3NAHGTET.js";
import {
  DEFAULT_ACCOUNT_ACCESS_ROLE,
  DEFAULT_STACK_SET_EXECUTION_ROLE,
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  VEND_TAG_PREFIX,
  readRepository
} from "./chunk-6T5APGHB.js";
import {
  numberAsJavaScriptWrites
} from "./chunk-ETJIYOCL.js";
import {
  QUOTAS,
  RULES,
  compareDiagnostics,
  effectiveQuotas,
  formatCount,
  isCloudFormationTemplate,
  limitPhrase,
  parameterNamesOf,
  parametersOf,
  parametersWithoutDefaultOf,
  require_dist,
  usesMacros
} from "./chunk-7G3CWXQ2.js";
import {
  DRIFT_SEVERITIES
} from "./chunk-NCA6KTMD.js";
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
var TEMPLATE_OUTPUT_DESCRIPTION = {
  member: "a CloudFormation template output Description",
  minLength: 0,
  maxLength: 1024,
  unit: "bytes"
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
            key === "Owner" ? `tag 'Owner' is set by vend from the manifest's 'owner'; remove it from tags, and set owner instead.` : `tag '${key}' is vend's ownership record (${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}), which vend sets on every account it manages; remove it from tags.`,
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
  (organization?.value.requiredTags ?? []).forEach((key, index) => {
    check(organization.source, ORGANIZATIONS_TAG_KEY, key, `required tag key '${key}'`, ["requiredTags", index]);
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
    const missing = required.filter((tag) => !present.has(tag) && reservedTagKey(tag) === void 0);
    if (missing.length > 0) {
      const one = missing.length === 1;
      const near = missing.flatMap(
        (tag) => [...present].filter((key) => key.toLowerCase() === tag.toLowerCase()).map((key) => `'${key}' for '${tag}'`)
      );
      diagnostics.push(
        source.diagnostic(
          RULES.requiredTags,
          `missing required tag${one ? "" : "s"} ${missing.join(", ")}; add ${one ? "it" : "them"} under 'tags'${near.length > 0 ? ` (tags has ${near.join(", ")}: tag keys are case-sensitive)` : ""}, or add an approved exception for rule required-tags.`,
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
    value.owner === OWNER_UNASSIGNED ? `owner is '${OWNER_UNASSIGNED}', the placeholder vend import writes for an account whose Owner tag names no team (none, an empty one, this placeholder, or one validate refuses as the owner); name the owning team here. Until then vend leaves the account's Owner tag as it is.` : "owner is only spaces, which names no team, though AWS takes it as the Owner tag; name the owning team here.",
    ["owner"]
  ),
  severity: "warning"
}));

// src/config/rules/drift-ignore-rules.ts
var MAX_IGNORE_DAYS = 366;
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
function declaredCriticalTargets(repository, kind) {
  const organization = repository.organization?.value;
  const scps = Object.keys(organization?.scps ?? {});
  switch (kind) {
    case "scp-missing":
    case "scp-content":
      return scps.map((name) => ({ name, target: `scp:${name}` }));
    case "scp-detached":
      return [
        { place: "root", attached: organization?.root?.scps },
        ...repository.organizationalUnits.map((unit) => ({ place: `ou:${unit.path}`, attached: unit.document.scps })),
        ...repository.accounts.map(({ value }) => ({ place: `account:${value.name}`, attached: value.scps }))
      ].flatMap(({ place, attached }) => (attached ?? []).map((name) => ({ name, target: `scp:${name}@${place}` })));
    case "account-left-organization":
      return repository.accounts.map(({ value }) => ({ name: value.name, target: `account:${value.name}` }));
    default:
      return [];
  }
}
function criticalEntryReach(entry, repository) {
  const { target, kind } = entry;
  if (entry.id !== void 0 || target === void 0 || !kind || !(kind in CRITICAL_TARGETS)) return void 0;
  const names = [
    ...new Set(
      declaredCriticalTargets(repository, kind).filter((candidate) => targetPatternMatches(target, candidate.target)).map((candidate) => candidate.name)
    )
  ].sort();
  if (names.length < 2) return void 0;
  const shown = names.slice(0, 5).map((name) => `'${name}'`);
  return `ignore entry target '${target}' matches findings of kind '${kind}', which is critical, for ${names.length} different ${kind === "account-left-organization" ? "accounts" : "SCPs"} (${shown.join(", ")}${names.length > shown.length ? ", \u2026" : ""}): one entry would hold back each of those guardrails' findings. Write one entry per ${kind === "account-left-organization" ? "account" : "SCP"}, naming it literally.`;
}
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
    const blanket = blanketCriticalEntry(entry) ?? criticalEntryReach(entry, repository);
    if (blanket)
      diagnostics.push({
        ...source.diagnostic(RULES.driftIgnore, blanket, [...path, entry.target === void 0 ? "kind" : "target"]),
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
    for (const member of value.split(",").map((text) => text.trim())) {
      const problem = type === "List<Number>" ? numberProblem({}, member, type) : allowed && !allowed.includes(member) ? `is not one of its AllowedValues (${allowed.join(", ")})` : typeof allowedPattern === "string" && !wholeMatch(allowedPattern, member) ? `does not match its AllowedPattern ${allowedPattern}` : void 0;
      if (problem) return `has the member '${member}', which ${problem}`;
    }
    return void 0;
  }
  if (type !== "String" && type !== "Number") return void 0;
  if (allowed && !allowed.includes(value)) return `is not one of its AllowedValues (${allowed.join(", ")})`;
  if (type === "Number") return numberProblem(declaration, value, type);
  const length = lengthIn("characters", value);
  const minLength = numberIn(declaration.MinLength);
  const maxLength = numberIn(declaration.MaxLength);
  if (minLength !== void 0 && length < minLength)
    return `is ${length} character${length === 1 ? "" : "s"}, shorter than its MinLength ${minLength}`;
  if (maxLength !== void 0 && length > maxLength)
    return `is ${length} characters, longer than its MaxLength ${maxLength}`;
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
  return Object.entries(overrides).filter(([name, value]) => name in QUOTAS && value !== QUOTAS[name].default).map(([name, value]) => {
    const quota = QUOTAS[name];
    const from = `the ${quota.description}, from AWS's ${quota.default.toLocaleString("en-US")} to ${value.toLocaleString("en-US")}`;
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
  if (organization && settings?.permissionModel === "SELF_MANAGED" && settings.callAs === "DELEGATED_ADMIN")
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        "callAs: DELEGATED_ADMIN applies only to SERVICE_MANAGED StackSets; SELF_MANAGED ones are administered from the account that creates them. Remove callAs, or set permissionModel: SERVICE_MANAGED.",
        ["stackSets", "callAs"]
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
  if (partition !== void 0 && home !== void 0 && partition !== home)
    return [
      organization.source.diagnostic(
        RULES.administrationRole,
        `administrationRoleArn is in partition ${partition}, but homeRegion ${String(organization.value.homeRegion)} is in ${home}: an ARN names a resource in one partition only, so CloudFormation could not use the role. Write it as arn:${home}:iam::\u2026.`,
        ["stackSets", "administrationRoleArn"]
      )
    ];
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
var KNOWN_TYPES = new Set(CLOUDFORMATION_RESOURCE_TYPES);
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
      if (!isMapping(mapping)) continue;
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
        if (!isMapping(attributes)) continue;
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

// src/config/rules/template-dependencies.ts
function dependencyCycles(section, resources) {
  const edges = /* @__PURE__ */ new Map();
  for (const [logicalId, resource] of Object.entries(section)) {
    if (!isMapping(resource)) continue;
    const named = /* @__PURE__ */ new Set();
    collectReferences({ ...resource, Condition: void 0 }, named);
    edges.set(logicalId, new Set([...named].filter((name) => resources.has(name))));
  }
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
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text !== "string") return [];
  const own = new Set(isMapping(variables) ? Object.keys(variables) : []);
  return [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map(([, variable]) => variable.trim()).filter((name) => !own.has(name));
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
  if (!usesMacros(body)) found.push(...outputFindings(template, body));
  found.push(...nameLengthFindings(template, body));
  if (!expandedByMacros(body)) found.push(...referenceFindings(template, body));
  return found;
});
function expandedByMacros(body) {
  if (usesMacros(body)) return true;
  const resources = isMapping(body.Resources) ? Object.values(body.Resources) : [];
  return resources.some((resource) => isMapping(resource) && String(resource.Type).endsWith("::MODULE"));
}
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
  return ["Resources", "Parameters", "Mappings", "Outputs"].flatMap((section) => {
    const entries = body[section];
    if (!isMapping(entries)) return [];
    return Object.keys(entries).filter((name) => name.length > NAME_LIMIT).map(
      (name) => source.diagnostic(
        RULES.templateLimits,
        `the name '${name.slice(0, 40)}\u2026' under ${section} is ${name.length} characters; CloudFormation allows ${NAME_LIMIT}. Shorten it, and every reference to it.`,
        [section, name],
        "key"
      )
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
  checkTemplateStructure,
  checkTemplateNames,
  checkTemplateLimits,
  checkParameterReferences,
  checkParameterValues,
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
  POLICY_DESCRIPTION,
  lengthProblem,
  checkScps,
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
