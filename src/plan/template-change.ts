import { listNames } from '../name-lists.js';
import { sha256Digest } from './canonical-json.js';
import { compareText } from '../ordering.js';
import { parametersOf, resourcesOf, templateToJson, usesMacros } from '../config/cloudformation-template.js';
import { ACCOUNT_ID, namesAccountIndirectly } from './indirect-accounts.js';
import type { TemplateResource } from '../config/cloudformation-template.js';
import { isMap, isScalar, isSeq } from 'yaml';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { PERMISSIONS_BOUNDARY_BASELINE } from '../config/rules/template-rules.js';

export interface TemplateFacts {
  resources: TemplateResource[];
  /** Each parameter's Default, where it has one. */
  defaults: Record<string, string>;
  /** The names of the parameters the template declares. */
  parameters: string[];
  /** Each parameter's declaration (Type, AllowedValues, …), by name, as the template writes it. */
  parameterDeclarations: Record<string, Record<string, unknown>>;
  /** The Conditions section. */
  conditions: Record<string, unknown>;
  /** The Mappings section, which `Fn::FindInMap` reads. */
  mappings: Record<string, unknown>;
  /** The Rules section, whose assertions CloudFormation holds parameter values to. */
  rules: Record<string, unknown>;
  /**
   * Why what the template deploys cannot be read off it: a macro or a nested stack decides, or conditions do
   * (`conditions`: resources with a Condition, whose parameters then decide which exist).
   */
  opaque?: { kind: 'transform' | 'nested' | 'conditions'; why: string };
}

/**
 * The resources a stack keeps when it is deleted, by logical id: `DeletionPolicy: Retain` or `RetainExceptOnCreate`
 * (CloudFormation User Guide, "DeletionPolicy attribute"). Empty for a body that cannot be read (`facts` undefined);
 * a policy set by an intrinsic function counts as keeping, since it may.
 */
function retainedOnDelete(facts: TemplateFacts | undefined): string[] {
  return (facts?.resources ?? [])
    .filter((resource) => {
      const policy = (resource.definition as { DeletionPolicy?: unknown } | null)?.DeletionPolicy;
      return policy !== undefined && policy !== 'Delete' && policy !== 'Snapshot';
    })
    .map((resource) => resource.logicalId);
}

/**
 * Resource types that deploy a template of their own, which the reviewed body holds only as a URL or a string: a
 * nested stack, a StackSet, a Service Catalog product, a Serverless application.
 */
const NESTING_TYPES = new Set([
  'AWS::CloudFormation::Stack',
  'AWS::CloudFormation::StackSet',
  'AWS::ServiceCatalog::CloudFormationProvisionedProduct',
  'AWS::Serverless::Application',
]);

/** What a template declares, or undefined when the body does not parse as a template. */
export function readTemplateFacts(body: string): TemplateFacts | undefined {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  if (!source) return undefined;
  const template = templateToJson(source.document) as {
    Transform?: unknown;
    Conditions?: unknown;
    Mappings?: unknown;
    Rules?: unknown;
  } | null;
  const resources = resourcesOf(template);
  const opaque: TemplateFacts['opaque'] =
    template?.Transform !== undefined
      ? { kind: 'transform', why: 'it uses a Transform, whose macro decides the resources' }
      : usesMacros(template)
        ? { kind: 'transform', why: 'it uses Fn::Transform (AWS::Include, say), whose macro decides what is deployed' }
        : resources.some((resource) => NESTING_TYPES.has(resource.type))
          ? {
              kind: 'nested',
              why: 'it deploys other templates (nested stacks, StackSets or products), which decide the resources',
            }
          : resources.some((resource) => resource.condition !== undefined)
            ? { kind: 'conditions', why: 'a resource has a Condition, which deletes it where it evaluates to false' }
            : undefined;
  const defaults = Object.fromEntries(
    Object.entries(parametersOf(template)).flatMap(([name, declaration]) => {
      const value = (declaration as { Default?: unknown } | null)?.Default;
      return value === undefined || value === null ? [] : [[name, String(value)]];
    }),
  );
  const section = (value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const conditions = section(template?.Conditions);
  const mappings = section(template?.Mappings);
  const rules = section(template?.Rules);
  const parameterDeclarations = Object.fromEntries(
    Object.entries(parametersOf(template)).map(([name, declaration]) => [
      name,
      declaration !== null && typeof declaration === 'object' ? (declaration as Record<string, unknown>) : {},
    ]),
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
    ...(opaque ? { opaque } : {}),
  };
}

/**
 * The lines (1-based) of a template body that say what its access-control resources (controlsAccess) grant: each
 * such resource whole, but for what grants nothing, where padding goes: its Tags, Description and Metadata, at any
 * depth. Empty when the body does not parse as a template. A cut diff keeps these in view, so padding, inside the
 * resource or before it, cannot push who is granted what (principals, policies, members of a group, a role's
 * instance profile, an assignment, an ingress rule's CIDR) out of the comment.
 */
export function accessResourceLines(body: string): Set<number> {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  const lines = new Set<number>();
  if (!source) return lines;
  const resources = source.document.get('Resources', true);
  if (!isMap(resources)) return lines;
  const byId = new Map(resourcesOf(templateToJson(source.document)).map((resource) => [resource.logicalId, resource]));
  const rangeOf = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range;
  const linesOf = (start: number | undefined, end: number | undefined): number[] => {
    if (start === undefined || end === undefined) return [];
    const first = source.positionOfOffset(start).line;
    const last = source.positionOfOffset(Math.max(start, end - 1)).line;
    return Array.from({ length: last - first + 1 }, (_, index) => first + index);
  };
  const text = source.text.split(/\r\n|\r|\n/);
  // A padding key and its value, when they fill their lines alone (block style): the lines to leave unmarked.
  const wholeLines = (start: number | undefined, end: number | undefined): number[] => {
    if (start === undefined || end === undefined) return [];
    const first = source.positionOfOffset(start);
    const last = source.positionOfOffset(Math.max(start, end - 1));
    const before = (text[first.line - 1] ?? '').slice(0, first.column - 1);
    const after = (text[last.line - 1] ?? '').slice(last.column);
    return /^[\s-]*$/.test(before) && /^\s*(#.*)?$/.test(after) ? linesOf(start, end) : [];
  };
  const padding: number[] = [];
  const findPadding = (node: unknown): void => {
    if (isSeq(node)) return node.items.forEach(findPadding);
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (GRANTS_NOTHING.test(key)) padding.push(...wholeLines(rangeOf(pair.key)?.[0], rangeOf(pair.value)?.[1]));
      else findPadding(pair.value);
    }
  };
  for (const pair of resources.items) {
    const resource = byId.get(isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
    if (!resource || !controlsAccess(resource)) continue;
    for (const line of linesOf(rangeOf(pair.key)?.[0], rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)?.[1]))
      lines.add(line);
    findPadding(pair.value);
  }
  for (const line of padding) lines.delete(line);
  return lines;
}

/** Keys under which an access-control resource holds nothing it grants: what padding is made of. */
const GRANTS_NOTHING = /^(Tags|Description|Metadata)$/;

/**
 * Whether macros process a template (a Transform, or an Fn::Transform anywhere; usesMacros): CloudFormation then
 * needs CAPABILITY_AUTO_EXPAND to create or update a StackSet from it (CloudFormation API Reference, CreateStackSet,
 * Capabilities). A body that does not parse as a template uses none.
 */
export function declaresTransform(body: string): boolean {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  return source ? usesMacros(templateToJson(source.document)) : false;
}

/**
 * A resource that grants or controls access: anything IAM, IAM Identity Center (its Identity Store too) or IAM Roles
 * Anywhere, a resource policy (types ending in `Policy`, a property such as KeyPolicy, PolicyDocument or
 * RepositoryPolicyText), a permission (Lambda's, a layer's), a resource share, a security group or its rules, a bucket's public access block, a KMS key, anything
 * naming a principal or another account, a role handed to a service to run with (at any depth: an event rule's
 * target has its own RoleArn), or a custom resource (it runs code with a role of its own). `properties` may hold
 * only the top-level names of the properties in question (drift reports paths, not values).
 */
export function controlsAccess(resource: TemplateResource): boolean {
  return (
    ACCESS_TYPE_PREFIXES.some((prefix) => resource.type.startsWith(prefix)) ||
    // A registered type, private or a third party's (`Acme::Share::Lookup`), runs its own handler code in the
    // account, as a custom resource does (CloudFormation CLI User Guide, "Resource types"): what it does and returns
    // cannot be read off the template.
    !/^(AWS|Alexa)::/.test(resource.type) ||
    resource.type.endsWith('Policy') ||
    resource.type.endsWith('Permission') ||
    ACCESS_TYPES.has(resource.type) ||
    reachesAccess(resource.properties)
  );
}

// Identity Store users and group memberships take on the permission sets their groups hold across the organization;
// a Roles Anywhere trust anchor or profile admits holders of an outside CA's certificates to the account's roles.
const ACCESS_TYPE_PREFIXES = [
  'AWS::IAM::',
  'AWS::SSO::',
  'AWS::IdentityStore::',
  'AWS::RolesAnywhere::',
  'AWS::RAM::',
  // Lake Formation settings and permissions grant data lake access to the principals they name.
  'AWS::LakeFormation::',
  'Custom::',
];
const ACCESS_TYPES = new Set([
  'AWS::KMS::Key',
  'AWS::CloudFormation::CustomResource',
  // They send the account's API activity, configuration, network or DNS logs, inventory, records or notifications to
  // a destination named by a bucket name, a stream or an endpoint, which may be another account's though no account
  // id shows.
  'AWS::CloudTrail::Trail',
  'AWS::Config::DeliveryChannel',
  'AWS::KinesisFirehose::DeliveryStream',
  'AWS::SNS::Subscription',
  'AWS::EC2::FlowLog',
  'AWS::Route53Resolver::ResolverQueryLoggingConfig',
  'AWS::SSM::ResourceDataSync',
  'AWS::Events::ApiDestination',
  // Web requests with their headers and cookies, load balancer and firewall logs, query results, or findings, to a
  // bucket or stream that may be another account's.
  'AWS::WAFv2::LoggingConfiguration',
  'AWS::NetworkFirewall::LoggingConfiguration',
  'AWS::Athena::WorkGroup',
  'AWS::GuardDuty::PublishingDestination',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancing::LoadBalancer',
  // Another account's sink, by its ARN, receives the account's metrics, logs and traces.
  'AWS::Oam::Link',
  // They run commands on the account's instances, with their roles: access as surely as a role handed over.
  'AWS::SSM::Association',
  'AWS::SSM::MaintenanceWindowTask',
  // They hand out AWS credentials (an identity pool, unauthenticated ones too), open the account's snapshots to
  // everyone, or send its findings to an administrator account.
  'AWS::Cognito::IdentityPool',
  'AWS::Cognito::IdentityPoolRoleAttachment',
  'AWS::EC2::SnapshotBlockPublicAccess',
  // An SSH public key imported into the account: whoever holds its private key signs in to instances launched with it.
  'AWS::EC2::KeyPair',
  'AWS::GuardDuty::Master',
  // They invite another account as a member, whose findings and data the account then sees, or add members to a
  // project that grants them its data.
  'AWS::GuardDuty::Member',
  'AWS::Detective::MemberInvitation',
  'AWS::DataZone::ProjectMembership',
  // Third-party code that runs on the account's stack operations (a hook) or resources (a type).
  'AWS::CloudFormation::TypeActivation',
  // They open a network path from the account's VPCs to a network that may be another account's (a transit gateway
  // or an endpoint service shared with it, a VPN peer), or send its DNS queries to resolvers elsewhere.
  'AWS::EC2::TransitGatewayAttachment',
  'AWS::EC2::TransitGatewayVpcAttachment',
  'AWS::EC2::TransitGatewayPeeringAttachment',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::VPNConnection',
  'AWS::EC2::VPNGateway',
  'AWS::EC2::CustomerGateway',
  'AWS::EC2::TransitGatewayConnect',
  'AWS::EC2::ClientVpnEndpoint',
  'AWS::EC2::ClientVpnAuthorizationRule',
  'AWS::NetworkManager::VpcAttachment',
  'AWS::VpcLattice::ServiceNetworkVpcAssociation',
  'AWS::VpcLattice::ServiceNetworkServiceAssociation',
  'AWS::VpcLattice::ServiceNetworkResourceAssociation',
  // A copy of every packet, or of the account's logs or Config data, to a target or account that may be another's.
  'AWS::EC2::TrafficMirrorSession',
  'AWS::EC2::TrafficMirrorTarget',
  'AWS::Logs::DeliveryDestination',
  'AWS::Config::AggregationAuthorization',
  'AWS::Route53Resolver::ResolverRule',
  'AWS::Route53Resolver::ResolverRuleAssociation',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::NetworkAclEntry',
]);
/**
 * Properties that grant or hand over access on any resource type: policies, a public access block, a canned ACL (a
 * bucket's AccessControl: PublicRead opens it to everyone), a bucket's inventory or replication to another bucket
 * (which may be another account's), a topic's subscriptions (an endpoint that receives its messages), an
 * integration's Credentials (a role API Gateway runs it with), a role passed to a service to run with (a Lambda
 * function's Role, a schedule's or rule's RoleArn, a build's ServiceRole, a Firehose stream's RoleARN, a job's
 * JobRoleArn, an InstanceRole, an instance profile: any key ending so, in any case), since the code it runs acts with
 * that role's rights, and permissions handed to other accounts (an image's LaunchPermissionConfiguration, any key
 * ending in Permission or Permissions, and the UserGroups whose `all` makes an AMI public: EC2 Image Builder API
 * Reference, LaunchPermissionConfiguration). And the switches that open a resource to the internet or to callers
 * without credentials: a database's PubliclyAccessible, an API method's AuthorizationType or ApiKeyRequired, a
 * function URL's AuthType, a cache user's AccessString and NoPasswordRequired. And what admits someone to an instance
 * or runs code on it as root: a KeyName (the key pair whose holder signs in) and UserData (run at launch), an
 * instance's or a launch template's (EC2 User Guide, "Amazon EC2 key pairs", "Run commands … with user data").
 */
const ACCESS_PROPERTY =
  /Policy(Document|Text)?$|^AccessPolicies$|^AccessControl$|^PublicAccessBlockConfiguration$|^AllowExternalPrincipals$|^(InventoryConfigurations|ReplicationConfiguration)$|^(Subscription|Credentials)$|(Role|RoleArn|Roles|RoleArns|InstanceProfile|InstanceProfileArn)$|(Permission|Permissions|PermissionConfiguration)$|^UserGroups$|^(PubliclyAccessible|AuthorizationType|ApiKeyRequired|AuthType|AccessString|NoPasswordRequired)$|^(KeyName|UserData)$/i;

/**
 * Keys naming principals: Principal, Principals, NotPrincipal, any key ending in Principal(s) (a VPC endpoint
 * service's AllowedPrincipals) or in PrincipalIdentifier or PrincipalArn (Lake Formation's
 * DataLakePrincipalIdentifier), and another account to connect with (a peering connection's PeerOwnerId).
 */
const PRINCIPAL_KEY = /Principals?$|Principal(Identifier|Arn)s?$|^NotPrincipal$|^PeerOwnerId$/i;

/**
 * The accounts a parameter value names: each member of it (a list parameter's are separated by commas) that is an
 * account id alone, or an ARN whose account field holds one. The plan's high-impact test and the comment's list of
 * account ids read values the same way.
 */
export function accountIdsInValue(value: string): string[] {
  return value.split(',').flatMap((member) => {
    const id = /^(?:\d{12}|arn:[^:]*:[^:]*:[^:]*:(\d{12})(?::.*)?)$/s.exec(member.trim());
    return id ? [id[1] ?? member.trim()] : [];
  });
}
// An ECR image URI names its registry's account first: `666666666666.dkr.ecr.us-east-1.amazonaws.com/tool`.
const ARN_ACCOUNT_ID = /:\d{12}(:|$)|^\d{12}\.dkr\.ecr\./;

/**
 * Keys whose bare twelve digits are an account id: an AccountId, an event pattern's `account`, a SourceAccount, an
 * OwnerId, a launch permission's UserIds, a GuardDuty or Detective MemberId, an ARN spelt in pieces. Anywhere else twelve digits are as likely a number
 * (an alarm's threshold, a byte count).
 */
const ACCOUNT_KEY = /(Account|AccountId|AccountIds|Accounts|Owner|OwnerId|UserId|UserIds|MemberId|Arn|Arns)$/i;

/**
 * Whether a value, at any depth, holds a key that grants or hands over access (ACCESS_PROPERTY, PRINCIPAL_KEY), or
 * names another account by its id: in an ARN anywhere, or on its own under an account key (ACCOUNT_KEY).
 */
function reachesAccess(value: unknown, underAccountKey = false): boolean {
  if (typeof value === 'string') return (underAccountKey ? ACCOUNT_ID : ARN_ACCOUNT_ID).test(value);
  if (typeof value === 'number') return underAccountKey && /^\d{12}$/.test(String(value));
  if (Array.isArray(value)) return value.some((item) => reachesAccess(item, underAccountKey));
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(
    ([key, child]) =>
      ACCESS_PROPERTY.test(key) ||
      PRINCIPAL_KEY.test(key) ||
      reachesAccess(child, underAccountKey || ACCOUNT_KEY.test(key)),
  );
}

/**
 * Whether a baseline holds roles, policies, the permissions boundary or other access control, in any of the given
 * template bodies (deployed and new). A body that cannot be read, that macros process or that nests stacks counts as
 * holding them, and so does one given parameter values that name an account (an ARN with an account id, or an id
 * alone: StackSet parameters or per-account overrides): whatever property takes the value (an OAM link's
 * SinkIdentifier, say), it sends something to, or trusts, that account, and no key name tells it.
 * Changes to such a baseline (template, parameters or per-account overrides) reach every account's access, so they
 * are high-impact.
 */
export function baselineControlsAccess(
  baseline: string,
  bodies: readonly string[],
  parameterValues: readonly Readonly<Record<string, string>>[] = [],
): boolean {
  if (baseline === PERMISSIONS_BOUNDARY_BASELINE) return true;
  if (parameterValues.some((values) => Object.values(values).some((value) => accountIdsInValue(value).length > 0)))
    return true;
  return bodies.some((body) => {
    const facts = readTemplateFacts(body);
    // What a macro deploys (an AWS::Include from S3, say) or a nested stack's TemplateURL holds is not in the
    // reviewed body: it may be anything, roles included.
    if (facts === undefined || facts.opaque?.kind === 'transform' || facts.opaque?.kind === 'nested') return true;
    const parameters = new Set(facts.parameters);
    return facts.resources.some(
      (resource) => controlsAccess(resource) || namesAccountIndirectly(resource.properties, parameters),
    );
  });
}

/**
 * What removing stack instances deletes, for the removal's scope: `deletes`, the logical ids of the resources no
 * DeletionPolicy keeps, sorted; or `*` with `deployed`, the template's digest, when the body cannot be read or a macro
 * or nested stack decides what the stacks hold. DeleteStackInstances with RetainStacks false deletes what the
 * StackSet's template holds then, so an approval to delete these never covers a template changed since to delete
 * more or keep less.
 */
export function removalScope(deployedTemplate: string): { deletes: string | string[]; deployed?: string } {
  const facts = readTemplateFacts(deployedTemplate);
  if (facts === undefined || facts.opaque?.kind === 'transform' || facts.opaque?.kind === 'nested')
    return { deletes: '*', deployed: sha256Digest(deployedTemplate) };
  const kept = new Set(retainedOnDelete(facts));
  return {
    deletes: facts.resources
      .map((resource) => resource.logicalId)
      .filter((id) => !kept.has(id))
      .sort(compareText),
  };
}

/** What removing `count` stack instances deletes: their stacks, and the resources no DeletionPolicy keeps. */
export function removalEffect(deployedTemplate: string, count: number): string {
  const kept = retainedOnDelete(readTemplateFacts(deployedTemplate));
  const [stacks, their] = count === 1 ? ['its stack', 'its'] : ['stacks', 'their'];
  if (kept.length === 0) return `${stacks} and ${their} resources are deleted`;
  return `${stacks} deleted with ${their} resources, except ${listNames(kept, Infinity)}, which DeletionPolicy keeps in the account`;
}
