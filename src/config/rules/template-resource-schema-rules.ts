import { RESOURCE_SCHEMAS } from '../cloudformation-resource-schemas.js';
import { CLOUDFORMATION_RESOURCE_TYPES_SOURCE } from '../cloudformation-resource-types.js';
import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import type { YamlPath } from '../safe-yaml.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';
import { closestName } from './near-names.js';

/*
 * What each resource type takes, from the CloudFormation resource schemas (through the AWS CDK's service
 * specification, cloudformation-resource-schemas.ts): the attributes Fn::GetAtt may name ("Fn::GetAtt": "Template
 * error: resource X does not support attribute type Y in Fn::GetAtt"), the properties a resource may have
 * ("Encountered unsupported property") and those it must have (the schema's `required`). CloudFormation reports the
 * first only when apply creates or updates the StackSet, the others when a stack instance deploys: after accounts
 * were created and moved.
 *
 * Left to CloudFormation: custom resources (any properties, any attributes), a nested stack's `Outputs.*`, a
 * template with a Transform (its macros decide what is deployed), a type the schemas list without attributes or
 * properties (nothing to check against), and names given by an intrinsic function.
 */
const OPEN_TYPES = /^(Custom::|AWS::CloudFormation::CustomResource$|AWS::Serverless::)/;

interface ResourceSchema {
  attributes: Set<string>;
  properties: Set<string>;
  required: string[];
}

function schemaOf(type: unknown): ResourceSchema | undefined {
  if (typeof type !== 'string' || OPEN_TYPES.test(type)) return undefined;
  const row = RESOURCE_SCHEMAS[type];
  if (!row) return undefined;
  const split = (words: string) => (words === '' ? [] : words.split(' '));
  return { attributes: new Set(split(row[0])), properties: new Set(split(row[1])), required: split(row[2]) };
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
      ...getAttProblems(template, types, template.template, []),
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
    problems.push(
      source.diagnostic(
        RULES.templateResource,
        `${type} has no property '${key}'; CloudFormation would refuse it when a stack instance deploys ("Encountered unsupported property").${near ? ` Did you mean '${near}'?` : ''} Its properties come from ${CLOUDFORMATION_RESOURCE_TYPES_SOURCE}.`,
        ['Resources', name, 'Properties', key],
        'key',
      ),
    );
  }
  const missing = schema.required.filter((key) => !Object.hasOwn(properties, key));
  if (missing.length > 0)
    problems.push(
      source.diagnostic(
        RULES.templateResource,
        `${type} requires ${missing.map((key) => `'${key}'`).join(', ')}, which '${name}' does not set; CloudFormation would refuse it when a stack instance deploys. Add ${missing.length === 1 ? 'it' : 'them'} under Properties.`,
        ['Resources', name, ...(isMapping(resource.Properties) ? ['Properties'] : [])],
        'key',
      ),
    );
  return problems;
}

/** Every Fn::GetAtt at or below `node` whose attribute the named resource's type does not have. */
function getAttProblems(
  template: LoadedTemplate,
  types: ReadonlyMap<string, string>,
  node: unknown,
  path: YamlPath,
): Diagnostic[] {
  if (Array.isArray(node))
    return node.flatMap((item, index) => getAttProblems(template, types, item, [...path, index]));
  if (!isMapping(node)) return [];
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
    const problem = attributeProblem(types, node['Fn::GetAtt']);
    return problem ? [template.source.diagnostic(RULES.templateStructure, problem, path, 'value')] : [];
  }
  return keys.flatMap((key) => getAttProblems(template, types, node[key], [...path, key]));
}

function attributeProblem(types: ReadonlyMap<string, string>, argument: unknown): string | undefined {
  const [resource, attribute] = Array.isArray(argument)
    ? argument
    : typeof argument === 'string'
      ? [argument.slice(0, argument.indexOf('.')), argument.slice(argument.indexOf('.') + 1)]
      : [];
  if (typeof resource !== 'string' || typeof attribute !== 'string') return undefined;
  const type = types.get(resource);
  const schema = schemaOf(type);
  if (!schema || schema.attributes.size === 0 || schema.attributes.has(attribute)) return undefined;
  if (type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) return undefined;
  const near = closestName(attribute, schema.attributes);
  return `resource '${resource}' (${type}) has no attribute '${attribute}' for Fn::GetAtt; CloudFormation would refuse the template.${near ? ` Did you mean '${near}'?` : ` It has ${[...schema.attributes].slice(0, 8).join(', ')}${schema.attributes.size > 8 ? ', …' : ''}.`}`;
}
