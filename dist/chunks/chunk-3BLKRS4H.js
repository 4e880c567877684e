import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  sha256Digest
} from "./chunk-GC7XXYZB.js";
import {
  PERMISSIONS_BOUNDARY_BASELINE,
  literalText
} from "./chunk-PBUMDURM.js";
import {
  listNames,
  parametersOf,
  parseRepositoryFile,
  require_dist,
  resourcesOf,
  templateToJson,
  usesMacros
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";
import {
  __toESM
} from "./chunk-ZMOFJYRP.js";

// src/plan/indirect-accounts.ts
var ACCOUNT_ID = /(^|:)\d{12}(:|$)/;
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
        if (variables.some((variable) => parameters.has(variable) || readsValueAttribute(variable))) return true;
      }
      if (name === "Fn::GetAtt") {
        const attribute = Array.isArray(argument) ? `${String(argument[0])}.${String(argument[1])}` : String(argument);
        if (readsValueAttribute(attribute)) return true;
      }
    }
  }
  return entries.some(
    ([key, child]) => namesAccountIndirectly(
      child,
      parameters,
      // A bucket notification's Queue, Topic or Function, and a Destination, are ARNs as well.
      underAccountKey || /(Arn|Arns|AccountId|AccountIds|Account|Accounts|Queue|Topic|Function|Destination)$/i.test(key)
    )
  );
}
function readsValueAttribute(reference) {
  const dot = reference.indexOf(".");
  return dot > 0 && !reference.startsWith("AWS::") && !/Arn$/i.test(reference.slice(dot + 1));
}

// src/plan/template-change.ts
var import_yaml = __toESM(require_dist(), 1);
function retainedOnDelete(facts) {
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
  const section = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
  const conditions = section(template?.Conditions);
  const mappings = section(template?.Mappings);
  const rules = section(template?.Rules);
  const parameterDeclarations = Object.fromEntries(
    Object.entries(parametersOf(template)).map(([name, declaration]) => [
      name,
      declaration !== null && typeof declaration === "object" ? declaration : {}
    ])
  );
  const parameters = Object.keys(parameterDeclarations);
  return {
    resources,
    defaults,
    parameters,
    parameterDeclarations,
    conditions,
    mappings,
    rules,
    ...opaque ? { opaque } : {}
  };
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
  const text = source.text.split(/\r\n|\r|\n/);
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
  return ACCESS_TYPE_PREFIXES.some((prefix) => resource.type.startsWith(prefix)) || // A registered type, private or a third party's (`Acme::Share::Lookup`), runs its own handler code in the
  // account, as a custom resource does (CloudFormation CLI User Guide, "Resource types"): what it does and returns
  // cannot be read off the template.
  !/^(AWS|Alexa)::/.test(resource.type) || resource.type.endsWith("Policy") || resource.type.endsWith("Permission") || ACCESS_TYPES.has(resource.type) || reachesAccess(resource.properties);
}
var ACCESS_TYPE_PREFIXES = [
  "AWS::IAM::",
  "AWS::SSO::",
  "AWS::IdentityStore::",
  "AWS::RolesAnywhere::",
  "AWS::RAM::",
  // Lake Formation settings and permissions grant data lake access to the principals they name.
  "AWS::LakeFormation::",
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
  // Web requests with their headers and cookies, load balancer and firewall logs, query results, or findings, to a
  // bucket or stream that may be another account's.
  "AWS::WAFv2::LoggingConfiguration",
  "AWS::NetworkFirewall::LoggingConfiguration",
  "AWS::Athena::WorkGroup",
  "AWS::GuardDuty::PublishingDestination",
  "AWS::ElasticLoadBalancingV2::LoadBalancer",
  "AWS::ElasticLoadBalancing::LoadBalancer",
  // Another account's sink, by its ARN, receives the account's metrics, logs and traces.
  "AWS::Oam::Link",
  // They run commands on the account's instances, with their roles: access as surely as a role handed over.
  "AWS::SSM::Association",
  "AWS::SSM::MaintenanceWindowTask",
  // They hand out AWS credentials (an identity pool, unauthenticated ones too), open the account's snapshots to
  // everyone, or send its findings to an administrator account.
  "AWS::Cognito::IdentityPool",
  "AWS::Cognito::IdentityPoolRoleAttachment",
  "AWS::EC2::SnapshotBlockPublicAccess",
  // An SSH public key imported into the account: whoever holds its private key signs in to instances launched with it.
  "AWS::EC2::KeyPair",
  "AWS::GuardDuty::Master",
  // They invite another account as a member, whose findings and data the account then sees, or add members to a
  // project that grants them its data.
  "AWS::GuardDuty::Member",
  "AWS::Detective::MemberInvitation",
  "AWS::DataZone::ProjectMembership",
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
var ACCESS_PROPERTY = /Policy(Document|Text)?$|^AccessPolicies$|^AccessControl$|^PublicAccessBlockConfiguration$|^AllowExternalPrincipals$|^(InventoryConfigurations|ReplicationConfiguration)$|^(Subscription|Credentials)$|(Role|RoleArn|Roles|RoleArns|InstanceProfile|InstanceProfileArn)$|(Permission|Permissions|PermissionConfiguration)$|^UserGroups$|^(PubliclyAccessible|AuthorizationType|ApiKeyRequired|AuthType|AccessString|NoPasswordRequired)$|^(KeyName|UserData)$/i;
var PRINCIPAL_KEY = /Principals?$|Principal(Identifier|Arn)s?$|^NotPrincipal$|^PeerOwnerId$/i;
function accountIdsInValue(value) {
  return value.split(",").flatMap((member) => {
    const id = /^(?:\d{12}|arn:[^:]*:[^:]*:[^:]*:(\d{12})(?::.*)?)$/s.exec(member.trim());
    return id ? [id[1] ?? member.trim()] : [];
  });
}
var ARN_ACCOUNT_ID = /:\d{12}(:|$)|^\d{12}\.dkr\.ecr\./;
var ACCOUNT_KEY = /(Account|AccountId|AccountIds|Accounts|Owner|OwnerId|UserId|UserIds|MemberId|Arn|Arns)$/i;
function reachesAccess(value, underAccountKey = false) {
  if (typeof value === "string") return (underAccountKey ? ACCOUNT_ID : ARN_ACCOUNT_ID).test(value);
  if (typeof value === "number") return underAccountKey && /^\d{12}$/.test(String(value));
  if (Array.isArray(value)) return value.some((item) => reachesAccess(item, underAccountKey));
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(
    ([key, child]) => ACCESS_PROPERTY.test(key) || PRINCIPAL_KEY.test(key) || reachesAccess(child, underAccountKey || ACCOUNT_KEY.test(key))
  );
}
function baselineControlsAccess(baseline, bodies, parameterValues = []) {
  if (baseline === PERMISSIONS_BOUNDARY_BASELINE) return true;
  if (parameterValues.some((values) => Object.values(values).some((value) => accountIdsInValue(value).length > 0)))
    return true;
  return bodies.some((body) => {
    const facts = readTemplateFacts(body);
    if (facts === void 0 || facts.opaque?.kind === "transform" || facts.opaque?.kind === "nested") return true;
    const parameters = new Set(facts.parameters);
    return facts.resources.some(
      (resource) => controlsAccess(resource) || namesAccountIndirectly(resource.properties, parameters)
    );
  });
}
function removalScope(deployedTemplate) {
  const facts = readTemplateFacts(deployedTemplate);
  if (facts === void 0 || facts.opaque?.kind === "transform" || facts.opaque?.kind === "nested")
    return { deletes: "*", deployed: sha256Digest(deployedTemplate) };
  const kept = new Set(retainedOnDelete(facts));
  return {
    deletes: facts.resources.map((resource) => resource.logicalId).filter((id) => !kept.has(id)).sort(compareText)
  };
}
function removalEffect(deployedTemplate, count) {
  const kept = retainedOnDelete(readTemplateFacts(deployedTemplate));
  const [stacks, their] = count === 1 ? ["its stack", "its"] : ["stacks", "their"];
  if (kept.length === 0) return `${stacks} and ${their} resources are deleted`;
  return `${stacks} deleted with ${their} resources, except ${listNames(kept, Infinity)}, which DeletionPolicy keeps in the account`;
}

export {
  readTemplateFacts,
  accessResourceLines,
  declaresTransform,
  controlsAccess,
  accountIdsInValue,
  baselineControlsAccess,
  removalScope,
  removalEffect
};
