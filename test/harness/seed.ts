import {
  CloudFormationClient,
  CreateStackInstancesCommand,
  CreateStackSetCommand,
} from '@aws-sdk/client-cloudformation';
import {
  AttachPolicyCommand,
  CreateAccountCommand,
  CreateOrganizationCommand,
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  EnablePolicyTypeCommand,
  ListRootsCommand,
  MoveAccountCommand,
  OrganizationsClient,
  paginateListAccountsForParent,
  paginateListOrganizationalUnitsForParent,
} from '@aws-sdk/client-organizations';
import type { Tag } from '@aws-sdk/client-organizations';

import type { AwsTestClientConfig } from './aws-test-env.js';

/**
 * Seeds moto with an organization through the real SDK clients, the way an administrator (or an earlier vend run)
 * would have built it. Talk to moto directly, not through the fault proxy, so seeding does not count as the
 * calls under test.
 */

export interface SeedClients {
  organizations: OrganizationsClient;
  cloudformation: CloudFormationClient;
}

export type TagMap = Record<string, string>;

export interface AccountSeed {
  name: string;
  email: string;
  /** OU path such as `Workloads/Prod`; the account stays under the root when omitted. */
  ou?: string;
  tags?: TagMap;
}

export interface PolicyTargets {
  root?: boolean;
  /** OU paths. */
  organizationalUnits?: string[];
  /** Account names from the same seed, or 12-digit account ids. */
  accounts?: string[];
}

export interface PolicySeed {
  name: string;
  /** A policy document; objects are sent as JSON. */
  content: string | object;
  description?: string;
  tags?: TagMap;
  attachTo?: PolicyTargets;
}

export interface StackInstancesSeed {
  /** Account names from the same seed, or 12-digit account ids. */
  accounts: string[];
  regions: string[];
  parameterOverrides?: Record<string, string>;
}

export interface StackSetSeed {
  name: string;
  /** A CloudFormation template; objects are sent as JSON, strings (JSON or YAML) as they are. */
  template: string | object;
  description?: string;
  parameters?: Record<string, string>;
  tags?: TagMap;
  administrationRoleArn?: string;
  executionRoleName?: string;
  instances?: StackInstancesSeed;
}

export interface OrganizationSeed {
  /** OU paths to create; their ancestors, and OUs that accounts or policies name, are created too. */
  organizationalUnits?: string[];
  /** Tags of every OU the seed creates: `ManagedBy: vend` for OUs vend would have created. Default none. */
  organizationalUnitTags?: TagMap;
  /** Enable the SCP policy type on the root. Default true. */
  enableServiceControlPolicies?: boolean;
  accounts?: AccountSeed[];
  policies?: PolicySeed[];
  stackSets?: StackSetSeed[];
  /** Parallel CreateAccount calls. Default 4. */
  concurrency?: number;
}

export interface SeededOrganization {
  organizationId: string;
  rootId: string;
  managementAccountId: string;
  /** By OU path, ancestors included. */
  organizationalUnitIds: Record<string, string>;
  /** By account name. */
  accountIds: Record<string, string>;
  /** By policy name. */
  policyIds: Record<string, string>;
  /** By StackSet name. */
  stackSetIds: Record<string, string>;
}

export interface ObservedAccount {
  id: string;
  name: string;
  email: string;
  status: string;
  /** OU path, '' for the root: names joined with '/', so an OU whose name holds a '/' reads like a nested one. */
  ouPath: string;
  /** The id of the root or OU the account is in: what tells such OUs apart. */
  parentId: string;
}

export interface OrganizationTree {
  rootId: string;
  /** By OU path. */
  organizationalUnitIds: Record<string, string>;
  accounts: ObservedAccount[];
}

export function createSeedClients(config: AwsTestClientConfig): SeedClients {
  return {
    organizations: new OrganizationsClient(config),
    cloudformation: new CloudFormationClient(config),
  };
}

export function destroySeedClients(clients: SeedClients): void {
  clients.organizations.destroy();
  clients.cloudformation.destroy();
}

function toTags(tags: TagMap | undefined): Tag[] | undefined {
  return tags === undefined ? undefined : Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function toParameters(values: Record<string, string> | undefined) {
  return values === undefined
    ? undefined
    : Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
}

function asDocument(value: string | object): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`moto returned no ${what}`);
  return value;
}

export async function getRootId(clients: SeedClients): Promise<string> {
  const { Roots } = await clients.organizations.send(new ListRootsCommand({}));
  return required(Roots?.[0]?.Id, 'root id');
}

/** Creates an organization with all features, as the caller (the management account). */
export async function createOrganization(
  clients: SeedClients,
): Promise<{ organizationId: string; rootId: string; managementAccountId: string }> {
  const { Organization } = await clients.organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  return {
    organizationId: required(Organization?.Id, 'organization id'),
    managementAccountId: required(Organization?.MasterAccountId, 'management account id'),
    rootId: await getRootId(clients),
  };
}

export async function enableServiceControlPolicies(clients: SeedClients, rootId: string): Promise<void> {
  await clients.organizations.send(
    new EnablePolicyTypeCommand({ RootId: rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }),
  );
}

async function findChildOrganizationalUnit(
  clients: SeedClients,
  parentId: string,
  name: string,
): Promise<string | undefined> {
  for await (const page of paginateListOrganizationalUnitsForParent(
    { client: clients.organizations },
    { ParentId: parentId },
  )) {
    const match = page.OrganizationalUnits?.find((unit) => unit.Name === name);
    if (match?.Id) return match.Id;
  }
  return undefined;
}

/**
 * Creates each missing OU along a path such as `Workloads/Prod` and returns the id of the last one. Existing OUs
 * are reused: moto, unlike AWS, would accept a second OU of the same name under one parent.
 */
export async function createOrganizationalUnitPath(
  clients: SeedClients,
  rootId: string,
  ouPath: string,
): Promise<string> {
  let parentId = rootId;
  for (const name of ouPath.split('/')) {
    const existing = await findChildOrganizationalUnit(clients, parentId, name);
    if (existing) {
      parentId = existing;
      continue;
    }
    const { OrganizationalUnit } = await clients.organizations.send(
      new CreateOrganizationalUnitCommand({ ParentId: parentId, Name: name }),
    );
    parentId = required(OrganizationalUnit?.Id, `id for OU '${name}'`);
  }
  return parentId;
}

/** Creates an account and, when `ouId` is given, moves it there from the root. Returns the account id. */
export async function createAccount(
  clients: SeedClients,
  rootId: string,
  account: Omit<AccountSeed, 'ou'>,
  ouId?: string,
): Promise<string> {
  const { CreateAccountStatus } = await clients.organizations.send(
    new CreateAccountCommand({ AccountName: account.name, Email: account.email, Tags: toTags(account.tags) }),
  );
  const accountId = required(CreateAccountStatus?.AccountId, `account id for '${account.name}'`);
  if (ouId !== undefined && ouId !== rootId) {
    await clients.organizations.send(
      new MoveAccountCommand({ AccountId: accountId, SourceParentId: rootId, DestinationParentId: ouId }),
    );
  }
  return accountId;
}

/** Creates a service control policy and returns its id. */
export async function createServiceControlPolicy(clients: SeedClients, policy: PolicySeed): Promise<string> {
  const { Policy } = await clients.organizations.send(
    new CreatePolicyCommand({
      Name: policy.name,
      Description: policy.description ?? policy.name,
      Type: 'SERVICE_CONTROL_POLICY',
      Content: asDocument(policy.content),
      Tags: toTags(policy.tags),
    }),
  );
  return required(Policy?.PolicySummary?.Id, `policy id for '${policy.name}'`);
}

export async function attachPolicy(clients: SeedClients, policyId: string, targetId: string): Promise<void> {
  await clients.organizations.send(new AttachPolicyCommand({ PolicyId: policyId, TargetId: targetId }));
}

/** Creates a SELF_MANAGED StackSet (with CAPABILITY_NAMED_IAM) and returns its id. */
export async function createSelfManagedStackSet(clients: SeedClients, stackSet: StackSetSeed): Promise<string> {
  const { StackSetId } = await clients.cloudformation.send(
    new CreateStackSetCommand({
      StackSetName: stackSet.name,
      Description: stackSet.description,
      TemplateBody: asDocument(stackSet.template),
      Parameters: toParameters(stackSet.parameters),
      Tags: toTags(stackSet.tags),
      PermissionModel: 'SELF_MANAGED',
      AdministrationRoleARN: stackSet.administrationRoleArn,
      ExecutionRoleName: stackSet.executionRoleName,
      Capabilities: ['CAPABILITY_NAMED_IAM'],
    }),
  );
  return required(StackSetId, `StackSet id for '${stackSet.name}'`);
}

/** Adds instances for every account × region in one operation and returns the operation id. */
export async function createStackInstances(
  clients: SeedClients,
  stackSetName: string,
  accountIds: string[],
  regions: string[],
  parameterOverrides?: Record<string, string>,
): Promise<string> {
  const { OperationId } = await clients.cloudformation.send(
    new CreateStackInstancesCommand({
      StackSetName: stackSetName,
      Accounts: accountIds,
      Regions: regions,
      ParameterOverrides: toParameters(parameterOverrides),
    }),
  );
  return required(OperationId, `operation id for '${stackSetName}' instances`);
}

/** Reads the OU tree and every account with its OU path, with paginated list calls per parent. */
export async function readOrganizationTree(clients: SeedClients): Promise<OrganizationTree> {
  const rootId = await getRootId(clients);
  const organizationalUnitIds: Record<string, string> = {};
  const accounts: ObservedAccount[] = [];
  const pending: Array<{ id: string; path: string }> = [{ id: rootId, path: '' }];
  for (let parent = pending.shift(); parent !== undefined; parent = pending.shift()) {
    for await (const page of paginateListAccountsForParent(
      { client: clients.organizations },
      { ParentId: parent.id },
    )) {
      for (const account of page.Accounts ?? []) {
        accounts.push({
          id: required(account.Id, 'account id'),
          name: account.Name ?? '',
          email: account.Email ?? '',
          status: account.Status ?? '',
          ouPath: parent.path,
          parentId: parent.id,
        });
      }
    }
    for await (const page of paginateListOrganizationalUnitsForParent(
      { client: clients.organizations },
      { ParentId: parent.id },
    )) {
      for (const unit of page.OrganizationalUnits ?? []) {
        const path = parent.path === '' ? (unit.Name ?? '') : `${parent.path}/${unit.Name ?? ''}`;
        const id = required(unit.Id, `id of OU '${path}'`);
        organizationalUnitIds[path] = id;
        pending.push({ id, path });
      }
    }
  }
  return { rootId, organizationalUnitIds, accounts };
}

async function forEachWithConcurrency<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) await work(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Builds a whole organization from a declarative description: organization (all features), SCP type on the root,
 * OUs, accounts in their OUs, SCPs with their attachments, SELF_MANAGED StackSets with their instances.
 */
export async function seedOrganization(clients: SeedClients, seed: OrganizationSeed): Promise<SeededOrganization> {
  const organization = await createOrganization(clients);
  const { rootId } = organization;
  if (seed.enableServiceControlPolicies ?? true) await enableServiceControlPolicies(clients, rootId);

  const accounts = seed.accounts ?? [];
  const policies = seed.policies ?? [];
  const declaredPaths = [
    ...(seed.organizationalUnits ?? []),
    ...accounts.flatMap((account) => (account.ou ? [account.ou] : [])),
    ...policies.flatMap((policy) => policy.attachTo?.organizationalUnits ?? []),
  ];
  // Every ancestor too, sorted so that parents come first.
  const ouPaths = new Set(
    declaredPaths.flatMap((ouPath) => ouPath.split('/').map((_, depth, names) => names.slice(0, depth + 1).join('/'))),
  );
  const organizationalUnitIds: Record<string, string> = {};
  for (const ouPath of [...ouPaths].sort()) {
    const separator = ouPath.lastIndexOf('/');
    const parentId = separator === -1 ? rootId : required(organizationalUnitIds[ouPath.slice(0, separator)], ouPath);
    const { OrganizationalUnit } = await clients.organizations.send(
      new CreateOrganizationalUnitCommand({
        ParentId: parentId,
        Name: ouPath.slice(separator + 1),
        Tags: toTags(seed.organizationalUnitTags),
      }),
    );
    organizationalUnitIds[ouPath] = required(OrganizationalUnit?.Id, `id for OU '${ouPath}'`);
  }

  const accountIds: Record<string, string> = {};
  await forEachWithConcurrency(accounts, seed.concurrency ?? 4, async (account) => {
    const ouId = account.ou === undefined ? undefined : organizationalUnitIds[account.ou];
    accountIds[account.name] = await createAccount(clients, rootId, account, ouId);
  });
  const resolveAccount = (nameOrId: string): string => {
    const id = accountIds[nameOrId] ?? (/^\d{12}$/.test(nameOrId) ? nameOrId : undefined);
    if (id === undefined) throw new Error(`Seed names account '${nameOrId}', which is not among its accounts.`);
    return id;
  };

  const policyIds: Record<string, string> = {};
  for (const policy of policies) {
    const policyId = await createServiceControlPolicy(clients, policy);
    policyIds[policy.name] = policyId;
    const targets = [
      ...(policy.attachTo?.root ? [rootId] : []),
      ...(policy.attachTo?.organizationalUnits ?? []).map((ouPath) => required(organizationalUnitIds[ouPath], ouPath)),
      ...(policy.attachTo?.accounts ?? []).map(resolveAccount),
    ];
    for (const targetId of targets) await attachPolicy(clients, policyId, targetId);
  }

  const stackSetIds: Record<string, string> = {};
  for (const stackSet of seed.stackSets ?? []) {
    stackSetIds[stackSet.name] = await createSelfManagedStackSet(clients, stackSet);
    if (stackSet.instances) {
      const { accounts: targets, regions, parameterOverrides } = stackSet.instances;
      await createStackInstances(clients, stackSet.name, targets.map(resolveAccount), regions, parameterOverrides);
    }
  }

  return { ...organization, organizationalUnitIds, accountIds, policyIds, stackSetIds };
}
