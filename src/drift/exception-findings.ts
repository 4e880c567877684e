import type { DeclaredException } from '../config/drift-declarations.js';
import { expiresSoon, expiryInstant } from '../config/rules/exceptions.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';

/**
 * Manifest exceptions that expired, or expire within 14 days: main was valid when it was merged, and time alone
 * makes it fail validation. An expired exception is itself an error (exception-expired) and un-waives its rule, so
 * every plan and apply stops until someone renews or removes it. Pure; `now` is the check's instant.
 */
export function exceptionFindings(exceptions: readonly DeclaredException[], now: Date): DriftFinding[] {
  const checkedOn = now.toISOString().slice(0, 10);
  return exceptions.flatMap((exception) => {
    const expires = expiryInstant(exception.expires);
    if (Number.isNaN(expires) || (expires >= now.getTime() && !expiresSoon(exception.expires, now))) return [];
    const expired = expires < now.getTime();
    const where = `${exception.file}:${exception.line}:${exception.column}`;
    return [
      makeFinding(
        expired ? 'exception-expired' : 'exception-expiring',
        `account:${exception.account}#exception:${exception.rule}`,
        {
          expected: `a current exception to ${exception.rule} (${exception.reason.replace(/[.\s]+$/, '')}, approved by ${exception.approvedBy})`,
          actual: expired ? `expired on ${exception.expires}` : `expires on ${exception.expires}`,
          restore: expired
            ? `apply does nothing about exceptions, and with this one expired, validation fails (exception-expired, and ${exception.rule} where the account does not comply), so no plan or apply runs until it is renewed or removed`
            : `apply does nothing about exceptions; once this one expires, validation fails (exception-expired, and ${exception.rule} where the account does not comply) and no plan or apply runs`,
          accept: `renew it in ${where} with a new expiry and approval, or remove it and make the account comply with ${exception.rule}`,
        },
        checkedOn,
      ),
    ];
  });
}
