import type { AccountDocument } from '../config/documents.js';
import { describeDiagnostic, emptyRepository } from '../config/file-checks.js';
import type { Quotas } from '../config/quotas.js';
import type { LoadedRepository } from '../config/repository.js';
import { checkTagCharacters, checkTagLimits } from '../config/rules/tag-rules.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import { checkSchema } from '../config/schema-check.js';
import { canonicalJson } from '../plan/canonical-json.js';

/*
 * Import checks what it is about to write with validate's own rules, one file at a time and before anything is
 * written, so that it leaves out what the repository could not hold rather than write a repository that does not
 * validate (config/file-checks.ts for templates and SCPs). Pure: the files are parsed from memory.
 */

/**
 * Why validate would refuse this account manifest: it does not read back as `document`, fails its schema (the
 * email, say), or carries tags AWS or vend would refuse. Each problem is `rule: message`; none means it is fine.
 */
export function manifestProblems(file: string, text: string, document: AccountDocument, quotas: Quotas): string[] {
  const parsed = parseRepositoryFile(file, new TextEncoder().encode(text));
  if (!parsed.source) return parsed.diagnostics.map(describeDiagnostic);
  const value = parsed.source.document.toJS() as AccountDocument;
  if (canonicalJson(value) !== canonicalJson(document))
    return [`yaml: the manifest would not read back as written (${canonicalJson(value)})`];
  const schema = checkSchema('account', parsed.source, value);
  if (schema.length > 0) return schema.map(describeDiagnostic);
  const repository: LoadedRepository = {
    ...emptyRepository(),
    accounts: [{ source: parsed.source, value }],
  };
  const context = { repository, now: new Date(0), quotas };
  return [...checkTagLimits(context), ...checkTagCharacters(context)].map(describeDiagnostic);
}
