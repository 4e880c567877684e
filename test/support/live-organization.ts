import type { LiveOrganization } from '../../src/import/live-organization.js';
import type {
  ObservedAccount,
  ObservedPolicy,
  ObservedStackSet,
  ObservedState,
} from '../../src/observe/observed-state.js';

/**
 * Organizations as vend import reads them, built by hand for unit tests: a root, OUs by path, accounts by name,
 * SCPs and StackSets. Ids are derived from names, so a test can name things the way a person would.
 */
export const MANAGEMENT_ACCOUNT_ID = '111111111111';
export const ROOT_ID = 'r-root';

export const ouId = (path: string) => `ou-root-${path.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;

export interface AccountSpec {
  id: string;
  name: string;
  /** OU path; '' for the root. */
  ou: string;
  email?: string;
  tags?: Record<string, string>;
  status?: string;
}

export interface LiveOrganizationSpec {
  organizationalUnits?: string[];
  accounts?: AccountSpec[];
  /** Customer SCPs; FullAWSAccess is added, attached to every target unless `withoutFullAWSAccess` names it. */
  policies?: Omit<ObservedPolicy, 'awsManaged'>[];
  withoutFullAWSAccess?: string[];
  stackSets?: ObservedStackSet[];
  policyTypes?: string[];
  otherPolicyTypes?: LiveOrganization['otherPolicyTypes'];
}

export function liveOrganization(spec: LiveOrganizationSpec): LiveOrganization {
  const paths = [...new Set((spec.organizationalUnits ?? []).flatMap(withAncestors))].sort();
  const organizationalUnits = paths.map((path) => {
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    return {
      id: ouId(path),
      name: path.slice(path.lastIndexOf('/') + 1),
      path,
      parentId: parent ? ouId(parent) : ROOT_ID,
    };
  });
  const accounts: ObservedAccount[] = [
    {
      id: MANAGEMENT_ACCOUNT_ID,
      name: 'Management',
      email: 'aws+management@example.com',
      status: 'ACTIVE',
      parentId: ROOT_ID,
      parentPath: '',
    },
    ...(spec.accounts ?? []).map((account) => ({
      id: account.id,
      name: account.name,
      email: account.email ?? `aws+${account.id}@example.com`,
      status: account.status ?? 'ACTIVE',
      parentId: account.ou ? ouId(account.ou) : ROOT_ID,
      parentPath: account.ou,
      ...((account.status ?? 'ACTIVE') === 'ACTIVE' ? { tags: account.tags ?? {} } : {}),
    })),
  ];
  const targets = [ROOT_ID, ...organizationalUnits.map((unit) => unit.id), ...accounts.map((account) => account.id)];
  const without = new Set(spec.withoutFullAWSAccess ?? []);
  const policyTypes = spec.policyTypes ?? ['SERVICE_CONTROL_POLICY'];
  return {
    organization: { id: 'o-example', managementAccountId: MANAGEMENT_ACCOUNT_ID },
    partition: 'aws',
    homeRegion: 'us-east-1',
    root: { id: ROOT_ID, policyTypes },
    organizationalUnits,
    accounts,
    serviceControlPolicies: policyTypes.includes('SERVICE_CONTROL_POLICY')
      ? [
          {
            id: 'p-FullAWSAccess',
            name: 'FullAWSAccess',
            awsManaged: true,
            description: 'Allows access to every operation',
            content: '',
            tags: {},
            targetIds: targets.filter((id) => !without.has(id)).sort(),
          },
          ...(spec.policies ?? []).map((policy) => ({ ...policy, awsManaged: false })),
        ]
      : [],
    otherPolicyTypes: spec.otherPolicyTypes ?? [],
    stackSets: spec.stackSets ?? [],
    namePrefix: 'vend-',
  };
}

export function scp(
  name: string,
  targetIds: string[],
  extra: Partial<ObservedPolicy> = {},
): Omit<ObservedPolicy, 'awsManaged'> {
  return {
    id: `p-${name.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
    name,
    description: `About ${name}`,
    content: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: `${name.toLowerCase().replace(/[^a-z]/g, '')}:Delete*`, Resource: '*' }],
    }),
    tags: {},
    targetIds: [...targetIds].sort(),
    ...extra,
  };
}

export const REGIONAL_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Tier:
    Type: String
    Default: standard
Resources:
  Marker:
    Type: AWS::SSM::Parameter
    Properties:
      Name: !Sub /org/\${AWS::StackName}/tier
      Type: String
      Value: !Ref Tier
`;

/** A StackSet named `vend-<baseline>` with instances: `account` id → regions, and overrides per account. */
export function stackSet(
  baseline: string,
  instances: Record<string, string[]>,
  options: {
    template?: string;
    parameters?: Record<string, string>;
    overrides?: Record<string, Record<string, string>>;
    status?: string;
  } = {},
): ObservedStackSet {
  return {
    name: `vend-${baseline}`,
    managedByVend: true,
    status: 'ACTIVE',
    permissionModel: 'SELF_MANAGED',
    administrationRoleArn: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:role/AWSCloudFormationStackSetAdministrationRole`,
    executionRoleName: 'OrganizationAccountAccessRole',
    templateBody: options.template ?? REGIONAL_TEMPLATE,
    parameters: options.parameters ?? { Tier: 'standard' },
    instances: Object.entries(instances)
      .flatMap(([accountId, regions]) =>
        regions.map((region) => ({
          accountId,
          region,
          status: options.status ?? 'SUCCEEDED',
          parameterOverrides: options.overrides?.[accountId] ?? {},
        })),
      )
      .sort((a, b) => (a.accountId + a.region < b.accountId + b.region ? -1 : 1)),
  };
}

/** What vend plan would observe of the same organization: every SCP, every instance's overrides, every tag. */
export function observedStateOf(live: LiveOrganization): ObservedState {
  return {
    callerAccountId: live.organization.managementAccountId,
    organization: { ...live.organization, featureSet: 'ALL' },
    root: { id: live.root.id, scpPolicyTypeEnabled: live.root.policyTypes.includes('SERVICE_CONTROL_POLICY') },
    organizationalUnits: live.organizationalUnits,
    accounts: live.accounts.map((account) => ({ ...account, tags: account.tags ?? {} })),
    policies: live.serviceControlPolicies,
    foreignScpsByTarget: {},
    accountCreationsInProgress: [],
    stackSets: live.stackSets,
  };
}

function withAncestors(path: string): string[] {
  return path.split('/').map((_, depth, names) => names.slice(0, depth + 1).join('/'));
}
