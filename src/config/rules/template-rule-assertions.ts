import { isCloudFormationTemplate, isListParameterType, parametersOf } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * A template's Rules (CloudFormation User Guide, "Rules" and "Rule functions"): each rule whose RuleCondition holds
 * asserts something of the parameter values, and CloudFormation refuses to create or update a stack whose values
 * break an assertion, in every stack instance, after apply's earlier stages. Vend evaluates what it can offline: the
 * rule functions Fn::Equals, Fn::Not, Fn::And, Fn::Or, Fn::Contains, Fn::EachMemberEquals and Fn::EachMemberIn over
 * literals and Refs to parameters with a value. Anything else (Fn::ValueOf, which reads AWS, or a pseudo parameter)
 * leaves the rule to CloudFormation.
 */

type Value = string | boolean | Value[] | undefined;

/** Parameter name → its value, and the names whose type is a list (CommaDelimitedList, List<…>). */
export interface Values {
  values: Readonly<Record<string, string>>;
  lists: ReadonlySet<string>;
}

function evaluate(node: unknown, given: Values): Value {
  // Parameter values are text, and so is a number or a boolean written in a rule: `true` is "true", as
  // AllowedValues: [true, false] reads it.
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (Array.isArray(node)) {
    const items = node.map((item) => evaluate(item, given));
    return items.some((item) => item === undefined) ? undefined : items;
  }
  if (!isMapping(node)) return undefined;
  const keys = Object.keys(node);
  if (keys.length !== 1) return undefined;
  const [name] = keys as [string];
  const argument = node[name];
  if (name === 'Ref') {
    if (typeof argument !== 'string' || !Object.hasOwn(given.values, argument)) return undefined;
    const value = given.values[argument]!;
    return given.lists.has(argument) ? value.split(',').map((member) => member.trim()) : value;
  }
  const args = Array.isArray(argument) ? argument.map((item) => evaluate(item, given)) : [];
  if (args.some((arg) => arg === undefined)) return undefined;
  const text = (value: Value) => (typeof value === 'string' ? value : undefined);
  const list = (value: Value) => (Array.isArray(value) ? value.map(text) : undefined);
  switch (name) {
    case 'Fn::Equals':
      return args.length === 2 ? JSON.stringify(args[0]) === JSON.stringify(args[1]) : undefined;
    case 'Fn::Not':
      return args.length === 1 && typeof args[0] === 'boolean' ? !args[0] : undefined;
    case 'Fn::And':
    case 'Fn::Or': {
      if (!args.every((arg) => typeof arg === 'boolean')) return undefined;
      return name === 'Fn::And' ? args.every(Boolean) : args.some(Boolean);
    }
    case 'Fn::Contains': {
      const members = list(args[0]);
      return members && text(args[1]) !== undefined ? members.includes(text(args[1])) : undefined;
    }
    case 'Fn::EachMemberEquals': {
      const members = list(args[0]);
      return members && text(args[1]) !== undefined ? members.every((member) => member === text(args[1])) : undefined;
    }
    case 'Fn::EachMemberIn': {
      const members = list(args[0]);
      const allowed = list(args[1]);
      return members && allowed ? members.every((member) => allowed.includes(member)) : undefined;
    }
    default:
      return undefined;
  }
}

/** The assertions `values` break, each as `rule: description`; none when the template's Rules cannot tell. */
export function brokenAssertions(rules: Record<string, unknown>, given: Values): string[] {
  return Object.entries(rules).flatMap(([rule, body]) => {
    if (!isMapping(body)) return [];
    if (body.RuleCondition !== undefined && evaluate(body.RuleCondition, given) !== true) return [];
    const assertions = Array.isArray(body.Assertions) ? body.Assertions : [];
    return assertions.flatMap((assertion) =>
      isMapping(assertion) && evaluate(assertion.Assert, given) === false
        ? [`${rule}${typeof assertion.AssertDescription === 'string' ? ` ("${assertion.AssertDescription}")` : ''}`]
        : [],
    );
  });
}

/**
 * A parameter-value error where the values a stack instance gets break an assertion of its template's Rules: at
 * the baseline's parameters in organization.yaml for the StackSet's values (with the template's defaults), at an
 * account's parameters for its overrides.
 */
export const checkTemplateRuleAssertions: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {})) {
    const template = repository.templates.get(baseline);
    if (!template || !isCloudFormationTemplate(template.template)) continue;
    const rules = (template.template as { Rules?: unknown }).Rules;
    if (!isMapping(rules)) continue;
    const declarations = parametersOf(template.template);
    const defaults: Record<string, string> = {};
    const lists = new Set<string>();
    for (const [name, declaration] of Object.entries(declarations)) {
      if (!isMapping(declaration)) continue;
      if (typeof declaration.Default === 'string' || typeof declaration.Default === 'number')
        defaults[name] = String(declaration.Default);
      if (isListParameterType(declaration.Type)) lists.add(name);
    }
    const stackSet = { ...defaults, ...(entry.parameters ?? {}) };
    const report = (source: SourceFile, values: Record<string, string>, path: YamlPath, whose: string) => {
      const broken = brokenAssertions(rules, { values, lists });
      if (broken.length > 0)
        diagnostics.push(
          source.diagnostic(
            RULES.parameterValue,
            `${whose} break ${broken.length === 1 ? 'an assertion' : 'assertions'} of ${template.file}'s Rules: ${broken.join('; ')}. CloudFormation refuses such a stack when apply deploys it, after the accounts and SCPs have changed. Fix the values, or the rule.`,
            path,
          ),
        );
    };
    report(
      organization.source,
      stackSet,
      entry.parameters ? ['baselines', baseline, 'parameters'] : ['baselines', baseline],
      `the values the StackSet ${baseline} deploys (its parameters and the template's defaults)`,
    );
    for (const { source, value } of repository.accounts) {
      const overrides = value.parameters?.[baseline];
      if (overrides && Object.keys(overrides).length > 0)
        report(
          source,
          { ...stackSet, ...overrides },
          ['parameters', baseline],
          `the values ${value.name}'s stack instances of ${baseline} get (with its overrides)`,
        );
    }
  }
  return diagnostics;
};
