import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import { conditionValueProblem } from './scp-condition-values.js';

/*
 * The IAM policy grammar as SCPs accept it. Sources:
 * - SCP syntax: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html
 *   (since the 2025-09-19 "full IAM language" change: Version, Statement; Sid, Effect, Action, NotAction,
 *   Resource, NotResource, Condition, each with Allow and Deny; "The following elements aren't supported in
 *   SCPs: NotPrincipal, Principal". Id is not listed, and the IAM grammar forbids it in identity-based policies.)
 * - Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * - Sid: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html (A-Z, a-z, 0-9)
 * - Condition operators:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html, with
 *   "IfExists" allowed on every operator except Null, and the ForAllValues:/ForAnyValue: set prefixes
 *   (reference_policies_multi-value-conditions.html), which AWS does not restrict to particular operators.
 * - IAM Access Analyzer's policy checks (access-analyzer-reference-policy-checks.html), for what IAM grammar
 *   validation calls an error: "Missing statement" ("A JSON policy must include a statement") and "Invalid
 *   condition key format" ("Use the format service:keyname"). Its "Empty object condition" ({"StringEquals": {}})
 *   is only a suggestion, so vend accepts that as AWS does.
 * Organizations reports a grammar error as MalformedPolicyDocumentException only when apply creates the policy.
 */

const POLICY_ELEMENTS = ['Version', 'Statement'];
const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const CONDITION_OPERATOR = new RegExp(
  '^(?:(?:ForAllValues:|ForAnyValue:)?(?:' +
    [
      'StringEquals',
      'StringNotEquals',
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
      'StringLike',
      'StringNotLike',
      'NumericEquals',
      'NumericNotEquals',
      'NumericLessThan',
      'NumericLessThanEquals',
      'NumericGreaterThan',
      'NumericGreaterThanEquals',
      'DateEquals',
      'DateNotEquals',
      'DateLessThan',
      'DateLessThanEquals',
      'DateGreaterThan',
      'DateGreaterThanEquals',
      'Bool',
      'BinaryEquals',
      'IpAddress',
      'NotIpAddress',
      'ArnEquals',
      'ArnLike',
      'ArnNotEquals',
      'ArnNotLike',
    ].join('|') +
    ')(?:IfExists)?|Null)$',
);
/** "service:keyname", such as aws:PrincipalArn or aws:RequestTag/${TagKey}: a prefix, a colon and a name. */
const CONDITION_KEY = /^[^:]+:./;
/** "service:action" with * and ? wildcards anywhere, or "*": the action grammar since the 2025-09 SCP change. */
const ACTION = /^(?:\*|[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+)$/;
/** "*" or an ARN: arn:partition:service:region:account:resource, where any part may hold wildcards or variables. */
const isResource = (value: string) => value === '*' || (value.startsWith('arn:') && value.split(':').length >= 6);
// IAM User Guide, "IAM JSON policy elements: Sid": ASCII letters and digits. IAM takes an empty Sid (policy
// generators write one), which names no statement, so two empty ones do not clash.
const SID = /^[A-Za-z0-9]*$/;

type Report = (message: string, path: YamlPath, part?: 'key' | 'value') => void;

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Checks an SCP document (parsed JSON) against the grammar above. Each finding is a `scp-syntax` diagnostic at
 * the offending key (unknown or missing elements) or value (wrong values), in the SCP's own file. `partition`:
 * the organization's (`aws`, `aws-cn`…, from homeRegion), which every resource ARN must name; undefined when
 * homeRegion names no known Region, which the region rules report.
 */
export function checkPolicyGrammar(source: SourceFile, document: unknown, partition?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (message, path, part = 'value') =>
    diagnostics.push(source.diagnostic(RULES.scpSyntax, message, path, part));
  // AWS may take such a value; it only never matches: a warning, with a rule of its own.
  const warnValue: Report = (message, path, part = 'value') =>
    diagnostics.push({ ...source.diagnostic(RULES.scpConditionValue, message, path, part), severity: 'warning' });
  if (!isObject(document)) {
    report('an SCP must be a JSON object with Version and Statement.', []);
    return diagnostics;
  }
  checkElements(document, POLICY_ELEMENTS, 'an SCP', [], report);
  if (document.Version !== '2012-10-17') {
    report(
      `Version must be "2012-10-17"; without it AWS evaluates the policy with the legacy grammar.`,
      document.Version === undefined ? [] : ['Version'],
    );
  }
  const statement = document.Statement;
  if (!Array.isArray(statement) && !isObject(statement)) {
    report('Statement must be a statement object or a list of them.', statement === undefined ? [] : ['Statement']);
    return diagnostics;
  }
  const sids = new Set<string>();
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statements.length === 0)
    report('Statement is an empty list; an SCP must have at least one statement, so add one or delete the policy.', [
      'Statement',
    ]);
  statements.forEach((entry, index) => {
    const path = Array.isArray(statement) ? ['Statement', index] : ['Statement'];
    if (!isObject(entry)) report('each statement must be a JSON object with Effect, Action and Resource.', path);
    else checkStatement(entry, path, sids, report, warnValue, partition);
  });
  return diagnostics;
}

function checkElements(
  element: Record<string, unknown>,
  allowed: string[],
  what: string,
  path: YamlPath,
  report: Report,
) {
  for (const key of Object.keys(element)) {
    if (allowed.includes(key)) continue;
    if (key === 'Principal' || key === 'NotPrincipal')
      report(
        `SCPs do not support ${key}: an SCP applies to every principal in the accounts it is attached to. Remove it; to exempt principals, use a Condition such as ArnNotLike on aws:PrincipalArn.`,
        [...path, key],
        'key',
      );
    else
      report(
        `'${key}' is not an element ${what} accepts (${allowed.join(', ')}); remove it or fix its spelling.`,
        [...path, key],
        'key',
      );
  }
}

function checkStatement(
  statement: Record<string, unknown>,
  path: YamlPath,
  sids: Set<string>,
  report: Report,
  warnValue: Report,
  partition: string | undefined,
) {
  checkElements(statement, STATEMENT_ELEMENTS, 'an SCP statement', path, report);
  const { Sid: sid, Effect: effect } = statement;
  if (sid !== undefined) {
    if (typeof sid !== 'string' || !SID.test(sid))
      report(`Sid ${JSON.stringify(sid)} may contain only ASCII letters and digits; remove the other characters.`, [
        ...path,
        'Sid',
      ]);
    else if (sid !== '' && sids.has(sid))
      report(`Sid '${sid}' is already used by another statement; Sids must be unique within a policy.`, [
        ...path,
        'Sid',
      ]);
    if (typeof sid === 'string') sids.add(sid);
  }
  if (effect === undefined) report('the statement has no Effect; add "Effect": "Deny" or "Effect": "Allow".', path);
  else if (effect !== 'Allow' && effect !== 'Deny')
    report(`Effect must be "Allow" or "Deny", spelled exactly so; got ${JSON.stringify(effect)}.`, [...path, 'Effect']);
  checkOneOf(statement, ['Action', 'NotAction'], path, report, (value) =>
    ACTION.test(value)
      ? undefined
      : `${JSON.stringify(value)} is not an action: write service:action, such as s3:PutObject, with * and ? as wildcards, or "*" for every action.`,
  );
  checkOneOf(statement, ['Resource', 'NotResource'], path, report, (value) => resourceProblem(value, partition));
  if (statement.Condition !== undefined) checkCondition(statement.Condition, [...path, 'Condition'], report, warnValue);
}

/** Exactly one of a pair such as Action/NotAction, holding a string or a non-empty list of strings. */
/**
 * What is wrong with a Resource entry, if anything. IAM refuses an ARN of another partition than the account's
 * (MalformedPolicyDocument: 'Partition "aws-cn" is not valid for resource'), and in an SCP it could match nothing
 * there anyway; whitespace is part of an ARN as written, so an ARN holding some matches no resource.
 */
function resourceProblem(value: string, partition: string | undefined): string | undefined {
  if (!isResource(value))
    return `${JSON.stringify(value)} is not a resource: write "*" or an ARN such as arn:${partition ?? 'aws'}:s3:::bucket/*.`;
  if (/\s/.test(value))
    return `${JSON.stringify(value)} holds whitespace, which no resource name has, so it would match nothing; remove it.`;
  const named = value.split(':')[1]!;
  if (value !== '*' && named === '')
    return `${JSON.stringify(value)} names no partition; write arn:${partition ?? 'aws'}:….`;
  if (partition && value !== '*' && !/[*?$]/.test(named) && named !== partition)
    return `${JSON.stringify(value)} names the partition '${named}', but the organization is in '${partition}' (homeRegion); AWS refuses a resource of another partition, and it could match nothing here. Write arn:${partition}:….`;
  return undefined;
}

function checkOneOf(
  statement: Record<string, unknown>,
  pair: [string, string],
  path: YamlPath,
  report: Report,
  problemOf: (value: string) => string | undefined,
) {
  const present = pair.filter((key) => statement[key] !== undefined);
  if (present.length === 0) report(`the statement has neither ${pair[0]} nor ${pair[1]}; add one of them.`, path);
  if (present.length === 2)
    report(`a statement has ${pair[0]} or ${pair[1]}, not both; remove one.`, [...path, pair[1]], 'key');
  for (const key of present) {
    const value = statement[key];
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) report(`${key} is an empty list; list at least one entry.`, [...path, key]);
    values.forEach((entry, index) => {
      const at = Array.isArray(value) ? [...path, key, index] : [...path, key];
      const problem = typeof entry === 'string' ? problemOf(entry) : `each ${key} entry must be a string.`;
      if (problem) report(problem, at);
    });
  }
}

function checkCondition(condition: unknown, path: YamlPath, report: Report, warnValue: Report) {
  if (!isObject(condition)) {
    report(
      'Condition must be an object of operators, such as { "StringEquals": { "aws:RequestedRegion": "eu-west-1" } }.',
      path,
    );
    return;
  }
  for (const [operator, block] of Object.entries(condition)) {
    if (!CONDITION_OPERATOR.test(operator))
      report(
        `'${operator}' is not an IAM condition operator (such as StringEquals, ArnNotLike or Bool, optionally with IfExists or a ForAllValues:/ForAnyValue: prefix); fix its spelling.`,
        [...path, operator],
        'key',
      );
    if (!isObject(block)) {
      report(`${operator} must map condition keys to values, such as { "aws:PrincipalArn": "arn:…" }.`, [
        ...path,
        operator,
      ]);
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      if (!CONDITION_KEY.test(key))
        report(
          `${JSON.stringify(key)} is not a condition key: write service:keyname, such as aws:PrincipalArn or s3:prefix.`,
          [...path, operator, key],
          'key',
        );
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || values.some((entry) => !['string', 'number', 'boolean'].includes(typeof entry))) {
        report(
          `the value of condition key '${key}' must be a string, number or boolean, or a non-empty list of them.`,
          [...path, operator, key],
        );
        continue;
      }
      values.forEach((entry: string | number | boolean, index) => {
        // A number JavaScript cannot hold is the grammar's error already (sent as null or rounded).
        const problem =
          CONDITION_OPERATOR.test(operator) && !(typeof entry === 'number' && !Number.isFinite(entry))
            ? conditionValueProblem(operator, entry)
            : undefined;
        if (problem)
          warnValue(
            `${problem}: ${neverMatching(operator, key, values.length)}. Fix the value.`,
            Array.isArray(value) ? [...path, operator, key, index] : [...path, operator, key],
          );
      });
    }
  }
}

/** What a value that never matches does to its condition: the operator's sense, IfExists and the other values decide. */
function neverMatching(operator: string, key: string, values: number): string {
  if (values > 1) return `this value never matches, though the others listed for '${key}' still do`;
  if (/Not(?:Equals|Like)|NotIpAddress/.test(operator))
    return `the value never matches, so the condition on '${key}' always holds and the statement applies everywhere it names, with no exemption`;
  // IAM User Guide, "Multivalued context keys": ForAllValues: also holds where the request has no value for the key.
  if (operator.endsWith('IfExists') || operator.startsWith('ForAllValues:'))
    return `the condition on '${key}' holds only where the request has no '${key}', so the statement applies only there`;
  return `the condition on '${key}' can never hold, so the statement never applies`;
}
