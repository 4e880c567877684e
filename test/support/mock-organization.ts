import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  DescribeOrganizationCommand,
  ListAccountsForParentCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListCreateAccountStatusCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-organizations';
import type { STSClient } from '@aws-sdk/client-sts';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import { observeOrganization } from '../../src/observe/read-organization.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { MANAGEMENT_ACCOUNT_ID } from './plan-fixtures.js';

/** The one member account of mockSmallOrganization, directly under the root. */
export const MOCKED_ACCOUNT = {
  Id: '210000000001',
  Name: 'app',
  Email: 'aws+app@example.com',
  State: 'ACTIVE' as const,
};

/**
 * An organization of one account under the root, no OUs, no SCPs and nothing in progress, as AWS answers for it:
 * each test adds what it is about. `scpPolicyType` false is a root with SCPs switched off (ListRoots: no
 * SERVICE_CONTROL_POLICY among its PolicyTypes).
 */
export function mockSmallOrganization(
  sts: AwsClientStub<STSClient>,
  organizations: AwsClientStub<OrganizationsClient>,
  { scpPolicyType = false } = {},
): void {
  sts.on(GetCallerIdentityCommand).resolves({ Account: MANAGEMENT_ACCOUNT_ID });
  organizations.on(DescribeOrganizationCommand).resolves({
    Organization: { Id: 'o-abc', MasterAccountId: MANAGEMENT_ACCOUNT_ID, FeatureSet: 'ALL' },
  });
  organizations.on(ListRootsCommand).resolves({
    Roots: [
      {
        Id: 'r-a1b2',
        PolicyTypes: scpPolicyType ? [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] : [],
      },
    ],
  });
  organizations.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
  organizations.on(ListAccountsForParentCommand).resolves({ Accounts: [MOCKED_ACCOUNT] });
  organizations.on(ListPoliciesCommand).resolves({ Policies: [] });
  organizations.on(ListCreateAccountStatusCommand).resolves({ CreateAccountStatuses: [] });
  organizations.on(ListAWSServiceAccessForOrganizationCommand).resolves({ EnabledServicePrincipals: [] });
  organizations.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: 'ManagedBy', Value: 'vend' }] });
}

/** observeOrganization through real SDK clients, which the mocks answer. */
export async function observeMocked(desired: DesiredState): Promise<ObservedState> {
  const clients = createAwsClients({ region: 'us-east-1', credentials: { accessKeyId: 'u', secretAccessKey: 'u' } });
  try {
    return await observeOrganization(clients, { desired });
  } finally {
    destroyAwsClients(clients);
  }
}
