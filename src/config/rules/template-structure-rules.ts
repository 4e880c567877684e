import { formatCount } from '../quotas.js';
import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import type { YamlPath } from '../safe-yaml.js';
import { isMapping } from './rule-context.js';
import { templateShapeFindings } from './template-value-shapes.js';
import { expandedByMacros, macroNotice, outsideContentNotices } from './template-macros.js';
import { conditionCycles, dependencyCycles, subReferences } from './template-dependencies.js';
import type { Rule } from './rule-context.js';
import { FUNCTIONS, nearFunction } from '../cloudformation-functions.js';

/*
 * What CloudFormation refuses as "Template format error" when CreateStackSet or UpdateStackSet runs, which apply does
 * in its baselines stage, after accounts were created and moved and SCPs attached. Sources, AWS CloudFormation User
 * Guide:
 * - "Template section structure" (template-anatomy.html): the top-level sections.
 * - "Format version" (format-version-structure.html): "The latest template format version is 2010-09-09 and is
 *   currently the only valid value."
 * - "Parameters" (parameters-section-structure.html): each parameter's properties, `Type` required, and the
 *   supported types (String, Number, List<Number>, CommaDelimitedList, the AWS-specific and the Systems Manager
 *   parameter types).
 * - "Outputs" (outputs-section-structure.html): `Value` is required; Description, Export and Condition besides.
 * - "Ref", "Fn::GetAtt", "Fn::Sub", "Fn::If", "Fn::FindInMap" (intrinsic-function-reference-*.html), "DependsOn" and
 *   "Condition" attributes, and "Pseudo parameters reference": each names a parameter, a resource, a condition or a
 *   mapping the template declares, or a pseudo parameter.
 */
const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);
const FORMAT_VERSION = '2010-09-09';
const PARAMETER_PROPERTIES = new Set([
  'AllowedPattern',
  'AllowedValues',
  'ConstraintDescription',
  'Default',
  'Description',
  'MaxLength',
  'MaxValue',
  'MinLength',
  'MinValue',
  'NoEcho',
  'Type',
]);
const AWS_SPECIFIC_TYPES = [
  'AWS::EC2::AvailabilityZone::Name',
  'AWS::EC2::Image::Id',
  'AWS::EC2::Instance::Id',
  'AWS::EC2::KeyPair::KeyName',
  'AWS::EC2::SecurityGroup::GroupName',
  'AWS::EC2::SecurityGroup::Id',
  'AWS::EC2::Subnet::Id',
  'AWS::EC2::Volume::Id',
  'AWS::EC2::VPC::Id',
  'AWS::Route53::HostedZone::Id',
];
// Types the documentation leaves out but cfn-lint's list of valid ones (cfnlint/helpers.py) holds, CloudFormation's
// own behaviour unconfirmed: accepted, since this rule must never refuse what CloudFormation takes.
const VALUE_TYPES = [
  'String',
  'List<String>',
  'CommaDelimitedList',
  'Number',
  'List<Number>',
  'AWS::SSM::Parameter::Name',
  ...AWS_SPECIFIC_TYPES.flatMap(listAnd),
];
const PARAMETER_TYPES = new Set([
  'String',
  'Number',
  'List<Number>',
  'List<String>',
  'CommaDelimitedList',
  ...AWS_SPECIFIC_TYPES.flatMap(listAnd),
  'AWS::SSM::Parameter::Name',
  ...VALUE_TYPES.map((type) => `AWS::SSM::Parameter::Value<${type}>`),
]);
const OUTPUT_PROPERTIES = new Set(['Condition', 'Description', 'Export', 'Value']);
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

function listAnd(type: string): string[] {
  return [type, `List<${type}>`];
}

/**
 * Each baseline template's sections, format version, parameter declarations and outputs are ones CloudFormation
 * takes, and every Ref, GetAtt, Sub variable, DependsOn, Condition and FindInMap names something the template
 * declares. Where macros or modules expand the template (expandedByMacros), references are left to CloudFormation.
 */
export const checkTemplateStructure: Rule = ({ repository }) =>
  [...repository.templates.values()].flatMap((template) => {
    const body = template.template;
    if (!isCloudFormationTemplate(body)) return [];
    // A macro may take sections of its own (the Serverless transform's Globals, say) and consume them.
    const found = [...(usesMacros(body) ? [] : sectionFindings(template, body)), ...parameterFindings(template, body)];
    // AWS::LanguageExtensions writes outputs of its own (Fn::ForEach::… keys): left to CloudFormation.
    // A macro may rewrite what it is given, descriptions and parameter declarations too: left to CloudFormation.
    if (!usesMacros(body))
      found.push(...outputFindings(template, body), ...templateShapeFindings(reporter(template), body));
    found.push(...nameLengthFindings(template, body));
    if (!expandedByMacros(body)) found.push(...referenceFindings(template, body));
    else found.push(macroNotice(template, body));
    found.push(...outsideContentNotices(template, body));
    return found;
  });

type Report = (message: string, path: YamlPath, part?: 'key' | 'value') => Diagnostic;

function reporter({ source }: LoadedTemplate): Report {
  return (message, path, part = 'value') => source.diagnostic(RULES.templateStructure, message, path, part);
}

function sectionFindings(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic[] {
  const report = reporter(template);
  const found = Object.keys(body)
    .filter((section) => !SECTIONS.has(section))
    .map((section) =>
      report(
        `'${section}' is not a template section; CloudFormation takes ${[...SECTIONS].join(', ')}. Move its content into one of them, or remove it.`,
        [section],
        'key',
      ),
    );
  const version = body.AWSTemplateFormatVersion;
  if (version !== undefined && String(version) !== FORMAT_VERSION)
    found.push(
      report(
        `AWSTemplateFormatVersion '${String(version)}' is not one CloudFormation knows: '${FORMAT_VERSION}' is the only valid value. Write '${FORMAT_VERSION}', or remove the line.`,
        ['AWSTemplateFormatVersion'],
      ),
    );
  return found;
}

function parameterFindings(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic[] {
  const report = reporter(template);
  const parameters = body.Parameters;
  if (parameters === undefined || parameters === null) return [];
  if (!isMapping(parameters))
    return [
      report('Parameters must map parameter names to declarations, such as Name: { Type: String }.', ['Parameters']),
    ];
  return Object.entries(parameters).flatMap(([name, declaration]): Diagnostic[] => {
    const path = ['Parameters', name];
    if (!isMapping(declaration) || declaration.Type === undefined)
      return [report(`parameter '${name}' needs a Type, such as Type: String.`, path, 'key')];
    const found = Object.keys(declaration)
      .filter((property) => !PARAMETER_PROPERTIES.has(property))
      .map((property) =>
        report(
          `parameter '${name}' has '${property}', which CloudFormation does not take in a parameter declaration (${[...PARAMETER_PROPERTIES].join(', ')}); remove it.`,
          [...path, property],
          'key',
        ),
      );
    if (!PARAMETER_TYPES.has(String(declaration.Type)))
      found.push(
        report(
          `parameter '${name}' has Type '${String(declaration.Type)}', which CloudFormation does not know; use String, Number, List<Number>, CommaDelimitedList, an AWS-specific type such as AWS::EC2::VPC::Id, or an AWS::SSM::Parameter type.`,
          [...path, 'Type'],
        ),
      );
    return found;
  });
}

function outputFindings(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic[] {
  const report = reporter(template);
  const outputs = body.Outputs;
  if (outputs === undefined || outputs === null || !isMapping(outputs)) return [];
  return Object.entries(outputs).flatMap(([name, output]): Diagnostic[] => {
    const path = ['Outputs', name];
    if (!isMapping(output) || output.Value === undefined)
      return [report(`output '${name}' needs a Value, such as Value: !Ref Topic.`, path, 'key')];
    return Object.keys(output)
      .filter((property) => !OUTPUT_PROPERTIES.has(property))
      .map((property) =>
        report(
          `output '${name}' has '${property}', which CloudFormation does not take in an output (${[...OUTPUT_PROPERTIES].join(', ')}); remove it.`,
          [...path, property],
          'key',
        ),
      );
  });
}

/**
 * CloudFormation quotas (cloudformation-limits.html): a resource's, a mapping's and an output's name are each at most
 * 255 characters. A parameter's name is checked against the parameterNameLength quota (stack-set-rules.ts).
 */
const NAME_LIMIT = 255;

function nameLengthFindings({ source }: LoadedTemplate, body: Record<string, unknown>): Diagnostic[] {
  const names = (['Resources', 'Mappings', 'Outputs'] as const).flatMap((section) =>
    isMapping(body[section]) ? Object.keys(body[section]).map((name): YamlPath => [section, name]) : [],
  );
  // A mapping's attribute names, the keys of its two levels, have the same limit ("Mapping name and mapping
  // attribute name").
  const mappings = isMapping(body.Mappings) ? Object.entries(body.Mappings) : [];
  for (const [mapping, table] of mappings)
    for (const [key, row] of isMapping(table) ? Object.entries(table) : []) {
      names.push(['Mappings', mapping, key]);
      for (const attribute of isMapping(row) ? Object.keys(row) : []) names.push(['Mappings', mapping, key, attribute]);
    }
  return names
    .filter((path) => String(path.at(-1)).length > NAME_LIMIT)
    .map((path) => {
      const name = String(path.at(-1));
      const under = path.length === 2 ? path[0] : `mapping ${String(path[1]).slice(0, 40)}`;
      return source.diagnostic(
        RULES.templateLimits,
        `the ${path.length === 2 ? 'name' : 'attribute name'} '${name.slice(0, 40)}…' under ${under} is ${formatCount(name.length)} characters; CloudFormation allows ${NAME_LIMIT}. Shorten it, and every reference to it.`,
        path,
        'key',
      );
    });
}

/** What a template declares, by what can refer to it. */
interface Declared {
  values: Set<string>;
  /** Where a name in `values` is declared, for the message. */
  valuesUnder: string;
  /** In Conditions and Rules, evaluated before any resource exists: a resource is named there in vain. */
  resourcesOutOfReach?: boolean;
  resources: Set<string>;
  conditions: Set<string>;
  mappings: Set<string>;
}

function referenceFindings(template: LoadedTemplate, body: Record<string, unknown>): Diagnostic[] {
  const report = reporter(template);
  const keys = (section: unknown) => new Set(isMapping(section) ? Object.keys(section) : []);
  const resources = keys(body.Resources);
  const declared: Declared = {
    values: new Set([...keys(body.Parameters), ...resources, ...PSEUDO_PARAMETERS]),
    valuesUnder: 'Parameters or Resources',
    resources,
    conditions: keys(body.Conditions),
    mappings: keys(body.Mappings),
  };
  const found: Diagnostic[] = [];
  const checks: Checks = {
    missing: (what, name, path, declares) =>
      found.push(
        report(
          `${what} '${name}', which this template does not declare; declare it under ${declares}, or fix the name.`,
          path,
        ),
      ),
    malformed: (message, path) => found.push(report(message, path)),
  };
  const { missing } = checks;
  // Conditions and Rules are evaluated before any resource exists: a Ref there names a parameter (CloudFormation
  // User Guide, "Conditions" and "Rules" sections).
  const parametersOnly: Declared = {
    ...declared,
    resourcesOutOfReach: true,
    values: new Set([...keys(body.Parameters), ...PSEUDO_PARAMETERS]),
    valuesUnder: 'Parameters (Conditions and Rules are evaluated before any resource exists)',
  };
  const resourcesSection = isMapping(body.Resources) ? body.Resources : {};
  for (const [logicalId, resource] of Object.entries(resourcesSection)) {
    if (!isMapping(resource)) continue;
    const path = ['Resources', logicalId];
    const dependsOn = resource.DependsOn;
    for (const dependency of typeof dependsOn === 'string' ? [dependsOn] : Array.isArray(dependsOn) ? dependsOn : [])
      if (typeof dependency === 'string' && !resources.has(dependency))
        missing('DependsOn names resource', dependency, [...path, 'DependsOn'], 'Resources');
    if (typeof resource.Condition === 'string' && !declared.conditions.has(resource.Condition))
      missing('Condition names condition', resource.Condition, [...path, 'Condition'], 'Conditions');
    walk(resource, path, declared, checks);
  }
  const outputs = isMapping(body.Outputs) ? body.Outputs : {};
  for (const [name, output] of Object.entries(outputs)) {
    if (!isMapping(output)) continue;
    if (typeof output.Condition === 'string' && !declared.conditions.has(output.Condition))
      missing('Condition names condition', output.Condition, ['Outputs', name, 'Condition'], 'Conditions');
    walk(output, ['Outputs', name], declared, checks);
  }
  walk(body.Conditions, ['Conditions'], parametersOnly, checks);
  walk(body.Rules, ['Rules'], parametersOnly, checks);
  for (const cycle of dependencyCycles(resourcesSection, resources))
    checks.malformed(
      cycle.length === 1
        ? `resource '${cycle[0]}' depends on itself (through DependsOn, Ref, Fn::GetAtt or Fn::Sub), a circular dependency CloudFormation refuses; remove the reference.`
        : `resources ${cycle.map((name) => `'${name}'`).join(', ')} depend on each other in a circle (through DependsOn, Ref, Fn::GetAtt or Fn::Sub), a circular dependency CloudFormation refuses; break the circle.`,
      ['Resources', cycle[0]!],
    );
  for (const cycle of conditionCycles(isMapping(body.Conditions) ? body.Conditions : {}))
    checks.malformed(
      cycle.length === 1
        ? `condition '${cycle[0]}' names itself through Condition, so it has no value, and CloudFormation refuses the template; remove the reference.`
        : `conditions ${cycle.map((name) => `'${name}'`).join(', ')} name each other in a circle through Condition, so none has a value, and CloudFormation refuses the template; break the circle.`,
      ['Conditions', cycle[0]!],
    );
  return found;
}

/** How a reference check reports: a name the template does not declare, or a function written wrong. */
interface Checks {
  missing: (what: string, name: string, path: YamlPath, declares: string) => void;
  malformed: (message: string, path: YamlPath) => void;
}

/** Every intrinsic function at or below `node` (at `path`), checked against what the template declares. */
function walk(node: unknown, path: YamlPath, declared: Declared, checks: Checks): void {
  if (Array.isArray(node)) return node.forEach((item, index) => walk(item, [...path, index], declared, checks));
  if (!isMapping(node)) return;
  const { missing } = checks;
  const keys = Object.keys(node);
  if (keys.length === 1) {
    const [name] = keys as [string];
    const argument = node[name];
    if (name.startsWith('Fn::') && !FUNCTIONS.has(name))
      return checks.malformed(
        `${name} is not a function CloudFormation has${nearFunction(name)}; CloudFormation would refuse the template. Fix the name.`,
        path,
      );
    // The path of the node itself: a short form (!Ref X) has no key of its own in the YAML.
    if (name === 'Ref' && typeof argument !== 'string')
      return checks.malformed('Ref takes the name of a parameter or resource, as text; write !Ref Name.', path);
    if ((name === 'Ref' || name === 'Fn::GetAtt') && declared.resourcesOutOfReach) {
      const target = Array.isArray(argument) ? argument[0] : String(argument).split('.')[0];
      if (typeof target === 'string' && declared.resources.has(target))
        return checks.malformed(
          `${name} names resource '${target}' in ${String(path[0])}, which CloudFormation evaluates before any resource exists: only parameters may be named there. Refer to a parameter instead.`,
          path,
        );
    }
    if (name === 'Ref' && !declared.values.has(argument as string))
      return missing('Ref names', argument as string, path, declared.valuesUnder);
    if (name === 'Fn::GetAtt') {
      // Fn::GetAtt: [logicalNameOfResource, attributeName], or the short form Resource.Attribute (User Guide).
      const shaped = Array.isArray(argument)
        ? argument.length === 2
        : typeof argument === 'string'
          ? /^[^.]+\..+$/.test(argument)
          : true;
      if (!shaped)
        checks.malformed(
          'Fn::GetAtt takes a resource and one attribute: !GetAtt Resource.Attribute, or [Resource, Attribute].',
          path,
        );
      const target = Array.isArray(argument) ? argument[0] : typeof argument === 'string' ? argument.split('.')[0] : '';
      if (typeof target === 'string' && target !== '' && !declared.resources.has(target))
        missing('Fn::GetAtt names resource', target, path, 'Resources');
    }
    if (name === 'Fn::Sub') subFindings(argument, path, declared, missing);
    if (name === 'Fn::If' && Array.isArray(argument) && typeof argument[0] === 'string')
      if (!declared.conditions.has(argument[0])) missing('Fn::If names condition', argument[0], path, 'Conditions');
    if (name === 'Condition' && typeof argument === 'string' && path[0] === 'Conditions')
      if (!declared.conditions.has(argument)) missing('Condition names condition', argument, path, 'Conditions');
    if (name === 'Fn::FindInMap' && Array.isArray(argument) && typeof argument[0] === 'string')
      if (!declared.mappings.has(argument[0])) missing('Fn::FindInMap names mapping', argument[0], path, 'Mappings');
  }
  for (const key of keys) walk(node[key], [...path, key], declared, checks);
}

/** `${Name}` and `${Resource.Attribute}` in a Sub string name what the template declares or the Sub's own map. */
function subFindings(
  argument: unknown,
  path: YamlPath,
  declared: Declared,
  missing: (what: string, name: string, path: YamlPath, declares: string) => void,
): void {
  for (const name of subReferences(argument)) {
    if (declared.values.has(name)) continue;
    const dot = name.indexOf('.');
    if (dot > 0 && declared.resources.has(name.slice(0, dot))) continue;
    missing('Fn::Sub names', name, path, 'Parameters or Resources (or the Sub’s own variables)');
  }
}
