import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { createAccountEmailProblem } from './aws-constraints.js';
import { RULES } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';
import type { SourceFile, YamlPath } from './safe-yaml.js';
import { ORGANIZATIONAL_UNIT_NAME, organizationalUnitNameProblem } from './schema-patterns.js';
import { validatorFor } from './schema-validators.js';
import type { SchemaName } from './schema-validators.js';

export type { SchemaName };

/** Validates a parsed file against its JSON Schema and maps each error to the line of the offending key or value. */
export function checkSchema(name: SchemaName, source: SourceFile, value: unknown): Diagnostic[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // What a bad property name broke, by where it is: the name's own schema says what names may be.
  const nameErrors = new Map(
    errors
      .filter((error) => error.propertyName !== undefined)
      .map((error) => [`${error.instancePath}/${error.propertyName}`, error]),
  );
  return collapse(errors).map((error) =>
    toDiagnostic(source, error, nameErrors.get(`${error.instancePath}/${String(error.params.propertyName)}`)),
  );
}

/**
 * `oneOf`/`anyOf` and `if` produce summary errors next to the specific ones; the specific ones say more. A bad
 * property name yields an error for the name's own schema (at the parent object) and one for `propertyNames` (at
 * the name); only the second points at the right line. A value too short or too long fails its pattern as well:
 * one error for it, the length's, which says what to change.
 */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const lengthWrong = new Set(
    errors.filter((error) => ['minLength', 'maxLength'].includes(error.keyword)).map((error) => error.instancePath),
  );
  return errors.filter(
    (error) =>
      !['if', 'anyOf', 'oneOf'].includes(error.keyword) &&
      error.propertyName === undefined &&
      !(error.keyword === 'pattern' && lengthWrong.has(error.instancePath)),
  );
}

function pathOf(instancePath: string): YamlPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function describeLocation(path: YamlPath): string {
  return path.length === 0 ? 'the top level' : `'${path.join('.')}'`;
}

function toDiagnostic(source: SourceFile, error: ErrorObject, nameError?: ErrorObject): Diagnostic {
  const path = pathOf(error.instancePath);
  const where = describeLocation(path);
  const hint = typeof error.parentSchema?.description === 'string' ? ` ${error.parentSchema.description}` : '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return source.diagnostic(
        RULES.schema,
        `missing required key '${String(params.missingProperty)}' in ${where}; add it.`,
        path,
      );
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const listed = allowed.length > 0 ? ` Allowed keys: ${allowed.join(', ')}.` : '';
      return source.diagnostic(
        RULES.schema,
        `unknown key '${key}' in ${where}; remove it or fix its spelling.${listed}`,
        [...path, key],
        'key',
      );
    }
    case 'propertyNames': {
      const names = nameError?.parentSchema as { description?: unknown } | undefined;
      const pattern = (nameError?.params as { pattern?: unknown } | undefined)?.pattern;
      const rule =
        typeof names?.description === 'string'
          ? ` ${names.description}`
          : typeof pattern === 'string'
            ? ` Names must match ${pattern}.`
            : '';
      // An OU name says first which part of the long rule it breaks.
      const name = String(params.propertyName);
      const problem = pattern === ORGANIZATIONAL_UNIT_NAME.source ? organizationalUnitNameProblem(name) : undefined;
      return source.diagnostic(
        RULES.schema,
        `invalid name '${name}' in ${where}${problem ? `: ${problem}` : ''}.${rule}`,
        [...path, name],
        'key',
      );
    }
    case 'type':
      return source.diagnostic(
        RULES.schema,
        `${where} must be ${article(String(params.type))}; got ${typeOfValue(source, path)}.${quoteHint(source, path, params.type)}${hint}`,
        path,
      );
    case 'enum':
      return source.diagnostic(
        RULES.schema,
        `${where} must be one of: ${(params.allowedValues as unknown[]).join(', ')}.`,
        path,
      );
    case 'pattern': {
      // An account's email: say which of CreateAccount's rules it breaks, before the whole rule.
      const value = source.document.getIn(path);
      const broken =
        path.length !== 1 || typeof value !== 'string'
          ? undefined
          : path[0] === 'email'
            ? emailProblem(value)
            : path[0] === 'accountName'
              ? accountNameProblem(value)
              : undefined;
      return source.diagnostic(
        RULES.schema,
        `${where} has an invalid value${broken ? `: it ${broken}` : ''}.${hint || ` It must match ${String(params.pattern)}.`}`,
        path,
      );
    }
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      return source.diagnostic(
        RULES.schema,
        // Ajv reports 0-based indexes in either order; people count from 1 and look for the copy to delete.
        `${where} lists the same item twice (items ${Math.min(Number(params.i), Number(params.j)) + 1} and ${later + 1}); remove the second.`,
        [...path, later],
      );
    }
    case 'minItems':
      return source.diagnostic(
        RULES.schema,
        `${where} must list at least ${Number(params.limit) === 1 ? 'one item' : `${String(params.limit)} items`}.`,
        path,
      );
    case 'minLength':
    case 'maxLength':
      return source.diagnostic(RULES.schema, `${where} ${error.message ?? 'has an invalid length'}.${hint}`, path);
    default:
      return source.diagnostic(RULES.schema, `${where} ${error.message ?? 'is invalid'}.${hint}`, path);
  }
}

function article(type: string): string {
  return type
    .split(',')
    .map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
    .join(' or ');
}

/**
 * For text that YAML read as a number or a boolean (`4711`, `true`, `1e3`), how to keep it text: quotes. The most
 * common slip in a tag or parameter map, which the type alone does not explain.
 */
function quoteHint(source: SourceFile, path: YamlPath, expected: unknown): string {
  if (expected !== 'string') return '';
  const node = source.document.getIn(path, true);
  if (!isScalar(node) || (typeof node.value !== 'number' && typeof node.value !== 'boolean')) return '';
  return ' Put it in quotes, so YAML reads it as text.';
}

function typeOfValue(source: SourceFile, path: YamlPath): string {
  const found = source.document.getIn(path, true);
  // An alias stands for the node it names: `<<: *common` holds a mapping.
  const node = isAlias(found) ? found.resolve(source.document) : found;
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  const value = isScalar(node) ? node.value : undefined;
  if (value === null || value === undefined) return 'nothing';
  // A StackSet parameter may be a NoEcho secret, which the log and the PR annotations must never carry.
  if (path.includes('parameters')) return `a ${typeof value}`;
  // A number or boolean is shown as written (4711.0, 0x1F, 1e400), which is what the reader searches the file for;
  // JSON.stringify would print 4711 for the first and null for the last.
  const range = isScalar(node) ? node.range : undefined;
  return `${typeof value} ${typeof value === 'string' || !range ? JSON.stringify(value) : source.text.slice(range[0], range[1])}`;
}

/**
 * Which of the account name's rules `name` breaks, first the one a person would not see: a character outside
 * printable ASCII, then < or >, then the length (1-50 characters: CreateAccount's AccountName, Organizations API
 * Reference).
 */
function accountNameProblem(name: string): string | undefined {
  const outside = [...name].find((character) => !/^[ -~]$/.test(character));
  if (outside !== undefined)
    return `has ${JSON.stringify(outside)} (U+${outside.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), which is not printable ASCII`;
  const bracket = [...name].find((character) => character === '<' || character === '>');
  // CreateAccount's AccountName allows any printable ASCII; PutAccountName, which renames it later, refuses < and >
  // (Account Management API Reference, PutAccountName: AccountName pattern [ -;=?-~]+).
  if (bracket !== undefined)
    return `has '${bracket}', which PutAccountName refuses, so vend could never rename the account to it or back`;
  const length = [...name].length;
  return length > 50 ? `is ${length} characters long, over 50` : length === 0 ? 'is empty' : undefined;
}

/**
 * Which rule an account email breaks: CreateAccount's (createAccountEmailProblem), or the schema's stricter one for
 * the domain, whose every dot-separated label is letters, digits and hyphens, neither empty nor starting or ending
 * with a hyphen.
 */
function emailProblem(email: string): string | undefined {
  const problem = createAccountEmailProblem(email);
  if (problem) return problem;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return domain.split('.').some((label) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(label))
    ? 'has a domain part between dots that is empty, or begins or ends with -'
    : undefined;
}
