import type { DesiredState } from '../config/desired-state.js';
import type { ObservedState } from './observed-state.js';

/** Credentials or an organization vend must not act on. Exit code 2: nothing about the repository is wrong. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
}

/**
 * Fails early, before anything else is read, when the credentials belong to another account than
 * organization.yaml declares. Acting on the wrong organization is the worst mistake vend could make.
 */
export function checkCaller(desired: DesiredState, callerAccountId: string): void {
  const { managementAccountId, delegatedAdministratorAccountId } = desired.organization;
  const allowedCallers = [managementAccountId, delegatedAdministratorAccountId].filter(Boolean);
  if (!allowedCallers.includes(callerAccountId)) {
    throw new PreflightError(
      `The AWS credentials belong to account ${callerAccountId}, but baselines/organization.yaml declares management account ${managementAccountId}` +
        `${delegatedAdministratorAccountId ? ` (delegated administrator ${delegatedAdministratorAccountId})` : ''}. Use credentials for that account, or fix managementAccountId.`,
    );
  }
}

/** The organization must be the declared one, with all features, or SCPs cannot exist. */
export function checkOrganization(desired: DesiredState, organization: ObservedState['organization']): void {
  const { managementAccountId } = desired.organization;
  if (organization.managementAccountId !== managementAccountId) {
    throw new PreflightError(
      `The credentials reach organization ${organization.id}, whose management account is ${organization.managementAccountId}, not ${managementAccountId} as baselines/organization.yaml declares.`,
    );
  }
  if (organization.featureSet !== 'ALL') {
    throw new PreflightError(
      `Organization ${organization.id} has feature set ${organization.featureSet}; SCPs need all features enabled. Enable all features in AWS Organizations, then re-run.`,
    );
  }
}
