import type { TemplateJson, TemplateResource } from './cloudformation-template.js';
import { templateResources } from './cloudformation-template.js';

/** What a template's intrinsic functions see when deployed as one stack instance in one account. */
export interface StackInstanceScope {
  /** Where the template comes from, for error messages. */
  file: string;
  template: TemplateJson;
  accountId: string;
  partition: string;
  region: string;
  /** Effective parameter values: template defaults, then organization.yaml, then the account's overrides. */
  parameters: Record<string, string>;
}

export class IntrinsicResolutionError extends Error {}

const NO_VALUE = Symbol('AWS::NoValue');

/**
 * Evaluates the intrinsic functions a baseline's IAM documents use (Ref, Fn::Sub, Fn::Join, Fn::If, Fn::Select,
 * Fn::Split, Fn::FindInMap, and Ref/Fn::GetAtt of IAM roles and managed policies), so a proof sees the policy that
 * CloudFormation would create. Anything else cannot be known before deployment and is refused, never guessed.
 */
export function resolveIntrinsics(value: unknown, scope: StackInstanceScope): unknown {
  const resolved = resolve(value, scope, new Set());
  return resolved === NO_VALUE ? undefined : resolved;
}

export function resolveString(value: unknown, scope: StackInstanceScope, what: string): string {
  const resolved = resolveIntrinsics(value, scope);
  if (typeof resolved !== 'string') {
    throw new IntrinsicResolutionError(`${scope.file}: ${what} does not resolve to a string.`);
  }
  return resolved;
}

/** The ARN CloudFormation gives an IAM role or managed policy resource, from its explicit name and path. */
export function iamResourceArn(resource: TemplateResource, scope: StackInstanceScope): string {
  const nameProperty = resource.type === 'AWS::IAM::Role' ? 'RoleName' : 'ManagedPolicyName';
  const kind = resource.type === 'AWS::IAM::Role' ? 'role' : 'policy';
  if (resource.type !== 'AWS::IAM::Role' && resource.type !== 'AWS::IAM::ManagedPolicy') {
    throw new IntrinsicResolutionError(
      `${scope.file}: ${resource.logicalId} is a ${resource.type}, not an IAM role or managed policy.`,
    );
  }
  if (resource.properties[nameProperty] === undefined) {
    throw new IntrinsicResolutionError(
      `${scope.file}: ${resource.logicalId} has no ${nameProperty}, so its ARN is only known after deployment.`,
    );
  }
  const name = resolveString(resource.properties[nameProperty], scope, `${resource.logicalId}.${nameProperty}`);
  const path =
    resource.properties.Path === undefined
      ? '/'
      : resolveString(resource.properties.Path, scope, `${resource.logicalId}.Path`);
  return `arn:${scope.partition}:iam::${scope.accountId}:${kind}${path}${name}`;
}

function resolve(value: unknown, scope: StackInstanceScope, conditionsInProgress: Set<string>): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => resolve(item, scope, conditionsInProgress)).filter((item) => item !== NO_VALUE);
  }
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  const [first] = entries;
  if (entries.length === 1 && first && (first[0] === 'Ref' || first[0].startsWith('Fn::'))) {
    return intrinsic(first[0], first[1], scope, conditionsInProgress);
  }
  if (entries.length === 1 && first?.[0] === 'Condition' && typeof first[1] === 'string') {
    return condition(first[1], scope, conditionsInProgress);
  }
  const object: Record<string, unknown> = {};
  for (const [key, child] of entries) {
    const resolved = resolve(child, scope, conditionsInProgress);
    if (resolved !== NO_VALUE) object[key] = resolved;
  }
  return object;
}

function intrinsic(
  name: string,
  argument: unknown,
  scope: StackInstanceScope,
  conditionsInProgress: Set<string>,
): unknown {
  const args = (): unknown[] => {
    const resolved = resolve(argument, scope, conditionsInProgress);
    if (!Array.isArray(resolved)) throw new IntrinsicResolutionError(`${scope.file}: ${name} expects a list.`);
    return resolved;
  };
  switch (name) {
    case 'Ref':
      return reference(String(argument), scope);
    case 'Fn::GetAtt':
      return attribute(argument, scope);
    case 'Fn::Sub':
      return substitute(argument, scope, conditionsInProgress);
    case 'Fn::Join': {
      const [separator, items] = args();
      if (typeof separator !== 'string' || !Array.isArray(items)) {
        throw new IntrinsicResolutionError(`${scope.file}: Fn::Join expects [separator, [values]].`);
      }
      return items.map((item) => String(item)).join(separator);
    }
    case 'Fn::Select': {
      const [index, items] = args();
      const chosen = Array.isArray(items) ? items[Number(index)] : undefined;
      if (chosen === undefined)
        throw new IntrinsicResolutionError(`${scope.file}: Fn::Select index ${String(index)} is out of range.`);
      return chosen;
    }
    case 'Fn::Split': {
      const [separator, text] = args();
      if (typeof separator !== 'string' || typeof text !== 'string') {
        throw new IntrinsicResolutionError(`${scope.file}: Fn::Split expects [separator, string].`);
      }
      return text.split(separator);
    }
    case 'Fn::FindInMap':
      return findInMap(args(), scope);
    case 'Fn::If': {
      if (!Array.isArray(argument) || argument.length !== 3) {
        throw new IntrinsicResolutionError(`${scope.file}: Fn::If expects [condition, then, else].`);
      }
      const chosen = condition(String(argument[0]), scope, conditionsInProgress) ? argument[1] : argument[2];
      return resolve(chosen, scope, conditionsInProgress);
    }
    case 'Fn::Equals': {
      const [left, right] = args();
      return String(left) === String(right);
    }
    case 'Fn::Not':
      return !args()[0];
    case 'Fn::And':
      return args().every(Boolean);
    case 'Fn::Or':
      return args().some(Boolean);
    default:
      throw new IntrinsicResolutionError(`${scope.file}: ${name} cannot be evaluated before deployment.`);
  }
}

function condition(name: string, scope: StackInstanceScope, conditionsInProgress: Set<string>): boolean {
  const conditions = (scope.template.Conditions ?? {}) as Record<string, unknown>;
  if (!(name in conditions)) throw new IntrinsicResolutionError(`${scope.file}: condition '${name}' is not declared.`);
  if (conditionsInProgress.has(name))
    throw new IntrinsicResolutionError(`${scope.file}: condition '${name}' refers to itself.`);
  return Boolean(resolve(conditions[name], scope, new Set([...conditionsInProgress, name])));
}

function reference(name: string, scope: StackInstanceScope): unknown {
  switch (name) {
    case 'AWS::AccountId':
      return scope.accountId;
    case 'AWS::Partition':
      return scope.partition;
    case 'AWS::Region':
      return scope.region;
    case 'AWS::URLSuffix':
      return 'amazonaws.com';
    case 'AWS::NoValue':
      return NO_VALUE;
  }
  if (name in scope.parameters) return scope.parameters[name];
  const resource = templateResources(scope.template).find((candidate) => candidate.logicalId === name);
  if (resource?.type === 'AWS::IAM::ManagedPolicy') return iamResourceArn(resource, scope);
  if (resource?.type === 'AWS::IAM::Role') return iamResourceArn(resource, scope).split('/').pop();
  if (isDeclaredParameter(name, scope)) {
    throw new IntrinsicResolutionError(
      `${scope.file}: parameter ${name} has no default, no value in organization.yaml and no account override.`,
    );
  }
  throw new IntrinsicResolutionError(`${scope.file}: Ref ${name} cannot be evaluated before deployment.`);
}

function isDeclaredParameter(name: string, scope: StackInstanceScope): boolean {
  const parameters = scope.template.Parameters;
  return Boolean(parameters && typeof parameters === 'object' && name in parameters);
}

function attribute(argument: unknown, scope: StackInstanceScope): unknown {
  const [logicalId, attributeName] = Array.isArray(argument) ? argument.map(String) : String(argument).split('.');
  const resource = templateResources(scope.template).find((candidate) => candidate.logicalId === logicalId);
  if (resource?.type === 'AWS::IAM::Role' && attributeName === 'Arn') return iamResourceArn(resource, scope);
  if (resource?.type === 'AWS::IAM::ManagedPolicy' && attributeName === 'PolicyArn')
    return iamResourceArn(resource, scope);
  throw new IntrinsicResolutionError(
    `${scope.file}: Fn::GetAtt ${logicalId}.${attributeName} cannot be evaluated before deployment.`,
  );
}

function substitute(argument: unknown, scope: StackInstanceScope, conditionsInProgress: Set<string>): string {
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text !== 'string') throw new IntrinsicResolutionError(`${scope.file}: Fn::Sub expects a string.`);
  const local = (resolve(variables ?? {}, scope, conditionsInProgress) ?? {}) as Record<string, unknown>;
  // `${!Literal}` is CloudFormation's escape for a literal `${Literal}`, e.g. an IAM policy variable.
  return text.replace(/\$\{(!?)([^}]+)\}/g, (_match, escaped: string, name: string) => {
    if (escaped) return `\${${name}}`;
    if (name in local) return String(local[name]);
    if (name.includes('.')) return String(attribute(name.split('.'), scope));
    return String(reference(name, scope));
  });
}

function findInMap(args: unknown[], scope: StackInstanceScope): unknown {
  const [mapName, topKey, secondKey] = args.map(String);
  const mappings = (scope.template.Mappings ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
  const found = mappings[mapName ?? '']?.[topKey ?? '']?.[secondKey ?? ''];
  if (found === undefined) {
    throw new IntrinsicResolutionError(
      `${scope.file}: Fn::FindInMap ${args.map(String).join('.')} is not in Mappings.`,
    );
  }
  return found;
}
