import { compareText } from '../../src/ordering.js';
import { createHash } from 'node:crypto';
import {
  declaredParameterOverrides,
  FULL_AWS_ACCESS_POLICY_NAME,
  MANAGED_BY_TAG,
  PARAMETER_OVERRIDES_TAG,
} from '../../src/config/desired-state.js';
import type {
  DesiredAccount,
  DesiredBaseline,
  DesiredOrganizationalUnit,
  DesiredScp,
  DesiredState,
} from '../../src/config/desired-state.js';
import { effectiveQuotas } from '../../src/config/quotas.js';
import type {
  ObservedAccount,
  ObservedPolicy,
  ObservedStackSet,
  ObservedState,
} from '../../src/observe/observed-state.js';

export const MANAGEMENT_ACCOUNT_ID = '111111111111';
export const ROOT_ID = 'r-a1b2';
export const STACK_SET_PREFIX = 'vend-';

const minified = (policy: unknown) => JSON.stringify(policy);

export function desiredScp(name: string, statement: Record<string, unknown>): DesiredScp {
  return {
    name,
    description: `Guardrail ${name}`,
    file: `scps/${name}.json`,
    content: minified({ Version: '2012-10-17', Statement: [{ Sid: name.replace(/-/g, ''), ...statement }] }),
  };
}

export function desiredOrganizationalUnit(
  path: string,
  fields: Partial<Pick<DesiredOrganizationalUnit, 'scps' | 'baselines' | 'fullAWSAccess'>> = {},
): DesiredOrganizationalUnit {
  const parts = path.split('/');
  return {
    path,
    name: parts[parts.length - 1]!,
    parentPath: parts.length === 1 ? null : parts.slice(0, -1).join('/'),
    scps: fields.scps ?? [],
    baselines: fields.baselines ?? [],
    fullAWSAccess: fields.fullAWSAccess ?? true,
  };
}

/** An account as the loader resolves it: default tags, regions and FullAWSAccess filled in. */
export function desiredAccount(
  name: string,
  fields: Partial<Omit<DesiredAccount, 'name'>> & Pick<DesiredAccount, 'ou'>,
): DesiredAccount {
  const owner = fields.owner ?? 'team-payments';
  return {
    accountName: name,
    email: `aws+${name}@example.com`,
    owner,
    tags: { CostCenter: '4711', [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value, Owner: owner },
    regions: ['us-east-1'],
    baselines: [],
    parameters: {},
    closed: false,
    scps: [],
    fullAWSAccess: true,
    file: `accounts/${name}.yaml`,
    ...fields,
    name,
  };
}

export function desiredBaseline(name: string, fields: Partial<Omit<DesiredBaseline, 'name'>> = {}): DesiredBaseline {
  return {
    description: `Baseline ${name}`,
    templateFile: `stacksets/${name}.yaml`,
    templateBody: `AWSTemplateFormatVersion: "2010-09-09"\nDescription: ${name}\nResources: {}\n`,
    parameters: {},
    dependsOn: [],
    ...fields,
    name,
  };
}

/**
 * The organization of DESIGN.md in small: a root guardrail, a Workloads OU whose boundary and roles baselines
 * its Prod and NonProd children inherit, a regional baseline that follows account regions, and three accounts.
 */
export function referenceDesiredState(): DesiredState {
  return {
    organization: {
      managementAccountId: MANAGEMENT_ACCOUNT_ID,
      homeRegion: 'us-east-1',
      allowedRegions: ['us-east-1', 'us-west-2', 'eu-west-1'],
      defaultRegions: ['us-east-1'],
      emailDomains: ['example.com'],
      requiredTags: ['CostCenter'],
      stackSets: {
        permissionModel: 'SELF_MANAGED',
        executionRoleName: 'OrganizationAccountAccessRole',
        administrationRoleArn: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:role/AWSCloudFormationStackSetAdministrationRole`,
        namePrefix: STACK_SET_PREFIX,
        operationPreferences: { maxConcurrentPercentage: 25, failureTolerancePercentage: 0 },
      },
      root: { scps: ['deny-leave-organization'], fullAWSAccess: true },
      quotas: effectiveQuotas(undefined),
    },
    organizationalUnits: [
      desiredOrganizationalUnit('Security'),
      desiredOrganizationalUnit('Workloads', {
        scps: ['require-permissions-boundary'],
        baselines: ['permissions-boundary', 'automation-roles'],
      }),
      desiredOrganizationalUnit('Workloads/NonProd'),
      desiredOrganizationalUnit('Workloads/Prod', { scps: ['deny-unapproved-regions'] }),
    ],
    scps: [
      desiredScp('deny-leave-organization', {
        Effect: 'Deny',
        Action: 'organizations:LeaveOrganization',
        Resource: '*',
      }),
      desiredScp('deny-unapproved-regions', {
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*'],
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
      }),
      desiredScp('require-permissions-boundary', {
        Effect: 'Deny',
        Action: 'iam:CreateRole',
        Resource: '*',
        Condition: { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::*:policy/vend-workload-boundary' } },
      }),
    ],
    baselines: [
      desiredBaseline('permissions-boundary', {
        regions: ['us-east-1'],
        parameters: { BoundaryPolicyName: 'vend-workload-boundary' },
      }),
      desiredBaseline('automation-roles', { regions: ['us-east-1'], dependsOn: ['permissions-boundary'] }),
      desiredBaseline('regional-guardrails'),
    ],
    accounts: [
      desiredAccount('payments-dev', {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary', 'automation-roles'],
      }),
      desiredAccount('payments-prod', {
        ou: 'Workloads/Prod',
        regions: ['us-east-1', 'eu-west-1'],
        baselines: ['permissions-boundary', 'automation-roles', 'regional-guardrails'],
      }),
      desiredAccount('security-audit', { ou: 'Security', owner: 'team-security', scps: ['deny-unapproved-regions'] }),
    ],
  };
}

/** The reference repository with SERVICE_MANAGED StackSets, administered as `callAs`. */
export function serviceManagedDesiredState(callAs: 'SELF' | 'DELEGATED_ADMIN' = 'SELF'): DesiredState {
  const desired = referenceDesiredState();
  desired.organization.stackSets = {
    permissionModel: 'SERVICE_MANAGED',
    callAs,
    namePrefix: 'vend-',
    operationPreferences: {},
  };
  return desired;
}

/** Stable fake ids, so one account or OU keeps its id whichever desired state the observation is built from. */
export function accountIdOf(name: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 15)}`).toString();
  return `2${digits.padStart(11, '0').slice(-11)}`;
}

export function organizationalUnitIdOf(path: string): string {
  return `ou-a1b2-${createHash('sha256').update(path).digest('hex').slice(0, 8)}`;
}

const managementAccount: ObservedAccount = {
  id: MANAGEMENT_ACCOUNT_ID,
  name: 'management',
  email: 'aws+management@example.com',
  status: 'ACTIVE',
  parentId: ROOT_ID,
  parentPath: '',
};

/** A brand-new organization: the root and the management account, SCPs not yet enabled, nothing else. */
export function emptyOrganization(): ObservedState {
  return {
    callerAccountId: MANAGEMENT_ACCOUNT_ID,
    organization: { id: 'o-a1b2c3d4e5', managementAccountId: MANAGEMENT_ACCOUNT_ID, featureSet: 'ALL' },
    root: { id: ROOT_ID, scpPolicyTypeEnabled: false },
    organizationalUnits: [],
    accounts: [structuredClone(managementAccount)],
    // Observe reads no policies while the SCP type is disabled.
    policies: [],
    foreignScpsByTarget: {},
    accountCreationsInProgress: [],
    stackSets: [],
  };
}

/** The vend:parameter-overrides tag apply leaves on an account whose manifest overrides baseline parameters. */
function parameterOverridesRecord(account: DesiredAccount): Record<string, string> {
  const baselines = declaredParameterOverrides(account);
  return baselines.length === 0 ? {} : { [PARAMETER_OVERRIDES_TAG]: baselines.join(' ') };
}

/** What AWS looks like right after a complete `vend apply` of `desired`: a plan against it must be empty. */
export function convergedObservation(desired: DesiredState): ObservedState {
  const observed = emptyOrganization();
  observed.root.scpPolicyTypeEnabled = true;
  const ouId = (path: string) => (path === '' ? ROOT_ID : organizationalUnitIdOf(path));
  observed.organizationalUnits = desired.organizationalUnits.map((unit) => ({
    id: ouId(unit.path),
    name: unit.name,
    path: unit.path,
    parentId: ouId(unit.parentPath ?? ''),
  }));
  for (const account of desired.accounts) {
    observed.accounts.push({
      id: accountIdOf(account.name),
      name: account.name,
      email: account.email,
      status: account.closed ? 'SUSPENDED' : 'ACTIVE',
      parentId: ouId(account.ou),
      parentPath: account.ou,
      tags: { ...account.tags, ...parameterOverridesRecord(account) },
    });
  }

  const active = desired.accounts.filter((account) => !account.closed);
  const targets = [
    { id: ROOT_ID, attachments: desired.organization.root },
    ...desired.organizationalUnits.map((unit) => ({ id: ouId(unit.path), attachments: unit })),
    ...active.map((account) => ({ id: accountIdOf(account.name), attachments: account })),
  ];
  const targetsOf = (name: string) =>
    targets
      .filter(({ attachments }) =>
        name === FULL_AWS_ACCESS_POLICY_NAME ? attachments.fullAWSAccess : attachments.scps.includes(name),
      )
      .map(({ id }) => id);
  observed.policies = [
    {
      id: 'p-FullAWSAccess',
      name: FULL_AWS_ACCESS_POLICY_NAME,
      awsManaged: true,
      description: 'Allows access to every operation',
      content: minified({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
      tags: {},
      targetIds: [...targetsOf(FULL_AWS_ACCESS_POLICY_NAME), MANAGEMENT_ACCOUNT_ID].sort(),
    },
    ...desired.scps.map((scp): ObservedPolicy => ({
      id: `p-${createHash('sha256').update(scp.name).digest('hex').slice(0, 8)}`,
      name: scp.name,
      awsManaged: false,
      description: scp.description,
      content: scp.content,
      tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value },
      targetIds: targetsOf(scp.name).sort(),
    })),
  ];

  observed.stackSets = desired.baselines.map((baseline): ObservedStackSet => ({
    managedByVend: true,
    name: `${desired.organization.stackSets.namePrefix}${baseline.name}`,
    status: 'ACTIVE',
    permissionModel: desired.organization.stackSets.permissionModel,
    templateBody: baseline.templateBody,
    parameters: { ...baseline.parameters },
    instances: active
      .filter((account) => account.baselines.includes(baseline.name))
      .flatMap((account) =>
        (baseline.regions ?? account.regions).map((region) => ({
          accountId: accountIdOf(account.name),
          region,
          status: 'CURRENT',
          parameterOverrides: account.parameters[baseline.name]
            ? { ...baseline.parameters, ...account.parameters[baseline.name] }
            : {},
        })),
      )
      .sort((a, b) => compareText(a.accountId, b.accountId) || compareText(a.region, b.region)),
  }));
  return observed;
}

export function observedAccount(observed: ObservedState, name: string): ObservedAccount {
  return found(
    observed.accounts.find((account) => account.name === name),
    `account ${name}`,
  );
}

export function observedPolicy(observed: ObservedState, name: string): ObservedPolicy {
  return found(
    observed.policies.find((policy) => policy.name === name),
    `policy ${name}`,
  );
}

export function observedStackSet(observed: ObservedState, baseline: string): ObservedStackSet {
  return found(
    observed.stackSets.find((stackSet) => stackSet.name === `${STACK_SET_PREFIX}${baseline}`),
    `StackSet ${baseline}`,
  );
}

export function desiredAccountNamed(desired: DesiredState, name: string): DesiredAccount {
  return found(
    desired.accounts.find((account) => account.name === name),
    `declared account ${name}`,
  );
}

export function desiredOrganizationalUnitAt(desired: DesiredState, path: string): DesiredOrganizationalUnit {
  return found(
    desired.organizationalUnits.find((unit) => unit.path === path),
    `declared OU ${path}`,
  );
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixture has no ${what}`);
  return value;
}
