import { isCloudFormationTemplate, usesMacros } from '../cloudformation-template.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { formatCount, limitPhrase } from '../quotas.js';
import type { Quotas } from '../quotas.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import { isFunction } from './policy-conditions.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * IAM User Guide, "IAM and AWS STS quotas" (reference_iam-quotas.html), which IAM enforces when a stack instance
 * creates the policy, in every account, after apply's earlier stages:
 * - "Managed policy length": 6,144 characters; "Role policy length" (inline policies, all together): 10,240; "Group
 *   policy length": 5,120; "User policy length": 2,048.
 *   "IAM doesn't count white space when calculating the size of a policy against these quotas."
 * - "The policy document can contain only the following Unicode characters: horizontal tab (U+0009), linefeed
 *   (U+000A), carriage return (U+000D), and characters in the range U+0020 to U+00FF."
 * A value a function gives counts for nothing here: what is measured is a lower bound, so a finding is certain.
 */

/**
 * The literal text of a policy document, as IAM measures it: minified, white space left out, functions empty; a
 * document written as a JSON string, its text.
 */
function literalLength(document: unknown): number {
  // A document written as a JSON string is that text.
  if (typeof document === 'string') return [...document.replace(/\s/g, '')].length;
  const literal = (value: unknown): unknown => {
    if (isFunction(value)) return '';
    if (Array.isArray(value)) return value.map(literal);
    if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, literal(child)]));
    return value;
  };
  return [...JSON.stringify(literal(document)).replace(/\s/g, '')].length;
}

/** The first character IAM refuses in a policy document's literal text, with where it is; undefined if none. */
function refusedCharacter(document: unknown, path: YamlPath): { character: string; path: YamlPath } | undefined {
  if (isFunction(document)) return undefined;
  if (typeof document === 'string') {
    const character = [...document].find((char) => !/[\t\n\r\x20-\xFF]/u.test(char));
    return character === undefined ? undefined : { character, path };
  }
  const entries = Array.isArray(document)
    ? document.map((child, index) => [index, child] as const)
    : isMapping(document)
      ? Object.entries(document)
      : [];
  for (const [key, child] of entries) {
    const found =
      (typeof key === 'string' ? refusedCharacter(key, [...path, key]) : undefined) ??
      refusedCharacter(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

const MANAGED = new Set(['AWS::IAM::ManagedPolicy']);

/**
 * A template-limits error at an IAM managed policy over its length, at a role whose inline policies together are
 * over theirs, and a template-policy error at the first character IAM refuses in any of a role's, a managed policy's
 * or an inline policy's documents. A template with macros is left to CloudFormation.
 */
export const checkTemplatePolicySizes: Rule = ({ repository, quotas }) =>
  [...repository.templates.values()].flatMap(({ source, template }) => {
    if (!isCloudFormationTemplate(template) || usesMacros(template)) return [];
    const resources = isMapping(template.Resources) ? template.Resources : {};
    return [
      ...Object.entries(resources).flatMap(([name, resource]) =>
        isMapping(resource) && isMapping(resource.Properties) && typeof resource.Type === 'string'
          ? resourceFindings(source, quotas, resource.Type, resource.Properties, ['Resources', name, 'Properties'])
          : [],
      ),
      ...inlinePolicyTotals(source, quotas, resources),
    ];
  });

function resourceFindings(
  source: SourceFile,
  quotas: Quotas,
  type: string,
  properties: Record<string, unknown>,
  at: YamlPath,
): Diagnostic[] {
  const documents: { document: unknown; path: YamlPath }[] = [];
  if (type.startsWith('AWS::IAM::') && properties.PolicyDocument !== undefined)
    documents.push({ document: properties.PolicyDocument, path: [...at, 'PolicyDocument'] });
  if (type === 'AWS::IAM::Role' && properties.AssumeRolePolicyDocument !== undefined)
    documents.push({ document: properties.AssumeRolePolicyDocument, path: [...at, 'AssumeRolePolicyDocument'] });
  const inline =
    (type === 'AWS::IAM::Role' || type === 'AWS::IAM::Group' || type === 'AWS::IAM::User') &&
    Array.isArray(properties.Policies)
      ? properties.Policies.flatMap((policy, index) =>
          isMapping(policy) && policy.PolicyDocument !== undefined
            ? [{ document: policy.PolicyDocument, path: [...at, 'Policies', index, 'PolicyDocument'] }]
            : [],
        )
      : [];
  documents.push(...inline);
  const findings: Diagnostic[] = [];
  for (const { document, path } of documents) {
    const refused = refusedCharacter(document, path);
    if (refused)
      findings.push(
        source.diagnostic(
          RULES.templatePolicy,
          `the policy document holds ${JSON.stringify(refused.character)} (U+${refused.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}); IAM takes only tab, line feed, carriage return and U+0020 to U+00FF in a policy document, and refuses it in every account. Write it with those characters.`,
          refused.path,
        ),
      );
  }
  if (MANAGED.has(type) && properties.PolicyDocument !== undefined) {
    const length = literalLength(properties.PolicyDocument);
    if (length > quotas.managedPolicySize)
      findings.push(
        source.diagnostic(
          RULES.templateLimits,
          `the managed policy is at least ${formatCount(length)} characters, white space left out; ${limitPhrase('IAM', 'managedPolicySize', quotas.managedPolicySize)}. Split it into two managed policies, or use wildcards where they keep the meaning.`,
          [...at, 'PolicyDocument'],
        ),
      );
  }
  return findings;
}

/** Each IAM entity's inline policies, by type: its own Policies, and the policy resources that embed theirs in it. */
const ENTITIES = {
  'AWS::IAM::Role': {
    kind: 'role',
    nameProperty: 'RoleName',
    policyType: 'AWS::IAM::RolePolicy',
    list: 'Roles',
    quota: 'roleInlinePoliciesSize',
  },
  'AWS::IAM::Group': {
    kind: 'group',
    nameProperty: 'GroupName',
    policyType: 'AWS::IAM::GroupPolicy',
    list: 'Groups',
    quota: 'groupInlinePoliciesSize',
  },
  'AWS::IAM::User': {
    kind: 'user',
    nameProperty: 'UserName',
    policyType: 'AWS::IAM::UserPolicy',
    list: 'Users',
    quota: 'userInlinePoliciesSize',
  },
} as const;

/**
 * A template-limits error at each role, group or user whose inline policies together are over IAM's length for that
 * entity: its own `Policies`, an AWS::IAM::RolePolicy (GroupPolicy, UserPolicy) naming it, and an AWS::IAM::Policy
 * listing it (Roles, Groups, Users) all embed an inline policy in it. An entity is named by `Ref` to its logical id,
 * or by its literal name.
 */
function inlinePolicyTotals(source: SourceFile, quotas: Quotas, resources: Record<string, unknown>): Diagnostic[] {
  // A group or user may declare no Properties at all, and still have policies embedded in it.
  const typed = Object.entries(resources).flatMap(([name, resource]) =>
    isMapping(resource) && typeof resource.Type === 'string'
      ? [{ name, type: resource.Type, properties: isMapping(resource.Properties) ? resource.Properties : {} }]
      : [],
  );
  return typed.flatMap(({ name, type, properties }) => {
    const entity = ENTITIES[type as keyof typeof ENTITIES];
    if (!entity) return [];
    const literalName =
      typeof properties[entity.nameProperty] === 'string' ? properties[entity.nameProperty] : undefined;
    const names = (value: unknown) =>
      (isMapping(value) && value.Ref === name) || (literalName !== undefined && value === literalName);
    const own = Array.isArray(properties.Policies)
      ? properties.Policies.flatMap((policy) => (isMapping(policy) ? [policy.PolicyDocument] : []))
      : [];
    const embedded = typed.flatMap((other) =>
      (other.type === entity.policyType && names(other.properties[entity.nameProperty])) ||
      (other.type === 'AWS::IAM::Policy' &&
        Array.isArray(other.properties[entity.list]) &&
        (other.properties[entity.list] as unknown[]).some(names))
        ? [other.properties.PolicyDocument]
        : [],
    );
    const documents = [...own, ...embedded].filter((document) => document !== undefined);
    const warnings = entity.kind === 'role' ? roleQuotaWarnings(source, name, properties, typed, names) : [];
    const length = documents.reduce((sum: number, document) => sum + literalLength(document), 0);
    const limit = quotas[entity.quota];
    if (length <= limit) return warnings;
    const from =
      embedded.length > 0
        ? `, ${embedded.length === 1 ? 'one' : formatCount(embedded.length)} of them from policy resources that name it`
        : '';
    return [
      source.diagnostic(
        RULES.templateLimits,
        `the ${entity.kind}'s inline policies are together at least ${formatCount(length)} characters, white space left out${from}; ${limitPhrase('IAM', entity.quota, limit, ` per ${entity.kind}`)}. Move some of them into managed policies (AWS::IAM::ManagedPolicy).`,
        own.length > 0 ? ['Resources', name, 'Properties', 'Policies'] : ['Resources', name],
        own.length > 0 ? 'value' : 'key',
      ),
      ...warnings,
    ];
  });
}

/*
 * IAM quotas a member account may have raised (Service Quotas, per account), so over their defaults a role fails
 * only where they were not: "Role trust policy length: 2,048 characters" and "Managed policies attached to an IAM
 * role: 10" (IAM User Guide, "IAM and AWS STS quotas"). Warnings: vend cannot read each account's quota offline.
 */
const TRUST_POLICY_LENGTH = 2_048;
const MANAGED_POLICIES_PER_ROLE = 10;

function roleQuotaWarnings(
  source: SourceFile,
  name: string,
  properties: Record<string, unknown>,
  typed: readonly { type: string; properties: Record<string, unknown> }[],
  names: (value: unknown) => boolean,
): Diagnostic[] {
  const warning = (message: string, path: YamlPath): Diagnostic => ({
    ...source.diagnostic(RULES.templateLimits, message, path),
    severity: 'warning',
  });
  const found: Diagnostic[] = [];
  const trust = properties.AssumeRolePolicyDocument;
  const trustLength = trust === undefined ? 0 : literalLength(trust);
  if (trustLength > TRUST_POLICY_LENGTH)
    found.push(
      warning(
        `the trust policy is at least ${formatCount(trustLength)} characters, white space left out, over IAM's default of ${formatCount(TRUST_POLICY_LENGTH)} per role: every account that has not raised its "Role trust policy length" quota (Service Quotas) refuses the role. Shorten it (a condition on aws:PrincipalOrgID instead of a list of accounts), or raise the quota in every account first.`,
        ['Resources', name, 'Properties', 'AssumeRolePolicyDocument'],
      ),
    );
  const attached =
    (Array.isArray(properties.ManagedPolicyArns) ? properties.ManagedPolicyArns.length : 0) +
    typed.filter(
      (other) =>
        other.type === 'AWS::IAM::ManagedPolicy' &&
        Array.isArray(other.properties.Roles) &&
        (other.properties.Roles as unknown[]).some(names),
    ).length;
  if (attached > MANAGED_POLICIES_PER_ROLE)
    found.push(
      warning(
        `the role has ${attached} managed policies attached (ManagedPolicyArns and managed policies that list it), over IAM's default of ${MANAGED_POLICIES_PER_ROLE} per role: every account that has not raised its "Managed policies attached to an IAM role" quota (Service Quotas) refuses it. Merge some of them, or raise the quota in every account first.`,
        ['Resources', name],
      ),
    );
  return found;
}
