import { RULES } from '../diagnostics.js';
import { isMapping } from './rule-context.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import { checkCondition, isFunction } from './policy-conditions.js';
import type { Report } from './policy-conditions.js';

/*
 * The IAM policy grammar as SCPs accept it, and as IAM accepts it in a baseline template's identity and trust
 * policies (PolicyKind). Sources:
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
 * - Identity and trust policies: the same grammar (reference_policies_grammar.html), with Id and the 2008-10-17
 *   Version allowed; "Policy document should not specify a principal" in an identity policy, and a role trust
 *   policy names a Principal and no Resource ("Has prohibited field Resource"), as IAM's MalformedPolicyDocument
 *   messages say.
 * Organizations reports a grammar error as MalformedPolicyDocumentException only when apply creates the policy; IAM
 * reports one in a template only when a stack instance deploys, in every account.
 */

/** Which policy a document is: an SCP, a role's trust policy, or an identity policy attached to a principal. */
export type PolicyKind = 'scp' | 'trust' | 'identity' | 'resource';

const POLICY_ELEMENTS: Record<PolicyKind, string[]> = {
  scp: ['Version', 'Statement'],
  trust: ['Version', 'Id', 'Statement'],
  identity: ['Version', 'Id', 'Statement'],
  resource: ['Version', 'Id', 'Statement'],
};
const STATEMENT_ELEMENTS: Record<PolicyKind, string[]> = {
  scp: ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'],
  trust: ['Sid', 'Effect', 'Principal', 'Action', 'NotAction', 'Condition'],
  identity: ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'],
  resource: [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition',
  ],
};
const WHAT: Record<PolicyKind, string> = {
  scp: 'an SCP',
  trust: 'a trust policy',
  identity: 'an identity policy',
  resource: 'a resource policy',
};
/** Principal's keys (reference_policies_elements_principal.html). */
const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
/**
 * "service:action" with * and ? wildcards anywhere in the action name, or "*": the action grammar since the 2025-09
 * SCP change. Never in the service prefix: IAM refuses it ("MalformedPolicyDocument: Action vendors (e.g., aws, ec2,
 * etc.) must not contain wildcards"), as its policy grammar has the prefix a literal service namespace.
 */
const ACTION = /^(?:\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;
const WILDCARD_PREFIX = /^[A-Za-z0-9*?-]*[*?][A-Za-z0-9*?-]*:/;
/** "*" or an ARN: arn:partition:service:region:account:resource, where any part may hold wildcards or variables. */
const isResource = (value: string) => value === '*' || (value.startsWith('arn:') && value.split(':').length >= 6);
// IAM User Guide, "IAM JSON policy elements: Sid": ASCII letters and digits. IAM takes an empty Sid (policy
// generators write one), which names no statement, so two empty ones do not clash.
const SID = /^[A-Za-z0-9]*$/;

interface GrammarOptions {
  kind: PolicyKind;
  /** A resource policy whose service takes statements without Resource, the policy being the resource's own. */
  resourceOptional?: boolean;
  /** Where the document sits in its file: [] for an SCP's own file, the property's path in a template. */
  at: YamlPath;
  /** The rules findings carry: scp-syntax and scp-condition-value for SCPs, template-policy in templates. */
  rule: Diagnostic['rule'];
  warningRule: Diagnostic['rule'];
  partition: string | undefined;
  /**
   * Whether a value is one CloudFormation computes at deploy time (an intrinsic function), left to IAM: in a
   * template only; in an SCP, which is JSON sent as it is, `{"Ref": …}` is just a wrong value.
   */
  given: (value: unknown) => boolean;
}

/**
 * Checks an SCP document (parsed JSON) against the grammar above. Each finding is a `scp-syntax` diagnostic at
 * the offending key (unknown or missing elements) or value (wrong values), in the SCP's own file. `partition`:
 * the organization's (`aws`, `aws-cn`…, from homeRegion), which every resource ARN must name; undefined when
 * homeRegion names no known Region, which the region rules report.
 */
export function checkPolicyGrammar(source: SourceFile, document: unknown, partition?: string): Diagnostic[] {
  return checkGrammar(source, document, {
    kind: 'scp',
    at: [],
    rule: RULES.scpSyntax,
    warningRule: RULES.scpConditionValue,
    partition,
    given: () => false,
  });
}

/**
 * A policy document inside a CloudFormation template (a role's AssumeRolePolicyDocument, a PolicyDocument, an
 * AWS::Organizations::Policy's SCP Content), at
 * `at` in `source`, against the grammar IAM applies to `kind`: findings are template-policy errors, and warnings for
 * condition values that never match. What an intrinsic function gives (a `!Sub` resource, a statement under
 * `!If`) is left to IAM, as is a document written as a JSON string.
 */
export function checkTemplatePolicy(
  source: SourceFile,
  document: unknown,
  kind: PolicyKind,
  at: YamlPath,
  partition: string | undefined,
  resourceOptional = false,
): Diagnostic[] {
  if (typeof document === 'string' || isFunction(document)) return [];
  return checkGrammar(source, document, {
    kind,
    resourceOptional,
    at,
    rule: RULES.templatePolicy,
    warningRule: RULES.templatePolicy,
    partition,
    given: isFunction,
  });
}

function checkGrammar(source: SourceFile, document: unknown, options: GrammarOptions): Diagnostic[] {
  const { kind, at, given } = options;
  const diagnostics: Diagnostic[] = [];
  const report: Report = (message, path, part = 'value') =>
    diagnostics.push(source.diagnostic(options.rule, message, [...at, ...path], part));
  // AWS may take such a value; it only never matches: a warning, with a rule of its own.
  const warnValue: Report = (message, path, part = 'value') =>
    diagnostics.push({
      ...source.diagnostic(options.warningRule, message, [...at, ...path], part),
      severity: 'warning',
    });
  if (!isMapping(document)) {
    report(`${WHAT[kind]} must be ${kind === 'scp' ? 'a JSON object' : 'a mapping'} with Version and Statement.`, []);
    return diagnostics;
  }
  checkElements(document, POLICY_ELEMENTS[kind], WHAT[kind], [], report, kind);
  if (kind === 'scp' && document.Version !== '2012-10-17') {
    report(
      `Version must be "2012-10-17"; without it AWS evaluates the policy with the legacy grammar.`,
      document.Version === undefined ? [] : ['Version'],
    );
  } else if (kind !== 'scp' && document.Version !== undefined && !given(document.Version)) {
    if (document.Version !== '2012-10-17' && document.Version !== '2008-10-17')
      report(`Version must be "2012-10-17" (or the legacy "2008-10-17"); got ${JSON.stringify(document.Version)}.`, [
        'Version',
      ]);
  }
  const statement = document.Statement;
  if (given(statement)) return diagnostics;
  if (!Array.isArray(statement) && !isMapping(statement)) {
    report('Statement must be a statement object or a list of them.', statement === undefined ? [] : ['Statement']);
    return diagnostics;
  }
  const sids = new Set<string>();
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statements.length === 0)
    report(
      `Statement is an empty list; ${WHAT[kind]} must have at least one statement, so add one${kind === 'scp' ? ' or delete the policy' : ''}.`,
      ['Statement'],
    );
  statements.forEach((entry, index) => {
    const path = Array.isArray(statement) ? ['Statement', index] : ['Statement'];
    if (given(entry)) return;
    if (!isMapping(entry)) report('each statement must be a JSON object with Effect, Action and Resource.', path);
    else checkStatement(entry, path, sids, report, warnValue, options);
  });
  return diagnostics;
}

function checkElements(
  element: Record<string, unknown>,
  allowed: string[],
  what: string,
  path: YamlPath,
  report: Report,
  kind: PolicyKind,
) {
  for (const key of Object.keys(element)) {
    if (allowed.includes(key)) continue;
    if ((key === 'Principal' || key === 'NotPrincipal') && kind === 'identity')
      report(
        `an identity policy has no ${key}: it applies to whoever it is attached to, and IAM refuses it ("Policy document should not specify a principal"). Remove it; to say who may assume a role, use the role's AssumeRolePolicyDocument.`,
        [...path, key],
        'key',
      );
    else if (key === 'NotPrincipal' && kind === 'trust')
      report(
        `a trust policy takes no NotPrincipal: IAM refuses it in a role trust policy ("You cannot use the NotPrincipal element in an IAM identity-based policy nor in an IAM role trust policy"). Name whom the role trusts in Principal instead.`,
        [...path, key],
        'key',
      );
    else if ((key === 'Resource' || key === 'NotResource') && kind === 'trust')
      report(
        `a trust policy has no ${key}: the role is its resource, and IAM refuses it ("Has prohibited field ${key}"). Remove it.`,
        [...path, key],
        'key',
      );
    else if (key === 'Principal' || key === 'NotPrincipal')
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
  options: GrammarOptions,
) {
  const { kind, partition, given } = options;
  checkElements(statement, STATEMENT_ELEMENTS[kind], `${WHAT[kind]} statement`, path, report, kind);
  const { Sid: sid, Effect: effect } = statement;
  // The Sid's letters-and-digits rule is IAM's and Organizations'; a service's resource policy follows the
  // service's own (reference_policies_elements_sid.html): KMS's default key policy has "Enable IAM User Permissions".
  if (sid !== undefined && !given(sid) && kind !== 'resource') {
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
  else if (effect !== 'Allow' && effect !== 'Deny' && !given(effect))
    report(`Effect must be "Allow" or "Deny", spelled exactly so; got ${JSON.stringify(effect)}.`, [...path, 'Effect']);
  checkOneOf(statement, ['Action', 'NotAction'], path, report, given, (value) =>
    ACTION.test(value)
      ? undefined
      : WILDCARD_PREFIX.test(value)
        ? `${JSON.stringify(value)} has a wildcard in its service prefix, which AWS refuses ("Action vendors must not contain wildcards"): write one entry per service (s3:Untag*, ec2:Untag*), with wildcards only after the colon.`
        : `${JSON.stringify(value)} is not an action: write service:action, such as s3:PutObject, with * and ? as wildcards, or "*" for every action.`,
  );
  if (kind === 'trust' || kind === 'resource') checkPrincipal(statement, path, report, WHAT[kind]);
  // Some services take a resource policy without Resource, the policy being the resource's own (ECR's
  // SetRepositoryPolicy examples): its entries are checked when present.
  if (kind !== 'trust')
    checkOneOf(
      statement,
      ['Resource', 'NotResource'],
      path,
      report,
      given,
      (value) => resourceProblem(value, partition),
      options.resourceOptional !== true,
    );
  if (statement.Condition !== undefined && !given(statement.Condition))
    checkCondition(statement.Condition, [...path, 'Condition'], report, warnValue, given, kind !== 'scp');
}

/**
 * A trust or resource policy statement names whom it concerns in a Principal ("*" or a map of kinds), or, in a
 * resource policy, a NotPrincipal (reference_policies_elements_principal.html: "Use the Principal element in a
 * resource-based JSON policy to specify the principal that is allowed or denied access to a resource").
 */
function checkPrincipal(statement: Record<string, unknown>, path: YamlPath, report: Report, what: string) {
  const value = statement.Principal ?? statement.NotPrincipal;
  const key = statement.Principal === undefined ? 'NotPrincipal' : 'Principal';
  // In a trust policy NotPrincipal is refused as an element (checkElements): it names no one the role trusts.
  if (value === undefined) {
    report(
      `${what} statement names whom it ${what === WHAT.trust ? 'trusts' : 'concerns'}; add a Principal, such as { "Service": "ec2.amazonaws.com" } or { "AWS": "arn:aws:iam::111122223333:root" }.`,
      path,
    );
    return;
  }
  if (statement.Principal !== undefined && statement.NotPrincipal !== undefined) {
    report('a statement has Principal or NotPrincipal, not both; remove one.', [...path, 'NotPrincipal'], 'key');
    return;
  }
  if (value === '*' || isFunction(value)) return;
  if (!isMapping(value)) {
    report(`${key} must be "*" or a map such as { "AWS": "arn:aws:iam::111122223333:root" }.`, [...path, key]);
    return;
  }
  for (const kindOfPrincipal of Object.keys(value))
    if (!PRINCIPAL_KEYS.includes(kindOfPrincipal))
      report(
        `'${kindOfPrincipal}' is not a kind of principal (${PRINCIPAL_KEYS.join(', ')}); fix its spelling.`,
        [...path, key, kindOfPrincipal],
        'key',
      );
  const aws = value.AWS;
  const entries = Array.isArray(aws) ? aws.map((entry, index) => [entry, index] as const) : [[aws, undefined] as const];
  for (const [entry, index] of entries) {
    const problem = typeof entry === 'string' ? awsPrincipalProblem(entry) : undefined;
    if (problem) report(problem, index === undefined ? [...path, key, 'AWS'] : [...path, key, 'AWS', index]);
  }
}

/**
 * What IAM refuses in an `AWS` principal ("Invalid principal in policy"), after the IAM User Guide's "AWS JSON policy
 * elements: Principal": an account id, an ARN, or "*"; "You cannot use a wildcard to match part of a principal name
 * or ARN"; a role or user named within the IAM API model's roleNameType/userNameType (`[\w+=,.@-]+`). Unique ids
 * (AROA…), which IAM writes in place of a deleted principal, pass; so do ARNs of other kinds, such as CloudFront's
 * origin access identities, whose names hold spaces.
 */
function awsPrincipalProblem(value: string): string | undefined {
  if (value === '*' || /^\d{12}$/.test(value) || /^A[A-Z0-9]{15,127}$/.test(value)) return undefined;
  if (!value.startsWith('arn:'))
    return `${JSON.stringify(value)} is not an AWS principal, which IAM refuses ("Invalid principal in policy"): write an account id (111122223333), an ARN such as arn:aws:iam::111122223333:role/name, or "*".`;
  if (/[*?]/.test(value))
    return `${JSON.stringify(value)} has a wildcard in a principal ARN, which IAM refuses ("You cannot use a wildcard to match part of a principal name or ARN"): name the principal whole, or use "*" with a Condition such as ArnLike on aws:PrincipalArn.`;
  const identity = /^arn:[^:]+:iam::\d{12}:(role|user)\/(.*)$/.exec(value);
  if (identity && !/^(?:[\u0021-\u007E]*\/)?[\w+=,.@-]{1,64}$/.test(identity[2]!))
    return `${JSON.stringify(value)} is not a ${identity[1]} ARN IAM can match ("Invalid principal in policy"): a ${identity[1]} name takes only letters, digits and _ + = , . @ - (IAM API, ${identity[1]}NameType), after a path without spaces.`;
  return undefined;
}

/**
 * What is wrong with a Resource entry, if anything. IAM refuses an ARN of another partition than the account's
 * (MalformedPolicyDocument: 'Partition "aws-cn" is not valid for resource'), and in an SCP it could match nothing
 * there anyway. Whitespace is part of an ARN as written, so it matches no resource, with one exception: inside an S3
 * object key, which may hold spaces (Amazon S3 User Guide, "Naming Amazon S3 objects"); not in a bucket name, and
 * not at the end, where a typo is likelier than a key ending in a space.
 */
function resourceProblem(value: string, partition: string | undefined): string | undefined {
  if (!isResource(value))
    return `${JSON.stringify(value)} is not a resource: write "*" or an ARN such as arn:${partition ?? 'aws'}:s3:::bucket/*.`;
  if (/\s/.test(value) && !inS3ObjectKey(value))
    return `${JSON.stringify(value)} holds whitespace, which no resource name has but an S3 object key's, so it would match nothing; remove it.`;
  const named = value.split(':')[1]!;
  if (value !== '*' && named === '')
    return `${JSON.stringify(value)} names no partition; write arn:${partition ?? 'aws'}:….`;
  if (partition && value !== '*' && !/[*?$]/.test(named) && named !== partition)
    return `${JSON.stringify(value)} names the partition '${named}', but the organization is in '${partition}' (homeRegion); AWS refuses a resource of another partition, and it could match nothing here. Write arn:${partition}:….`;
  return undefined;
}

/** Whether every whitespace character of `arn` is inside an S3 object key (after `bucket/`), and none ends it. */
function inS3ObjectKey(arn: string): boolean {
  const parts = arn.split(':');
  if (parts[2] !== 's3' || parts.length < 6 || /\s$/.test(arn)) return false;
  const resource = parts.slice(5).join(':');
  const slash = resource.indexOf('/');
  return slash > 0 && !/\s/.test([...parts.slice(0, 5), resource.slice(0, slash)].join(':'));
}

/** Exactly one of a pair such as Action/NotAction, holding a string or a non-empty list of strings. */
function checkOneOf(
  statement: Record<string, unknown>,
  pair: [string, string],
  path: YamlPath,
  report: Report,
  given: (value: unknown) => boolean,
  problemOf: (value: string) => string | undefined,
  required = true,
) {
  const present = pair.filter((key) => statement[key] !== undefined);
  if (present.length === 0 && required)
    report(`the statement has neither ${pair[0]} nor ${pair[1]}; add one of them.`, path);
  if (present.length === 2)
    report(`a statement has ${pair[0]} or ${pair[1]}, not both; remove one.`, [...path, pair[1]], 'key');
  for (const key of present) {
    const value = statement[key];
    if (given(value)) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) report(`${key} is an empty list; list at least one entry.`, [...path, key]);
    values.forEach((entry, index) => {
      const at = Array.isArray(value) ? [...path, key, index] : [...path, key];
      if (given(entry)) return;
      const problem = typeof entry === 'string' ? problemOf(entry) : `each ${key} entry must be a string.`;
      if (problem) report(problem, at);
    });
  }
}
