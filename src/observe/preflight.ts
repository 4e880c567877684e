import type { DesiredState } from '../config/desired-state.js';
import type { ObservedState } from './observed-state.js';

/** Credentials or an organization vend must not act on. Exit code 2: nothing about the repository is wrong. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
}

/**
 * Fails early, before anything else is read, when the credentials belong to another account than
 * organization.yaml declares, or the organization cannot use SCPs. Acting on the wrong organization is the
 * worst mistake vend could make, so this check comes first.
 */
export function checkPreflight(desired: DesiredState, observed: Pick<ObservedState, 'callerAccountId' | 'organization'>): void {
  const { managementAccountId, delegatedAdministratorAccountId } = desired.organization;
  const allowedCallers = [managementAccountId, delegatedAdministratorAccountId].filter(Boolean);
  if (!allowedCallers.includes(observed.callerAccountId)) {
    throw new PreflightError(
      `The AWS credentials belong to account ${observed.callerAccountId}, but baselines/organization.yaml declares management account ${managementAccountId}` +
        `${delegatedAdministratorAccountId ? ` (delegated administrator ${delegatedAdministratorAccountId})` : ''}. Use credentials for that account, or fix managementAccountId.`,
    );
  }
  if (observed.organization.managementAccountId !== managementAccountId) {
    throw new PreflightError(
      `The credentials reach organization ${observed.organization.id}, whose management account is ${observed.organization.managementAccountId}, not ${managementAccountId} as baselines/organization.yaml declares.`,
    );
  }
  if (observed.organization.featureSet !== 'ALL') {
    throw new PreflightError(
      `Organization ${observed.organization.id} has feature set ${observed.organization.featureSet}; SCPs need all features enabled. Enable all features in AWS Organizations, then re-run.`,
    );
  }
}
