import { CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';

import type { EmulatorClientConfig } from './emulator-environment.js';

/**
 * Creates an organization with all features (SCPs need them) as the caller, whose account becomes its management
 * account, the way an administrator starts one in the Organizations console.
 */
export async function createOrganization(
  config: EmulatorClientConfig,
): Promise<{ organizationId: string; managementAccountId: string }> {
  const organizations = new OrganizationsClient(config);
  try {
    const { Organization } = await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    if (!Organization?.Id || !Organization.MasterAccountId)
      throw new Error('the emulator created an organization without an id or management account');
    return { organizationId: Organization.Id, managementAccountId: Organization.MasterAccountId };
  } finally {
    organizations.destroy();
  }
}
