import { formatCount, limitPhrase } from '../quotas.js';
import { isMap, isScalar, isSeq } from 'yaml';
import { lengthProblem, POLICY_DESCRIPTION } from '../aws-constraints.js';
import { AWS_REGIONS } from '../aws-regions.js';
import { RULES } from '../diagnostics.js';
import { numberAsJavaScriptWrites } from '../json-numbers.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import type { Rule } from './rule-context.js';
import { checkPolicyGrammar } from './policy-grammar.js';

/**
 * SCPs are deployed minified (CreatePolicy and UpdatePolicy Content), so the AWS size limit applies to this form
 * rather than to the file as written. Its numbers equal the file's because checkNumbersSentAsWritten refuses any
 * that JavaScript would change.
 */
export function minifyPolicy(document: unknown): string {
  return JSON.stringify(document);
}

/** An SCP's size as AWS counts it against scpSize: minified, in UTF-8 bytes (see QUOTAS.scpSize). */
export function policySize(document: unknown): number {
  return Buffer.byteLength(minifyPolicy(document), 'utf8');
}

export const checkScps: Rule = ({ repository, quotas }) => {
  const diagnostics: Diagnostic[] = [];
  const homePartition = AWS_REGIONS[String(repository.organization?.value.homeRegion)]?.partition;
  for (const scp of repository.scps.values()) {
    diagnostics.push(
      ...checkPolicyGrammar(scp.source, scp.document, homePartition),
      ...checkNumbersSentAsWritten(scp.source),
    );
    // Bytes, not characters: see QUOTAS.scpSize for why that is the safe reading of the AWS text.
    const size = policySize(scp.document);
    if (size > quotas.scpSize) {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSize,
          `SCP '${scp.name}' is ${formatCount(size)} bytes minified; ${limitPhrase('AWS', 'scpSize', quotas.scpSize)}. Split it into two policies or use wildcards in actions.`,
        ),
      );
    }
  }
  return diagnostics;
};

/**
 * minifyPolicy goes through JavaScript numbers, which hold about 17 significant digits: 12345678901234567890 would
 * be sent as 12345678901234567000, and 1e400 as null. CreatePolicy's Content would then differ from the file the
 * reviewers approved, so every number must survive the round trip with its value unchanged (1.0 sent as 1 is the
 * same number). Numbers appear in SCPs only as condition values, which IAM compares as strings anyway
 * (the IAM policy grammar, reference_policies_grammar.html, allows "string", "number" or "Boolean" condition values
 * and writes its own numeric example as "NumericLessThanEquals": { "s3:max-keys": "10" }), so quoting one changes
 * nothing else.
 */
function checkNumbersSentAsWritten(source: SourceFile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const visit = (node: unknown, path: YamlPath) => {
    if (isMap(node))
      for (const pair of node.items) visit(pair.value, [...path, String((pair.key as { value?: unknown }).value)]);
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
    else if (isScalar(node) && typeof node.value === 'number' && node.source !== undefined) {
      const sent = numberAsJavaScriptWrites(node.source);
      if (sent !== undefined)
        diagnostics.push(
          source.diagnostic(
            RULES.scpSyntax,
            `the number ${node.source} would be sent to AWS as ${sent}: vend sends SCPs minified through JavaScript numbers, which keep about 17 digits, so AWS would get another policy than the one reviewed. Quote it as a string ("${node.source}"); IAM condition values are compared as strings.`,
            path,
          ),
        );
    }
  };
  visit(source.document.contents, []);
  return diagnostics;
}

/** CreatePolicy and UpdatePolicy send the catalogue description as the policy's Description. */
export const checkScpDescriptions: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  return Object.entries(organization.value.scps ?? {}).flatMap(([name, entry]) => {
    const problem = lengthProblem(POLICY_DESCRIPTION, entry.description ?? '');
    return problem
      ? [
          organization.source.diagnostic(
            RULES.scpDescription,
            `the description of SCP '${name}' ${problem} (${POLICY_DESCRIPTION.member}); shorten it, and keep the details in the policy file or the README.`,
            ['scps', name, 'description'],
          ),
        ]
      : [];
  });
};
