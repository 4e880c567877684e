import { isIntrinsic } from '../cloudformation-template.js';
import { isMapping } from './rule-context.js';
import type { YamlPath } from '../safe-yaml.js';
import { conditionValueProblem } from './scp-condition-values.js';

/*
 * A policy statement's Condition, in the IAM grammar SCPs and IAM policies share: operators
 * (reference_policies_elements_condition_operators.html, with "IfExists" on every operator except Null, and the
 * ForAllValues:/ForAnyValue: set prefixes of reference_policies_multi-value-conditions.html), keys in the format
 * service:keyname (IAM Access Analyzer's "Invalid condition key format"), and values each operator can match.
 */

/** Reports a finding at `path` (relative to the policy document), at its key or its value. */
export type Report = (message: string, path: YamlPath, part?: 'key' | 'value') => void;

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

/** A CloudFormation intrinsic function (`Ref`, `Fn::Sub`…): its value is known only when the stack deploys. */
export const isFunction = (value: unknown): boolean => isMapping(value) && isIntrinsic(value);

/**
 * Checks a Condition block: grammar errors through `report`, values an operator can never match through `warnValue`
 * (AWS takes them; they only never match).
 */
export function checkCondition(
  condition: unknown,
  path: YamlPath,
  report: Report,
  warnValue: Report,
  /** Whether a value is computed at deploy time (an intrinsic function in a template), left to IAM. */
  given: (value: unknown) => boolean,
  /**
   * The policy is YAML (a template): an unquoted `Null:` key reads as YAML's null, which the loader gives as 'null',
   * and CloudFormation takes as the Null operator (templates deploy so), so 'null' is that operator.
   */
  fromYaml = false,
) {
  if (!isMapping(condition)) {
    report(
      'Condition must be an object of operators, such as { "StringEquals": { "aws:RequestedRegion": "eu-west-1" } }.',
      path,
    );
    return;
  }
  for (const [written, block] of Object.entries(condition)) {
    const operator = fromYaml && written === 'null' ? 'Null' : written;
    if (!CONDITION_OPERATOR.test(operator))
      report(
        `'${operator}' is not an IAM condition operator (such as StringEquals, ArnNotLike or Bool, optionally with IfExists or a ForAllValues:/ForAnyValue: prefix); fix its spelling.`,
        [...path, written],
        'key',
      );
    if (given(block)) continue;
    if (!isMapping(block)) {
      report(`${operator} must map condition keys to values, such as { "aws:PrincipalArn": "arn:…" }.`, [
        ...path,
        written,
      ]);
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      if (!CONDITION_KEY.test(key))
        report(
          `${JSON.stringify(key)} is not a condition key: write service:keyname, such as aws:PrincipalArn or s3:prefix.`,
          [...path, written, key],
          'key',
        );
      const values = Array.isArray(value) ? value : [value];
      // A value a function gives (!Ref ExternalId) is known only when the stack deploys.
      if (values.some(given)) continue;
      if (values.length === 0 || values.some((entry) => !['string', 'number', 'boolean'].includes(typeof entry))) {
        report(
          `the value of condition key '${key}' must be a string, number or boolean, or a non-empty list of them.`,
          [...path, written, key],
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
            Array.isArray(value) ? [...path, written, key, index] : [...path, written, key],
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
