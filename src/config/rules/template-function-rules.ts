import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import { literalText } from './template-values.js';
import { valueKindProblems } from './template-value-kinds.js';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlPath } from '../safe-yaml.js';
import { functionCalls, functionName, isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * The arguments each intrinsic function takes, as CloudFormation refuses a template otherwise ("Template error:
 * every Fn::Join object requires two parameters", "Fn::If requires a list argument with three elements", …).
 * Sources, AWS CloudFormation User Guide, intrinsic function reference (intrinsic-function-reference-*.html):
 * - Fn::Join [delimiter, list]; Fn::Split [delimiter, string]; Fn::Select [index, list], the index within a literal
 *   list; Fn::Cidr [ipBlock, count, cidrBits]; Fn::FindInMap [MapName, TopLevelKey, SecondLevelKey], and literal keys
 *   the mapping has ("Unable to get mapping for …"); Fn::Sub a string or [string, {variables}].
 * - Condition functions: Fn::Equals [value, value]; Fn::And and Fn::Or 2 to 10 conditions; Fn::Not one; Fn::If
 *   [condition, valueIfTrue, valueIfFalse]. A condition under Conditions is one of Fn::And, Fn::Equals, Fn::Not,
 *   Fn::Or or Condition ("Conditions" section).
 * - Outputs ("Outputs" section): Value is a string, or a function that gives one; Export Name is unique in the
 *   template (outputs under a Condition left out: two may share a name under conditions that exclude each other).
 * Arguments given by another function (a Ref to a list parameter, say) are CloudFormation's to check. A template
 * that macros expand (a Transform, Fn::Transform) is left to CloudFormation: AWS::LanguageExtensions, for one, gives
 * Fn::FindInMap a fourth argument.
 */
const LIST_ARITY: Record<string, { min: number; max: number; shape: string }> = {
  'Fn::Join': { min: 2, max: 2, shape: '[delimiter, [values]]' },
  'Fn::Split': { min: 2, max: 2, shape: '[delimiter, string]' },
  'Fn::Select': { min: 2, max: 2, shape: '[index, [values]]' },
  'Fn::Cidr': { min: 3, max: 3, shape: '[ipBlock, count, cidrBits]' },
  'Fn::FindInMap': { min: 3, max: 3, shape: '[MapName, TopLevelKey, SecondLevelKey]' },
  'Fn::Equals': { min: 2, max: 2, shape: '[value, value]' },
  'Fn::And': { min: 2, max: 10, shape: '[condition, condition, …] (2 to 10)' },
  'Fn::Or': { min: 2, max: 10, shape: '[condition, condition, …] (2 to 10)' },
  'Fn::Not': { min: 1, max: 1, shape: '[condition]' },
  'Fn::If': { min: 3, max: 3, shape: '[condition, valueIfTrue, valueIfFalse]' },
};
const CONDITION_FUNCTIONS = new Set(['Fn::And', 'Fn::Equals', 'Fn::Not', 'Fn::Or', 'Condition']);

/**
 * Each intrinsic function's arguments (their number, and the kind of value each takes), each condition's function,
 * and each output's Value and Export Name.
 */
export const checkTemplateFunctions: Rule = ({ repository }) =>
  [...repository.templates.values()].flatMap((template) => {
    if (!isCloudFormationTemplate(template.template) || usesMacros(template.template)) return [];
    const body = template.template as Record<string, unknown>;
    const report = (message: string, path: YamlPath, part: 'key' | 'value' = 'value') =>
      template.source.diagnostic(RULES.templateStructure, message, path, part);
    const mappings = isMapping(body.Mappings) ? body.Mappings : {};
    return [
      ...argumentProblems(body, mappings, report),
      ...conditionProblems(body.Conditions, report),
      ...outputProblems(body.Outputs, report),
      ...resourceNamedExports(body, report),
      ...valueKindProblems(body, report),
    ];
  });

/**
 * An export's name, and what Fn::ImportValue imports, known before any resource exists: "the value of the Name
 * property of an Export can't use Ref or GetAtt functions that depend on a resource. Similarly, the ImportValue
 * function can't include Ref or GetAtt functions that depend on a resource" (CloudFormation User Guide,
 * Fn::ImportValue). A Ref to a parameter or a pseudo parameter is fine; `${Topic}` in a Sub refers to a resource too.
 */
function resourceNamedExports(body: Record<string, unknown>, report: Report): Diagnostic[] {
  const resources = new Set(isMapping(body.Resources) ? Object.keys(body.Resources) : []);
  const dependsOnResource = (node: unknown): string | undefined => {
    for (const { name, argument } of functionCalls(node)) {
      if (name === 'Fn::GetAtt') return Array.isArray(argument) ? String(argument[0]) : String(argument).split('.')[0];
      if (name === 'Ref' && typeof argument === 'string' && resources.has(argument)) return argument;
      if (name === 'Fn::Sub') {
        const text = Array.isArray(argument) ? argument[0] : argument;
        const named = typeof text === 'string' ? [...text.matchAll(/\$\{([^!}][^}]*)\}/g)] : [];
        const resource = named.map((match) => match[1]!.split('.')[0]!).find((variable) => resources.has(variable));
        if (resource !== undefined) return resource;
      }
    }
    return undefined;
  };
  const found: Diagnostic[] = [];
  for (const [name, output] of Object.entries(isMapping(body.Outputs) ? body.Outputs : {})) {
    const exportName = isMapping(output) && isMapping(output.Export) ? output.Export.Name : undefined;
    const resource = dependsOnResource(exportName);
    if (resource !== undefined)
      found.push(
        report(
          `output '${name}' names its export after resource '${resource}', and an export's name cannot depend on a resource; CloudFormation would refuse the template. Build it from parameters and pseudo parameters (!Sub '\${AWS::StackName}-…').`,
          ['Outputs', name, 'Export', 'Name'],
        ),
      );
  }
  for (const { name, argument, path } of functionCalls(body)) {
    if (name !== 'Fn::ImportValue') continue;
    const resource = dependsOnResource(argument);
    if (resource !== undefined)
      found.push(
        report(
          `Fn::ImportValue names its export after resource '${resource}', and what it imports cannot depend on a resource; CloudFormation would refuse the template. Name the export from parameters and pseudo parameters.`,
          path,
        ),
      );
  }
  return found;
}

type Report = (message: string, path: YamlPath, part?: 'key' | 'value') => Diagnostic;

/** Each call's arguments against what its function takes. */
function argumentProblems(body: unknown, mappings: Record<string, unknown>, report: Report): Diagnostic[] {
  return functionCalls(body).flatMap(({ name, argument, path }): Diagnostic[] => {
    if (Object.hasOwn(LIST_ARITY, name)) {
      const { min, max, shape } = LIST_ARITY[name]!;
      if (Array.isArray(argument) && argument.length >= min && argument.length <= max)
        return literalProblems(name, argument, path, mappings, report);
      return [
        report(
          `${name} takes ${shape}${Array.isArray(argument) ? `, not ${argument.length} ${argument.length === 1 ? 'argument' : 'arguments'}` : ', a list'}; CloudFormation would refuse the template.`,
          path,
        ),
      ];
    }
    if (name === 'Fn::Sub' && Array.isArray(argument) && (argument.length !== 2 || !isMapping(argument[1])))
      return [
        report(
          'Fn::Sub takes a string, or [string, { Variable: value }]; CloudFormation would refuse the template.',
          path,
        ),
      ];
    return [];
  });
}

/** What literal arguments show: an index past its list, a mapping key the mapping lacks. */
function literalProblems(
  name: string,
  argument: unknown[],
  path: YamlPath,
  mappings: Record<string, unknown>,
  report: Report,
): Diagnostic[] {
  if (name === 'Fn::Select') {
    const [index, list] = argument;
    const position = typeof index === 'number' ? index : typeof index === 'string' ? Number(index) : NaN;
    if (Array.isArray(list) && Number.isInteger(position) && (position < 0 || position >= list.length))
      return [
        report(
          `Fn::Select index ${String(index)} is outside its list of ${list.length}; CloudFormation would refuse the template. Indexes count from 0.`,
          path,
        ),
      ];
  }
  if (
    (name === 'Fn::Join' || name === 'Fn::Select') &&
    !Array.isArray(argument[1]) &&
    functionName(argument[1]) === undefined
  )
    return [
      report(
        `${name} takes a list of values second${typeof argument[1] === 'string' ? `, not the text '${argument[1]}'` : ''}; CloudFormation would refuse the template. Write [${name === 'Fn::Join' ? "',', [a, b]" : '0, [a, b]'}], or give a function that returns a list.`,
        path,
      ),
    ];
  if (name === 'Fn::FindInMap') {
    const [map, top, second] = argument;
    const mapping = typeof map === 'string' ? mappings[map] : undefined;
    if (!isMapping(mapping) || typeof top !== 'string') return [];
    const level = mapping[top];
    if (!Object.hasOwn(mapping, top))
      return [
        report(
          `Fn::FindInMap names key '${top}', which mapping '${String(map)}' does not have; CloudFormation would refuse the template. Add it to the mapping, or fix the key.`,
          path,
        ),
      ];
    if (isMapping(level) && typeof second === 'string' && !Object.hasOwn(level, second))
      return [
        report(
          `Fn::FindInMap names '${second}' under key '${top}', which mapping '${String(map)}' does not have; CloudFormation would refuse the template. Add it to the mapping, or fix the name.`,
          path,
        ),
      ];
  }
  return [];
}

function conditionProblems(conditions: unknown, report: Report): Diagnostic[] {
  if (!isMapping(conditions)) return [];
  return Object.entries(conditions).flatMap(([name, condition]) => {
    const keys = isMapping(condition) ? Object.keys(condition) : [];
    if (keys.length === 1 && CONDITION_FUNCTIONS.has(keys[0]!)) return [];
    return [
      report(
        `condition '${name}' must be a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not, or Condition naming another); CloudFormation would refuse the template.`,
        ['Conditions', name],
      ),
    ];
  });
}

function outputProblems(outputs: unknown, report: Report): Diagnostic[] {
  if (!isMapping(outputs)) return [];
  const found: Diagnostic[] = [];
  const exported = new Map<string, string>();
  for (const [name, output] of Object.entries(outputs)) {
    if (!isMapping(output)) continue;
    const value = output.Value;
    if (Array.isArray(value) || (isMapping(value) && functionName(value) === undefined))
      found.push(
        report(
          `output '${name}' has a ${Array.isArray(value) ? 'list' : 'mapping'} as its Value, and an output's Value is a string (or a function that gives one); CloudFormation would refuse the template. Join a list with !Join [',', …].`,
          ['Outputs', name, 'Value'],
        ),
      );
    const exportName = literalText(isMapping(output.Export) ? output.Export.Name : undefined);
    // Outputs under conditions may never stand together (IsProd and its negation, one export name between them).
    if (typeof exportName !== 'string' || output.Condition !== undefined) continue;
    const first = exported.get(exportName);
    if (first !== undefined)
      found.push(
        report(
          `output '${name}' exports '${exportName}', as output '${first}' does; an export name is unique, and CloudFormation would refuse the template. Give one of them another name.`,
          ['Outputs', name, 'Export', 'Name'],
        ),
      );
    else exported.set(exportName, name);
  }
  return found;
}
