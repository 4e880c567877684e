import { loadRepository } from '../config/load-repository.js';
import type { RepositoryVerdict } from '../config/load-repository.js';
import { expiryInstant } from '../config/rules/exceptions.js';
import type { VendSettings } from '../settings/settings.js';

export interface ValidateResult extends RepositoryVerdict {
  exitCode: 0 | 1;
}

export function runValidate(settings: Pick<VendSettings, 'repositoryRoot'>, now: Date = new Date()): ValidateResult {
  const verdict = loadRepository(settings.repositoryRoot, { now });
  const hasErrors = verdict.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return { ...verdict, exitCode: hasErrors ? 1 : 0 };
}

/**
 * Validation of the default branch, as of now, with one allowance: main was valid when it was merged, and an
 * exception that has expired since makes it fail validation by time alone. The desired state is then read as
 * validation saw it at the last moment the earliest of them held, which is the same desired state: what the
 * repository declares does not depend on the day. The diagnostics are those of today. Used where main is only
 * compared with (the drift check, which reports expired exceptions as findings, and a pull request's base), never
 * for what apply carries out.
 */
export function validateAsMerged(
  settings: Pick<VendSettings, 'repositoryRoot'>,
  now: Date = new Date(),
): ValidateResult {
  const today = runValidate(settings, now);
  if (today.desired) return today;
  const expired = today.exceptions
    .map((exception) => expiryInstant(exception.expires))
    .filter((instant) => instant < now.getTime());
  if (expired.length === 0) return today;
  const beforeExpiry = runValidate(settings, new Date(Math.min(...expired)));
  return beforeExpiry.desired ? { ...beforeExpiry, diagnostics: today.diagnostics } : today;
}
