import {
  CLOUDFORMATION_RESOURCE_TYPES,
  CLOUDFORMATION_RESOURCE_TYPES_SOURCE,
  TRANSFORM_RESOURCE_TYPES,
} from '../cloudformation-resource-types.js';
import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';
import { closestName } from './near-names.js';

/*
 * What CloudFormation requires of each entry under Resources. Sources:
 * - Resources section (resources-section-structure.html): "The required Resources section"; "The logical ID must be
 *   alphanumeric (A-Za-z0-9)"; each resource has a Type.
 * - Type names: the CloudFormation API model's TypeName shape (RegisterType, DescribeType …), pattern
 *   [A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(::MODULE){0,1}; and AWS::CloudFormation::CustomResource
 *   (aws-resource-cfn-customresource.html): "Custom::String", whose name "can include alphanumeric characters and
 *   the following characters: _@-", "up to a maximum length of 60 characters".
 * - The AWS and Alexa namespaces are reserved to AWS (CloudFormation CLI, resource-type-schema.md, typeName: "The
 *   following organization namespaces are reserved and cannot be used in your resource type names: Alexa, AMZN,
 *   Amazon, ASK, AWS, Custom, Dev"), so a type there is one AWS has or none: the generated list in
 *   cloudformation-resource-types.ts.
 * CloudFormation reports each of these only when apply creates the StackSet, after accounts exist.
 */
const REGISTRY_TYPE = /^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}(?:::MODULE)?$/;
const CUSTOM_TYPE = /^Custom::[A-Za-z0-9_@-]{1,60}$/;
const LOGICAL_ID = /^[A-Za-z0-9]+$/;
const AWS_NAMESPACE = /^(?:AWS|Alexa)::/i;
// AWS::CDK::Metadata is the resource `cdk synth` adds to every template; CloudFormation takes it, though no resource
// schema describes it (cfn-lint 1.51 lists it among the types of every region).
const KNOWN_TYPES = new Set([...CLOUDFORMATION_RESOURCE_TYPES, 'AWS::CDK::Metadata']);

/**
 * Each resource of each baseline template is a mapping with a string Type that names a resource type CloudFormation
 * has. A template with a Transform is left to CloudFormation: its macros decide the resources (and
 * AWS::LanguageExtensions allows Fn::ForEach keys among them), so what is written is not what is deployed.
 */
export const checkTemplateResources: Rule = ({ repository }) =>
  [...repository.templates.values()].flatMap((template) => {
    if (!isCloudFormationTemplate(template.template)) return [];
    if (!usesMacros(template.template)) return checkResources(template, template.template.Resources);
    // CreateStackSet, Capabilities: "Stack sets with service-managed permissions don't currently support the use of
    // macros in templates. (This includes the AWS::Include and AWS::Serverless transforms …)"; the operation fails.
    if (repository.organization?.value.stackSets.permissionModel !== 'SERVICE_MANAGED') return [];
    return [
      template.source.diagnostic(
        RULES.templateResource,
        'this template uses a macro (a Transform, or an Fn::Transform such as AWS::Include), and StackSets with SERVICE_MANAGED permissions do not support macros (the Include and Serverless transforms included): every operation would fail. Write the template without it, or use SELF_MANAGED StackSets.',
        'Transform' in template.template ? ['Transform'] : [],
        'key',
      ),
    ];
  });

function checkResources({ source }: LoadedTemplate, resources: unknown): Diagnostic[] {
  const report = (message: string, path: (string | number)[], part: 'key' | 'value' = 'value') =>
    source.diagnostic(RULES.templateResource, message, ['Resources', ...path], part);
  if (!isMapping(resources))
    return [report('Resources must map logical IDs to resources, such as Topic: { Type: AWS::SNS::Topic }.', [])];
  if (Object.keys(resources).length === 0)
    return [report('Resources is empty; CloudFormation needs at least one resource in a template. Add one.', [])];
  return Object.entries(resources).flatMap(([logicalId, resource]) => {
    const found: Diagnostic[] = [];
    if (!LOGICAL_ID.test(logicalId))
      found.push(
        report(
          `logical ID '${logicalId}' may contain only letters and digits (A-Za-z0-9); rename it, and every Ref and GetAtt of it.`,
          [logicalId],
          'key',
        ),
      );
    if (!isMapping(resource) || resource.Type === undefined)
      found.push(
        report(
          `resource '${logicalId}' needs a Type, such as Type: AWS::SNS::Topic, with its Properties beside it.`,
          [logicalId],
          'key',
        ),
      );
    else {
      const problem = typeProblem(resource.Type);
      if (problem) found.push(report(problem, [logicalId, 'Type']));
      found.push(
        ...attributeProblems(resource).map(({ message, key, part }) => report(message, [logicalId, key], part)),
      );
    }
    return found;
  });
}

/**
 * The keys a resource may have beside Type (CloudFormation User Guide, "Resources template section syntax" and
 * "Resource attribute reference"; cfn-lint 1.51's data/schemas/other/resources/configuration.json): Version only on a
 * custom resource. CloudFormation refuses any other ("Invalid template resource property").
 */
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'Metadata',
  'CreationPolicy',
  'DeletionPolicy',
  'UpdatePolicy',
  'UpdateReplacePolicy',
]);

/** The values of DeletionPolicy and UpdateReplacePolicy ("DeletionPolicy attribute", "UpdateReplacePolicy attribute"). */
const POLICY_VALUES = {
  DeletionPolicy: ['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot'],
  UpdateReplacePolicy: ['Delete', 'Retain', 'Snapshot'],
} as const;

/** Keys a resource may not have, and deletion or replacement policies CloudFormation does not know. */
function attributeProblems(
  resource: Record<string, unknown>,
): { message: string; key: string; part: 'key' | 'value' }[] {
  const custom =
    typeof resource.Type === 'string' && /^(Custom::|AWS::CloudFormation::CustomResource$)/.test(resource.Type);
  const problems: { message: string; key: string; part: 'key' | 'value' }[] = [];
  for (const key of Object.keys(resource)) {
    if (RESOURCE_KEYS.has(key) || (custom && key === 'Version')) continue;
    const near = closestName(key, RESOURCE_KEYS);
    problems.push({
      message: `'${key}' is not something a resource can have beside its Type (${[...RESOURCE_KEYS].slice(1).join(', ')}); CloudFormation would refuse the template.${near ? ` Did you mean '${near}'?` : ''}`,
      key,
      part: 'key',
    });
  }
  for (const [key, allowed] of Object.entries(POLICY_VALUES)) {
    const value = resource[key];
    // An intrinsic function (Fn::If on a parameter, say) is CloudFormation's to evaluate.
    if (
      typeof value === 'string'
        ? (allowed as readonly string[]).includes(value)
        : value === undefined || isMapping(value)
    )
      continue;
    problems.push({
      message: `${key} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`,
      key,
      part: 'value',
    });
  }
  return problems;
}

/** What is wrong with a resource's Type, or undefined when CloudFormation knows it. */
function typeProblem(type: unknown): string | undefined {
  if (typeof type !== 'string')
    return `Type must be a resource type name written as text, such as AWS::SNS::Topic; got ${JSON.stringify(type)}.`;
  if (type.startsWith('Custom::'))
    return CUSTOM_TYPE.test(type)
      ? undefined
      : `'${type}' is not a custom resource type: after Custom:: come 1 to 60 letters, digits, _, @ or -. Rename it.`;
  if (!REGISTRY_TYPE.test(type))
    return `'${type}' is not a resource type name: CloudFormation types are three parts of 2-64 letters and digits joined by ::, such as AWS::SNS::Topic, or Custom:: and a name for a custom resource.${suggestion(type)}`;
  if (AWS_NAMESPACE.test(type) && !KNOWN_TYPES.has(type))
    return `'${type}' is not a resource type AWS has.${suggestion(type)} Vend's list of types comes from ${CLOUDFORMATION_RESOURCE_TYPES_SOURCE}; if AWS has added this one since, update @aws-cdk/aws-service-spec and run npm run generate:resource-types.`;
  const transform = TRANSFORM_RESOURCE_TYPES[type];
  if (transform)
    return `'${type}' exists only through the ${transform} transform, which this template does not declare, so CloudFormation does not know it. Write the CloudFormation resources it stands for instead.`;
  return undefined;
}

/** " Did you mean 'AWS::SNS::Topic'?" for a known type within a few typing mistakes of `type`, else "". */
function suggestion(type: string): string {
  const near = closestName(type, CLOUDFORMATION_RESOURCE_TYPES);
  return near ? ` Did you mean '${near}'?` : '';
}
