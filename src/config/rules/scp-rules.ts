import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Rule } from './rule-context.js';

export const MAX_SCP_CHARACTERS = 5120;

/** SCPs are deployed minified, so the AWS size limit applies to this form rather than to the file as written. */
export function minifyPolicy(document: unknown): string {
  return JSON.stringify(document);
}

export const checkScps: Rule = ({ repository }) => {
  const diagnostics: Diagnostic[] = [];
  for (const scp of repository.scps.values()) {
    const document = scp.document as { Version?: unknown; Statement?: unknown } | null;
    if (!document || typeof document !== 'object' || Array.isArray(document)) {
      diagnostics.push(
        scp.source.diagnostic(RULES.scpSyntax, 'an SCP must be a JSON object with Version and Statement.'),
      );
      continue;
    }
    if (document.Version !== '2012-10-17') {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSyntax,
          `Version must be "2012-10-17"; without it AWS evaluates the policy with the legacy grammar.`,
          document.Version === undefined ? [] : ['Version'],
        ),
      );
    }
    if (!Array.isArray(document.Statement) && (typeof document.Statement !== 'object' || document.Statement === null)) {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSyntax,
          'Statement must be a statement object or a list of them.',
          document.Statement === undefined ? [] : ['Statement'],
        ),
      );
    }
    const size = minifyPolicy(document).length;
    if (size > MAX_SCP_CHARACTERS) {
      diagnostics.push(
        scp.source.diagnostic(
          RULES.scpSize,
          `SCP '${scp.name}' is ${size} characters minified; AWS allows ${MAX_SCP_CHARACTERS}. Split it into two policies or use wildcards in actions.`,
        ),
      );
    }
  }
  return diagnostics;
};
