import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  accountCandidates,
  accountManifest,
  leftOutAccount,
  leftOutAccountIds
} from "./chunk-6PXRWF7C.js";
import {
  errorMessage
} from "./chunk-3CMV3XMN.js";
import {
  countDiagnostics
} from "./chunk-NVWBDDJH.js";
import "./chunk-3AUGWUJC.js";
import {
  PreflightError,
  READ_CONCURRENCY,
  configuredEndpoint,
  createAwsClients,
  describeAwsError,
  destroyAwsClients,
  errorName,
  listStackSetNames,
  mapWithConcurrency,
  missingCredentialsReason,
  noOrganization,
  readPolicy,
  readStackSet,
  readTags,
  readTree,
  require_dist_cjs5 as require_dist_cjs,
  require_dist_cjs6 as require_dist_cjs2
} from "./chunk-NK2M6GYR.js";
import {
  writeLocalFile
} from "./chunk-ENU7AZHL.js";
import "./chunk-XEJZL3EO.js";
import {
  EnvironmentError,
  UsageError,
  runValidate
} from "./chunk-LUQVUKPD.js";
import {
  describeDiagnostic,
  emptyRepository,
  keyProblem,
  loadedTemplate,
  policyProblems,
  templateProblems,
  templateRuleProblems,
  textProblem
} from "./chunk-GAOTOHXA.js";
import {
  STACK_SET_TAGS,
  inactiveAccountIds,
  replacedByNewTags
} from "./chunk-ERWZD7JS.js";
import {
  readTemplateFacts
} from "./chunk-3BLKRS4H.js";
import {
  masked,
  noEchoIn,
  parameterNamesIn
} from "./chunk-DTP7CD5J.js";
import {
  canonicalJson
} from "./chunk-GC7XXYZB.js";
import {
  resolveOrganizationalUnits
} from "./chunk-AA4LRLPW.js";
import {
  AWS_REGIONS,
  AWS_REGIONS_SOURCE,
  checkTagCharacters,
  checkTagLimits,
  iamNameCollisions,
  policySize
} from "./chunk-LOLNR32M.js";
import "./chunk-JJIYTWUR.js";
import {
  conditionsOf,
  effectiveBaselineNames,
  jsonNumberLiterals,
  namedIamResource,
  organizationalUnitLineage
} from "./chunk-PBUMDURM.js";
import {
  ACCOUNTS_DIR,
  ACCOUNT_NAME,
  CATALOGUE_NAME,
  FULL_AWS_ACCESS_POLICY_NAME,
  LISTED_NAMES,
  MANAGED_BY_TAG,
  ORGANIZATIONAL_UNIT_NAME_RULE,
  ORGANIZATION_FILE,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  QUOTAS,
  RULES,
  SCP_NAME,
  checkSchema,
  countOf,
  effectiveQuotas,
  flattenOrganizationalUnits,
  isCloudFormationTemplate,
  limitPhrase,
  listNames,
  organizationalUnitNameProblem,
  parameterDefaults,
  parseRepositoryFile,
  readRepository,
  require_dist,
  resolveString,
  resourcesOf,
  templateToJson
} from "./chunk-EFBOC2AA.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

// src/commands/import.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/import/taken-names.ts
function takenNameChecks(accounts, written, declared, managementAccountId) {
  const formers = accounts.filter(
    (account) => !declared.has(account.id) && account.status === "ACTIVE" && account.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value
  );
  return written.flatMap(({ account, file, document }) => {
    if (account.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) return [];
    const names = /* @__PURE__ */ new Set([document.name, document.accountName ?? document.name]);
    const taking = formers.filter((former) => names.has(former.name));
    if (taking.length === 0) return [];
    const listed = taking.map((former) => `${former.id} (${former.email})`).join(", ");
    return [
      {
        kind: "check",
        subject: `account ${account.id} (${account.name})`,
        message: `${file} carries the name of vend's account ${listed}, tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} but not written: the first plan refuses ${file} (account-email-taken), reading it as that account with its email changed in git, and adopts nothing. If vend does not manage ${taking.length === 1 ? "that account" : "those accounts"}, remove the tag (${taking.map((former) => `aws organizations untag-resource --resource-id ${former.id} --tag-keys ${MANAGED_BY_TAG.key}`).join("; ")})${taking.some((former) => former.id === managementAccountId) ? "" : `; else write ${taking.length === 1 ? "its" : "their"} manifest first (vend import --accounts-only, once what keeps ${taking.length === 1 ? "it" : "them"} out is settled)`}.`
      }
    ];
  });
}

// src/import/account-names.ts
var MAX_NAME_LENGTH = 50;
function manifestNames(written, organization, taken = /* @__PURE__ */ new Set()) {
  const bases = /* @__PURE__ */ new Map();
  for (const account of [...organization, ...written]) bases.set(account.id, baseName(account.name));
  const counts = /* @__PURE__ */ new Map();
  for (const base of bases.values()) counts.set(base, (counts.get(base) ?? 0) + 1);
  const owned = /* @__PURE__ */ new Map();
  for (const account of [...organization, ...written])
    if (account.tags?.[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) {
      const ids = owned.get(bases.get(account.id)) ?? [];
      if (!ids.includes(account.id)) owned.set(bases.get(account.id), [...ids, account.id]);
    }
  const keepsName = (id, base) => owned.get(base)?.length === 1 && owned.get(base)[0] === id;
  const suffixed = new Set(
    [...bases].filter(([id, base]) => taken.has(base) || counts.get(base) > 1 && !keepsName(id, base)).map(([id]) => id)
  );
  for (let moved = true; moved; ) {
    moved = false;
    const suffixedNames = new Set([...suffixed].map((id) => withSuffix(bases.get(id), id)));
    for (const [id, base] of bases)
      if (!suffixed.has(id) && suffixedNames.has(base)) {
        suffixed.add(id);
        moved = true;
      }
  }
  const names = /* @__PURE__ */ new Map();
  const unavailable = [];
  for (const { id } of [...written].sort((a, b) => compareText(a.id, b.id))) {
    const name = suffixed.has(id) ? withSuffix(bases.get(id), id) : bases.get(id);
    if (taken.has(name)) unavailable.push({ id, name });
    else names.set(id, name);
  }
  const used = new Set(taken);
  for (const name of names.values()) {
    if (used.has(name) || !ACCOUNT_NAME.test(name))
      throw new Error(`internal error: vend import derived the manifest name '${name}' twice, or not a valid one`);
    used.add(name);
  }
  return { names, unavailable };
}
function baseName(accountName) {
  let name = usableCharacters(accountName);
  if (!/^[a-z]/.test(name)) name = name === "" ? "account" : `account-${name}`;
  if (name.length < 3) name = `${name}-account`;
  return trimTo(name, MAX_NAME_LENGTH);
}
function hasNoUsableCharacters(accountName) {
  return usableCharacters(accountName) === "";
}
function usableCharacters(accountName) {
  return accountName.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
function withSuffix(base, id) {
  return `${trimTo(base, MAX_NAME_LENGTH - id.length - 1)}-${id}`;
}
function trimTo(name, length) {
  return name.slice(0, length).replace(/-+$/, "");
}

// src/import/baseline-placement.ts
function fixedRegions(baselines, accountIds) {
  const fixed = /* @__PURE__ */ new Map();
  for (const { name, stackSet } of baselines) {
    const written = stackSet.instances.filter((instance) => accountIds.has(instance.accountId));
    const deciding = written.length > 0 ? written : stackSet.instances;
    const sets = new Set(groupByAccount(deciding).map(([, instances]) => regionKey(instances)));
    fixed.set(
      name,
      sets.size === 1 ? [...new Set(deciding.map((instance) => instance.region))].sort(compareText) : void 0
    );
  }
  return fixed;
}
function accountBaselines(accountId, baselines, regionsOf) {
  const overrides = /* @__PURE__ */ new Map();
  const regional = [];
  for (const { name, stackSet } of baselines) {
    const instances = stackSet.instances.filter((instance) => instance.accountId === accountId);
    if (instances.length === 0) continue;
    const distinct = new Set(instances.map((instance) => canonicalJson(instance.parameterOverrides)));
    if (distinct.size > 1)
      return {
        problem: `its ${name} instances carry different parameter overrides in different regions, and a manifest holds one set per baseline`
      };
    overrides.set(name, instances[0].parameterOverrides);
    const regions = [...new Set(instances.map((instance) => instance.region))].sort(compareText);
    const fixed = regionsOf.get(name);
    if (!fixed) regional.push([name, regions]);
    else if (regions.join(",") !== [...fixed].sort(compareText).join(","))
      return {
        problem: `its ${name} instances are in ${regions.join(", ")}, but the baseline deploys to ${fixed.join(", ")}`
      };
  }
  const regionSets = new Set(regional.map(([, regions]) => regions.join(",")));
  if (regionSets.size > 1)
    return {
      problem: `its regional baselines are in different regions (${regional.map(([name, regions]) => `${name}: ${regions.join(", ")}`).join("; ")}), and a manifest has one regions list for them all`
    };
  return { overrides, ...regional.length > 0 ? { regions: regional[0][1] } : {} };
}
function commonRegions(accounts, homeRegion) {
  const counts = /* @__PURE__ */ new Map();
  for (const account of accounts)
    if (account.regions) counts.set(account.regions.join(","), (counts.get(account.regions.join(",")) ?? 0) + 1);
  const ranked = [...counts].sort(
    ([a, m], [b, n]) => n - m || Number(b.split(",").includes(homeRegion)) - Number(a.split(",").includes(homeRegion)) || a.split(",").length - b.split(",").length || compareText(a, b)
  );
  const [best, ...others] = ranked;
  if (!best) return { regions: [homeRegion], findings: [] };
  const regions = best[0].split(",");
  if (others.length === 0) return { regions, findings: [] };
  const total = ranked.reduce((sum, [, count]) => sum + count, 0);
  const tied = others.some(([, count]) => count === best[1]);
  return {
    regions,
    findings: [
      {
        kind: "inferred",
        subject: "defaultRegions",
        message: `Set to ${regions.join(", ")}, the regions of ${best[1]} of the ${total} accounts with regional baselines (the others: ${others.map(([key, count]) => `${key.split(",").join(", ")} in ${count}`).join("; ")})${tied ? ", a tie decided for the home region, then for fewer regions" : ""}. An account declared later without regions gets these: make them the regions new accounts should have.`
      }
    ]
  };
}
var ACCOUNTS_TO_DECLARE_ON_AN_OU = 2;
function organizationalUnitBaselines(units, accounts) {
  const declared = /* @__PURE__ */ new Map();
  const inherited = /* @__PURE__ */ new Map();
  const findings = [];
  for (const unit of units) {
    const fromAbove = new Set(unit.parentPath === null ? [] : inherited.get(unit.parentPath) ?? []);
    const beneath2 = accounts.filter((account) => account.ou === unit.path || account.ou.startsWith(`${unit.path}/`));
    const shared = unit.complete && beneath2.length >= ACCOUNTS_TO_DECLARE_ON_AN_OU ? [...beneath2[0].baselines].filter(
      (name) => !fromAbove.has(name) && beneath2.every((account) => account.baselines.has(name))
    ) : [];
    if (shared.length > 0) {
      declared.set(unit.path, shared.sort(compareText));
      findings.push({
        kind: "inferred",
        subject: `OU ${unit.path}`,
        message: `Declares ${listNames(shared)}, because ${beneath2.length === 1 ? "the one account import writes in it has" : beneath2.length === 2 ? "both accounts import writes in it have" : `all ${beneath2.length} accounts import writes in it have`} ${shared.length === 1 ? "it" : "them"}: an account created in it later gets ${shared.length === 1 ? "it" : "them"} too. If ${shared.length === 1 ? "it is" : "they are"} there by each account's choice, move ${shared.length === 1 ? "it" : "them"} to the accounts' baselines.`
      });
    }
    inherited.set(unit.path, /* @__PURE__ */ new Set([...fromAbove, ...shared]));
  }
  return { declared, findings };
}
var DONE = /* @__PURE__ */ new Set(["SUCCEEDED", "CURRENT"]);
function unfinishedInstances(baselines, accountIds) {
  return baselines.flatMap(({ stackSet }) => {
    const unfinished = stackSet.instances.filter(
      (instance) => accountIds.has(instance.accountId) && !DONE.has(instance.status)
    );
    if (unfinished.length === 0) return [];
    const statuses = [...new Set(unfinished.map((instance) => instance.status || "no status"))].sort(compareText);
    return [
      {
        kind: "check",
        subject: `StackSet ${stackSet.name}`,
        message: `${unfinished.length} of its instances in written accounts did not finish their last deployment (${statuses.join(", ")}): the first plan redeploys them${statuses.includes("INOPERABLE") ? ", and reports an INOPERABLE one as a problem to clear by hand" : ""}.`
      }
    ];
  });
}
function secretParameters(baselines, accounts, withStackSetParameters) {
  return baselines.flatMap(({ name, stackSet }) => {
    const secret = noEchoIn(stackSet.templateBody);
    const written = [
      ...withStackSetParameters ? Object.keys(stackSet.parameters) : [],
      ...accounts.flatMap((account) => Object.keys(account.parameters?.[name] ?? {}))
    ];
    const masked2 = [...new Set(written.filter((parameter) => secret.includes(parameter)))].sort(compareText);
    if (masked2.length === 0) return [];
    const ownSecrets = accounts.filter((account) => Object.keys(account.parameters?.[name] ?? {}).some((key) => secret.includes(key))).map((account) => account.name);
    return [
      {
        kind: "note",
        subject: `baseline ${name}`,
        message: `${masked2.join(", ")} ${masked2.length === 1 ? "is" : "are"} NoEcho: AWS returns the value masked, and that mask is what the repository now holds. While it does, vend keeps the deployed secret (UsePreviousValue) when it updates the StackSet or its instances; a new instance takes the StackSet's value, and a new StackSet from it is refused. Put the real value there (organization.yaml, or the manifests' parameters) to change it.${ownSecrets.length > 0 ? ` ${listNames(ownSecrets)} ${ownSecrets.length === 1 ? "overrides" : "override"} ${masked2.length === 1 ? "it" : "them"} on ${ownSecrets.length === 1 ? "its instances" : "their instances"}, perhaps with a secret of ${ownSecrets.length === 1 ? "its" : "their"} own, which the manifest, holding the mask, cannot show.` : ""}`
      }
    ];
  });
}
function groupByAccount(instances) {
  const groups = /* @__PURE__ */ new Map();
  for (const instance of instances)
    groups.set(instance.accountId, [...groups.get(instance.accountId) ?? [], instance]);
  return [...groups];
}
function regionKey(instances) {
  return [...new Set(instances.map((instance) => instance.region))].sort(compareText).join(",");
}
function undeclaredAccountInstances(baselines, declared, managementAccountId, accounts = {}) {
  const inactive = accounts.inactive ?? /* @__PURE__ */ new Set();
  const refused = accounts.refused ?? /* @__PURE__ */ new Set();
  return baselines.flatMap(({ stackSet }) => {
    const undeclared = stackSet.instances.filter(
      (instance) => !declared.has(instance.accountId) && instance.accountId !== managementAccountId && (accounts.members === void 0 || accounts.members.has(instance.accountId))
    );
    const instances = undeclared.filter((instance) => !inactive.has(instance.accountId));
    const skipped = undeclared.length - instances.length;
    const withoutManifest = [...new Set(instances.map((instance) => instance.accountId))].sort(compareText);
    const settle = withoutManifest.some((id) => refused.has(id)) ? `, once what kept ${withoutManifest.length === 1 ? "it" : "them"} out, listed under Not written, is settled` : accounts.partial ? `, which says what may keep ${withoutManifest.length === 1 ? "it" : "any of them"} out: an OU organization.yaml does not declare, a place directly under the root` : "";
    const besides = skipped > 0 ? ` (${skipped} more in suspended or closing accounts, which updates skip)` : "";
    if (withoutManifest.length === 0)
      return skipped === 0 ? [] : [
        {
          kind: "note",
          subject: `StackSet ${stackSet.name}`,
          // Drift reports each as an instance no longer targeted (unwanted-instance-findings.ts): said here first.
          message: `${skipped === 1 ? "One of its instances is in a suspended or closing account" : `${skipped} of its instances are in suspended or closing accounts`}: updates skip ${skipped === 1 ? "it" : "them"} (SKIPPED_SUSPENDED_ACCOUNT), and vend drift reports ${skipped === 1 ? "it" : "each"} as a stack instance no longer targeted until ${skipped === 1 ? "it is" : "they are"} removed from the StackSet, keeping ${skipped === 1 ? "its stack" : "their stacks"}, which go with the account${skipped === 1 ? "" : "s"} (aws cloudformation delete-stack-instances --retain-stacks), or listed under ignore: in the organization file.`
        }
      ];
    const them = instances.length === 1 ? "it" : "them";
    const adopted = !stackSet.managedByVend;
    return [
      {
        kind: adopted ? "check" : "note",
        subject: `StackSet ${stackSet.name}`,
        message: `${instances.length === 1 ? "One of its instances is" : `${instances.length} of its instances are`} in ${withoutManifest.length === 1 ? "an account" : `${withoutManifest.length} accounts`} with no manifest${besides}, ${listNames(
          withoutManifest.map((id) => accounts.names?.has(id) ? `'${accounts.names.get(id)}' (${id})` : id),
          5
        )}. Vend leaves ${them} in place, every update of the StackSet${adopted ? " (adopting it in the first plan, then a new template or parameters)" : ""} redeploys ${them}, and vend drift reports ${instances.length === 1 ? "it" : "each"} as a stack instance no longer targeted.${adopted ? " So the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review." : ""} To manage ${them}, give the account${withoutManifest.length === 1 ? "" : "s"} a manifest (vend import --accounts-only${settle}); otherwise delete ${them} in AWS (DeleteStackInstances with RetainStacks, to keep the stacks) or list ${them} under ignore: in the organization file.`
      }
    ];
  });
}

// src/import/baseline-dependencies.ts
var import_yaml = __toESM(require_dist(), 1);
var PSEUDO_PARAMETERS = Object.fromEntries(
  ["AWS::AccountId", "AWS::Partition", "AWS::Region", "AWS::URLSuffix"].map((name) => [name, `\${${name}}`])
);
function baselineDependencies(baselines, accountBaselines2) {
  const sorted = [...baselines].sort((a, b) => compareText(a.name, b.name));
  const templates = new Map(sorted.map(({ name, stackSet }) => [name, readTemplate(stackSet)]));
  const provided = sorted.flatMap(({ name }) => providedBy(name, templates.get(name)));
  const dependsOn = /* @__PURE__ */ new Map();
  const findings = [];
  for (const { name } of sorted) {
    const references = referencesIn(templates.get(name));
    const reasons = /* @__PURE__ */ new Map();
    const unmatchedBoundaries = [];
    for (const reference of references) {
      const creators = provided.filter(
        (candidate) => reference.reference !== void 0 && samePlace(candidate.reference, reference.reference)
      );
      const others = creators.some((creator) => creator.baseline === name) ? [] : creators;
      for (const creator of others) {
        const named = reasons.get(creator.baseline) ?? /* @__PURE__ */ new Map();
        const key = `${reference.reference}, which ${creator.baseline}'s ${creator.logicalId} creates`;
        named.set(key, (named.get(key) ?? /* @__PURE__ */ new Set()).add(reference.logicalId));
        reasons.set(creator.baseline, named);
      }
      if (creators.length === 0 && reference.property === "PermissionsBoundary" && // An AWS managed policy (arn:aws:iam::aws:policy/…) exists in every account: nothing needs to create it.
      !/^arn:[^:]+:iam::aws:policy\//.test(reference.reference ?? ""))
        unmatchedBoundaries.push(
          `${reference.logicalId}'s ${reference.reference ?? "one, which CloudFormation computes at deploy time"}`
        );
    }
    if (unmatchedBoundaries.length > 0)
      findings.push({
        kind: "note",
        subject: `baseline ${name}`,
        message: `No imported baseline can be seen to create the permissions ${unmatchedBoundaries.length === 1 ? "boundary" : "boundaries"} it names (${unmatchedBoundaries.join("; ")}), so it has no dependsOn for ${unmatchedBoundaries.length === 1 ? "it" : "them"}. In a new account CreateRole fails unless the policy exists before ${name} deploys: if a baseline creates it, add that baseline to ${name}'s dependsOn.`
      });
    for (const [dependency, named] of [...reasons].sort(([a], [b]) => compareText(a, b))) {
      const why = [...named].map(
        ([reference, users]) => `${listNames([...users])} ${users.size === 1 ? "names" : "name"} ${reference}`
      );
      const without = accountBaselines2.filter(({ baselines: held }) => held.has(name) && !held.has(dependency)).map(({ account }) => account);
      const blocked = without.length > 0 ? void 0 : cycleThrough(dependsOn, dependency, name);
      if (without.length === 0 && !blocked) {
        dependsOn.set(name, [...dependsOn.get(name) ?? [], dependency]);
        findings.push({
          kind: "inferred",
          subject: `baseline ${name}`,
          message: `dependsOn: [${dependency}], so a new account gets ${dependency} first: ${why.join("; ")}.`
        });
        continue;
      }
      findings.push({
        kind: "note",
        subject: `baseline ${name}`,
        message: `It needs ${dependency} deployed first (${why.join("; ")}), but has no dependsOn for it: ${blocked ? `${dependency} already depends on ${name} (${blocked.join(" \u2192 ")}), and validate refuses a cycle` : `${listNames(without)} ${without.length === 1 ? "has" : "have"} ${name} without ${dependency}, which validate refuses with dependsOn (baseline-reference)`}. A new account that gets ${name} before ${dependency} may fail to deploy it.`
      });
    }
  }
  if (sorted.length > 1)
    findings.push({
      kind: "note",
      subject: "baselines",
      message: `No StackSet records which must be deployed before another, so dependsOn is inferred only where a template names an IAM policy, role or export another creates${dependsOn.size > 0 ? ` (${listNames([...dependsOn.keys()])})` : findings.some((finding) => finding.message.startsWith("It needs ")) ? " (none could be written: see the notes above)" : " (none does)"}; the rest deploy to a new account in name order. Add dependsOn where one needs another first in a way its template does not name.`
    });
  return { dependsOn, findings };
}
function samePlace(a, b) {
  const anyPartition = (reference) => reference.replace(/^arn:(\$\{AWS::Partition\}|[^:$]*):/, "arn:*:");
  return anyPartition(a) === anyPartition(b);
}
function readTemplate(stackSet) {
  const template = templateToJson((0, import_yaml.parseDocument)(stackSet.templateBody));
  return { template, values: { ...parameterDefaults(template), ...stackSet.parameters, ...PSEUDO_PARAMETERS } };
}
function providedBy(baseline, { template, values }) {
  const iam = resourcesOf(template).flatMap((resource) => {
    const kind = resource.type === "AWS::IAM::ManagedPolicy" ? "policy" : resource.type === "AWS::IAM::Role" ? "role" : void 0;
    const name = resolveString(resource.properties[kind === "policy" ? "ManagedPolicyName" : "RoleName"], values);
    const path = resolveString(resource.properties.Path ?? "/", values);
    if (!kind || name === void 0 || path === void 0) return [];
    return [{ baseline, logicalId: resource.logicalId, reference: `${iamArn(kind)}${path}${name}` }];
  });
  const outputs = template?.Outputs ?? {};
  const exports = Object.entries(outputs).flatMap(([logicalId, output]) => {
    const name = resolveString(output?.Export?.Name, values);
    return name === void 0 ? [] : [{ baseline, logicalId, reference: `export ${name}` }];
  });
  return [...iam, ...exports];
}
function iamArn(kind) {
  return `arn:${PSEUDO_PARAMETERS["AWS::Partition"]}:iam::${PSEUDO_PARAMETERS["AWS::AccountId"]}:${kind}`;
}
function referencesIn({ template, values }) {
  return resourcesOf(template).flatMap((resource) => {
    const found = [];
    for (const [property, value] of Object.entries(resource.properties)) {
      const before = found.length;
      collect(value, values, (reference) => found.push({ logicalId: resource.logicalId, property, reference }));
      if (resource.type === "AWS::IAM::Role" && property === "PermissionsBoundary" && found.length === before)
        found.push({ logicalId: resource.logicalId, property });
    }
    return found;
  });
}
function collect(value, values, found) {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, values, found);
    return;
  }
  if (typeof value === "object" && value !== null && "Fn::ImportValue" in value) {
    const name = resolveString(value["Fn::ImportValue"], values);
    if (name !== void 0) found(`export ${name}`);
    return;
  }
  const resolved = resolveString(value, values);
  if (resolved !== void 0) found(resolved);
  else if (typeof value === "object" && value !== null && "Fn::Join" in value) {
    const [, pieces] = value["Fn::Join"] ?? [];
    if (Array.isArray(pieces)) {
      for (const piece of pieces) if (typeof piece === "object") collect(piece, values, found);
    }
  } else if (typeof value === "object" && value !== null)
    for (const item of Object.values(value)) collect(item, values, found);
}
function cycleThrough(dependsOn, from, to) {
  if (from === to) return [from];
  for (const next of dependsOn.get(from) ?? []) {
    const path = cycleThrough(dependsOn, next, to);
    if (path) return [from, ...path];
  }
  return void 0;
}

// src/import/live-organization.ts
var SERVICE_CONTROL_POLICY = "SERVICE_CONTROL_POLICY";

// src/import/organizational-units.ts
function organizationalUnitsToImport(live, selected) {
  const children = /* @__PURE__ */ new Map();
  for (const unit of live.organizationalUnits)
    children.set(unit.parentId, [...children.get(unit.parentId) ?? [], unit]);
  const findings = [];
  const nameable = [];
  const refused = /* @__PURE__ */ new Map();
  const visit2 = (parentId, parentPath) => {
    const siblings = children.get(parentId) ?? [];
    for (const unit of [...siblings].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))) {
      const twins = siblings.filter((sibling) => sibling.name.toLowerCase() === unit.name.toLowerCase());
      const keyName = keyProblem(unit.name);
      const nameProblem = organizationalUnitNameProblem(unit.name);
      const problem = nameProblem ? `its name is not one the repository can declare: ${nameProblem} (OU names there are ${ORGANIZATIONAL_UNIT_NAME_RULE}). Rename the OU in AWS Organizations, then import again` : keyName ? `its name, a key under organizationalUnits, ${keyName}. Rename the OU in AWS Organizations, then import again` : twins.length > 1 ? `${twins.length} OUs under ${parentPath ?? "the root"} are named ${[...new Set(twins.map((twin) => `'${twin.name}'`))].join(" and ")}, so a path cannot tell them apart${twins.some((twin) => twin.name !== unit.name) ? " (names that differ only in case read as one in a plan, and validate refuses them: ou-name-case)" : ""}. Rename all but one, then import again` : void 0;
      if (problem) {
        const path2 = parentPath === null ? unit.name : `${parentPath}/${unit.name}`;
        refused.set(path2, problem);
        refused.set(unit.path, problem);
        findings.push({
          path: path2,
          finding: { kind: "left-out", subject: `OU ${unit.path} (${unit.id})`, ...beneath(live, unit, problem) }
        });
        continue;
      }
      const path = parentPath === null ? unit.name : `${parentPath}/${unit.name}`;
      nameable.push({ id: unit.id, name: unit.name, path, parentPath });
      visit2(unit.id, path);
    }
  };
  visit2(live.root.id, null);
  const known = new Set(nameable.map((unit) => unit.path));
  for (const path of selected) if (!known.has(path)) throw unknownPath(path, nameable, refused);
  const within = (path, ancestor) => path === ancestor || path.startsWith(`${ancestor}/`);
  const units = nameable.filter(
    (unit) => selected.length === 0 || selected.some((path) => within(unit.path, path) || within(path, unit.path))
  ).map((unit) => ({ ...unit, complete: selected.length === 0 || selected.some((path) => within(unit.path, path)) }));
  const relevant = findings.filter(
    ({ path }) => selected.length === 0 || selected.some((chosen) => within(path, chosen))
  );
  return { units, findings: relevant.map(({ finding }) => finding) };
}
function tagLimitFinding(subject, id, held, quotas) {
  if (held < quotas.tagsPerAccount) return [];
  return [
    {
      kind: "check",
      subject,
      message: `It holds ${held} tags, and the first plan adopts it by adding ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; ${limitPhrase("AWS Organizations", "tagsPerAccount", quotas.tagsPerAccount)}, so that plan is blocked (tag-limit). Remove one of its tags first (aws organizations untag-resource --resource-id ${id} --tag-keys <key>).`
    }
  ];
}
function adoptionFindings(live, units, quotas) {
  const byId = new Map(live.organizationalUnits.map((unit) => [unit.id, unit]));
  return units.flatMap((unit) => {
    const tags = byId.get(unit.id)?.tags ?? {};
    const managedBy = tags[MANAGED_BY_TAG.key];
    const subject = `OU ${unit.path} (${unit.id})`;
    const full = managedBy === void 0 ? tagLimitFinding(subject, unit.id, Object.keys(tags).length, quotas) : [];
    if (full.length > 0) return full;
    if (managedBy !== void 0 && managedBy !== MANAGED_BY_TAG.value)
      return [
        {
          kind: "check",
          subject,
          message: `Its ${MANAGED_BY_TAG.key} tag is '${managedBy}'; the first plan adopts it, setting ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}. Make sure ${managedBy} no longer manages it, or leave it out of baselines/organization.yaml.`
        }
      ];
    if (unit.complete || managedBy === MANAGED_BY_TAG.value) return [];
    const accounts = live.accounts.filter(
      (account) => account.parentId === unit.id && account.status === "ACTIVE" && account.id !== live.organization.managementAccountId
    );
    return [
      {
        kind: "note",
        subject,
        message: `Declared only as the path to what --ou chose, it is adopted by the first plan all the same (${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}), and vend then keeps its SCP attachments as baselines/organization.yaml says${accounts.length > 0 ? `; the ${countOf(accounts.length, "account")} in it stay${accounts.length === 1 ? "s" : ""} unmanaged until imported` : ""}.`
      }
    ];
  });
}
function beneath(live, unit, problem) {
  const ids = /* @__PURE__ */ new Set([unit.id]);
  for (const candidate of live.organizationalUnits) if (ids.has(candidate.parentId)) ids.add(candidate.id);
  const accounts = live.accounts.filter((account) => ids.has(account.parentId));
  const under = [
    ...ids.size > 1 ? [countOf(ids.size - 1, "OU")] : [],
    ...accounts.length > 0 ? [countOf(accounts.length, "account")] : []
  ];
  const active = accounts.filter((account) => account.status === "ACTIVE");
  const named = active.map((account) => `'${account.name}' (${account.id})`);
  return {
    message: `Not declared${under.length > 0 ? `, nor the ${under.join(" and ")} beneath it` : ""}: ${problem}.${active.length > 0 ? ` Active accounts left out with it: ${listNames(named, LISTED_NAMES)}.` : ""}`,
    ...active.length > 0 ? { leftOutAccountIds: active.map((account) => account.id) } : {}
  };
}
function unknownPath(path, nameable, refused) {
  const refusal = [...refused].find(([refusedPath]) => path === refusedPath || path.startsWith(`${refusedPath}/`));
  if (refusal) {
    const [refusedPath, problem] = refusal;
    return new EnvironmentError(
      refusedPath === path ? `--ou '${path}' names an OU that exists but cannot be declared: ${problem}.` : `--ou '${path}' is beneath the OU '${refusedPath}', which exists but cannot be declared, and nothing beneath it can: ${problem}.`
    );
  }
  const tidied = path.split("/").filter(Boolean).join("/").toLowerCase();
  const sameButCase = nameable.map((unit) => unit.path).find((candidate) => [path.toLowerCase(), tidied].includes(candidate.toLowerCase()));
  const lower = path.toLowerCase();
  const refusedButCase = [...refused].filter(
    ([refusedPath]) => lower === refusedPath.toLowerCase() || lower.startsWith(`${refusedPath.toLowerCase()}/`)
  );
  if (sameButCase === void 0 && refusedButCase.length > 0) {
    const [[, problem]] = refusedButCase;
    const names = refusedButCase.map(([refusedPath]) => `'${refusedPath}'`).join(" and ");
    return new EnvironmentError(
      refusedButCase.length === 1 ? `--ou '${path}' names no OU (names are case-sensitive); the OU ${names} differs from it only in case, and it exists but cannot be declared, nor anything beneath it: ${problem}.` : `--ou '${path}' names no OU (names are case-sensitive); the OUs ${names} differ from it only in case, and they exist but cannot be declared, nor anything beneath them: ${problem}.`
    );
  }
  const roots = nameable.filter((unit) => unit.parentPath === null).map((unit) => unit.path);
  return new UsageError(
    `Invalid --ou '${path}': no OU has that path (OU names from the root, joined with '/'; names are case-sensitive). ${sameButCase !== void 0 ? `Did you mean ${sameButCase}?` : `Expected the path of an OU the repository can declare, such as ${roots.slice(0, 5).join(", ") || "(the organization has none)"}.`}`
  );
}

// src/import/service-control-policies.ts
function serviceControlPoliciesToImport(live, declaredTargetIds, quotas, partial = false) {
  const findings = [];
  const catalogue = [];
  const inCatalogue = /* @__PURE__ */ new Set();
  const enabled = live.root.policyTypes.includes(SERVICE_CONTROL_POLICY);
  const fullAWSAccess = live.serviceControlPolicies.find(
    (policy) => policy.awsManaged && policy.name === FULL_AWS_ACCESS_POLICY_NAME
  );
  const sorted = [...live.serviceControlPolicies].sort((a, b) => compareText(a.name, b.name));
  const filesInLowerCase = /* @__PURE__ */ new Set();
  for (const policy of sorted.filter((candidate) => candidate !== fullAWSAccess)) {
    const subject = `SCP ${policy.name} (${policy.id})`;
    const owned = policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
    const declared = policy.targetIds.filter((id) => declaredTargetIds.has(id));
    if (!owned && declared.length === 0) {
      if (!partial)
        findings.push({
          kind: "left-out",
          subject,
          message: "Not in the catalogue: it is attached to nothing the repository declares."
        });
      continue;
    }
    const problem = catalogueProblem(policy, quotas, live.serviceControlPolicies);
    if (problem) {
      findings.push({
        kind: owned ? "check" : "left-out",
        subject,
        message: owned ? `Not in the catalogue (${problem}), yet tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}: vend's first plan would detach it from what the repository declares and delete it. Fix it in AWS, or remove the tag, then import again.` : `Not in the catalogue (${problem}), so its ${declared.length === 1 ? "attachment stays" : `${declared.length} attachments stay`} as ${declared.length === 1 ? "it is" : "they are"}, unmanaged. ${firstDriftWarning(declared.length)}`
      });
      continue;
    }
    const inactive = inactiveAccountIds(live.accounts);
    const elsewhere = policy.targetIds.filter(
      (id) => !declaredTargetIds.has(id) && id !== live.organization.managementAccountId && !inactive.has(id)
    );
    if (!owned && elsewhere.length > 0)
      findings.push({
        kind: "check",
        subject,
        message: `It is also attached to ${elsewhere.length === 1 ? "a target" : `${elsewhere.length} targets`} the repository does not declare (${elsewhere.map((id) => targetName(live, id)).join(", ")}), which its content changes would reach once vend owns it, so the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review. To keep it out, detach it there before the first plan; or declare ${elsewhere.length === 1 ? "that target" : "those targets"} (an OU in organization.yaml, an account with vend import --accounts-only).`
      });
    const management = live.organization.managementAccountId;
    if (policy.targetIds.includes(management))
      findings.push({
        kind: "note",
        subject,
        message: `It is also attached to the management account, ${targetName(live, management)}, where no SCP applies; the repository declares the management account in no manifest, so that attachment is not written, and vend leaves it as it is.`
      });
    const managedBy = policy.tags[MANAGED_BY_TAG.key];
    if (managedBy === void 0)
      findings.push(...tagLimitFinding(subject, policy.id, Object.keys(policy.tags).length, quotas));
    if (!owned && managedBy !== void 0)
      findings.push({
        kind: "check",
        subject,
        message: `Its ${MANAGED_BY_TAG.key} tag is '${managedBy}'; the first plan adopts it, setting ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, a high-impact change. Make sure ${managedBy} no longer manages it, or take it out of the catalogue and the attachments in the repository.`
      });
    inCatalogue.add(policy.name);
    const file = filesInLowerCase.has(`baselines/scps/${policy.name}.json`.toLowerCase()) ? `baselines/scps/${policy.name}-${policy.id}.json` : `baselines/scps/${policy.name}.json`;
    filesInLowerCase.add(file.toLowerCase());
    catalogue.push({
      name: policy.name,
      file,
      description: policy.description,
      content: policy.content
    });
  }
  const attachmentsOf = scpAttachments(live, inCatalogue);
  if (!enabled)
    findings.push({
      kind: "check",
      subject: "the root",
      message: "Service control policies are not enabled: the first plan enables them (a high-impact change; AWS attaches FullAWSAccess everywhere, which allows what is allowed now). To keep that out of the first plan, enable them first: aws organizations enable-policy-type --root-id <root id> --policy-type SERVICE_CONTROL_POLICY, then import again."
    });
  for (const policy of sorted.filter((candidate) => candidate.awsManaged && candidate !== fullAWSAccess)) {
    const declared = policy.targetIds.filter((id) => declaredTargetIds.has(id)).length;
    if (partial && declared === 0) continue;
    findings.push({
      kind: "left-out",
      subject: `SCP ${policy.name} (${policy.id})`,
      message: `AWS manages it; vend attaches and detaches only FullAWSAccess among the policies AWS manages.${declared > 0 ? ` ${firstDriftWarning(declared)}` : ""}`
    });
  }
  return { catalogue, attachmentsOf, findings };
}
function firstDriftWarning(attachments) {
  return `vend drift reports ${attachments === 1 ? "the attachment" : "each attachment"} as high (scp-foreign, Foreign SCP attached) from its first run: detach it by hand if it should not be there, or add an ignore: entry for ${attachments === 1 ? "that finding" : "those findings"} to baselines/organization.yaml, with the reason it stays and an expiry.`;
}
function unlistedAccountAttachments(live, catalogue, written, declared) {
  return [...live.serviceControlPolicies].filter((policy) => !(policy.awsManaged && policy.name === FULL_AWS_ACCESS_POLICY_NAME)).filter((policy) => policy.awsManaged || !catalogue.has(policy.name)).sort((a, b) => compareText(a.name, b.name)).flatMap((policy) => {
    const accounts = policy.targetIds.flatMap((id) => written.has(id) ? [written.get(id)] : []).sort(compareText);
    if (accounts.length === 0) return [];
    const others = policy.targetIds.filter((id) => !written.has(id) && id !== live.organization.managementAccountId);
    const declaredElsewhere = others.filter((id) => declared.has(id)).map((id) => targetName(live, id)).sort(compareText);
    const undeclared = others.filter((id) => !declared.has(id)).map((id) => targetName(live, id)).sort(compareText);
    const manage = policy.awsManaged ? "" : ` To manage it, add it to the catalogue and to the scps of ${accounts.length === 1 ? "that manifest" : "those manifests"}${declaredElsewhere.length > 0 ? `, and of the other declared ${declaredElsewhere.length === 1 ? "target" : "targets"} it is attached to (${declaredElsewhere.join(", ")}): vend detaches it from a declared target that does not list it` : ""}.${undeclared.length > 0 ? ` It is also attached to ${undeclared.length === 1 ? "a target" : `${undeclared.length} targets`} the repository does not declare (${undeclared.join(", ")}): adopting it would then be high impact, applied only with allow-high-impact (--allow-high-impact).` : ""}`;
    const onDeclared = accounts.length + declaredElsewhere.length;
    return [
      {
        // Not written, as a full import says of a policy it leaves out of the catalogue: the plan does nothing to it.
        kind: "left-out",
        subject: `SCP ${policy.name} (${policy.id})`,
        message: `Attached to ${accounts.length === 1 ? "account" : "accounts"} ${listNames(accounts)}, which this import writes, but not in the catalogue of baselines/organization.yaml, so no manifest names it and its ${accounts.length === 1 ? "attachment stays" : "attachments stay"} as ${accounts.length === 1 ? "it is" : "they are"}, unmanaged.${manage} ${firstDriftWarning(onDeclared)}`
      }
    ];
  });
}
function scpAttachments(live, catalogue) {
  const enabled = live.root.policyTypes.includes(SERVICE_CONTROL_POLICY);
  const fullAWSAccess = live.serviceControlPolicies.find(
    (policy) => policy.awsManaged && policy.name === FULL_AWS_ACCESS_POLICY_NAME
  );
  return (targetId) => ({
    scps: live.serviceControlPolicies.filter((policy) => !policy.awsManaged && catalogue.has(policy.name) && policy.targetIds.includes(targetId)).map((policy) => policy.name).sort(compareText),
    // Without the SCP type nothing is attached yet; enabling it attaches FullAWSAccess everywhere.
    fullAWSAccess: !enabled || fullAWSAccess?.targetIds.includes(targetId) === true
  });
}
function catalogueProblem(policy, quotas, policies) {
  if (!SCP_NAME.test(policy.name))
    return `its name is no catalogue name (1-64 letters, digits, _ and -, starting with a letter), and the catalogue names an SCP by its name in AWS, where spaces and other characters are allowed. To manage it with vend, rename it in AWS, which keeps its id, content and attachments, if nothing else refers to it by name: aws organizations update-policy --policy-id ${policy.id} --name ${catalogueNameFor(policy, policies)}, then import again`;
  const nameProblem = keyProblem(policy.name);
  if (nameProblem) return `its name, a key of the catalogue, ${nameProblem}`;
  try {
    JSON.parse(policy.content);
  } catch {
    return "its content is not JSON";
  }
  const problems = policyProblems(
    policy.name,
    `baselines/scps/${policy.name}.json`,
    policy.content,
    policy.description,
    quotas
  );
  return problems.length === 0 ? void 0 : `validate would refuse it: ${problems.slice(0, 2).join("; ")}`;
}
function catalogueNameFor(policy, policies) {
  const base = policy.name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^[^A-Za-z]+/, "").slice(0, 64).replace(/-+$/, "");
  const taken = policies.some((other) => other !== policy && other.name.toLowerCase() === base.toLowerCase());
  if (base && !taken && keyProblem(base) === void 0) return base;
  return `${base ? base.slice(0, 64 - policy.id.length - 1) : "scp"}-${policy.id}`;
}
function targetName(live, id) {
  if (id === live.root.id) return `the root (${id})`;
  const unit = live.organizationalUnits.find((candidate) => candidate.id === id);
  if (unit) return `OU ${unit.path} (${id})`;
  const account = live.accounts.find((candidate) => candidate.id === id);
  return account ? `account ${account.name} (${id})` : id;
}
function catalogueAfterLeftOutAccounts(live, catalogue, declaredIds, leftOutIds) {
  const drop = [];
  const findings = [];
  for (const name of catalogue) {
    const policy = live.serviceControlPolicies.find((candidate) => candidate.name === name && !candidate.awsManaged);
    if (!policy || policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) continue;
    const reached = policy.targetIds.filter((id) => leftOutIds.has(id));
    if (reached.length === 0) continue;
    const subject = `SCP ${policy.name} (${policy.id})`;
    const where = reached.map((id) => targetName(live, id)).join(", ");
    if (!policy.targetIds.some((id) => declaredIds.has(id))) {
      drop.push(name);
      findings.push({
        kind: "left-out",
        subject,
        message: `Not in the catalogue: it is attached to nothing the repository declares, only to ${reached.length === 1 ? "an account" : "accounts"} import left out (${where}).`
      });
    } else
      findings.push({
        kind: "check",
        subject,
        message: `It is also attached to ${reached.length === 1 ? "an account" : "accounts"} import left out (${where}), which its content changes would reach once vend owns it, so the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review. To keep it out, detach it there before the first plan, or settle what left ${reached.length === 1 ? "that account" : "those accounts"} out and import ${reached.length === 1 ? "it" : "them"} (vend import --accounts-only).`
      });
  }
  return { drop, findings };
}

// src/import/stack-set-baselines.ts
var DEFAULT_EXECUTION_ROLE = "OrganizationAccountAccessRole";
var DEFAULT_ADMINISTRATION_ROLE = "AWSCloudFormationStackSetAdministrationRole";
function baselinesToImport(live, configured) {
  const findings = [];
  if (live.stackSets.length === 0)
    findings.push({
      kind: "note",
      subject: "baselines",
      message: `No StackSet named ${live.namePrefix}\u2026 is administered from ${live.homeRegion}, the region import ran in (AWS_REGION), so the repository has no baselines and its homeRegion is ${live.homeRegion}. If your StackSets are administered from another region, import again with AWS_REGION set to it.`
    });
  const expressible = [];
  for (const stackSet of [...live.stackSets].sort((a, b) => compareText(a.name, b.name))) {
    const name = stackSet.name.slice(live.namePrefix.length);
    const problem = repositoryProblem(name, stackSet, live.namePrefix) ?? adoptionTemplateProblem(name, stackSet);
    if (!problem) {
      expressible.push({ name, stackSet });
      continue;
    }
    findings.push(notInCatalogue(stackSet, problem));
  }
  const settings = configured ? { ...configured, namePrefix: live.namePrefix } : stackSetSettings(live, expressible);
  const baselines = [];
  for (const baseline of expressible) {
    const { stackSet } = baseline;
    const differences = settingDifferences(stackSet, settings);
    const subject = `StackSet ${stackSet.name}`;
    const described = differences.map((d) => `${d.setting} is ${d.held}, not organization.yaml's ${d.written}`);
    if (differences.length === 0) {
      baselines.push(baseline);
      if (!stackSet.managedByVend && (stackSet.otherTags ?? 0) + 1 > STACK_SET_TAGS)
        findings.push({
          kind: "check",
          subject,
          message: `It holds ${stackSet.otherTags} tags besides ${MANAGED_BY_TAG.key}, and the first plan adopts it by adding ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}: UpdateStackSet takes at most ${STACK_SET_TAGS}, so that plan is blocked (tag-limit). Remove one of its tags first (an UpdateStackSet with the tags to keep).`
        });
      const replaced = stackSet.managedByVend ? [] : replacedByNewTags(readTemplateFacts(stackSet.templateBody)?.resources ?? []);
      if (replaced.length > 0)
        findings.push({
          kind: "check",
          subject,
          message: `The first plan adopts it by adding ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, which CloudFormation passes to its stacks' resources, and it ${replaced.every((resource) => resource.maybe) ? "may replace" : "replaces"} ${listNames(
            replaced.map((resource) => `${resource.logicalId} (${resource.type})`),
            Infinity
          )} in every instance to change ${replaced.length === 1 ? "its" : "their"} tags, or fails the update where one has a custom name: a destructive change. Decide before merging whether vend should manage it; if not, take it out of the catalogue and the manifests.`
        });
      if (!stackSet.managedByVend && stackSet.managedBy !== void 0)
        findings.push({
          kind: "check",
          subject,
          message: `Its ${MANAGED_BY_TAG.key} tag is '${stackSet.managedBy}'; the first plan adopts it, setting ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, a high-impact change. Make sure ${stackSet.managedBy} no longer manages it, or take it out of the catalogue and the manifests.`
        });
    } else if (!stackSet.managedByVend)
      findings.push({
        kind: "left-out",
        subject,
        message: `Its ${described.join(", and its ")}. organization.yaml holds one permission model and one pair of roles for vend's StackSets (those of vend's own, else those most of them use), and vend adopts a StackSet it does not own only when the repository says exactly what it holds, so it stays as it is, unmanaged, and no manifest mentions its instances. To manage it with vend, update it to organization.yaml's settings, then import again.`
      });
    else {
      baselines.push(baseline);
      findings.push({
        kind: "check",
        subject,
        message: `Its ${described.join(", and its ")}. It is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so its first plan ${differences.some((d) => d.setting === "permissionModel") ? "reports a problem and changes nothing: AWS cannot change the permission model of a StackSet with instances" : `updates it to organization.yaml's settings (${differences.map((d) => `${d.setting} ${d.written}`).join(", ")}) and redeploys its ${stackSet.instances.length} instances, a high-impact change`}. Decide before merging: set organization.yaml's stackSets to its settings if all of vend's StackSets should have them, update the StackSet in AWS to organization.yaml's, or remove its tag so that vend leaves it alone.`
      });
    }
  }
  findings.push(...outsideInstances(live, baselines), ...managementAccountInstances(live, baselines));
  if (!configured) findings.push(...rolesNotTheBootstrapStacks(live, settings, baselines));
  return { baselines, settings, findings };
}
function rolesNotTheBootstrapStacks(live, settings, baselines) {
  if (settings.permissionModel !== "SELF_MANAGED") return [];
  const bootstrap = {
    executionRoleName: DEFAULT_EXECUTION_ROLE,
    administrationRoleArn: `arn:${live.partition}:iam::${live.organization.managementAccountId}:role/${DEFAULT_ADMINISTRATION_ROLE}`
  };
  const differing = ["executionRoleName", "administrationRoleArn"].filter(
    (setting) => settings[setting] !== bootstrap[setting]
  );
  if (differing.length === 0) return [];
  const holders = baselines.filter(
    ({ stackSet }) => differing.some(
      (setting) => (setting === "executionRoleName" ? stackSet.executionRoleName : stackSet.administrationRoleArn) === settings[setting]
    )
  ).map(({ stackSet }) => stackSet.name);
  return [
    {
      kind: "check",
      subject: "organization.yaml stackSets",
      message: `${differing.map((setting) => `${setting} is ${settings[setting]}`).join(" and ")}, as StackSet ${holders.join(", ")} ${holders.length === 1 ? "has" : "have"} it, not the bootstrap stack's ${differing.map((setting) => bootstrap[setting]).join(" and ")}. The bootstrap stack's apply role may pass only its own administration role (iam:PassRole), which assumes only its ExecutionRoleName, so applies with these roles fail, the first plan's adoption included, unless baselines/bootstrap/management-account.yaml was deployed with them (its ExecutionRoleName and StackSetAdministrationRoleName parameters). Check that it was; otherwise set organization.yaml's stackSets to the bootstrap stack's roles, and update or leave out the StackSets made with others.`
    }
  ];
}
function outsideInstances(live, baselines) {
  const inOrganization = new Set(live.accounts.map((account) => account.id));
  return baselines.flatMap(({ stackSet }) => {
    const outside = [
      ...new Set(stackSet.instances.map((instance) => instance.accountId).filter((id) => !inOrganization.has(id)))
    ].sort(compareText);
    if (outside.length === 0) return [];
    const count = stackSet.instances.filter((instance) => !inOrganization.has(instance.accountId)).length;
    const those = count === 1 ? "that instance" : "those instances";
    return [
      {
        kind: "check",
        subject: `StackSet ${stackSet.name}`,
        message: `It has ${count === 1 ? "an instance" : `${count} instances`} in ${outside.length === 1 ? "an account" : `${outside.length} accounts`} outside this organization (${outside.join(", ")}), which no manifest can name. Every update vend makes to the StackSet (${stackSet.managedByVend ? "a new template or parameters" : "adopting it in the first plan, then a new template or parameters"}) rolls out to ${those} too, where the bootstrap stack's administration role, limited to this organization's accounts, cannot reach, so the operation fails there. Remove ${count === 1 ? "it" : "them"} in AWS first, or leave the StackSet out of vend.`
      }
    ];
  });
}
function managementAccountInstances(live, baselines) {
  const management = live.organization.managementAccountId;
  return baselines.flatMap(({ stackSet }) => {
    const regions = stackSet.instances.filter((instance) => instance.accountId === management).map((instance) => instance.region).sort(compareText);
    if (regions.length === 0) return [];
    return [
      {
        kind: stackSet.managedByVend ? "note" : "check",
        subject: `StackSet ${stackSet.name}`,
        message: `It has ${regions.length === 1 ? "an instance" : "instances"} in the management account (${management}, ${regions.join(", ")}), which has no manifest: vend leaves ${regions.length === 1 ? "it" : "them"} in place, and every update of the StackSet (${stackSet.managedByVend ? "a new template or parameters" : "adopting it in the first plan, then a new template or parameters"}) redeploys ${regions.length === 1 ? "it" : "them"} with the rest.${stackSet.managedByVend ? "" : " So the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review."}`
      }
    ];
  });
}
function notInCatalogue(stackSet, problem) {
  return stackSet.managedByVend ? {
    kind: "check",
    subject: `StackSet ${stackSet.name}`,
    message: `Not in the catalogue: ${problem}. It is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so vend owns it, and its first plan would delete it and its ${countOf(stackSet.instances.length, "instance")}. Fix it in AWS, or remove the tag so that vend leaves it alone, then import again.`
  } : {
    kind: "left-out",
    subject: `StackSet ${stackSet.name}`,
    message: `Not in the catalogue: ${problem}. It is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so vend leaves it as it is: the plan never updates or deletes a StackSet it does not own.`
  };
}
function adoptionTemplateProblem(name, stackSet) {
  if (stackSet.managedByVend) return void 0;
  const file = templateFile(name, stackSet.templateBody);
  const [problem] = templateRuleProblems(name, file, stackSet.templateBody, effectiveQuotas(void 0));
  return problem ? `validate would refuse its template (${problem}), and vend adopts a StackSet only as it is: fix the template in AWS, then import again` : void 0;
}
function repositoryProblem(name, stackSet, namePrefix) {
  if (!CATALOGUE_NAME.test(name))
    return `'${name}' after the prefix ${namePrefix} is no catalogue name (1-64 lowercase letters, digits and hyphens, starting with a letter)`;
  const nameProblem = keyProblem(name);
  if (nameProblem) return `its baseline name, a key of the catalogue, ${nameProblem}`;
  for (const [key, value] of Object.entries(stackSet.parameters).sort(([a], [b]) => compareText(a, b))) {
    const problem = keyProblem(key) ?? textProblem(value);
    if (problem) return `its parameter ${JSON.stringify(key)} (or its value) ${problem}`;
  }
  const [templateProblem] = templateProblems(templateFile(name, stackSet.templateBody), stackSet.templateBody);
  if (templateProblem) return `validate would refuse its template file: ${templateProblem}`;
  return void 0;
}
function stackSetSettings(live, baselines) {
  const stackSets = baselines.map((baseline) => baseline.stackSet);
  const choose = (values, fallback) => {
    const counts = /* @__PURE__ */ new Map();
    for (const [value, stackSet] of values) {
      if (!value) continue;
      const count = counts.get(value) ?? { owned: 0, all: 0 };
      counts.set(value, { owned: count.owned + (stackSet.managedByVend ? 1 : 0), all: count.all + 1 });
    }
    const [best] = [...counts].sort(([a, m], [b, n]) => n.owned - m.owned || n.all - m.all || compareText(a, b));
    return best?.[0] ?? fallback;
  };
  const permissionModel = choose(
    stackSets.map((stackSet) => [stackSet.permissionModel, stackSet]),
    "SELF_MANAGED"
  );
  if (permissionModel === "SERVICE_MANAGED") return { permissionModel, callAs: "SELF", namePrefix: live.namePrefix };
  const selfManaged = stackSets.filter((stackSet) => stackSet.permissionModel !== "SERVICE_MANAGED");
  return {
    permissionModel: "SELF_MANAGED",
    executionRoleName: choose(
      selfManaged.map((stackSet) => [stackSet.executionRoleName, stackSet]),
      DEFAULT_EXECUTION_ROLE
    ),
    administrationRoleArn: choose(
      selfManaged.map((stackSet) => [stackSet.administrationRoleArn, stackSet]),
      `arn:${live.partition}:iam::${live.organization.managementAccountId}:role/${DEFAULT_ADMINISTRATION_ROLE}`
    ),
    namePrefix: live.namePrefix
  };
}
function settingDifferences(stackSet, settings) {
  const differ = (setting, held, written) => held && written && held !== written ? [{ setting, held, written }] : [];
  return [
    ...differ("permissionModel", stackSet.permissionModel, settings.permissionModel),
    ...settings.permissionModel === "SELF_MANAGED" ? [
      ...differ("administrationRoleArn", stackSet.administrationRoleArn, settings.administrationRoleArn),
      ...differ("executionRoleName", stackSet.executionRoleName, settings.executionRoleName)
    ] : [],
    // vend deploys per manifest, never by itself to accounts joining an OU; its first plan turns this off.
    ...stackSet.autoDeployment === true ? [{ setting: "automatic deployment", held: "on", written: "off" }] : []
  ];
}
function templateFile(baseline, body) {
  return `baselines/stacksets/${baseline}.${isJsonObject(body) ? "json" : "yaml"}`;
}
function isJsonObject(text) {
  try {
    return typeof JSON.parse(text) === "object";
  } catch {
    return false;
  }
}

// src/import/organization-document.ts
function minifiedBytes(policy) {
  try {
    return policySize(JSON.parse(policy.content));
  } catch {
    return 0;
  }
}
function organizationFile(live, parts, findings) {
  const { units, candidates, placed, baselines, regionsOf } = parts;
  const { regions: defaultRegions, findings: regionFindings } = commonRegions(placed.values(), live.homeRegion);
  const held = candidates.map((candidate) => ({
    ou: candidate.ou,
    baselines: new Set(placed.get(candidate.account.id).overrides.keys())
  }));
  const { declared: unitBaselines, findings: unitFindings } = organizationalUnitBaselines(units, held);
  const targets = [live.root.id, ...units.map((unit) => unit.id), ...candidates.map((c) => c.account.id)];
  const targetIds = new Set(targets);
  const largest = Math.max(
    0,
    ...live.serviceControlPolicies.filter((policy) => !policy.awsManaged && policy.targetIds.some((id) => targetIds.has(id))).map(minifiedBytes)
  );
  const quotas = { ...parts.quotas, scpSize: Math.max(parts.quotas.scpSize, largest) };
  const scps = serviceControlPoliciesToImport(live, new Set(targets), quotas, parts.partial);
  const proven = provenQuotas({
    scpSize: Math.max(0, ...scps.catalogue.map(minifiedBytes)),
    // Every SCP attached counts, those left out of the catalogue too: the plan counts them against the quota.
    scpsPerTarget: Math.max(
      ...targets.map((id) => live.serviceControlPolicies.filter((policy) => policy.targetIds.includes(id)).length)
    ),
    organizationalUnitDepth: Math.max(0, ...units.map((unit) => unit.path.split("/").length))
  });
  findings.push(...regionFindings, ...unitFindings, ...scps.findings, ...proven.findings);
  const dependencies = baselineDependencies(baselines, [
    ...candidates.map((candidate, index) => ({
      account: `${candidate.account.name} (${candidate.account.id})`,
      baselines: held[index].baselines
    })),
    ...parts.laterAccounts ?? []
  ]);
  findings.push(...dependencies.findings);
  const regions = [
    live.homeRegion,
    ...defaultRegions,
    ...[...regionsOf.values()].flatMap((fixed) => fixed ?? []),
    ...[...placed.values()].flatMap((account) => account.regions ?? []),
    // Every region a written baseline has instances in, whichever account: an --ou import or an account left out
    // now is written later by --accounts-only, whose manifests must find their regions allowed.
    ...baselines.flatMap(({ stackSet }) => stackSet.instances.map((instance) => instance.region))
  ];
  const root = attachmentFields(scps.attachmentsOf(live.root.id));
  const templateFiles = new Map(
    baselines.map(({ name, stackSet }) => [name, templateFile(name, stackSet.templateBody)])
  );
  return {
    managementAccountId: live.organization.managementAccountId,
    homeRegion: live.homeRegion,
    allowedRegions: [...new Set(regions)].sort(compareText),
    defaultRegions,
    stackSets: parts.settings,
    ...Object.keys(root).length > 0 ? { root } : {},
    organizationalUnits: organizationalUnitsDocument(units, scps.attachmentsOf, unitBaselines),
    ...scps.catalogue.length > 0 ? {
      scps: Object.fromEntries(
        scps.catalogue.map(({ name, file, description }) => [
          name,
          { file: file.slice("baselines/".length), ...description ? { description } : {} }
        ])
      )
    } : {},
    ...baselines.length > 0 ? { baselines: baselinesDocument(baselines, templateFiles, regionsOf, dependencies.dependsOn) } : {},
    ...proven.quotas ? { quotas: proven.quotas } : {}
  };
}
function attachmentFields(attachments) {
  return {
    ...attachments.scps.length > 0 ? { scps: attachments.scps } : {},
    ...attachments.fullAWSAccess ? {} : { fullAWSAccess: false }
  };
}
function organizationalUnitsDocument(units, attachmentsOf, baselines) {
  const documents = /* @__PURE__ */ new Map([[null, {}]]);
  for (const unit of units) {
    const children = {};
    documents.set(unit.path, children);
    const declared = baselines.get(unit.path) ?? [];
    documents.get(unit.parentPath)[unit.name] = {
      ...attachmentFields(attachmentsOf(unit.id)),
      ...declared.length > 0 ? { baselines: declared } : {}
    };
  }
  for (const unit of units) {
    const children = documents.get(unit.path);
    if (Object.keys(children).length > 0) documents.get(unit.parentPath)[unit.name].organizationalUnits = children;
  }
  return documents.get(null);
}
function baselinesDocument(baselines, templateFiles, regionsOf, dependsOn) {
  return Object.fromEntries(
    [...baselines].sort((a, b) => compareText(a.name, b.name)).map(({ name, stackSet }) => {
      const regions = regionsOf.get(name);
      return [
        name,
        {
          template: templateFiles.get(name).slice("baselines/".length),
          ...regions ? { regions } : {},
          ...dependsOn.has(name) ? { dependsOn: dependsOn.get(name) } : {},
          // In name order: DescribeStackSet returns them in the order the last update sent, so a re-import after
          // vend's first apply would otherwise rewrite a file nothing changed in.
          ...Object.keys(stackSet.parameters).length > 0 ? {
            parameters: Object.fromEntries(
              Object.entries(stackSet.parameters).sort(([a], [b]) => compareText(a, b))
            )
          } : {}
        }
      ];
    })
  );
}
function provenQuotas(observed) {
  const raised = Object.entries(observed).filter(
    ([name, value]) => value !== void 0 && value > QUOTAS[name].default
  );
  if (raised.length === 0) return { findings: [] };
  return {
    quotas: Object.fromEntries(raised),
    findings: raised.map(([name, value]) => ({
      kind: "note",
      subject: `quotas.${name}`,
      message: `Set to ${value}: the organization already holds that much (${QUOTAS[name].description}), above vend's default of ${QUOTAS[name].default}, so AWS's quota is at least that. validate warns about it (rule quota-override) and asks for the AWS page that shows the new value: here the organization itself is that evidence, so keep it while the organization holds what needs it.`
    }))
  };
}

// src/import/override-records.ts
function overrideRecordChecks(live, accounts) {
  const found = new Set(live.stackSets.map((stackSet) => stackSet.name.slice(live.namePrefix.length)));
  return accounts.flatMap(({ candidate, document }) => {
    const tag = candidate.account.tags?.[PARAMETER_OVERRIDES_TAG];
    if (tag === void 0) return [];
    const recorded = [...new Set(tag.split(" ").filter(Boolean))].sort(compareText);
    const written = Object.keys(document.parameters ?? {}).sort(compareText);
    if (recorded.join(" ") === written.join(" ")) return [];
    const subject = `account ${candidate.account.id} (${candidate.account.name})`;
    if (!recorded.every((name) => CATALOGUE_NAME.test(name)))
      return [
        {
          kind: "check",
          subject,
          message: `Its tag ${PARAMETER_OVERRIDES_TAG} holds ${JSON.stringify(tag)}, which is not a record vend writes (baseline names, separated by spaces): the first plan rewrites it to ${written.length > 0 ? `'${written.join(" ")}'` : "nothing, removing it"}.`
        }
      ];
    const missing = recorded.filter((name) => !found.has(name));
    return [
      {
        kind: "check",
        subject,
        message: `Its tag ${PARAMETER_OVERRIDES_TAG} records overrides for ${recorded.join(", ") || "no baseline"}, its manifest for ${written.join(", ") || "none"}: the first plan rewrites the tag.${missing.length > 0 ? ` No StackSet ${missing.map((name) => `${live.namePrefix}${name}`).join(", ")} is in ${live.homeRegion}: if vend's StackSets are administered in another region, run import there (AWS_REGION).` : ""}`
      }
    ];
  });
}

// src/import/declared-attachments.ts
function declaredAttachmentDifferences(live, organization, unitIds, paths) {
  const attached = scpAttachments(live, new Set(Object.keys(organization.scps ?? {})));
  const onPaths = new Set(
    paths.flatMap((path) => path.split("/").map((_, depth, parts) => parts.slice(0, depth + 1).join("/")))
  );
  const levels = [
    { subject: `the root (${live.root.id})`, id: live.root.id, declared: organization.root ?? {}, at: "root" },
    ...flattenOrganizationalUnits(organization.organizationalUnits).filter((unit) => onPaths.has(unit.path) && unitIds.has(unit.path)).map((unit) => ({
      subject: `OU ${unit.path} (${unitIds.get(unit.path)})`,
      id: unitIds.get(unit.path),
      declared: unit.document,
      at: `organizationalUnits ${unit.path}`
    }))
  ];
  const catalogue = new Set(Object.keys(organization.scps ?? {}));
  return levels.flatMap(({ subject, id, declared, at }) => [
    ...foreignScpNote(live, catalogue, subject, id),
    ...attachmentCheck(attached(id), subject, declared, at)
  ]);
}
function foreignScpNote(live, catalogue, subject, id) {
  const foreign = live.serviceControlPolicies.filter((policy) => !policy.awsManaged && !catalogue.has(policy.name) && policy.targetIds.includes(id)).map((policy) => `${policy.name} (${policy.id})`).sort(compareText);
  if (foreign.length === 0) return [];
  const one = foreign.length === 1;
  return [
    {
      kind: "note",
      subject,
      message: `${one ? "SCP" : "SCPs"} ${listNames(foreign, Infinity)}, which the catalogue in baselines/organization.yaml does not name, ${one ? "is" : "are"} attached there, above the accounts written beneath it. The plan leaves ${one ? "it" : "them"} attached; vend drift reports ${one ? "it" : "each"} as a foreign SCP (high) until the catalogue declares ${one ? "it" : "them"} (a full import into an empty --repo writes ${one ? "its" : "their"} entry) or ${one ? "it is" : "they are"} detached.`
    }
  ];
}
function attachmentCheck(inAws, subject, declared, at) {
  const declaredScps = [...new Set(declared.scps ?? [])].sort(compareText);
  const declaredFull = declared.fullAWSAccess ?? true;
  const attaches = [
    ...declaredFull && !inAws.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : [],
    ...declaredScps.filter((scp) => !inAws.scps.includes(scp))
  ];
  const detaches = [
    ...!declaredFull && inAws.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : [],
    ...inAws.scps.filter((scp) => !declaredScps.includes(scp))
  ];
  if (attaches.length + detaches.length === 0) return [];
  const acts = [
    ...attaches.length > 0 ? [`attaches ${listNames(attaches, Infinity)}`] : [],
    ...detaches.length > 0 ? [`detaches ${listNames(detaches, Infinity)} (destructive)`] : []
  ].join(" and ");
  const says = `scps: [${inAws.scps.join(", ")}]${inAws.fullAWSAccess ? "" : ", fullAWSAccess: false"}`;
  return [
    {
      kind: "check",
      subject,
      message: `baselines/organization.yaml (${at}) declares other SCPs there than AWS has attached: the first plan ${acts}, more than adopting the accounts written beneath it, and it reaches every account there. To keep the first plan to adoption, make organization.yaml say what AWS has (${says}); or let the plan make the change, reviewed as such.`
    }
  ];
}

// src/import/baseline-conflicts.ts
function catalogueConflicts(baselines, regionsOf, context) {
  const problems = /* @__PURE__ */ new Map();
  const templates = [];
  const ordered = [...baselines].sort(
    (a, b) => Number(b.stackSet.managedByVend) - Number(a.stackSet.managedByVend) || compareText(a.name, b.name)
  );
  for (const { name, stackSet } of ordered) {
    const template = loadedTemplate(name, templateFile(name, stackSet.templateBody), stackSet.templateBody);
    if (!template || !isCloudFormationTemplate(template.template)) continue;
    templates.push(template);
    const named = namedIamResource(resourcesOf(template.template), conditionsOf(template.template));
    const regions = regionsOf.get(name);
    if (!named || regions?.length === 1) continue;
    if (stackSet.instances.length === 0) regionsOf.set(name, [context.homeRegion]);
    else
      problems.set(
        name,
        `${RULES.templateNamedIamSingleRegion}: its template names an IAM resource (${named.logicalId}), and IAM names are global, so validate needs the baseline in exactly one region; its instances are in ${regions ? regions.join(", ") : "different regions in different accounts"}`
      );
  }
  const received = /* @__PURE__ */ new Map();
  for (const { name, stackSet } of baselines)
    for (const instance of stackSet.instances)
      if (instance.accountId !== context.managementAccountId)
        received.set(instance.accountId, (received.get(instance.accountId) ?? /* @__PURE__ */ new Set()).add(name));
  const byFile = new Map(templates.map((template) => [template.file, template.baseline]));
  const collisions = iamNameCollisions(
    templates,
    [...received].map(([account, names]) => ({ account, baselines: names })),
    context.executionRoleName
  );
  for (const diagnostic of collisions) {
    const name = byFile.get(diagnostic.file);
    if (name !== void 0 && !problems.has(name)) problems.set(name, describeDiagnostic(diagnostic));
  }
  const findings = [];
  const kept = baselines.filter(({ name, stackSet }) => {
    const problem = problems.get(name);
    if (problem === void 0 || stackSet.managedByVend) return true;
    findings.push(
      notInCatalogue(
        stackSet,
        `validate would refuse it beside the rest of the catalogue (${problem}), and vend adopts a StackSet only as it is: change it in AWS, then import again`
      )
    );
    return false;
  });
  return { baselines: kept, findings };
}

// src/import/render-repository.ts
var import_yaml2 = __toESM(require_dist(), 1);
var ORGANIZATION_SCHEMA = "# yaml-language-server: $schema=../schemas/organization.schema.json";
var ACCOUNT_SCHEMA = "# yaml-language-server: $schema=../schemas/account.schema.json";
function renderRepository(imported, organizationId) {
  const files = /* @__PURE__ */ new Map();
  if (imported.organization)
    files.set("baselines/organization.yaml", renderOrganization(imported.organization, organizationId));
  for (const scp of imported.scps) files.set(scp.file, `${policyFileText(scp.content)}
`);
  for (const template of imported.templates) files.set(template.file, template.body);
  for (const account of imported.accounts)
    files.set(account.file, renderAccountManifest(account.document, account.ownerTag, account.ownerRefused));
  if (imported.organization && imported.accounts.length === 0) files.set(`${ACCOUNTS_DIR}/.gitkeep`, "");
  return files;
}
function renderOrganization(organization, organizationId) {
  return [
    ORGANIZATION_SCHEMA,
    `# Written by vend import from organization ${organizationId}. Review it, then: vend validate, vend plan.`,
    yamlText(organization)
  ].join("\n");
}
function renderAccountManifest(account, ownerTag, ownerRefused) {
  return [
    ACCOUNT_SCHEMA,
    yamlText(account, (document) => {
      if (account.owner !== OWNER_UNASSIGNED) return;
      document.get("owner", true).comment = ownerRefused !== void 0 ? ` the Owner tag in AWS is one validate refuses as the owner (rule ${ownerRefused}): name the owning team` : ownerTag === OWNER_UNASSIGNED ? ` the Owner tag in AWS is this placeholder itself, which names no team: name the owning team` : ownerTag === void 0 ? " no Owner tag in AWS: name the owning team" : ` the Owner tag in AWS is ${ownerTag === "" ? "empty" : "only whitespace"}, which names no team: name the owning team`;
    })
  ].join("\n");
}
function yamlText(value, annotate) {
  const document = new import_yaml2.Document(value);
  const ambiguous = /* @__PURE__ */ new Map();
  (0, import_yaml2.visit)(document, {
    Seq(_key, node) {
      if ((0, import_yaml2.isSeq)(node) && node.items.every((item) => (0, import_yaml2.isScalar)(item))) node.flow = true;
    },
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      if (!ambiguous.has(node.value)) ambiguous.set(node.value, readsAsOtherThanItself(node.value));
      if (ambiguous.get(node.value)) node.type = import_yaml2.Scalar.QUOTE_SINGLE;
    }
  });
  annotate?.(document);
  return document.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}
function readsAsOtherThanItself(text) {
  if (text.includes("\n")) return false;
  if (text === "<<" || text === "=") return true;
  return ["1.1", "1.2"].some((version) => {
    const parsed = (0, import_yaml2.parseDocument)(text, { version });
    return parsed.errors.length > 0 || !(0, import_yaml2.isScalar)(parsed.contents) || parsed.contents.value !== text;
  });
}
function policyFileText(content) {
  const pretty = JSON.stringify(JSON.parse(content), null, 2);
  return jsonNumberLiterals(content).every((literal) => String(Number(literal)) === literal) ? pretty : content;
}

// src/import/repository-check.ts
function manifestProblems(file, text, document, quotas) {
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(text));
  if (!parsed.source) return parsed.diagnostics.map(describeDiagnostic);
  const value = parsed.source.document.toJS();
  if (canonicalJson(value) !== canonicalJson(document))
    return [`yaml: the manifest would not read back as written (${canonicalJson(value)})`];
  const schema = checkSchema("account", parsed.source, value);
  if (schema.length > 0) return schema.map(describeDiagnostic);
  const repository = {
    ...emptyRepository(),
    accounts: [{ source: parsed.source, value }]
  };
  const context = { repository, now: /* @__PURE__ */ new Date(0), quotas };
  return [...checkTagLimits(context), ...checkTagCharacters(context)].map(describeDiagnostic);
}

// src/import/manifest-contexts.ts
function manifestsFor(live, organization, candidates, placed, findings) {
  const quotas = effectiveQuotas(organization);
  const units = flattenOrganizationalUnits(organization.organizationalUnits);
  const attachmentsOf = scpAttachments(live, new Set(Object.keys(organization.scps ?? {})));
  const declaredParameters = new Map(
    live.stackSets.map((stackSet) => [
      stackSet.name.slice(live.namePrefix.length),
      parameterNamesIn(stackSet.templateBody)
    ])
  );
  const stackSetParameters = new Map(
    live.stackSets.map((stackSet) => [stackSet.name.slice(live.namePrefix.length), stackSet.parameters])
  );
  return candidates.flatMap((candidate) => {
    const baselines = placed.get(candidate.account.id);
    const inherited = new Set(
      organizationalUnitLineage(units, candidate.ou).flatMap((unit) => unit.document.baselines ?? [])
    );
    const missing = [...inherited].filter((name) => !baselines.overrides.has(name)).sort(compareText);
    if (missing.length > 0) {
      findings.push(
        leftOutAccount(
          candidate.account,
          `Its OU path declares ${missing.join(", ")}, which it has no stack instances of: vend would deploy ${missing.length === 1 ? "it" : "them"} there, so adopting it is more than adoption. To manage it, deploy ${missing.length === 1 ? "it" : "them"} first (aws cloudformation create-stack-instances) and import it again, or write its manifest by hand and let the first plan deploy ${missing.length === 1 ? "it" : "them"}, or leave ${missing.length === 1 ? "it" : "them"} out with excludeBaselines and a baseline-opt-out exception.`
        )
      );
      return [];
    }
    const stale = [...baselines.overrides].flatMap(([baseline, overrides]) => {
      const declared = new Set(declaredParameters.get(baseline) ?? []);
      const names = Object.keys(overrides).filter((name) => !declared.has(name));
      return names.length > 0 ? [{ baseline, names: names.sort(compareText) }] : [];
    });
    if (stale.length > 0) {
      const listed = stale.map(({ baseline, names }) => `${live.namePrefix}${baseline}: ${names.join(", ")}`).join("; ");
      findings.push(
        leftOutAccount(
          candidate.account,
          `Its stack instances override parameters their StackSet's template no longer declares (${listed}): validate would refuse them in a manifest (parameter-reference), and left out, the first plan would remove them, which is more than adoption. Update those instances without them in AWS (aws cloudformation update-stack-instances with --parameter-overrides of the others), then import it again (vend import --accounts-only).`
        )
      );
      return [];
    }
    const context = {
      baselines,
      inherited,
      defaultRegions: organization.defaultRegions,
      stackSetParameters,
      attachments: attachmentsOf(candidate.account.id)
    };
    const problemsOf = (tried) => {
      const provisional = accountManifest(tried, { ...context, name: baseName(tried.account.name) });
      return manifestProblems(
        `${ACCOUNTS_DIR}/${provisional.name}.yaml`,
        renderAccountManifest(provisional),
        provisional,
        quotas
      );
    };
    const problems = problemsOf(candidate);
    if (problems.length === 0) return [{ candidate, context }];
    const ownerValueAlone = problemsOf({ ...candidate, owner: "team" }).length === 0;
    if (candidate.owner !== OWNER_UNASSIGNED && ownerValueAlone) {
      const rules = [...new Set(problems.map((problem) => problem.slice(0, problem.indexOf(":"))))].join(", ");
      const unassigned = { ...candidate, owner: OWNER_UNASSIGNED, ownerRefused: rules };
      if (problemsOf(unassigned).length === 0) {
        findings.push({
          kind: "note",
          subject: `account ${candidate.account.id} (${candidate.account.name})`,
          message: `Written with owner ${OWNER_UNASSIGNED}; its Owner tag stays as it is in AWS until the manifest names the owning team. Validate would refuse the tag as the owner: ${problems.join("; ")}.`
        });
        return [{ candidate: unassigned, context }];
      }
    }
    findings.push(
      // Validate's advice is for a manifest someone wrote; here the fix is in AWS, where the account is as it is.
      leftOutAccount(
        candidate.account,
        `validate would refuse its manifest as AWS has the account: ${problems.join("; ")}. Nothing was written, so change the account in AWS (its tags: aws organizations tag-resource, untag-resource; its name: aws account put-account-name; its root email: aws account start-primary-email-update), then import it again (vend import --accounts-only).`
      )
    );
    return [];
  });
}

// src/import/describe-organization.ts
function describeOrganization(live, options) {
  const { existing } = options;
  const quotas = effectiveQuotas(existing?.organization);
  const selection = organizationalUnitsToImport(live, options.organizationalUnits);
  const findings = [
    ...live.otherPolicyTypes.map(({ type, policies }) => ({
      kind: "left-out",
      subject: `policy type ${type}`,
      message: `${countOf(policies.length, "policy", "policies")}${policies.length > 0 ? ` (${listNames(policies)})` : ""}: vend manages service control policies only, so these stay as they are and no file describes them.`
    })),
    ...selection.findings
  ];
  const imported = accountCandidates(live, selection.units, options.organizationalUnits.length === 0);
  findings.push(...imported.findings);
  const stackSets = baselinesToImport(live, options.stackSetSettings);
  if (!existing) findings.push(...adoptionFindings(live, selection.units, quotas), ...stackSets.findings);
  const roleAccount = /^arn:[^:]+:iam::(\d{12}):/.exec(options.stackSetSettings?.administrationRoleArn ?? "")?.[1];
  if (!existing && roleAccount !== void 0 && roleAccount !== live.organization.managementAccountId)
    findings.push({
      kind: "check",
      subject: "stackSets in baselines/organization.yaml",
      message: `Kept from the organization.yaml already here, its administrationRoleArn is in account ${roleAccount}, not in this organization's management account ${live.organization.managementAccountId}, where vend creates StackSets: validate refuses it (administration-role), and no StackSet found matches it. Set the role of this organization (the bootstrap stack's), or remove baselines/organization.yaml to take the settings from the StackSets found, then import again.`
    });
  let candidates = imported.candidates;
  let baselines = stackSets.baselines;
  let regionsOf;
  const laterAccounts = [];
  if (existing) {
    const declared2 = new Set(
      flattenOrganizationalUnits(existing.organization.organizationalUnits).map((unit) => unit.path)
    );
    const manifested = new Map(existing.accounts.map((account) => [account.email.toLowerCase(), account]));
    for (const candidate of candidates) {
      const manifest = manifested.get(candidate.account.email.toLowerCase());
      if (manifest === void 0) continue;
      const differences = [
        manifest.accountName !== candidate.account.name ? `names it '${manifest.accountName}' (in AWS '${candidate.account.name}'), so the first plan renames it` : "",
        manifest.ou !== candidate.ou ? `puts it in ${manifest.ou} (in AWS ${candidate.ou || "the root"}), so the first plan moves it` : ""
      ].filter(Boolean);
      findings.push({
        kind: differences.length > 0 ? "check" : "note",
        subject: `${candidate.account.name} (${candidate.account.id})`,
        message: `Already declared by accounts/${manifest.name}.yaml (same email), which is kept as it is${differences.length > 0 ? `, and ${differences.join("; it ")}. Make sure that manifest is this account's, or correct it before the first plan` : ""}.`
      });
    }
    candidates = candidates.filter((candidate) => !manifested.has(candidate.account.email.toLowerCase()));
    for (const candidate of candidates.filter((candidate2) => !declared2.has(candidate2.ou)))
      findings.push(
        leftOutAccount(
          candidate.account,
          `Its OU ${candidate.ou} is not in baselines/organization.yaml: declare it there, then import it.`
        )
      );
    candidates = candidates.filter((candidate) => declared2.has(candidate.ou));
    const catalogue = existing.organization.baselines ?? {};
    baselines = live.stackSets.map((stackSet) => ({ name: stackSet.name.slice(live.namePrefix.length), stackSet })).filter(({ name }) => Object.hasOwn(catalogue, name)).sort((a, b) => compareText(a.name, b.name));
    regionsOf = new Map(baselines.map((baseline) => [baseline.name, catalogue[baseline.name].regions]));
  } else {
    const everywhere = options.organizationalUnits.length === 0 ? imported : accountCandidates(live, organizationalUnitsToImport(live, []).units, true);
    regionsOf = fixedRegions(baselines, new Set(everywhere.candidates.map((candidate) => candidate.account.id)));
    const conflicts = catalogueConflicts(baselines, regionsOf, {
      homeRegion: live.homeRegion,
      managementAccountId: live.organization.managementAccountId,
      executionRoleName: stackSets.settings?.executionRoleName
    });
    baselines = conflicts.baselines;
    findings.push(...conflicts.findings);
  }
  const placed = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const placement = accountBaselines(candidate.account.id, baselines, regionsOf);
    if ("problem" in placement)
      findings.push(
        leftOutAccount(
          candidate.account,
          `A manifest cannot say what its stack instances are: ${placement.problem}. Make its instances agree in AWS (create the missing ones and delete the others: aws cloudformation create-stack-instances, delete-stack-instances; update-stack-instances for overrides), then import it (vend import --accounts-only).`
        )
      );
    else placed.set(candidate.account.id, placement);
  }
  candidates = candidates.filter((candidate) => placed.has(candidate.account.id));
  if (!existing)
    for (const account of live.accounts) {
      if (placed.has(account.id) || account.status !== "ACTIVE") continue;
      if (account.id === live.organization.managementAccountId) continue;
      const names2 = baselines.filter(({ stackSet }) => stackSet.instances.some((instance) => instance.accountId === account.id)).map(({ name }) => name);
      if (names2.length > 0)
        laterAccounts.push({ account: `${account.name} (${account.id})`, baselines: new Set(names2) });
    }
  const organization = existing?.organization ?? organizationFile(
    live,
    {
      units: selection.units,
      candidates,
      placed,
      baselines,
      regionsOf,
      settings: stackSets.settings,
      quotas,
      partial: options.organizationalUnits.length > 0,
      laterAccounts
    },
    findings
  );
  const manifests = manifestsFor(live, organization, candidates, placed, findings);
  const { names, unavailable } = manifestNames(
    manifests.map(({ candidate }) => candidate.account),
    live.accounts.filter((account) => account.id !== live.organization.managementAccountId),
    new Set(existing?.accounts.map((account) => account.name))
  );
  for (const { id, name } of unavailable)
    findings.push(
      leftOutAccount(
        manifests.find(({ candidate }) => candidate.account.id === id).candidate.account,
        `Its manifest name would be ${name}, but ${ACCOUNTS_DIR}/${name}.yaml is there already, for another account. Rename that manifest, then import it (vend import --accounts-only).`
      )
    );
  const accounts = manifests.filter(({ candidate }) => names.has(candidate.account.id)).map(({ candidate, context }) => {
    const name = names.get(candidate.account.id);
    return {
      candidate,
      file: `${ACCOUNTS_DIR}/${name}.yaml`,
      document: accountManifest(candidate, { ...context, name })
    };
  }).sort((a, b) => compareText(a.file, b.file));
  for (const { candidate, document } of accounts)
    if (document.accountName !== void 0)
      findings.push({
        kind: "renamed",
        subject: `account ${candidate.account.id} (${candidate.account.name})`,
        message: renameReason(candidate.account.name, document.name)
      });
  findings.push(...overrideRecordChecks(live, accounts));
  if (!existing) {
    const written2 = new Set(accounts.map(({ candidate }) => candidate.account.id));
    const after = catalogueAfterLeftOutAccounts(
      live,
      Object.keys(organization.scps ?? {}),
      /* @__PURE__ */ new Set([live.root.id, ...selection.units.map((unit) => unit.id), ...written2]),
      new Set(candidates.map(({ account }) => account.id).filter((id) => !written2.has(id)))
    );
    for (const name of after.drop) delete organization.scps[name];
    findings.push(...after.findings);
  }
  if (existing?.organization) {
    const declaredUnits = resolveOrganizationalUnits(
      { organizationalUnits: flattenOrganizationalUnits(existing.organization.organizationalUnits) },
      live
    ).ids;
    const keptEmails = new Set(existing.accounts.map((account) => account.email.toLowerCase()));
    findings.push(
      ...declaredAttachmentDifferences(
        live,
        existing.organization,
        declaredUnits,
        accounts.map(({ candidate }) => candidate.ou)
      )
    );
    findings.push(
      ...unlistedAccountAttachments(
        live,
        new Set(Object.keys(existing.organization.scps ?? {})),
        new Map(accounts.map(({ candidate, document }) => [candidate.account.id, document.name])),
        // The root, the declared OUs and the accounts kept manifests declare; never the management account.
        /* @__PURE__ */ new Set([
          ...declaredUnits.values(),
          ...live.accounts.filter(
            (account) => keptEmails.has(account.email.toLowerCase()) && account.id !== live.organization.managementAccountId
          ).map((account) => account.id)
        ])
      )
    );
  }
  const written = new Set(accounts.map(({ candidate }) => candidate.account.id));
  findings.push(...unfinishedInstances(baselines, written));
  const declaredEmails = new Set(existing?.accounts.map((account) => account.email.toLowerCase()));
  const declared = /* @__PURE__ */ new Set([
    ...written,
    ...live.accounts.filter((account) => declaredEmails.has(account.email.toLowerCase())).map((account) => account.id)
  ]);
  findings.push(
    ...takenNameChecks(
      live.accounts,
      accounts.map(({ candidate, file, document }) => ({ account: candidate.account, file, document })),
      declared,
      live.organization.managementAccountId
    )
  );
  const inactive = inactiveAccountIds(live.accounts);
  const refused = leftOutAccountIds(findings);
  findings.push(
    ...undeclaredAccountInstances(baselines, declared, live.organization.managementAccountId, {
      inactive,
      refused,
      members: new Set(live.accounts.map((account) => account.id)),
      partial: options.organizationalUnits.length > 0,
      names: new Map(live.accounts.map((account) => [account.id, account.name]))
    })
  );
  findings.push(
    ...secretParameters(
      baselines,
      accounts.map(({ document }) => document),
      existing === void 0
    )
  );
  const leftOut = new Set(findings.filter((finding) => finding.kind === "left-out").map((finding) => finding.subject));
  return {
    ...existing ? {} : { organization },
    scps: existing ? [] : Object.entries(organization.scps ?? {}).map(([name, entry]) => ({
      name,
      file: `baselines/${entry.file}`,
      content: live.serviceControlPolicies.find((policy) => policy.name === name && !policy.awsManaged).content
    })),
    templates: existing ? [] : baselines.map(({ name, stackSet }) => ({
      baseline: name,
      file: templateFile(name, stackSet.templateBody),
      body: stackSet.templateBody
    })),
    accounts: accounts.map(({ candidate, file, document }) => {
      const ownerTag = candidate.account.tags?.Owner;
      return {
        file,
        accountId: candidate.account.id,
        document,
        ...ownerTag === void 0 ? {} : { ownerTag },
        ...candidate.ownerRefused === void 0 ? {} : { ownerRefused: candidate.ownerRefused }
      };
    }),
    // What adopting an account would do means nothing for one that is left out after all.
    findings: oneEntryEach(findings.filter((finding) => finding.kind === "left-out" || !leftOut.has(finding.subject)))
  };
}
function oneEntryEach(findings) {
  const merged = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.kind}\0${finding.subject}`;
    const known = merged.get(key);
    const said = new Set(known ? sentencesOf(known.message) : []);
    const added = sentencesOf(finding.message).filter((sentence) => !said.has(sentence));
    merged.set(key, known ? { ...known, message: [known.message, ...added].join(" ") } : finding);
  }
  return [...merged.values()];
}
function sentencesOf(message) {
  return message.split(/(?<=\.) (?=[A-Z])/);
}
function renameReason(accountName, manifestName) {
  const base = baseName(accountName);
  const nameless = hasNoUsableCharacters(accountName) ? `its name has no letter or digit a manifest name could use, so it is named ${base}` : void 0;
  const suffixed = base === manifestName ? void 0 : `another account of the organization, or a manifest the repository has, would also be named ${base}, so its id is added`;
  const reasons = [nameless, suffixed].filter((reason) => reason !== void 0);
  return `Written as ${manifestName}${reasons.length > 0 ? `: ${reasons.join("; ")}` : ""}; accountName keeps its name in AWS.`;
}

// src/import/kept-manifests.ts
function keepRenamedManifests(manifests, accounts, organization, files) {
  const declared = new Map(manifests.map((manifest) => [manifest.value.email.toLowerCase(), manifest]));
  const accountIds = /* @__PURE__ */ new Set();
  const findings = accounts.flatMap(({ file, accountId, document }) => {
    const kept = declared.get(document.email.toLowerCase());
    if (kept === void 0 || kept.source.file === file) return [];
    files.delete(file);
    accountIds.add(accountId);
    const effects = planEffects(kept.value, document, organization);
    const written = `It describes the account with email ${document.email}, which this import would have written as ${file}: kept as it is, so the account has one manifest.`;
    return [
      effects.length === 0 ? {
        kind: "note",
        subject: kept.source.file,
        message: `${written} Remove it first to have import write the account anew.`
      } : {
        kind: "check",
        subject: kept.source.file,
        message: `${written} It says more than AWS holds, so the first plan ${effects.join("; ")}. Make it match the account, or remove it and import again.`
      }
    ];
  });
  return { findings, accountIds };
}
function keptManifestEffects(manifests, accounts, organization) {
  const asImported = new Map(accounts.map(({ document }) => [document.email.toLowerCase(), document]));
  return manifests.flatMap((kept) => {
    const document = asImported.get(kept.value.email.toLowerCase());
    const effects = document === void 0 ? [] : planEffects(kept.value, document, organization).filter(
      (effect) => !/^(renames it|moves it|closes the account)/.test(effect)
    );
    if (effects.length === 0) return [];
    return [
      {
        kind: "check",
        subject: kept.source.file,
        message: `Kept as it is, and it says more than AWS holds, so the first plan ${effects.join("; ")}: more than adopting the account. Make it match the account if that is not meant, or review that change in the first plan.`
      }
    ];
  });
}
function planEffects(kept, imported, organization) {
  const units = flattenOrganizationalUnits(organization.organizationalUnits);
  const effects = [];
  if (kept.closed === true) effects.push("closes the account");
  const [keptName, awsName] = [kept.accountName ?? kept.name, imported.accountName ?? imported.name];
  if (keptName !== awsName)
    effects.push(`renames it in AWS from ${JSON.stringify(awsName)} to ${JSON.stringify(keptName)}`);
  if (kept.ou !== imported.ou) effects.push(`moves it from ${imported.ou} to ${kept.ou}`);
  effects.push(...setChanges("SCP", imported.scps ?? [], kept.scps ?? [], "attaches", "detaches"));
  if (kept.fullAWSAccess !== false !== (imported.fullAWSAccess !== false))
    effects.push(`${kept.fullAWSAccess === false ? "detaches" : "attaches"} FullAWSAccess`);
  const [keptBaselines, awsBaselines] = [kept, imported].map((account) => effectiveBaselineNames(units, account));
  effects.push(...setChanges("baseline", awsBaselines, keptBaselines, "deploys", "deletes the stack instances of"));
  const regionsOf = (account) => account.regions ?? organization.defaultRegions;
  if (keptBaselines.length > 0)
    effects.push(
      ...setChanges(
        "region",
        regionsOf(imported),
        regionsOf(kept),
        "deploys its baselines to",
        "deletes its stack instances in"
      )
    );
  if (canonicalJson(kept.parameters ?? {}) !== canonicalJson(imported.parameters ?? {}))
    effects.push("changes its parameter overrides");
  const changedTags = differingKeys(tagsOf(imported), tagsOf(kept)).filter(
    (key) => key !== "Owner" || kept.owner !== OWNER_UNASSIGNED
  );
  if (changedTags.length > 0) effects.push(`changes its tags ${changedTags.join(", ")}`);
  return effects;
}
function setChanges(noun, from, to, gain, loss) {
  const [before, after] = [new Set(from), new Set(to)];
  const added = [...after].filter((name) => !before.has(name)).sort(compareText);
  const removed = [...before].filter((name) => !after.has(name)).sort(compareText);
  const list = (names) => `${noun}${names.length === 1 ? "" : "s"} ${names.join(", ")}`;
  return [
    ...added.length > 0 ? [`${gain} ${list(added)}`] : [],
    ...removed.length > 0 ? [`${loss} ${list(removed)}`] : []
  ];
}
function tagsOf(account) {
  return { ...account.tags ?? {}, ...account.owner === OWNER_UNASSIGNED ? {} : { Owner: account.owner } };
}
function differingKeys(a, b) {
  return [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => a[key] !== b[key]).sort(compareText);
}

// src/import/stray-manifests.ts
function strayManifestFindings(names, written, manifests, live) {
  const byFile = new Map(manifests.map((manifest) => [manifest.source.file, manifest.value]));
  return names.filter((name) => /\.ya?ml$/.test(name) && !written.has(`${ACCOUNTS_DIR}/${name}`)).sort(compareText).map((name) => strayManifestFinding(`${ACCOUNTS_DIR}/${name}`, byFile.get(`${ACCOUNTS_DIR}/${name}`), live));
}
function pendingManifestFindings(manifests, live) {
  return manifests.filter(({ value }) => {
    const account = accountOf(value, live.accounts);
    return account ? account.id !== live.managementAccountId && value.closed === true === (account.status === "ACTIVE") : value.closed !== true;
  }).sort((a, b) => compareText(a.source.file, b.source.file)).map(
    ({ source, value }) => strayManifestFinding(
      source.file,
      value,
      live,
      "It is the repository's, not this import's, and the first plan does more than adopt with it."
    )
  );
}
function accountOf(manifest, accounts) {
  return accounts.find((candidate) => candidate.email.toLowerCase() === manifest.email.toLowerCase());
}
var NOT_WRITTEN = "It was there before and this import did not write it.";
function strayManifestFinding(file, manifest, live, whose = NOT_WRITTEN) {
  const account = manifest && accountOf(manifest, live.accounts);
  if (manifest?.closed && (!account || account.status !== "ACTIVE"))
    return {
      kind: "note",
      subject: file,
      message: `${whose} It says closed: true, and ${account ? `account ${account.name} (${account.id}) is ${account.status.toLowerCase()}` : `no account of this organization has its email, ${manifest.email}`}: the plan does nothing with it. Keep it as a record, or remove it.`
    };
  const what = !manifest ? "It does not load as a manifest (vend validate says why): fix it, or remove it." : manifest.closed && account && account.id !== live.managementAccountId ? `It describes account ${account.name} (${account.id}), by its email, and says closed: true: the plan closes that account. Remove the file, or the closed: true, unless that is meant.` : !account ? `No account of this organization has its email, ${manifest.email}: the plan would create that account. Remove it if it describes no account you want (the example repository's manifests, say).` : account.id === live.managementAccountId ? `It describes the management account (${account.id}), by its email: the plan never moves or closes that account, and SCPs do not apply to it. Import writes that account as managementAccountId in ${ORGANIZATION_FILE}, with no manifest: keep the file only if its settings (baselines, tags) are meant.` : account.status !== "ACTIVE" ? `It describes account ${account.name} (${account.id}), by its email, which is ${account.status.toLowerCase()}: the plan refuses to go ahead while a manifest declares it open. Remove the file, or set closed: true.` : `It describes account ${account.name} (${account.id}, in ${account.parentPath || "the root"}), by its email: the plan adopts that account as the file says, moving, tagging or renaming it where the file differs from AWS. Compare the two (this report may say why import did not write the account), then keep the file, fix it, or remove it.`;
  return {
    kind: "check",
    subject: file,
    message: `${whose} ${what}`
  };
}

// src/import/read-live-organization.ts
var import_client_organizations = __toESM(require_dist_cjs(), 1);
var import_client_sts = __toESM(require_dist_cjs2(), 1);
async function readLiveOrganization(clients, { namePrefix }) {
  const identity = await clients.sts.send(new import_client_sts.GetCallerIdentityCommand({}));
  const callerAccountId = identity.Account ?? "";
  const description = await clients.organizations.send(new import_client_organizations.DescribeOrganizationCommand({})).catch((error) => {
    if (errorName(error) !== "AWSOrganizationsNotInUseException") throw error;
    const endpoint = configuredEndpoint("ORGANIZATIONS");
    if (endpoint) throw noOrganization(callerAccountId, endpoint);
    throw new PreflightError(
      `Account ${callerAccountId}, whose credentials these are, is in no AWS organization: there is nothing to import. Use the management account's credentials.`
    );
  });
  const organization = {
    id: description.Organization?.Id ?? "",
    managementAccountId: description.Organization?.MasterAccountId ?? ""
  };
  if (callerAccountId !== organization.managementAccountId)
    throw new PreflightError(
      `vend import reads organization ${organization.id} with its management account's credentials, but these belong to account ${callerAccountId}; its management account is ${organization.managementAccountId}.`
    );
  if (description.Organization?.FeatureSet !== "ALL")
    throw new PreflightError(
      `Organization ${organization.id} has feature set ${description.Organization?.FeatureSet ?? "unknown"}; vend needs all features (SCPs cannot exist without them). Enable all features in AWS Organizations, then import.`
    );
  const { Roots = [] } = await clients.organizations.send(new import_client_organizations.ListRootsCommand({}));
  const rootId = Roots[0]?.Id;
  if (!rootId) throw new Error("The organization has no root; AWS Organizations returned an empty ListRoots response.");
  const policyTypes = (Roots[0]?.PolicyTypes ?? []).filter((type) => type.Status === "ENABLED" && type.Type).map((type) => type.Type).sort();
  const { organizationalUnits, accounts } = await readTree(clients, rootId);
  const members = accounts.filter(
    (account) => account.status === "ACTIVE" && account.id !== organization.managementAccountId
  );
  const [, , serviceControlPolicies, otherPolicyTypes, stackSets] = await Promise.all([
    mapWithConcurrency(members, READ_CONCURRENCY, async (account) => {
      account.tags = await readTags(clients, account.id);
    }),
    // Whose each OU is: the first plan adopts the declared ones, and another tool's claim is to check.
    mapWithConcurrency(organizationalUnits, READ_CONCURRENCY, async (unit) => {
      unit.tags = await readTags(clients, unit.id);
    }),
    policyTypes.includes(SERVICE_CONTROL_POLICY) ? mapWithConcurrency(
      await listPolicies(clients, SERVICE_CONTROL_POLICY),
      READ_CONCURRENCY,
      (summary) => readPolicy(clients, summary)
    ) : [],
    mapWithConcurrency(
      policyTypes.filter((type) => type !== SERVICE_CONTROL_POLICY),
      READ_CONCURRENCY,
      async (type) => ({ type, policies: (await listPolicies(clients, type)).map((policy) => policy.Name ?? "") })
    ),
    (async () => mapWithConcurrency(
      await listStackSetNames(clients, namePrefix, void 0),
      READ_CONCURRENCY,
      (name) => readStackSet(clients, name, void 0, () => true)
    ))()
  ]);
  return {
    organization,
    partition: identity.Arn?.split(":")[1] || "aws",
    homeRegion: await clients.cloudFormation.config.region(),
    root: { id: rootId, policyTypes },
    organizationalUnits,
    accounts,
    serviceControlPolicies,
    otherPolicyTypes,
    stackSets: stackSets.map(withSecretsMasked),
    namePrefix
  };
}
function withSecretsMasked(stackSet) {
  const secret = noEchoIn(stackSet.templateBody);
  if (secret.length === 0) return stackSet;
  return {
    ...stackSet,
    parameters: masked(stackSet.parameters, secret),
    instances: stackSet.instances.map((instance) => ({
      ...instance,
      parameterOverrides: masked(instance.parameterOverrides, secret)
    }))
  };
}
async function listPolicies(clients, type) {
  const policies = [];
  for await (const page of (0, import_client_organizations.paginateListPolicies)({ client: clients.organizations }, { Filter: type }))
    policies.push(...page.Policies ?? []);
  return policies;
}

// src/import/replaced-settings.ts
var NAMED_SETTINGS = 12;
function replacedSettings(before, after, path = []) {
  const here = path.length > 0 ? path.join(".") : "the whole file";
  if (!isMapping(before) || !isMapping(after))
    return isMapping(before) || comparable(before) !== comparable(after) ? { lost: [here], added: [] } : { lost: [], added: [] };
  const lost = [];
  const added = [];
  for (const key of [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const had = Object.hasOwn(before, key) && !meansAbsent(key, before[key], before, path);
    const has = Object.hasOwn(after, key) && !meansAbsent(key, after[key], after, path);
    if (had && has) {
      const inner = replacedSettings(before[key], after[key], [...path, key]);
      lost.push(...inner.lost);
      added.push(...inner.added);
    } else if (had) lost.push([...path, key].join("."));
    else if (has) added.push([...path, key].join("."));
  }
  return { lost, added };
}
function meansAbsent(key, value, within, path) {
  if (Array.isArray(value)) return value.length === 0;
  if (isMapping(value))
    return (EMPTY_MEANS_ABSENT.has(key) || path.at(-1) === "parameters") && Object.entries(value).every(([inner, held]) => meansAbsent(inner, held, value, [...path, key]));
  return key === "fullAWSAccess" && value === true || key === "closed" && value === false || key === "accountName" && value === within.name;
}
var EMPTY_MEANS_ABSENT = /* @__PURE__ */ new Set(["tags", "quotas", "parameters"]);
function replacedSettingsFindings(current, files, replaced, readCurrent) {
  const before = new Map([
    ...current.organization ? [[ORGANIZATION_FILE, current.organization.value]] : [],
    ...current.accounts.map((account) => [account.source.file, account.value])
  ]);
  const policies = new Map([...current.scps.values()].map((scp) => [scp.file, canonicalJson(scp.document)]));
  const templates = new Map([...current.templates.values()].map((template) => [template.file, template.body]));
  const finding = (file, message) => [{ kind: "replaced", subject: file, message }];
  return replaced.flatMap((file) => {
    const text = files.get(file);
    if (text === void 0) return [];
    if (policies.has(file) || templates.has(file)) {
      const same = policies.has(file) ? policies.get(file) === canonicalJson(
        parseRepositoryFile(file, new TextEncoder().encode(text), { json: true }).source?.document.toJS()
      ) : templates.get(file) === text;
      return same ? [] : finding(
        file,
        `--force replaces it with the ${policies.has(file) ? "policy" : "template"} AWS holds, which differs from the old file: an edit not applied yet (one a pull request makes, say) is undone. Put it back if it is still wanted (git diff shows it), then vend plan.`
      );
    }
    if (!before.has(file)) {
      const old = readCurrent(file);
      return old === void 0 || old === text ? [] : finding(
        file,
        `--force replaces it with what the organization holds, but the old file did not load (vend validate said why), so what it held could not be compared: put back what is still wanted (git diff shows it), then vend validate.`
      );
    }
    const written = parseRepositoryFile(file, new TextEncoder().encode(text)).source?.document.toJS();
    const { lost, added } = replacedSettings(before.get(file), written);
    if (lost.length + added.length === 0) return [];
    const named = (paths) => {
      const shown = paths.slice(0, NAMED_SETTINGS);
      return listNames(
        [...shown, ...paths.length > shown.length ? [`${paths.length - shown.length} more`] : []],
        Infinity
      );
    };
    return finding(
      file,
      [
        "--force replaces it with what the organization holds,",
        lost.length > 0 ? `which lacks or differs in ${countOf(lost.length, "setting")} of the old file: ${named(lost)}. AWS holds none of them as written (repository rules, ignore: entries, baselines declared on OUs, exceptions, or an edit not applied yet)${added.length > 0 ? "; and it" : "."}` : "which",
        added.length > 0 ? `holds ${countOf(added.length, "setting")} the old file did not: ${named(added)}. AWS has ${added.length === 1 ? "it" : "them"}: if the old file left ${added.length === 1 ? "it" : "them"} out in an edit not applied yet (a removal, say), --force undid that edit.` : "",
        "Put back what is still wanted (git diff shows it), then vend validate."
      ].filter(Boolean).join(" ")
    );
  });
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function comparable(value) {
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null))
    return canonicalJson([...value].map((item) => JSON.stringify(item)).sort());
  return canonicalJson(value);
}

// src/import/write-repository.ts
import { accessSync, constants, lstatSync, readlinkSync, statSync } from "node:fs";
import { join } from "node:path";
var WAY_OUT = "Nothing was written. Move it out of the way, or import into another --repo.";
function checkTargets(root, files) {
  const seen = /* @__PURE__ */ new Map();
  const stat = (path) => {
    if (!seen.has(path)) seen.set(path, lstatSync(join(root, path), { throwIfNoEntry: false }));
    return seen.get(path);
  };
  const rootStats = statSync(root, { throwIfNoEntry: false });
  if (!rootStats) return [];
  if (!rootStats.isDirectory())
    throw new UsageError(`Cannot import into ${root}: it is a file, not a directory. Name a directory with --repo.`);
  const existing = [];
  for (const file of [...files].sort(compareText)) {
    const parts = file.split("/");
    let deepestDirectory = ".";
    for (let depth = 1; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join("/");
      const stats = stat(path);
      if (!stats) break;
      const last = depth === parts.length;
      if (stats.isSymbolicLink())
        throw new EnvironmentError(
          `Refusing to write ${file} in ${root}: ${path} is a symbolic link (to ${readlinkSync(join(root, path))}), and vend import never writes through a link, which could lead out of the repository. ${WAY_OUT}`
        );
      if (!last && !stats.isDirectory())
        throw new EnvironmentError(`Cannot write ${file} in ${root}: ${path} is a file, not a directory. ${WAY_OUT}`);
      if (last && !stats.isFile())
        throw new EnvironmentError(`Cannot write ${file} in ${root}: it is a directory or a special file. ${WAY_OUT}`);
      if (last) existing.push(file);
      else deepestDirectory = path;
    }
    writable(root, existing.at(-1) === file ? file : deepestDirectory, file);
  }
  return existing;
}
function writeRepository(root, files, { replace }) {
  for (const [file, text] of [...files].sort(([a], [b]) => compareText(a, b)))
    try {
      writeLocalFile(join(root, file), text, {
        untrustedRoots: [root],
        keepExisting: !replace,
        createDirectories: true,
        linkAdvice: "vend import never writes through a link, which could lead out of the repository."
      });
    } catch (error) {
      throw error instanceof UsageError ? new EnvironmentError(error.message) : error;
    }
}
function writable(root, path, file) {
  try {
    accessSync(join(root, path), constants.W_OK);
  } catch {
    throw new EnvironmentError(
      `Cannot write ${file} in ${root}: ${path === "." ? "the repository" : path} is not writable. Nothing was written.`
    );
  }
}

// src/commands/import.ts
var DEFAULT_NAME_PREFIX = "vend-";
async function runImport(settings, dependencies = {}) {
  const root = settings.repositoryRoot;
  if (!settings.accountsOnly && (settings.importOrganizationalUnits ?? []).length > 0 && existsSync(join2(root, ORGANIZATION_FILE)))
    throw new UsageError(
      `vend import --ou writes a whole ${ORGANIZATION_FILE}, declaring only ${settings.importOrganizationalUnits.join(", ")}, and this repository has one${settings.force ? " that --force would replace" : ""}. To adopt another part of the organization here: declare its OUs, their SCPs and baselines in ${ORGANIZATION_FILE} (vend import --ou into an empty --repo writes those entries, to copy), then vend import --accounts-only --ou writes the manifests of their accounts. To start over with part of the organization, remove ${ORGANIZATION_FILE} first.`
    );
  const existing = settings.accountsOnly ? existingRepository(root) : void 0;
  const current = readRepository(root).repository;
  const configured = current.organization?.value.stackSets;
  if (!existing && !current.organization && existsSync(join2(root, ORGANIZATION_FILE)))
    throw new UsageError(
      `${root}/${ORGANIZATION_FILE} exists but does not load (run vend validate), so vend import cannot read its stackSets: settings, the name prefix and roles of the StackSets to import. Fix it, or remove it to import with the defaults (prefix ${DEFAULT_NAME_PREFIX}); its other settings are replaced with what the organization holds.`
    );
  const namePrefix = existing?.organization.stackSets.namePrefix ?? configured?.namePrefix ?? DEFAULT_NAME_PREFIX;
  const clients = dependencies.clients ?? createAwsClients(existing ? { region: existing.organization.homeRegion } : {});
  try {
    const missingCredentials = await missingCredentialsReason(clients);
    if (missingCredentials)
      throw new EnvironmentError(
        `No AWS credentials are available (${missingCredentials}). vend import reads the organization with the management account's credentials: configure them, and AWS_REGION for its home region.`
      );
    const region = await clients.cloudFormation.config.region().then(
      (value) => ({ value }),
      (error) => ({ refused: /not accepted/i.test(errorMessage(error)) ? errorMessage(error) : void 0 })
    );
    const homeRegion = "value" in region ? region.value : void 0;
    if (!homeRegion)
      throw new EnvironmentError(
        "refused" in region && region.refused ? `The configured AWS Region is not valid (${region.refused}). Set AWS_REGION to the organization's home region, such as us-east-1, where its StackSets are administered.` : "No AWS region is configured. Set AWS_REGION to the organization's home region, where its StackSets are administered."
      );
    if (!Object.hasOwn(AWS_REGIONS, homeRegion))
      throw new EnvironmentError(
        `The configured AWS Region ${JSON.stringify(homeRegion)} is not one vend knows (${AWS_REGIONS_SOURCE}). Set AWS_REGION to the organization's home region, such as us-east-1, where its StackSets are administered.`
      );
    let live;
    try {
      live = await readLiveOrganization(clients, { namePrefix });
    } catch (error) {
      throw describeAwsError(error, "Reading the organization");
    }
    const declared = existing ? String(existing.organization.managementAccountId) : void 0;
    if (declared !== void 0 && declared !== live.organization.managementAccountId)
      throw new EnvironmentError(
        `${ORGANIZATION_FILE} declares management account ${declared}, but these credentials read organization ${live.organization.id}, whose management account is ${live.organization.managementAccountId}. vend import --accounts-only adds manifests to the repository of the same organization: use that organization's credentials, or import this one into its own repository.`
      );
    const imported = describeOrganization(live, {
      organizationalUnits: settings.importOrganizationalUnits ?? [],
      ...existing ? { existing } : {},
      ...configured ? { stackSetSettings: configured } : {}
    });
    const files = renderRepository(imported, live.organization.id);
    const kept = existing ? {
      findings: keptManifestEffects(
        current.accounts,
        describeOrganization(live, {
          organizationalUnits: [],
          existing: { ...existing, accounts: [] },
          ...configured ? { stackSetSettings: configured } : {}
        }).accounts,
        existing.organization
      ),
      accountIds: /* @__PURE__ */ new Set()
    } : keepRenamedManifests(current.accounts, imported.accounts, imported.organization, files);
    const moot = (finding) => finding.kind === "renamed" && [...kept.accountIds].some((id) => finding.subject.startsWith(`account ${id} `));
    const existingTargets = checkTargets(root, files.keys());
    const report = {
      organizationId: live.organization.id,
      managementAccountId: live.organization.managementAccountId,
      mode: existing ? "accounts-only" : "organization",
      written: [],
      refused: settings.force ? [] : existingTargets,
      findings: [
        ...imported.findings.filter((finding) => !moot(finding)),
        ...kept.findings,
        // --force writes the files from the organization: what only the repository held is named, not lost quietly.
        ...settings.force ? replacedSettingsFindings(current, files, existingTargets, (file) => textOf(join2(root, file))) : []
      ]
    };
    if (report.refused.length > 0) return { status: "refused", report };
    writeRepository(root, files, { replace: settings.force === true });
    report.written = [...files.keys()].sort();
    const liveAccounts = { accounts: live.accounts, managementAccountId: live.organization.managementAccountId };
    report.findings.push(
      ...existing ? (
        // The repository's own manifests are meant to be there; only those that make the plan more than adopt count.
        pendingManifestFindings(current.accounts, liveAccounts)
      ) : strayManifestFindings(
        filesIn(join2(root, ACCOUNTS_DIR)),
        /* @__PURE__ */ new Set([...files.keys(), ...kept.findings.map((finding) => finding.subject)]),
        current.accounts,
        liveAccounts
      )
    );
    return { status: "written", report, validation: runValidate(settings, dependencies.now) };
  } finally {
    if (!dependencies.clients) destroyAwsClients(clients);
  }
}
function importExitCode(outcome) {
  if (outcome.status === "refused") return 1;
  const wroteNothing = outcome.report.mode === "accounts-only" && !outcome.report.written.some((file) => file.endsWith(".yaml"));
  if (wroteNothing) return 1;
  const needsAttention = (
    // Settings --force dropped are lost unless a person puts them back: as much to act on as a plan that does more.
    outcome.report.findings.some((finding) => finding.kind === "check" || finding.kind === "replaced") || leftOutAccountIds(outcome.report.findings).size > 0
  );
  return needsAttention || countDiagnostics(outcome.validation.diagnostics).errors > 0 ? 1 : 0;
}
function existingRepository(root) {
  const { repository, diagnostics } = readRepository(root);
  const organization = repository.organization?.value;
  const broken = diagnostics.filter((diagnostic) => diagnostic.file === ORGANIZATION_FILE);
  if (!organization || broken.length > 0)
    throw new UsageError(
      `vend import --accounts-only writes account manifests for the organization file ${root}/${ORGANIZATION_FILE}, which ${organization ? "does not validate (run vend validate)" : "is missing"}. Import the whole organization first, without --accounts-only.`
    );
  return {
    organization,
    accounts: repository.accounts.map(({ value }) => ({
      name: value.name,
      email: value.email,
      accountName: value.accountName ?? value.name,
      ou: value.ou
    }))
  };
}
function filesIn(directory) {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}
function textOf(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
export {
  importExitCode,
  runImport
};
