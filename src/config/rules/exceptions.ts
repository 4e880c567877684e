import { RULES, WAIVABLE_RULES } from '../diagnostics.js';
import type { Diagnostic, RuleId } from '../diagnostics.js';
import type { AccountDocument, Parsed } from '../documents.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import type { Rule } from './rule-context.js';

/** An exception (or drift ignore entry) this close to its expiry is worth a warning. */
export const WARNING_DAYS = 14;
/**
 * How far ahead an exception or drift ignore entry may expire before validate warns: each is a decision to revisit,
 * and one dated years ahead waives its rule, or silences its findings, for good.
 */
export const MAX_EXPIRY_DAYS = 366;
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The end of the expiry day in UTC, in ms since the epoch: an exception that expires on 2027-03-31 still holds
 * throughout that day. NaN for a date that is not in the calendar.
 */
export function expiryInstant(expires: string): number {
  const instant = Date.parse(`${expires}T23:59:59.999Z`);
  // Date.parse rolls 2027-02-30 over to March; a date that does not round-trip is not a real date.
  return !Number.isNaN(instant) && new Date(instant).toISOString().startsWith(expires) ? instant : NaN;
}

/**
 * Whether an expiry date (YYYY-MM-DD, not yet past) falls within WARNING_DAYS calendar days of `now`'s UTC day:
 * on 2026-11-30 an exception expiring 2026-12-14 is "within 14 days", though its last instant is 14 days and some
 * hours away.
 */
export function expiresSoon(expires: string, now: Date): boolean {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return Date.parse(`${expires}T00:00:00Z`) - today <= WARNING_DAYS * DAY_MS;
}

/** Rules an account currently waives: named in an exception that is known and not expired. */
export function waivedRules(account: AccountDocument, now: Date): Set<RuleId> {
  const waived = new Set<RuleId>();
  for (const exception of account.exceptions ?? []) {
    const rule = exception.rule as RuleId;
    if (WAIVABLE_RULES.includes(rule) && expiryInstant(exception.expires) >= now.getTime()) waived.add(rule);
  }
  return waived;
}

/** The schema's pattern admits 2027-02-30: a date the calendar does not have is a schema error at its value. */
export function notACalendarDate(source: SourceFile, expires: string, path: YamlPath): Diagnostic {
  return source.diagnostic(RULES.schema, `'${expires}' is not a calendar date; write it as YYYY-MM-DD.`, path);
}

export const checkExceptions: Rule = ({ repository, now }) => {
  const diagnostics: Diagnostic[] = [];
  for (const account of repository.accounts) diagnostics.push(...checkAccountExceptions(account, now));
  return diagnostics;
};

function checkAccountExceptions({ source, value }: Parsed<AccountDocument>, now: Date): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  (value.exceptions ?? []).forEach((exception, index) => {
    const path = ['exceptions', index];
    if (!WAIVABLE_RULES.includes(exception.rule as RuleId)) {
      diagnostics.push(
        source.diagnostic(
          RULES.exceptionUnknownRule,
          `exception names rule '${exception.rule}', which cannot be waived; use one of: ${WAIVABLE_RULES.join(', ')}.`,
          [...path, 'rule'],
        ),
      );
      return;
    }
    const expires = expiryInstant(exception.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, exception.expires, [...path, 'expires']));
    } else if (expires < now.getTime()) {
      diagnostics.push(
        source.diagnostic(
          RULES.exceptionExpired,
          `exception for '${exception.rule}' expired on ${exception.expires}; renew it with a new approval and date, or remove it and comply with the rule.`,
          [...path, 'expires'],
        ),
      );
    } else if (expires - now.getTime() > MAX_EXPIRY_DAYS * DAY_MS) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.exceptionLongLived,
          `exception for '${exception.rule}' expires on ${exception.expires}, more than ${MAX_EXPIRY_DAYS} days ahead, so the account is exempt from the rule until then without anyone looking again. Set an expiry within a year, and renew it with a new approval when it comes.`,
          [...path, 'expires'],
        ),
        severity: 'warning',
      });
    } else if (expiresSoon(exception.expires, now)) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.exceptionExpiring,
          `exception for '${exception.rule}' expires on ${exception.expires}, within ${WARNING_DAYS} days; renew it or plan to comply.`,
          [...path, 'expires'],
        ),
        severity: 'warning',
      });
    }
  });
  return diagnostics;
}
