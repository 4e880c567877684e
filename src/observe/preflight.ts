import type { DesiredState } from '../config/desired-state.js';
import type { ObservedState } from './observed-state.js';

/** Credentials or an organization vend must not act on. Exit code 2: nothing about the repository is wrong. */
export class PreflightError extends Error {
  override readonly name = 'PreflightError';
}

/**
 * Fails early, before anything but the organization's description is read, when the credentials belong to another
 * account than organization.yaml declares. Acting on the wrong organization is the worst mistake vend could make.
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
  // CreateStackSet, CallAs: a caller in the management account calls as SELF, one in a delegated administrator
  // account as DELEGATED_ADMIN; CloudFormation refuses the other pairings, after accounts may already exist.
  // CallAs is used only by service-managed permissions (CreateStackSet, CallAs).
  const { permissionModel, callAs = 'SELF' } = desired.organization.stackSets;
  const delegated = callerAccountId !== managementAccountId;
  if (permissionModel === 'SERVICE_MANAGED' && delegated !== (callAs === 'DELEGATED_ADMIN'))
    throw new PreflightError(
      delegated
        ? `The AWS credentials are the delegated administrator's (${callerAccountId}), which calls StackSets as DELEGATED_ADMIN, but stackSets.callAs in baselines/organization.yaml is SELF. Set callAs: DELEGATED_ADMIN, or use the management account's credentials.`
        : `The AWS credentials are the management account's (${callerAccountId}), which calls StackSets as SELF, but stackSets.callAs in baselines/organization.yaml is DELEGATED_ADMIN. Use the delegated administrator's credentials (${delegatedAdministratorAccountId ?? 'delegatedAdministratorAccountId'}), or remove callAs.`,
    );
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

/**
 * What AWSOrganizationsNotInUseException from DescribeOrganization means (Organizations API Reference,
 * "DescribeOrganization", errors). Against an emulator (`endpoint`, from AWS_ENDPOINT_URL) that is an emulator
 * holding no organization, which is how one starts and what a reset leaves, whichever account the credentials map to;
 * against AWS, once checkCaller has passed, an organization not yet created from the account organization.yaml
 * names, or a managementAccountId that names the wrong account. `managementAccountId`, the one organization.yaml
 * declares, when known: keys for another account may be what is wrong, in an emulator that does hold the organization.
 */
export function noOrganization(
  callerAccountId: string,
  endpoint: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  managementAccountId?: string,
): PreflightError {
  // Named as the SDK picked it: the service's own variable before the general one.
  const variable = env.AWS_ENDPOINT_URL_ORGANIZATIONS ? 'AWS_ENDPOINT_URL_ORGANIZATIONS' : 'AWS_ENDPOINT_URL';
  const otherAccount =
    managementAccountId !== undefined && managementAccountId !== callerAccountId
      ? `The keys are not for management account ${managementAccountId}, which baselines/organization.yaml declares: if the emulator holds that organization, use that account's credentials (the export lines \`npm run sandbox\` prints). `
      : '';
  if (endpoint)
    return new PreflightError(
      `The AWS endpoint ${endpoint} (${variable}) has no organization for account ${callerAccountId}. ${otherAccount}If it is an emulator, it starts empty: ` +
        'run `npm run sandbox` in vend’s repository, which starts the emulator with the organization baselines/organization.yaml declares, and use the export lines it prints. ' +
        `If it reaches AWS (a proxy, a VPC endpoint), the account is in no organization: create it there, or unset ${variable} to see the check against AWS itself.`,
    );
  return new PreflightError(
    `Account ${callerAccountId}, whose credentials these are and which baselines/organization.yaml declares as the management account, is in no AWS organization. ` +
      'Create the organization with all features from this account first (AWS Organizations console, or `aws organizations create-organization --feature-set ALL`), ' +
      'or, if another account is your management account, set managementAccountId to it and use its credentials. To try vend without AWS, run `npm run sandbox`.',
  );
}
