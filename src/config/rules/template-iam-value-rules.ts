import { describeCharacter, lengthProblem, refusedCharacters } from '../aws-constraints.js';
import type { TextConstraint } from '../aws-constraints.js';
import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlPath } from '../safe-yaml.js';
import { AWS_REGIONS } from '../aws-regions.js';
import { checkTemplatePolicy } from './policy-grammar.js';
import { possibleTexts } from './template-expression-values.js';
import { refParameterProblems } from './template-iam-parameter-values.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * The IAM names, paths and durations a baseline template sets, against what IAM takes. CloudFormation passes them to
 * IAM only when a stack instance deploys, after apply created and moved accounts, so a role IAM refuses leaves every
 * new account without it. Source: the IAM API model in boto/botocore at commit
 * 0e6e2404b85dc336dd2889814e089bde7d1a4c55 (botocore/data/iam/2010-05-08/service-2.json), shapes named beside each
 * constraint; the CloudFormation properties map to them as the AWS::IAM::* resource pages say (RoleName is
 * CreateRole RoleName, and so on). A Ref to a parameter is checked in every value the repository gives it
 * (template-iam-parameter-values.ts); other functions (Fn::Sub…) are CloudFormation's to check.
 */

/** IAM names: min 1, pattern [\w+=,.@-]+ (roleNameType max 64; policyNameType, instanceProfileNameType and
 * groupNameType max 128). */
const iamName = (member: string, maxLength: number): TextConstraint => ({
  member,
  minLength: 1,
  maxLength,
  unit: 'characters',
  allowedCharacter: /[\w+=,.@-]/,
  allowedCharacters: 'letters, digits and _ + = , . @ -',
});
const ROLE_NAME = iamName('CreateRole and AttachRolePolicy RoleName, shape roleNameType', 64);
const POLICY_NAME = iamName('CreatePolicy and Put{Role,Group,User}Policy PolicyName, shape policyNameType', 128);
const USER_NAME = iamName('PutUserPolicy and AttachUserPolicy UserName, shape existingUserNameType', 128);
const INSTANCE_PROFILE_NAME = iamName('CreateInstanceProfile InstanceProfileName, shape instanceProfileNameType', 128);
const GROUP_NAME = iamName('CreateGroup, PutGroupPolicy and AttachGroupPolicy GroupName, shape groupNameType', 128);

/** roleDescriptionType: max 1000, pattern [\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*. */
const ROLE_DESCRIPTION: TextConstraint = {
  member: 'CreateRole Description, shape roleDescriptionType',
  minLength: 0,
  maxLength: 1000,
  unit: 'characters',
  allowedCharacter: /[\t\n\r\u0020-\u007E\u00A1-\u00FF]/,
  allowedCharacters: 'printable ASCII, Latin-1 letters and signs, tabs and line breaks',
};
/** policyDescriptionType: max 1000. */
const POLICY_DESCRIPTION: TextConstraint = {
  member: 'CreatePolicy Description, shape policyDescriptionType',
  minLength: 0,
  maxLength: 1000,
  unit: 'characters',
};

interface PathConstraint {
  member: string;
  pattern: RegExp;
  example: string;
}
/** pathType (roles, instance profiles, groups): min 1, max 512, pattern (\u002F)|(\u002F[\u0021-\u007E]+\u002F). */
const PATH: PathConstraint = {
  member: 'shape pathType',
  pattern: /^(?:\/|\/[\u0021-\u007E]+\/)$/,
  example: '/ or /platform/',
};
/** policyPathType (managed policies): min 1, max 512, pattern ((/[A-Za-z0-9\.,\+@=_-]+)*)/. */
const POLICY_PATH: PathConstraint = {
  member: 'CreatePolicy Path, shape policyPathType',
  pattern: /^(?:(?:\/[A-Za-z0-9.,+@=_-]+)*)\/$/,
  example: '/ or /platform/',
};
const MAX_PATH_LENGTH = 512;

/** roleMaxSessionDurationType: an integer from 3600 to 43200 (seconds). */
const MAX_SESSION_DURATION = { min: 3600, max: 43200 };

type Check = (value: unknown) => string | undefined;

const text =
  (constraint: TextConstraint): Check =>
  (value) => {
    if (typeof value !== 'string') return undefined;
    const length = lengthProblem(constraint, value);
    if (length) return `${JSON.stringify(value)} ${length} (${constraint.member})`;
    const refused = refusedCharacters(constraint, value);
    return refused.length > 0
      ? `${JSON.stringify(value)} holds ${refused.map(describeCharacter).join(', ')}; IAM takes only ${constraint.allowedCharacters} (${constraint.member})`
      : undefined;
  };

const iamPath =
  (constraint: PathConstraint): Check =>
  (value) => {
    if (typeof value !== 'string') return undefined;
    if (value.length > MAX_PATH_LENGTH)
      return `${JSON.stringify(value)} is ${value.length} characters; at most ${MAX_PATH_LENGTH} fit (${constraint.member})`;
    return constraint.pattern.test(value)
      ? undefined
      : `${JSON.stringify(value)} is not an IAM path: it starts and ends with /, such as ${constraint.example} (${constraint.member})`;
  };

const sessionDuration: Check = (value) => {
  const seconds =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
  const shape = '(CreateRole MaxSessionDuration, shape roleMaxSessionDurationType)';
  if (seconds === undefined || !Number.isInteger(seconds))
    return typeof value === 'string' || typeof value === 'number'
      ? `${JSON.stringify(value)} is not a whole number of seconds ${shape}`
      : undefined;
  return seconds >= MAX_SESSION_DURATION.min && seconds <= MAX_SESSION_DURATION.max
    ? undefined
    : `${seconds} is outside ${MAX_SESSION_DURATION.min} to ${MAX_SESSION_DURATION.max} seconds, 1 to 12 hours ${shape}`;
};

/** Each entry of a literal list of names (a policy's Roles, Groups, Users). */
const eachName =
  (check: Check): Check =>
  (value) =>
    Array.isArray(value) ? value.map(check).find((problem) => problem !== undefined) : undefined;

/** Each type's checked properties; `Policies` holds inline policies, each with a PolicyName. */
const CHECKS: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  'AWS::IAM::Role': {
    RoleName: text(ROLE_NAME),
    Path: iamPath(PATH),
    Description: text(ROLE_DESCRIPTION),
    MaxSessionDuration: sessionDuration,
  },
  'AWS::IAM::ManagedPolicy': {
    ManagedPolicyName: text(POLICY_NAME),
    Path: iamPath(POLICY_PATH),
    Description: text(POLICY_DESCRIPTION),
    Roles: eachName(text(ROLE_NAME)),
    Groups: eachName(text(GROUP_NAME)),
    Users: eachName(text(USER_NAME)),
  },
  'AWS::IAM::Policy': {
    PolicyName: text(POLICY_NAME),
    Roles: eachName(text(ROLE_NAME)),
    Groups: eachName(text(GROUP_NAME)),
    Users: eachName(text(USER_NAME)),
  },
  'AWS::IAM::RolePolicy': { PolicyName: text(POLICY_NAME), RoleName: text(ROLE_NAME) },
  'AWS::IAM::GroupPolicy': { PolicyName: text(POLICY_NAME), GroupName: text(GROUP_NAME) },
  'AWS::IAM::UserPolicy': { PolicyName: text(POLICY_NAME), UserName: text(USER_NAME) },
  'AWS::IAM::InstanceProfile': { InstanceProfileName: text(INSTANCE_PROFILE_NAME), Path: iamPath(PATH) },
  'AWS::IAM::Group': { GroupName: text(GROUP_NAME), Path: iamPath(PATH) },
};
/** Names a managed or inline policy lists (Roles, Groups, Users), each entry checked as the name it is. */
const LISTED_NAMES: Readonly<Record<string, TextConstraint>> = {
  Roles: ROLE_NAME,
  Groups: GROUP_NAME,
  Users: USER_NAME,
};
const LISTS_NAMES = new Set(['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy']);
/** Types whose `Policies` list holds inline policies, each named by PolicyName. */
const WITH_INLINE_POLICIES = new Set(['AWS::IAM::Role', 'AWS::IAM::Group']);
/** Types with a `PolicyDocument` of their own: an identity policy. */
const WITH_POLICY_DOCUMENT = new Set([
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::UserPolicy',
]);
/**
 * Resource policies, by type and property: the grammar of reference_policies_grammar.html with a Principal, which
 * the service refuses otherwise (S3 PutBucketPolicy "MalformedPolicy", KMS PutKeyPolicy
 * "MalformedPolicyDocumentException", SQS and SNS "InvalidParameterValue"). A document written as a JSON string is
 * left to the service.
 */
const RESOURCE_POLICIES: Readonly<Record<string, string>> = {
  'AWS::S3::BucketPolicy': 'PolicyDocument',
  'AWS::S3::AccessPoint': 'Policy',
  'AWS::KMS::Key': 'KeyPolicy',
  'AWS::KMS::ReplicaKey': 'KeyPolicy',
  'AWS::SQS::QueuePolicy': 'PolicyDocument',
  'AWS::SNS::TopicPolicy': 'PolicyDocument',
  'AWS::SecretsManager::ResourcePolicy': 'ResourcePolicy',
  'AWS::ECR::Repository': 'RepositoryPolicyText',
};
/** Types with `Tags` (tagListType: at most 50). */
const WITH_TAGS = new Set(['AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::InstanceProfile']);
const MAX_TAGS = 50;

/** tagKeyType: min 1, max 128, pattern [\p{L}\p{Z}\p{N}_.:/=+\-@]+. */
const TAG_KEY: TextConstraint = {
  member: 'IAM Tag Key, shape tagKeyType',
  minLength: 1,
  maxLength: 128,
  unit: 'characters',
  allowedCharacter: /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u,
  allowedCharacters: 'letters, numbers, spaces and _ . : / = + - @',
};
/** tagValueType: min 0, max 256, the same pattern. */
const TAG_VALUE: TextConstraint = {
  ...TAG_KEY,
  member: 'IAM Tag Value, shape tagValueType',
  minLength: 0,
  maxLength: 256,
};

/** The aws: prefix AWS keeps for its own tags, which every service refuses in a tag key. */
const reservedTagKey: Check = (value) =>
  typeof value === 'string' && value.toLowerCase().startsWith('aws:')
    ? `${JSON.stringify(value)} starts with aws:, which AWS reserves for its own tags`
    : undefined;

/** A tag key's check, and the reserved prefix (checked apart, on every resource type, where the key is literal). */
function taggable(checkKey: Check): Check {
  return (value) => checkKey(value) ?? reservedTagKey(value);
}

/** arnType: min 20, max 2048 (ManagedPolicyArns entries, PermissionsBoundary), in the organization's partition. */
function policyArn(partition: string | undefined): Check {
  return (value) => {
    if (typeof value !== 'string') return undefined;
    if (!value.startsWith('arn:') || value.length < 20 || value.length > 2048)
      return `${JSON.stringify(value)} is not a policy ARN (shape arnType: arn:…, 20 to 2,048 characters), such as arn:${partition ?? 'aws'}:iam::aws:policy/ReadOnlyAccess`;
    const named = value.split(':')[1];
    return partition && named !== partition && !named?.includes('$')
      ? `${JSON.stringify(value)} names the partition '${named}', but the organization is in '${partition}' (homeRegion); IAM refuses a policy of another partition. Write arn:${partition}:… or !Sub arn:\${AWS::Partition}:…`
      : undefined;
  };
}

/**
 * Each IAM resource's literal names, paths, descriptions, session duration, managed policy ARNs, permissions
 * boundary and tags against the IAM API model, a template-resource error at the value; its trust and identity
 * policies against the policy grammar IAM applies (template-policy). A template with a Transform is left to
 * CloudFormation.
 */
export const checkTemplateIamValues: Rule = ({ repository }) => {
  const partition = AWS_REGIONS[String(repository.organization?.value.homeRegion)]?.partition;
  const arn = policyArn(partition);
  return [...repository.templates.values()].flatMap((loaded) => {
    const { source, template } = loaded;
    if (!isCloudFormationTemplate(template) || usesMacros(template)) return [];
    const resources = isMapping(template.Resources) ? template.Resources : {};
    const diagnostics: Diagnostic[] = [];
    const byRef: Diagnostic[] = [];
    // A name built by a function (Fn::Sub, Fn::Join, Fn::If, Fn::FindInMap, Fn::Select) from literals, mappings and
    // the repository's parameter values is checked in each text it can give, at the property.
    const byExpression = (value: unknown, property: string, checkValue: Check, path: YamlPath) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || 'Ref' in value) return;
      const problems = new Set<string>();
      for (const possible of possibleTexts(repository, loaded, value) ?? []) {
        // What only AWS knows stands in as a name character: a whole number cannot be told, nor a text of it alone.
        if (possible.partial && (property === 'MaxSessionDuration' || possible.text === 'x')) continue;
        const problem = checkValue(possible.text);
        if (problem)
          problems.add(
            `${problem}: ${property} can be that in a stack instance${possible.from.length > 0 ? ` (${possible.from.join(', ')})` : ''}${possible.partial ? ', what AWS decides there written at its shortest (a pseudo parameter as us-east-1 or an account id would be, an attribute as x)' : ''}`,
          );
      }
      for (const problem of problems) check(problem, path);
    };
    // A value a parameter or an expression gives, checked in each text the repository makes it.
    const given = (value: unknown, property: string, label: string, checkValue: Check, path: YamlPath) => {
      byRef.push(...refParameterProblems(repository, loaded, value, label, checkValue));
      byExpression(value, property, checkValue, path);
    };
    const check = (problem: string | undefined, path: YamlPath) => {
      if (problem)
        diagnostics.push(
          source.diagnostic(
            RULES.templateResource,
            `${problem}. IAM would refuse it when a stack instance deploys, in every account; fix the value.`,
            path,
          ),
        );
    };
    for (const [name, resource] of Object.entries(resources)) {
      if (!isMapping(resource) || typeof resource.Type !== 'string' || !isMapping(resource.Properties)) continue;
      const type = resource.Type;
      const properties = resource.Properties;
      const at = (...path: YamlPath) => ['Resources', name, 'Properties', ...path];
      const policy = (document: unknown, kind: 'trust' | 'identity' | 'resource' | 'scp', path: YamlPath) =>
        diagnostics.push(
          ...checkTemplatePolicy(source, document, kind, path, partition, type === 'AWS::ECR::Repository'),
        );
      const resourcePolicy = RESOURCE_POLICIES[type];
      if (resourcePolicy !== undefined && properties[resourcePolicy] !== undefined)
        policy(properties[resourcePolicy], 'resource', at(resourcePolicy));
      // An SCP a template creates is refused by Organizations as the catalogue's would be (MalformedPolicyDocument),
      // only later: in the StackSet operation, after earlier stages ran.
      if (
        type === 'AWS::Organizations::Policy' &&
        properties.Type === 'SERVICE_CONTROL_POLICY' &&
        properties.Content !== undefined
      )
        policy(properties.Content, 'scp', at('Content'));
      // Every service refuses a tag key in the aws: prefix, which AWS keeps for its own tags (Tagging AWS Resources
      // User Guide, "Tag naming limits and requirements"); as a list of Key/Value or, for some types, a map.
      // Only AWS's own types: a custom resource's or a registry type's properties go to its handler, not a service.
      const tags =
        type.startsWith('AWS::') && type !== 'AWS::CloudFormation::CustomResource' ? properties.Tags : undefined;
      const keys: [string, YamlPath][] = Array.isArray(tags)
        ? tags.flatMap((tag, index) =>
            isMapping(tag) && typeof tag.Key === 'string'
              ? [[tag.Key, at('Tags', index, 'Key')] as [string, YamlPath]]
              : [],
          )
        : isMapping(tags) && !Object.keys(tags).some((key) => key === 'Ref' || key.startsWith('Fn::'))
          ? Object.keys(tags).map((key) => [key, at('Tags', key)] as [string, YamlPath])
          : [];
      for (const [key, path] of keys) {
        const reserved = reservedTagKey(key);
        if (reserved)
          diagnostics.push(
            source.diagnostic(
              RULES.templateResource,
              `${reserved}; the service refuses it when a stack instance deploys, in every account. Use another key.`,
              path,
              Array.isArray(tags) ? 'value' : 'key',
            ),
          );
      }
      const checks = CHECKS[type];
      if (!checks) continue;
      for (const [property, checkValue] of Object.entries(checks))
        if (Object.hasOwn(properties, property)) {
          check(checkValue(properties[property]), at(property));
          byRef.push(
            ...refParameterProblems(repository, loaded, properties[property], `${name}.${property}`, checkValue),
          );
          byExpression(properties[property], property, checkValue, at(property));
        }
      if (type === 'AWS::IAM::Role' && properties.AssumeRolePolicyDocument !== undefined)
        policy(properties.AssumeRolePolicyDocument, 'trust', at('AssumeRolePolicyDocument'));
      if (WITH_POLICY_DOCUMENT.has(type) && properties.PolicyDocument !== undefined)
        policy(properties.PolicyDocument, 'identity', at('PolicyDocument'));
      if (WITH_INLINE_POLICIES.has(type) && Array.isArray(properties.Policies))
        properties.Policies.forEach((inline, index) => {
          if (!isMapping(inline)) return;
          if (Object.hasOwn(inline, 'PolicyName')) {
            check(text(POLICY_NAME)(inline.PolicyName), at('Policies', index, 'PolicyName'));
            byExpression(inline.PolicyName, 'PolicyName', text(POLICY_NAME), at('Policies', index, 'PolicyName'));
            byRef.push(
              ...refParameterProblems(
                repository,
                loaded,
                inline.PolicyName,
                `${name}.Policies.PolicyName`,
                text(POLICY_NAME),
              ),
            );
          }
          if (inline.PolicyDocument !== undefined)
            policy(inline.PolicyDocument, 'identity', at('Policies', index, 'PolicyDocument'));
        });
      for (const [property, constraint] of Object.entries(LISTED_NAMES))
        if (LISTS_NAMES.has(type) && Array.isArray(properties[property]))
          (properties[property] as unknown[]).forEach((entry, index) =>
            given(entry, property, `${name}.${property}`, text(constraint), at(property, index)),
          );
      if (Array.isArray(properties.ManagedPolicyArns))
        properties.ManagedPolicyArns.forEach((entry, index) => {
          check(arn(entry), at('ManagedPolicyArns', index));
          given(entry, 'ManagedPolicyArns', `${name}.ManagedPolicyArns`, arn, at('ManagedPolicyArns', index));
        });
      if (type === 'AWS::IAM::Role' && properties.PermissionsBoundary !== undefined) {
        check(arn(properties.PermissionsBoundary), at('PermissionsBoundary'));
        given(
          properties.PermissionsBoundary,
          'PermissionsBoundary',
          `${name}.PermissionsBoundary`,
          arn,
          at('PermissionsBoundary'),
        );
      }
      if (WITH_TAGS.has(type) && Array.isArray(properties.Tags)) {
        if (properties.Tags.length > MAX_TAGS)
          check(`${properties.Tags.length} tags; IAM takes at most ${MAX_TAGS} (shape tagListType)`, at('Tags'));
        properties.Tags.forEach((tag, index) => {
          if (!isMapping(tag)) return;
          check(text(TAG_KEY)(tag.Key), at('Tags', index, 'Key'));
          check(text(TAG_VALUE)(tag.Value), at('Tags', index, 'Value'));
          given(tag.Key, 'a tag key', `${name}.Tags Key`, taggable(text(TAG_KEY)), at('Tags', index, 'Key'));
          given(tag.Value, 'a tag value', `${name}.Tags Value`, text(TAG_VALUE), at('Tags', index, 'Value'));
        });
      }
    }
    // A value two properties take, or two resources, is one problem at the value.
    const seen = new Set<string>();
    const distinct = byRef.filter((diagnostic) => {
      const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return [...diagnostics, ...distinct];
  });
};
