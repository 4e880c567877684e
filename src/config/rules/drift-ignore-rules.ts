import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import { DAY_MS, expiryInstant, notACalendarDate } from './exceptions.js';

/** How far ahead an ignore entry may expire before validate warns. */
const MAX_IGNORE_DAYS = 366;
import type { Rule } from './rule-context.js';

/**
 * `ignore:` in baselines/organization.yaml. The schema checks each field; this checks what the schema cannot say
 * clearly: an entry names exactly one finding id or one kind (a target pattern needs a kind), and its expiry is a
 * calendar date (a schema error otherwise, as for exceptions). An expired entry is only a warning: it no longer applies, so vend drift reports the finding again,
 * which is the safe side.
 */
export const checkDriftIgnore: Rule = ({ repository, now }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics: Diagnostic[] = [];
  const { source } = organization;
  (organization.value.ignore ?? []).forEach((entry, index) => {
    const path = ['ignore', index];
    if (entry.id !== undefined && (entry.kind !== undefined || entry.target !== undefined)) {
      diagnostics.push(
        source.diagnostic(
          RULES.driftIgnore,
          `ignore entry names finding id '${entry.id}' and a ${entry.kind !== undefined ? 'kind' : 'target'}; an id already names one finding, so remove the ${entry.kind !== undefined ? 'kind' : 'target'}, or drop the id to ignore by kind and target.`,
          path,
        ),
      );
    } else if (entry.id === undefined && entry.kind === undefined) {
      diagnostics.push(
        source.diagnostic(
          RULES.driftIgnore,
          `ignore entry names no finding: add 'id' (a finding id from vend drift) or 'kind' (with an optional 'target' pattern).`,
          path,
        ),
      );
    }
    // minimatch crosses `/` with `**` only when it is a whole part; inside one it is `*`, and matches less than
    // its writer meant. That fails safe (findings stay reported), but the entry does not do what it says.
    if (
      typeof entry.target === 'string' &&
      entry.target.split('/').some((part) => part.includes('**') && part !== '**')
    )
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `target '${entry.target}' has '**' inside a '/'-separated part, where it matches like '*', within that part only; '**' crosses parts only as a part of its own ('ou:Sandbox/**'). For every OU, write two entries: 'ou:*' and 'ou:*/**' after the prefix.`,
          [...path, 'target'],
        ),
        severity: 'warning',
      });
    const expires = expiryInstant(entry.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, entry.expires, [...path, 'expires']));
    } else if (expires - now.getTime() > MAX_IGNORE_DAYS * DAY_MS) {
      // An entry is a decision to revisit: one dated years ahead silences its findings for good, critical or not.
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `ignore entry expires on ${entry.expires}, more than ${MAX_IGNORE_DAYS} days ahead; its findings would stay out of the report and fail-on-drift until then. Set an expiry within a year, and renew it when it comes.`,
          [...path, 'expires'],
        ),
        severity: 'warning',
      });
    } else if (expires < now.getTime()) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnoreExpired,
          `ignore entry expired on ${entry.expires}, so vend drift reports its findings again; renew it with a new date and reason, or remove it.`,
          [...path, 'expires'],
        ),
        severity: 'warning',
      });
    }
  });
  return diagnostics;
};
