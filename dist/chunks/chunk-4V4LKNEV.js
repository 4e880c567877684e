import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  canonicalJson
} from "./chunk-J5KM54P4.js";
import {
  CHANGE_KINDS,
  PLAN_PROBLEMS,
  accountReference,
  ouReference
} from "./chunk-2GIN4GSV.js";
import {
  PERMISSIONS_BOUNDARY_BASELINE,
  literalText
} from "./chunk-STA54LRF.js";
import {
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  OWNER_UNASSIGNED,
  PARAMETER_OVERRIDES_TAG,
  declarationOf,
  limitPhrase,
  parametersOf,
  parseRepositoryFile,
  require_dist,
  resourcesOf,
  templateToJson,
  usesMacros
} from "./chunk-6JCYAHQL.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

// src/plan/organization-snapshot.ts
function grantsAccess(content) {
  const statements = policyStatements(content);
  return statements === void 0 || statements.some((statement) => statement.Effect === "Allow");
}
function policyStatements(content) {
  try {
    const { Statement } = JSON.parse(content);
    const list = Array.isArray(Statement) ? Statement : [Statement];
    return list.every((statement) => typeof statement === "object" && statement !== null) ? list : void 0;
  } catch {
    return void 0;
  }
}
var AccountNames = class {
  declaredByEmail;
  observedById;
  constructor(desired, observed) {
    this.declaredByEmail = new Map(desired.accounts.map((account) => [account.email.toLowerCase(), account.name]));
    this.observedById = new Map(observed.accounts.map((account) => [account.id, account]));
  }
  ofObserved(account) {
    return this.declaredByEmail.get(account.email.toLowerCase()) ?? `${account.name} (${account.id})`;
  }
  /** An id the organization does not list (closed meanwhile, say) is shown as the id. */
  ofId(id) {
    const account = this.observedById.get(id);
    return account ? this.ofObserved(account) : id;
  }
};
function observedSnapshot(desired, observed) {
  const names = new AccountNames(desired, observed);
  const accountPaths = new Map(
    memberAccounts(observed).map((account) => [names.ofObserved(account), account.parentPath])
  );
  const referenceById = /* @__PURE__ */ new Map([[observed.root.id, "root"]]);
  for (const unit of observed.organizationalUnits) referenceById.set(unit.id, ouReference(unit.path));
  for (const account of observed.accounts) referenceById.set(account.id, accountReference(names.ofObserved(account)));
  const attachments = /* @__PURE__ */ new Map();
  for (const policy of observed.policies) {
    for (const id of policy.targetIds) {
      const reference = referenceById.get(id);
      if (reference !== void 0)
        attachments.set(reference, (attachments.get(reference) ?? /* @__PURE__ */ new Set()).add(policy.name));
    }
  }
  for (const [id, policies] of Object.entries(observed.foreignScpsByTarget)) {
    const reference = referenceById.get(id);
    if (reference === void 0) continue;
    for (const policy of policies)
      attachments.set(reference, (attachments.get(reference) ?? /* @__PURE__ */ new Set()).add(policy.name));
  }
  const granting = new Set(
    observed.policies.filter((policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || grantsAccess(policy.content)).map((policy) => policy.name)
  );
  const foreignAttached = new Set(
    Object.entries(observed.foreignScpsByTarget).filter(([, policies]) => policies.length > 0).flatMap(([id]) => referenceById.get(id) ?? [])
  );
  return { accountPaths, attachments, granting, enforced: observed.root.scpPolicyTypeEnabled, foreignAttached };
}
function plannedSnapshot(desired, observed, withheld = /* @__PURE__ */ new Set()) {
  const before = observedSnapshot(desired, observed);
  const accountPaths = new Map(before.accountPaths);
  const managementEmail = observed.accounts.find((account) => account.id === observed.organization.managementAccountId)?.email.toLowerCase();
  const members = desired.accounts.filter(
    (account) => account.email.toLowerCase() !== managementEmail && !withheld.has(account.name)
  );
  for (const account of members) {
    if (account.closed) accountPaths.delete(account.name);
    else accountPaths.set(account.name, account.ou);
  }
  const catalogue = new Map(desired.scps.map((scp) => [scp.name, scp]));
  const adopted = (policy) => {
    const scp = catalogue.get(policy.name);
    return scp !== void 0 && !policy.awsManaged && adoptionDifferences(scp, policy).length === 0;
  };
  const owned = new Set(
    observed.policies.filter(
      (policy) => policy.name === FULL_AWS_ACCESS_POLICY_NAME || policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value || adopted(policy)
    ).map((policy) => policy.name)
  );
  const attachments = new Map(before.attachments);
  const declare = (reference, scps, fullAWSAccess) => {
    const kept = [...before.attachments.get(reference) ?? []].filter((name) => !owned.has(name));
    attachments.set(reference, /* @__PURE__ */ new Set([...kept, ...scps, ...fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []]));
  };
  declare("root", desired.organization.root.scps, desired.organization.root.fullAWSAccess);
  for (const unit of desired.organizationalUnits) declare(ouReference(unit.path), unit.scps, unit.fullAWSAccess);
  for (const account of members) {
    if (account.closed) attachments.delete(accountReference(account.name));
    else declare(accountReference(account.name), account.scps, account.fullAWSAccess);
  }
  const granting = /* @__PURE__ */ new Set([...before.granting, FULL_AWS_ACCESS_POLICY_NAME]);
  const foreign = new Set(observed.policies.filter((policy) => !owned.has(policy.name)).map((policy) => policy.name));
  for (const scp of desired.scps) {
    if (foreign.has(scp.name)) continue;
    if (grantsAccess(scp.content)) granting.add(scp.name);
    else granting.delete(scp.name);
  }
  return { accountPaths, attachments, granting, enforced: true, foreignAttached: before.foreignAttached };
}
function levelsAllowingNothing(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0 || !snapshot.enforced) return [];
  return levelsOf(account, path).filter((level) => {
    const attached = snapshot.attachments.get(level);
    return attached !== void 0 && attached.size > 0 && !snapshot.foreignAttached.has(level) && ![...attached].some((name) => snapshot.granting.has(name));
  });
}
function adoptionDifferences(scp, policy) {
  return [
    ...policy.content !== scp.content ? ["content"] : [],
    ...policy.description !== scp.description ? ["description"] : []
  ];
}
function levelsOf(account, path) {
  const levels = ["root"];
  const parts = path === "" ? [] : path.split("/");
  for (let depth = 1; depth <= parts.length; depth++) levels.push(ouReference(parts.slice(0, depth).join("/")));
  levels.push(accountReference(account));
  return levels;
}
function accountsBeneath(snapshot, target) {
  if (target.startsWith("account:")) {
    const name = target.slice("account:".length);
    return snapshot.accountPaths.has(name) ? [name] : [];
  }
  const path = target === "root" ? void 0 : target.slice("ou:".length);
  return [...snapshot.accountPaths].filter(([, accountPath]) => path === void 0 || accountPath === path || accountPath.startsWith(`${path}/`)).map(([name]) => name).sort(compareText);
}
function accountsLackingAttachment(snapshot, target, scp) {
  const grants = snapshot.granting.has(scp);
  return accountsBeneath(snapshot, target).filter((account) => grants || !scpsInForce(snapshot, account).has(scp));
}
function scpsInForce(snapshot, account) {
  const path = snapshot.accountPaths.get(account);
  if (path === void 0) return /* @__PURE__ */ new Set();
  return new Set(levelsOf(account, path).flatMap((level) => [...snapshot.attachments.get(level) ?? []]));
}
function memberAccounts(observed) {
  return observed.accounts.filter(
    (account) => account.status === "ACTIVE" && account.id !== observed.organization.managementAccountId
  );
}

// src/plan/scp-loosening.ts
function loosens(before, after) {
  const old = policyStatements(before);
  const next = policyStatements(after);
  if (!old || !next) return true;
  const oldTexts = new Set(old.map(statementText));
  const nextDenies = next.filter((statement) => statement.Effect === "Deny");
  return old.some(
    (statement) => statement.Effect === "Deny" && !nextDenies.some((kept) => deniesAtLeast(kept, statement))
  ) || next.some((statement) => statement.Effect !== "Deny" && !oldTexts.has(statementText(statement)));
}
function statementText({ Sid: _sid, ...statement }) {
  return canonicalJson(statement);
}
function deniesAtLeast(next, old) {
  if (statementText(next) === statementText(old)) return true;
  const rest = ({
    Action: _action,
    NotAction: _notAction,
    Resource: _resource,
    NotResource: _notResource,
    Condition: _condition,
    ...statement
  }) => statementText(statement);
  if (rest(next) !== rest(old)) return false;
  return widens(old, next, "Action", "NotAction", (action) => action.toLowerCase()) && widens(old, next, "Resource", "NotResource", (resource) => resource) && conditionsWiden(old.Condition, next.Condition);
}
function widens(old, next, element, negation, normalize) {
  if (element in old && element in next)
    return matchedBy(valuesOf(old[element], normalize), valuesOf(next[element], normalize));
  if (negation in old && negation in next)
    return matchedBy(valuesOf(next[negation], normalize), valuesOf(old[negation], normalize));
  return !(element in old) && !(element in next) && !(negation in old) && !(negation in next);
}
function conditionsWiden(old, next) {
  if (canonicalJson(old ?? null) === canonicalJson(next ?? null) || next === void 0) return true;
  if (!isRecord(old) || !isRecord(next)) return false;
  return Object.keys(next).every((operator) => {
    const before = old[operator];
    const after = next[operator];
    if (!isRecord(before) || !isRecord(after)) return false;
    const keys = Object.keys(after);
    if (!keys.every((key) => Object.hasOwn(before, key))) return false;
    const base = operator.replace(/^For(All|Any)Values:/, "").replace(/IfExists$/, "");
    const negated = NEGATED_OPERATORS.has(base);
    if (!negated && !MATCHING_OPERATORS.has(base))
      return keys.every((key) => canonicalJson(before[key]) === canonicalJson(after[key]));
    return keys.every((key) => {
      const was = valuesOf(before[key], (value) => value);
      const is = valuesOf(after[key], (value) => value);
      return negated ? within(is, was) : within(was, is);
    });
  });
}
var MATCHING_OPERATORS = /* @__PURE__ */ new Set([
  "StringEquals",
  "StringEqualsIgnoreCase",
  "StringLike",
  "ArnEquals",
  "ArnLike",
  "IpAddress"
]);
var NEGATED_OPERATORS = /* @__PURE__ */ new Set([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "ArnNotEquals",
  "ArnNotLike",
  "NotIpAddress"
]);
function valuesOf(value, normalize) {
  return new Set((Array.isArray(value) ? value : [value]).map((item) => normalize(String(item))));
}
function within(small, large) {
  return [...small].every((value) => large.has(value));
}
function matchedBy(small, large) {
  const patterns = [...large].map(globPattern);
  return [...small].every((value) => large.has(value) || patterns.some((pattern) => pattern.test(value)));
}
function globPattern(glob) {
  const body = [...glob].map(
    (character) => character === "*" ? ".*" : character === "?" ? "[^*]" : character.replace(/[.+^${}()|[\]\\]/g, "\\$&")
  ).join("");
  return new RegExp(`^${body}$`, "s");
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/plan/template-change.ts
var import_yaml = __toESM(require_dist(), 1);
function retainedOnDelete(body) {
  const facts = readTemplateFacts(body);
  return (facts?.resources ?? []).filter((resource) => {
    const policy = resource.definition?.DeletionPolicy;
    return policy !== void 0 && policy !== "Delete" && policy !== "Snapshot";
  }).map((resource) => resource.logicalId);
}
var NESTING_TYPES = /* @__PURE__ */ new Set([
  "AWS::CloudFormation::Stack",
  "AWS::CloudFormation::StackSet",
  "AWS::ServiceCatalog::CloudFormationProvisionedProduct",
  "AWS::Serverless::Application"
]);
function readTemplateFacts(body) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return void 0;
  const template = templateToJson(source.document);
  const resources = resourcesOf(template);
  const opaque = template?.Transform !== void 0 ? { kind: "transform", why: "it uses a Transform, whose macro decides the resources" } : usesMacros(template) ? { kind: "transform", why: "it uses Fn::Transform (AWS::Include, say), whose macro decides what is deployed" } : resources.some((resource) => NESTING_TYPES.has(resource.type)) ? {
    kind: "nested",
    why: "it deploys other templates (nested stacks, StackSets or products), which decide the resources"
  } : resources.some((resource) => resource.condition !== void 0) ? { kind: "conditions", why: "a resource has a Condition, which deletes it where it evaluates to false" } : void 0;
  const defaults = Object.fromEntries(
    Object.entries(parametersOf(template)).flatMap(([name, declaration]) => {
      const value = declaration?.Default;
      return value === void 0 || value === null ? [] : [[name, String(value)]];
    })
  );
  const conditions = template?.Conditions && typeof template.Conditions === "object" ? template.Conditions : {};
  const parameters = Object.keys(parametersOf(template));
  return { resources, defaults, parameters, conditions, ...opaque ? { opaque } : {} };
}
function accessResourceLines(body) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  const lines = /* @__PURE__ */ new Set();
  if (!source) return lines;
  const resources = source.document.get("Resources", true);
  if (!(0, import_yaml.isMap)(resources)) return lines;
  const byId = new Map(resourcesOf(templateToJson(source.document)).map((resource) => [resource.logicalId, resource]));
  const rangeOf = (node) => node?.range;
  const linesOf = (start, end) => {
    if (start === void 0 || end === void 0) return [];
    const first = source.positionOfOffset(start).line;
    const last = source.positionOfOffset(Math.max(start, end - 1)).line;
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  };
  const text = source.text.split("\n");
  const wholeLines = (start, end) => {
    if (start === void 0 || end === void 0) return [];
    const first = source.positionOfOffset(start);
    const last = source.positionOfOffset(Math.max(start, end - 1));
    const before = (text[first.line - 1] ?? "").slice(0, first.column - 1);
    const after = (text[last.line - 1] ?? "").slice(last.column);
    return /^[\s-]*$/.test(before) && /^\s*(#.*)?$/.test(after) ? linesOf(start, end) : [];
  };
  const padding = [];
  const findPadding = (node) => {
    if ((0, import_yaml.isSeq)(node)) return node.items.forEach(findPadding);
    if (!(0, import_yaml.isMap)(node)) return;
    for (const pair of node.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      if (GRANTS_NOTHING.test(key)) padding.push(...wholeLines(rangeOf(pair.key)?.[0], rangeOf(pair.value)?.[1]));
      else findPadding(pair.value);
    }
  };
  for (const pair of resources.items) {
    const resource = byId.get((0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key));
    if (!resource || !controlsAccess(resource)) continue;
    for (const line of linesOf(rangeOf(pair.key)?.[0], rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)?.[1]))
      lines.add(line);
    findPadding(pair.value);
  }
  for (const line of padding) lines.delete(line);
  return lines;
}
var GRANTS_NOTHING = /^(Tags|Description|Metadata)$/;
function declaresTransform(body) {
  const { source } = parseRepositoryFile("template", new TextEncoder().encode(body), { allowCustomTags: true });
  return source ? usesMacros(templateToJson(source.document)) : false;
}
function controlsAccess(resource) {
  return ACCESS_TYPE_PREFIXES.some((prefix) => resource.type.startsWith(prefix)) || resource.type.endsWith("Policy") || resource.type.endsWith("Permission") || ACCESS_TYPES.has(resource.type) || reachesAccess(resource.properties);
}
var ACCESS_TYPE_PREFIXES = [
  "AWS::IAM::",
  "AWS::SSO::",
  "AWS::IdentityStore::",
  "AWS::RolesAnywhere::",
  "AWS::RAM::",
  "Custom::"
];
var ACCESS_TYPES = /* @__PURE__ */ new Set([
  "AWS::KMS::Key",
  "AWS::CloudFormation::CustomResource",
  // They send the account's API activity, configuration, network or DNS logs, inventory, records or notifications to
  // a destination named by a bucket name, a stream or an endpoint, which may be another account's though no account
  // id shows.
  "AWS::CloudTrail::Trail",
  "AWS::Config::DeliveryChannel",
  "AWS::KinesisFirehose::DeliveryStream",
  "AWS::SNS::Subscription",
  "AWS::EC2::FlowLog",
  "AWS::Route53Resolver::ResolverQueryLoggingConfig",
  "AWS::SSM::ResourceDataSync",
  "AWS::Events::ApiDestination",
  // They run commands on the account's instances, with their roles: access as surely as a role handed over.
  "AWS::SSM::Association",
  "AWS::SSM::MaintenanceWindowTask",
  // They hand out AWS credentials (an identity pool, unauthenticated ones too), open the account's snapshots to
  // everyone, or send its findings to an administrator account.
  "AWS::Cognito::IdentityPool",
  "AWS::Cognito::IdentityPoolRoleAttachment",
  "AWS::EC2::SnapshotBlockPublicAccess",
  "AWS::GuardDuty::Master",
  // Third-party code that runs on the account's stack operations (a hook) or resources (a type).
  "AWS::CloudFormation::TypeActivation",
  // They open a network path from the account's VPCs to a network that may be another account's (a transit gateway
  // or an endpoint service shared with it, a VPN peer), or send its DNS queries to resolvers elsewhere.
  "AWS::EC2::TransitGatewayAttachment",
  "AWS::EC2::TransitGatewayVpcAttachment",
  "AWS::EC2::TransitGatewayPeeringAttachment",
  "AWS::EC2::VPCEndpoint",
  "AWS::EC2::VPNConnection",
  "AWS::EC2::VPNGateway",
  "AWS::EC2::CustomerGateway",
  "AWS::EC2::TransitGatewayConnect",
  "AWS::EC2::ClientVpnEndpoint",
  "AWS::EC2::ClientVpnAuthorizationRule",
  "AWS::NetworkManager::VpcAttachment",
  "AWS::VpcLattice::ServiceNetworkVpcAssociation",
  "AWS::VpcLattice::ServiceNetworkServiceAssociation",
  "AWS::VpcLattice::ServiceNetworkResourceAssociation",
  // A copy of every packet, or of the account's logs or Config data, to a target or account that may be another's.
  "AWS::EC2::TrafficMirrorSession",
  "AWS::EC2::TrafficMirrorTarget",
  "AWS::Logs::DeliveryDestination",
  "AWS::Config::AggregationAuthorization",
  "AWS::Route53Resolver::ResolverRule",
  "AWS::Route53Resolver::ResolverRuleAssociation",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::SecurityGroupIngress",
  "AWS::EC2::SecurityGroupEgress",
  "AWS::EC2::NetworkAcl",
  "AWS::EC2::NetworkAclEntry"
]);
var ACCESS_PROPERTY = /Policy(Document|Text)?$|^AccessPolicies$|^AccessControl$|^PublicAccessBlockConfiguration$|^AllowExternalPrincipals$|^(InventoryConfigurations|ReplicationConfiguration)$|^(Subscription|Credentials)$|(Role|RoleArn|Roles|RoleArns|InstanceProfile|InstanceProfileArn)$/i;
var PRINCIPAL_KEY = /Principals?$|^NotPrincipal$|^PeerOwnerId$/;
var ACCOUNT_ID = /(^|:)\d{12}(:|$)/;
var ARN_ACCOUNT_ID = /:\d{12}(:|$)/;
var ACCOUNT_KEY = /(Account|AccountId|AccountIds|Accounts|Owner|OwnerId|Arn|Arns)$/i;
function reachesAccess(value, underAccountKey = false) {
  if (typeof value === "string") return (underAccountKey ? ACCOUNT_ID : ARN_ACCOUNT_ID).test(value);
  if (typeof value === "number") return underAccountKey && /^\d{12}$/.test(String(value));
  if (Array.isArray(value)) return value.some((item) => reachesAccess(item, underAccountKey));
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(
    ([key, child]) => ACCESS_PROPERTY.test(key) || PRINCIPAL_KEY.test(key) || reachesAccess(child, underAccountKey || ACCOUNT_KEY.test(key))
  );
}
function baselineControlsAccess(baseline, ...bodies) {
  if (baseline === PERMISSIONS_BOUNDARY_BASELINE) return true;
  return bodies.some((body) => {
    const facts = readTemplateFacts(body);
    if (facts === void 0 || facts.opaque?.kind === "transform" || facts.opaque?.kind === "nested") return true;
    const parameters = new Set(facts.parameters);
    return facts.resources.some(
      (resource) => controlsAccess(resource) || namesAccountIndirectly(resource.properties, parameters)
    );
  });
}
function namesAccountIndirectly(value, parameters, underAccountKey = false) {
  if (typeof value === "string") return underAccountKey && value.includes("{{resolve:");
  if (Array.isArray(value)) return value.some((item) => namesAccountIndirectly(item, parameters, underAccountKey));
  if (typeof value !== "object" || value === null) return false;
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const [[name, argument]] = entries;
    if (name === "Fn::Join" && Array.isArray(argument) && Array.isArray(argument[1])) {
      const delimiter = typeof argument[0] === "string" ? argument[0] : "";
      const joined = argument[1].map((piece) => literalText(piece, ":")).join(delimiter);
      if (ACCOUNT_ID.test(joined)) return true;
    }
    if (name === "Fn::Split" && Array.isArray(argument) && typeof argument[1] === "string") {
      const delimiter = typeof argument[0] === "string" && argument[0] !== "" ? argument[0] : ",";
      if (argument[1].split(delimiter).some((piece) => ACCOUNT_ID.test(piece))) return true;
    }
    if (name === "Fn::Sub" && ACCOUNT_ID.test(literalText({ [name]: argument }, ":") ?? "")) return true;
    if (underAccountKey) {
      if (name === "Ref" && typeof argument === "string" && parameters.has(argument)) return true;
      if (name === "Fn::FindInMap" || name === "Fn::ImportValue") return true;
      if (name === "Fn::Sub") {
        const text = Array.isArray(argument) ? argument[0] : argument;
        const variables = typeof text === "string" ? [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((match) => match[1].trim()) : [];
        if (variables.some((variable) => parameters.has(variable))) return true;
      }
    }
  }
  return entries.some(
    ([key, child]) => namesAccountIndirectly(
      child,
      parameters,
      // A bucket notification's Queue, Topic or Function, and a Destination, are ARNs as well.
      underAccountKey || /(Arn|Arns|AccountId|Account|Queue|Topic|Function|Destination)$/i.test(key)
    )
  );
}

// src/plan/plan-account-tags.ts
function planAccountTags(draft, account, read) {
  const { tags, adopting, adoptId } = read;
  const reference = accountReference(account.name);
  const quota = draft.desired.organization.quotas.tagsPerAccount;
  const held = Object.keys(tags).length;
  const { toSet, toRemove } = accountTagDifferences(account, tags, adopting);
  const adopted = held + (adopting && !Object.hasOwn(tags, MANAGED_BY_TAG.key) ? 1 : 0);
  const tagged = adopted - toRemove.length + Object.keys(toSet).filter((key) => !Object.hasOwn(tags, key)).length;
  if (Math.max(adopted, tagged) > quota)
    draft.problem(
      PLAN_PROBLEMS.tagLimit,
      reference,
      adopted > quota ? `Account ${account.name} holds ${held} tags, and adopting it adds ${MANAGED_BY_TAG.key} before the undeclared ones are removed; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Remove a tag the manifest does not declare from the account by hand (aws organizations untag-resource), then plan again.` : `Account ${account.name} would hold ${tagged} tags once apply sets its declared ones, since its tags that change last (the parameter-overrides record) are still there; ${limitPhrase("AWS Organizations", "tagsPerAccount", quota)}. Declare fewer tags in ${account.file}, or merge this in two steps: first the change to its baselines' parameters, then the tags.`,
      declarationOf(reference, draft.desired, "tags")
    );
  const untagId = toRemove.length > 0 ? draft.add(CHANGE_KINDS.untagAccount, reference, {
    before: Object.fromEntries(toRemove.map((key) => [key, tags[key]])),
    after: null,
    scope: { account: account.name, members: toRemove },
    dependsOn: [adoptId],
    description: `Remove undeclared tag${toRemove.length === 1 ? "" : "s"} ${toRemove.join(", ")} from ${account.name}`,
    accounts: [account.name]
  }) : void 0;
  if (Object.keys(toSet).length > 0) {
    draft.add(CHANGE_KINDS.tagAccount, reference, {
      before: Object.fromEntries(
        Object.keys(toSet).filter((key) => Object.hasOwn(tags, key)).map((key) => [key, tags[key]])
      ),
      after: toSet,
      scope: { account: account.name, members: Object.entries(toSet).map((entry) => JSON.stringify(entry)) },
      dependsOn: [adoptId, untagId],
      description: `Set tag${Object.keys(toSet).length === 1 ? "" : "s"} ${Object.keys(toSet).join(", ")} on ${account.name}`,
      accounts: [account.name]
    });
  }
  if (!draft.accountStatus.has(account.name) && (toRemove.length > 0 || Object.keys(toSet).length > 0))
    draft.accountStatus.set(account.name, "updated");
}
function accountTagDifferences(account, tags, adopting = false) {
  const toSet = Object.fromEntries(
    Object.entries(account.tags).filter(
      ([key, value]) => tags[key] !== value && !(adopting && key === MANAGED_BY_TAG.key)
    )
  );
  const kept = (key) => key === PARAMETER_OVERRIDES_TAG || key === "Owner" && account.owner === OWNER_UNASSIGNED || key.toLowerCase().startsWith("aws:");
  const toRemove = Object.keys(tags).filter((key) => !Object.hasOwn(account.tags, key) && !kept(key)).sort();
  return { toSet, toRemove };
}

// src/shell-quoted.ts
function shellQuoted(text) {
  return /^[A-Za-z0-9._+=:,@%-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

export {
  AccountNames,
  observedSnapshot,
  plannedSnapshot,
  levelsAllowingNothing,
  adoptionDifferences,
  levelsOf,
  accountsBeneath,
  accountsLackingAttachment,
  scpsInForce,
  loosens,
  planAccountTags,
  accountTagDifferences,
  retainedOnDelete,
  readTemplateFacts,
  accessResourceLines,
  declaresTransform,
  controlsAccess,
  baselineControlsAccess,
  shellQuoted
};
