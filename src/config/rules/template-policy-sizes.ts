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
 * - "Managed policy length": 6,144 characters; "Role policy length" (inline policies, all together): 10,240.
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
    return Object.entries(resources).flatMap(([name, resource]) =>
      isMapping(resource) && isMapping(resource.Properties) && typeof resource.Type === 'string'
        ? resourceFindings(source, quotas, resource.Type, resource.Properties, ['Resources', name, 'Properties'])
        : [],
    );
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
  if (type === 'AWS::IAM::Role' && inline.length > 0) {
    const length = inline.reduce((sum, { document }) => sum + literalLength(document), 0);
    if (length > quotas.roleInlinePoliciesSize)
      findings.push(
        source.diagnostic(
          RULES.templateLimits,
          `the role's inline policies are together at least ${formatCount(length)} characters, white space left out; ${limitPhrase('IAM', 'roleInlinePoliciesSize', quotas.roleInlinePoliciesSize, ' per role')}. Move some of them into managed policies (AWS::IAM::ManagedPolicy).`,
          [...at, 'Policies'],
        ),
      );
  }
  return findings;
}
