import { RESOURCE_SCHEMAS } from '../cloudformation-resource-schemas.js';
import { CLOUDFORMATION_RESOURCE_TYPES_SOURCE as SOURCE } from '../cloudformation-resource-types.js';
import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import { functionCalls, isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';
import { closestName } from './near-names.js';
import { subReferences } from './template-dependencies.js';

/*
 * What each resource type takes, from the CloudFormation resource schemas (through the AWS CDK's service
 * specification, cloudformation-resource-schemas.ts): the attributes Fn::GetAtt may name ("Template error: resource
 * X does not support attribute type Y in Fn::GetAtt"), the properties a resource may have ("Encountered unsupported
 * property") and those it must have (the schema's `required`). CloudFormation reports the first only when apply
 * creates or updates the StackSet, the others when a stack instance deploys: after accounts were created and moved.
 *
 * The data lags AWS (a property added since), and CloudFormation takes more than the schemas say (Fn::GetAtt on many
 * writable properties, attributes kept for older templates, `Outputs.*` of a nested stack or provisioned product;
 * cfn-lint 1.51 keeps lists of these). So only a near miss of a name the type has, a typo, is an error; any other
 * name the data lacks, and a required property left out (cfn-lint relaxes several), is a warning, which never blocks.
 *
 * Left to CloudFormation: custom resources (any properties, any attributes), a template with a Transform (its macros
 * decide what is deployed), a type the schemas list without attributes or properties, and names given by a function.
 */
const OPEN_TYPES = /^(Custom::|AWS::CloudFormation::CustomResource$|AWS::Serverless::)/;

interface ResourceSchema {
  attributes: Set<string>;
  properties: Set<string>;
  required: string[];
}

const schemas = new Map<string, ResourceSchema>();

/** A type's schema, read from its row once per process: every resource and every Fn::GetAtt asks for one. */
function schemaOf(type: unknown): ResourceSchema | undefined {
  if (typeof type !== 'string' || OPEN_TYPES.test(type)) return undefined;
  const row = RESOURCE_SCHEMAS[type];
  if (!row) return undefined;
  const split = (words: string) => (words === '' ? [] : words.split(' '));
  const schema = schemas.get(type) ?? {
    attributes: new Set(split(row[0])),
    properties: new Set(split(row[1])),
    required: split(row[2]),
  };
  schemas.set(type, schema);
  return schema;
}

/**
 * Each resource's properties against its type's schema, and each Fn::GetAtt's attribute against the type of the
 * resource it names. Properties: template-resource; attributes: template-structure, with the other references.
 */
export const checkTemplateResourceSchemas: Rule = ({ repository }) =>
  [...repository.templates.values()].flatMap((template) => {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) return [];
    const resources = isMapping(template.template.Resources) ? template.template.Resources : {};
    const types = new Map(
      Object.entries(resources).flatMap(([name, resource]) =>
        isMapping(resource) && typeof resource.Type === 'string' ? [[name, resource.Type] as const] : [],
      ),
    );
    return [
      ...Object.entries(resources).flatMap(([name, resource]) => propertyProblems(template, name, resource)),
      ...getAttProblems(template, types, template.template),
    ];
  });

function propertyProblems({ source }: LoadedTemplate, name: string, resource: unknown): Diagnostic[] {
  if (!isMapping(resource)) return [];
  const schema = schemaOf(resource.Type);
  if (!schema || schema.properties.size === 0) return [];
  const properties = resource.Properties ?? {};
  // Properties given by a function (Fn::If of two mappings, say) are CloudFormation's to check.
  if (!isMapping(properties) || Object.keys(properties).some((key) => key.startsWith('Fn::'))) return [];
  const type = String(resource.Type);
  const problems: Diagnostic[] = [];
  for (const key of Object.keys(properties)) {
    if (schema.properties.has(key)) continue;
    const near = closestName(key, schema.properties);
    const diagnostic = source.diagnostic(
      RULES.templateResource,
      near
        ? `${type} has no property '${key}'; did you mean '${near}'? CloudFormation would refuse it when a stack instance deploys ("Encountered unsupported property").`
        : `${type} has no property '${key}' in ${SOURCE}; CloudFormation refuses an unknown property when a stack instance deploys. Check the name against the resource's documentation; if AWS added it since, this warning goes away with an update of @aws-cdk/aws-service-spec.`,
      ['Resources', name, 'Properties', key],
      'key',
    );
    problems.push(near ? diagnostic : { ...diagnostic, severity: 'warning' });
  }
  const missing = schema.required.filter((key) => !Object.hasOwn(properties, key));
  if (missing.length > 0)
    problems.push({
      ...source.diagnostic(
        RULES.templateResource,
        `${type} requires ${missing.map((key) => `'${key}'`).join(', ')} in ${SOURCE}, which '${name}' does not set; CloudFormation refuses a resource without a property it requires when a stack instance deploys. Add ${missing.length === 1 ? 'it' : 'them'} under Properties, unless the resource's documentation lets another property stand in.`,
        ['Resources', name, ...(isMapping(resource.Properties) ? ['Properties'] : [])],
        'key',
      ),
      severity: 'warning',
    });
  return problems;
}

/** Every Fn::GetAtt, and `${Resource.Attribute}` of every Fn::Sub, in `body` whose attribute is unknown. */
function getAttProblems(template: LoadedTemplate, types: ReadonlyMap<string, string>, body: unknown): Diagnostic[] {
  return functionCalls(body).flatMap(({ name, argument, path }) => {
    const attributes =
      name === 'Fn::GetAtt'
        ? [argument]
        : name === 'Fn::Sub'
          ? subReferences(argument).filter((variable) => variable.includes('.'))
          : [];
    return attributes.flatMap((attribute) => {
      const problem = attributeProblem(types, attribute);
      if (!problem) return [];
      const diagnostic = template.source.diagnostic(RULES.templateStructure, problem.message, path, 'value');
      return [problem.near ? diagnostic : { ...diagnostic, severity: 'warning' as const }];
    });
  });
}

function attributeProblem(
  types: ReadonlyMap<string, string>,
  argument: unknown,
): { message: string; near: boolean } | undefined {
  const [resource, attribute] = Array.isArray(argument)
    ? argument
    : typeof argument === 'string'
      ? [argument.slice(0, argument.indexOf('.')), argument.slice(argument.indexOf('.') + 1)]
      : [];
  if (typeof resource !== 'string' || typeof attribute !== 'string') return undefined;
  const type = types.get(resource);
  const schema = schemaOf(type);
  if (!schema || schema.attributes.size === 0) return undefined;
  // CloudFormation also answers Fn::GetAtt on many writable properties, and on the fields of an attribute that is a
  // structure (`Outputs.AccountId` of a nested stack or provisioned product).
  const head = attribute.split('.')[0]!;
  if (schema.attributes.has(attribute) || schema.properties.has(attribute) || schema.attributes.has(head))
    return undefined;
  const near = closestName(attribute, [...schema.attributes, ...schema.properties]);
  return near
    ? {
        near: true,
        message: `resource '${resource}' (${type}) has no attribute '${attribute}'; did you mean '${near}'? CloudFormation would refuse the template.`,
      }
    : {
        near: false,
        message: `resource '${resource}' (${type}) has no attribute '${attribute}' in ${SOURCE} (it has ${[...schema.attributes].slice(0, 8).join(', ')}${schema.attributes.size > 8 ? ', …' : ''}); CloudFormation refuses an attribute the type lacks. Check it against the resource's "Return values"; if AWS added it since, this warning goes away with an update of @aws-cdk/aws-service-spec.`,
      };
}
