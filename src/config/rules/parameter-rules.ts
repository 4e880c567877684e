import { awsParameterTypeProblem, isShapedAwsParameterType } from '../aws-parameter-types.js';
import { formatCount, limitPhrase } from '../quotas.js';
import { lengthIn } from '../aws-constraints.js';
import {
  isCloudFormationTemplate,
  parameterNamesOf,
  parametersOf,
  parametersWithoutDefaultOf,
} from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import { effectiveBaselineNames } from '../inheritance.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedTemplate } from '../repository.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import type { Rule } from './rule-context.js';

/**
 * CloudFormation checks parameters only when a StackSet or its stack instances are created, which apply does after
 * it has created or moved accounts. A wrong parameter name or a missing value would leave the organization half
 * applied, so both are caught here, before anything runs.
 */
export const checkParameterReferences: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const templates = new Map(
    [...repository.templates].filter(([, template]) => isCloudFormationTemplate(template.template)),
  );
  const diagnostics: Diagnostic[] = [];

  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {})) {
    const template = templates.get(baseline);
    if (!template) continue;
    const declared = new Set(parameterNamesOf(template.template));
    const given = entry.parameters ?? {};
    for (const name of Object.keys(given)) {
      if (!declared.has(name))
        diagnostics.push(
          organization.source.diagnostic(
            RULES.parameterReference,
            undeclaredParameter(name, template),
            ['baselines', baseline, 'parameters', name],
            'key',
          ),
        );
    }
    // Per-account overrides cannot stand in for these: CreateStackSet itself fails without them.
    const missing = parametersWithoutDefaultOf(template.template).filter((name) => !(name in given));
    if (missing.length > 0)
      diagnostics.push(
        organization.source.diagnostic(
          RULES.parameterReference,
          `baseline '${baseline}' sets no value for ${missing.join(', ')}, which ${template.file} declares without a Default; the StackSet needs ${missing.length === 1 ? 'it' : 'them'} when it is created, before any per-account override applies. Set ${missing.length === 1 ? 'it' : 'them'} under baselines.${baseline}.parameters, or give the template parameter a Default.`,
          ['baselines', baseline],
          'key',
        ),
      );
  }

  for (const { source, value } of repository.accounts) {
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    for (const [baseline, overrides] of Object.entries(value.parameters ?? {})) {
      // An unknown baseline is reported by baseline-reference, a missing template by file-reference.
      const template = templates.get(baseline);
      if (!template) continue;
      // Moved to an OU without the baseline, say: the overrides are never sent, and the plan says nothing of them.
      if (!effective.has(baseline))
        diagnostics.push({
          ...source.diagnostic(
            RULES.parameterReference,
            `overrides for baseline '${baseline}', which this account does not get (not through its OU path nor its own baselines, or excludeBaselines removes it): they are never used. Remove them, or give the account the baseline.`,
            ['parameters', baseline],
            'key',
          ),
          severity: 'warning' as const,
        });
      const declared = new Set(parameterNamesOf(template.template));
      for (const name of Object.keys(overrides)) {
        if (!declared.has(name))
          diagnostics.push(
            source.diagnostic(
              RULES.parameterReference,
              undeclaredParameter(name, template),
              ['parameters', baseline, name],
              'key',
            ),
          );
      }
    }
  }
  return diagnostics;
};

function undeclaredParameter(name: string, template: LoadedTemplate): string {
  const declared = parameterNamesOf(template.template);
  const options = declared.length > 0 ? `its parameters are ${declared.join(', ')}` : 'it declares no parameters';
  return `parameter '${name}' is not declared in ${template.file}, the template of baseline '${template.baseline}' (${options}); CloudFormation would reject it only after apply has started. Fix the name, or declare the parameter in the template.`;
}

/**
 * Values reach CloudFormation in CreateStackSet (a baseline's) and CreateStackInstances (an account's overrides),
 * which check them against the parameter value quota and against the template's own declaration: Type Number
 * and List<Number>, AllowedValues (of each member, for a CommaDelimitedList), AllowedPattern (matched against the
 * whole value), MinLength/MaxLength and MinValue/MaxValue (CloudFormation User Guide,
 * parameters-section-structure.html). A refused value fails the operation after
 * accounts exist, so each is checked here.
 */
export const checkParameterValues: Rule = ({ repository, quotas }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics: Diagnostic[] = [];
  const check = (source: SourceFile, baseline: string, values: Record<string, string>, path: YamlPath) => {
    const template = repository.templates.get(baseline);
    const declarations = template && isCloudFormationTemplate(template.template) ? parametersOf(template.template) : {};
    for (const [name, value] of Object.entries(values)) {
      const size = lengthIn('bytes', value);
      const declaration = declarations[name];
      const oversize = size > quotas.parameterValueSize;
      const problem = oversize
        ? `is ${formatCount(size)} bytes; ${limitPhrase('CloudFormation', 'parameterValueSize', quotas.parameterValueSize, ' per parameter value')}`
        : declaration && typeof declaration === 'object'
          ? declarationProblem(declaration as Record<string, unknown>, value)
          : undefined;
      if (problem)
        diagnostics.push(
          source.diagnostic(
            RULES.parameterValue,
            `the value of parameter '${name}' ${problem}${template && !oversize ? `, as ${template.file} declares it` : ''}; CloudFormation would refuse it only after apply has started. Fix the value.`,
            [...path, name],
          ),
        );
    }
  };
  for (const [baseline, entry] of Object.entries(organization.value.baselines ?? {}))
    check(organization.source, baseline, entry.parameters ?? {}, ['baselines', baseline, 'parameters']);
  for (const { source, value } of repository.accounts)
    for (const [baseline, overrides] of Object.entries(value.parameters ?? {}))
      check(source, baseline, overrides, ['parameters', baseline]);
  // A Default is the value every account without an override gets: held to the same declaration (cfn-lint E2015).
  for (const template of repository.templates.values()) {
    if (!isCloudFormationTemplate(template.template)) continue;
    for (const [name, declaration] of Object.entries(parametersOf(template.template))) {
      if (typeof declaration !== 'object' || declaration === null) continue;
      const fallback = (declaration as Record<string, unknown>).Default;
      if (typeof fallback !== 'string' && typeof fallback !== 'number') continue;
      const problem = declarationProblem(declaration as Record<string, unknown>, String(fallback));
      if (problem)
        diagnostics.push(
          template.source.diagnostic(
            RULES.parameterValue,
            `the Default of parameter '${name}' ${problem}; every stack instance without an override would get it, and CloudFormation would refuse it only after apply has started. Fix the Default.`,
            ['Parameters', name, 'Default'],
          ),
        );
    }
  }
  return diagnostics;
};

const DECIMAL_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * What a template's declaration of a String, Number, List<Number> or CommaDelimitedList parameter says against
 * `value`, or undefined. The CloudFormation User Guide, "Parameters" (parameters-section-structure.html): a list type
 * is "an array of ... separated by commas", each member space-trimmed; List<Number> members are integers or floats,
 * and AllowedValues holds each member of a CommaDelimitedList. MinValue, MaxValue, MinLength and MaxLength are
 * numbers, which templates often write as strings ("30"): CloudFormation reads those as the number.
 */
export function declarationProblem(declaration: Record<string, unknown>, value: string): string | undefined {
  const { Type: type, AllowedValues: allowedValues, AllowedPattern: allowedPattern } = declaration;
  const allowed = Array.isArray(allowedValues) ? allowedValues.map(String) : undefined;
  if (type === 'CommaDelimitedList' || type === 'List<Number>') {
    for (const member of value.split(',').map((text) => text.trim())) {
      // "For CommaDelimitedList … the pattern must match each value in the list" (User Guide, Parameters).
      const problem =
        type === 'List<Number>'
          ? numberProblem({}, member, type)
          : allowed && !allowed.includes(member)
            ? `is not one of its AllowedValues (${allowed.join(', ')})`
            : typeof allowedPattern === 'string' && !wholeMatch(allowedPattern, member)
              ? `does not match its AllowedPattern ${allowedPattern}`
              : undefined;
      // A NoEcho value is a secret: the log and the PR annotations (public on a fork's PR) must not carry it.
      const secret = declaration.NoEcho === true || String(declaration.NoEcho).toLowerCase() === 'true';
      if (problem)
        return secret
          ? `has a member (NoEcho: not shown) which ${problem}`
          : `has the member '${member}', which ${problem}`;
    }
    return undefined;
  }
  if (typeof type === 'string' && isShapedAwsParameterType(type)) return awsParameterTypeProblem(type, value);
  if (type !== 'String' && type !== 'Number') return undefined;
  if (allowed && !allowed.includes(value)) return `is not one of its AllowedValues (${allowed.join(', ')})`;
  if (type === 'Number') return numberProblem(declaration, value, type);
  const length = lengthIn('characters', value);
  const minLength = numberIn(declaration.MinLength);
  const maxLength = numberIn(declaration.MaxLength);
  if (minLength !== undefined && length < minLength)
    return `is ${length} character${length === 1 ? '' : 's'}, shorter than its MinLength ${minLength}`;
  if (maxLength !== undefined && length > maxLength)
    return `is ${formatCount(length)} characters, longer than its MaxLength ${formatCount(maxLength)}`;
  if (typeof allowedPattern === 'string' && !wholeMatch(allowedPattern, value))
    return `does not match its AllowedPattern ${allowedPattern}`;
  return undefined;
}

/**
 * What a Number parameter's declaration says against `value`, or undefined. A List<Number> member is held to being a
 * number only (`declaration` empty): the User Guide gives MinValue and MaxValue for Number parameters alone.
 */
function numberProblem(declaration: Record<string, unknown>, value: string, type: string): string | undefined {
  // "Number: An integer or float" (CloudFormation User Guide, Parameters, Type): decimal digits only. JavaScript's
  // Number() also reads 0x7080, 0b101, 0o17 and Infinity, which CloudFormation refuses.
  const number = numberIn(value.trim());
  if (number === undefined) return `is not a decimal number, but the parameter has Type ${type}`;
  const minValue = numberIn(declaration.MinValue);
  const maxValue = numberIn(declaration.MaxValue);
  if (minValue !== undefined && number < minValue) return `is below its MinValue ${minValue}`;
  if (maxValue !== undefined && number > maxValue) return `is above its MaxValue ${maxValue}`;
  return undefined;
}

/** A number, or a string holding a decimal number, as that number; undefined for anything else. */
function numberIn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !DECIMAL_NUMBER.test(value.trim())) return undefined;
  const number = Number(value.trim());
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Constructs other than escapes that Java's regular expressions read otherwise than JavaScript's, or JavaScript not
 * at all: inline flags and other `(?` groups but the non-capturing and lookaround ones, possessive quantifiers, class
 * intersection (`&&`) and union (`[a-z[0-9]]`). Escapes (`\p{L}`, `\Q…\E`, `\s`, `\A` …) are
 * escapesReadOtherwise's. Source: java.util.regex.Pattern.
 */
const JAVA_ONLY = /\(\?(?![:=!]|<[=!])|[*+?}]\+|&&|\[(?:[^\]\\]|\\.)*\[/;

/**
 * CloudFormation matches AllowedPattern against the whole value (Java regular expressions). A pattern JavaScript
 * cannot compile, or would read otherwise (JAVA_ONLY), is left to CloudFormation rather than guessed at: a wrong
 * refusal would stop a valid repository.
 */
function wholeMatch(pattern: string, value: string): boolean {
  if (uncheckedPattern(pattern)) return true;
  // Java matches code points, as JavaScript's `u` flag does: `.` is one emoji, not half of one. The `u` flag is
  // stricter about escapes (`\-` outside a class), so a pattern only it refuses is matched without it, where the
  // two agree: on values without characters beyond the Basic Multilingual Plane.
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return /[\u{10000}-\u{10FFFF}]/u.test(value) || new RegExp(`^(?:${pattern})$`).test(value);
  }
}

/**
 * Whether the pattern holds an escape the two read otherwise. Both read `\d \D \w \W \b \B \t \n \r \f`, `\xhh`,
 * `\uhhhh`, `\cX`, back references and an escaped non-letter alike; any other escaped letter differs (Java's `\e` is
 * ESC and `\a` BEL, JavaScript without the u flag reads both as the letter; `\y` is an error in Java), and so do
 * `\x{…}`, `\u{…}`, `\v` (Java: any vertical whitespace) and `\0` (Java: octal, needing a digit).
 */
function escapesReadOtherwise(pattern: string): boolean {
  for (let index = 0; index < pattern.length; index++) {
    if (pattern[index] !== '\\') continue;
    if (
      !/^(?:[dDwWbBtnrf]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|c[A-Za-z]|[1-9]|[^A-Za-z0-9])/.test(pattern.slice(index + 1))
    )
      return true;
    index++;
  }
  return false;
}

/** Why vend leaves an AllowedPattern to CloudFormation, or undefined when it checks values against it. */
function uncheckedPattern(pattern: string): string | undefined {
  if (JAVA_ONLY.test(pattern) || escapesReadOtherwise(pattern))
    return 'it uses Java regular-expression syntax that JavaScript reads otherwise or not at all';
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return undefined;
    } catch {
      // Tried without the u flag next.
    }
  }
  return 'it is no regular expression vend can read';
}

/**
 * AllowedPatterns vend does not check values against (uncheckedPattern): a warning each, at the pattern, since the
 * values it would refuse reach CloudFormation, which refuses them only after apply has started.
 */
export const checkUncheckedPatterns: Rule = ({ repository }) =>
  [...repository.templates.values()].flatMap((template) =>
    isCloudFormationTemplate(template.template)
      ? Object.entries(parametersOf(template.template)).flatMap(([name, declaration]) => {
          const pattern = (declaration as { AllowedPattern?: unknown } | null)?.AllowedPattern;
          const why = typeof pattern === 'string' ? uncheckedPattern(pattern) : undefined;
          return why
            ? [
                {
                  ...template.source.diagnostic(
                    RULES.parameterValue,
                    `the AllowedPattern of parameter '${name}' is not checked by validate: ${why}. CloudFormation checks values against it only once apply has started; write it in syntax both read alike (java.util.regex.Pattern and ECMAScript), or check its values by hand.`,
                    ['Parameters', name, 'AllowedPattern'],
                  ),
                  severity: 'warning' as const,
                },
              ]
            : [];
        })
      : [],
  );
