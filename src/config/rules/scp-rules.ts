import { lengthProblem, POLICY_DESCRIPTION } from '../aws-constraints.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Rule } from './rule-context.js';
import { checkPolicyGrammar } from './scp-grammar.js';

/** SCPs are deployed minified, so the AWS size limit applies to this form rather than to the file as written. */
export function minifyPolicy(document: unknown): string {
  return JSON.stringify(document);
}

export const checkScps: Rule = ({ repository, quotas }) => {
  const diagnostics: Diagnostic[] = [];
  for (const scp of repository.scps.values()) {
    diagnostics.push(...checkPolicyGrammar(scp.source, scp.document));
    // Bytes, not characters: see QUOTAS.scpSize for why that is the safe reading of the AWS text.
    const size = Buffer.byteLength(minifyPolicy(scp.document), 'utf8');
    if (size > quotas.scpSize) {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSize,
          `SCP '${scp.name}' is ${size} bytes minified; AWS allows ${quotas.scpSize} (quota scpSize). Split it into two policies or use wildcards in actions.`,
        ),
      );
    }
  }
  return diagnostics;
};

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
