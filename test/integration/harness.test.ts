import {
  CloudFormationClient,
  DescribeStackSetCommand,
  ListStackInstancesCommand,
  ListStackSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListPoliciesForTargetCommand,
  ListRootsCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

import type { AwsTestClientConfig } from '../harness/aws-test-env.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import type { FaultKind, FaultProxy, ProxiedRequest } from '../harness/fault-proxy.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import { MOTO_DEFAULT_ACCOUNT_ID, MOTO_MANAGEMENT_ACCOUNT_ID, resetMoto } from '../../scripts/emulator/moto-server.js';
import type { SeedClients, SeededOrganization } from '../harness/seed.js';
import {
  createOrganization,
  createOrganizationalUnitPath,
  createSelfManagedStackSet,
  createSeedClients,
  destroySeedClients,
  readOrganizationTree,
  seedOrganization,
} from '../harness/seed.js';

const moto = motoFromGlobalSetup();
const direct = awsTestClientConfig(moto.url, moto.credentials);
let seedClients: SeedClients;

beforeAll(() => {
  seedClients = createSeedClients(direct);
});

afterAll(() => {
  destroySeedClients(seedClients);
});

const denyLeave = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
};

const readOnlyRoleTemplate = {
  Parameters: { RoleName: { Type: 'String' } },
  Resources: {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: { Ref: 'RoleName' },
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${MOTO_MANAGEMENT_ACCOUNT_ID}:root` },
              Action: 'sts:AssumeRole',
            },
          ],
        },
        PermissionsBoundary: `arn:aws:iam::${MOTO_MANAGEMENT_ACCOUNT_ID}:policy/vend-workload-boundary`,
      },
    },
  },
};

async function seedExampleOrganization(): Promise<SeededOrganization> {
  return seedOrganization(seedClients, {
    organizationalUnits: ['Security', 'Workloads/Prod', 'Workloads/NonProd'],
    accounts: [
      {
        name: 'payments-prod',
        email: 'aws+payments-prod@example.com',
        ou: 'Workloads/Prod',
        tags: { Owner: 'team-payments', CostCenter: '4711' },
      },
      { name: 'sandbox', email: 'aws+sandbox@example.com', ou: 'Workloads/NonProd' },
      { name: 'log-archive', email: 'aws+log-archive@example.com', ou: 'Security' },
    ],
    policies: [
      {
        name: 'deny-leave-organization',
        content: denyLeave,
        tags: { ManagedBy: 'vend' },
        attachTo: { root: true, organizationalUnits: ['Workloads/Prod'], accounts: ['sandbox'] },
      },
    ],
    stackSets: [
      {
        name: 'vend-human-roles',
        template: readOnlyRoleTemplate,
        parameters: { RoleName: 'vend-readonly' },
        tags: { ManagedBy: 'vend' },
        // IAM is global: a named role deploys to one region only, as in AWS.
        instances: { accounts: ['payments-prod', 'sandbox'], regions: ['us-east-1'] },
      },
      {
        name: 'vend-regional-topic',
        // Named explicitly: moto names a stack instance's stack `StackSet:<name>`, and a name derived from that is
        // no valid topic name.
        template: {
          Resources: {
            Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Sub': 'vend-alerts-${AWS::Region}' } } },
          },
        },
        instances: { accounts: ['payments-prod'], regions: ['us-east-1', 'eu-west-1'] },
      },
    ],
  });
}

describe('moto identity', () => {
  beforeAll(async () => {
    await resetMoto(moto.url);
  });

  test('the harness credentials act as the management account of the example organization', async () => {
    const sts = new STSClient(direct);
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
    expect(Account).toBe(MOTO_MANAGEMENT_ACCOUNT_ID);
  });

  test('an SDK client built with no settings reaches moto through the environment global-setup prepared', async () => {
    const sts = new STSClient({});
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
    expect(Account).toBe(MOTO_MANAGEMENT_ACCOUNT_ID);
  });

  test('credentials moto never issued act as another account', async () => {
    const sts = new STSClient(awsTestClientConfig(moto.url, { accessKeyId: 'AKIAWRONG', secretAccessKey: 'testing' }));
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
    expect(Account).toBe(MOTO_DEFAULT_ACCOUNT_ID);
  });
});

describe('seeding', () => {
  let seeded: SeededOrganization;

  beforeAll(async () => {
    await resetMoto(moto.url);
    seeded = await seedExampleOrganization();
  });

  test('creates an all-features organization with SCPs enabled on the root', async () => {
    const { Organization } = await seedClients.organizations.send(new DescribeOrganizationCommand({}));
    expect(Organization?.FeatureSet).toBe('ALL');
    expect(Organization?.MasterAccountId).toBe(MOTO_MANAGEMENT_ACCOUNT_ID);
    const { Roots } = await seedClients.organizations.send(new ListRootsCommand({}));
    expect(Roots?.[0]?.Id).toBe(seeded.rootId);
    expect(Roots?.[0]?.PolicyTypes).toEqual([{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }]);
  });

  test('creates the OU tree and puts each account in its OU', async () => {
    const tree = await readOrganizationTree(seedClients);
    expect(tree.organizationalUnitIds).toEqual(seeded.organizationalUnitIds);
    expect(Object.keys(tree.organizationalUnitIds).sort()).toEqual([
      'Security',
      'Workloads',
      'Workloads/NonProd',
      'Workloads/Prod',
    ]);
    const placement = tree.accounts.map(({ name, email, ouPath }) => ({ name, email, ouPath }));
    expect(placement.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'log-archive', email: 'aws+log-archive@example.com', ouPath: 'Security' },
      { name: 'master', email: 'master@example.com', ouPath: '' },
      { name: 'payments-prod', email: 'aws+payments-prod@example.com', ouPath: 'Workloads/Prod' },
      { name: 'sandbox', email: 'aws+sandbox@example.com', ouPath: 'Workloads/NonProd' },
    ]);
    const paymentsProd = tree.accounts.find((account) => account.name === 'payments-prod');
    expect(paymentsProd?.id).toBe(seeded.accountIds['payments-prod']);
  });

  test('tags accounts as declared', async () => {
    const { Tags } = await seedClients.organizations.send(
      new ListTagsForResourceCommand({ ResourceId: seeded.accountIds['payments-prod'] }),
    );
    expect(Tags).toEqual(
      expect.arrayContaining([
        { Key: 'Owner', Value: 'team-payments' },
        { Key: 'CostCenter', Value: '4711' },
      ]),
    );
  });

  test('creates the SCP with its tags and attaches it to root, OU and account', async () => {
    const policyId = seeded.policyIds['deny-leave-organization'];
    const { Policy } = await seedClients.organizations.send(new DescribePolicyCommand({ PolicyId: policyId }));
    expect(JSON.parse(Policy?.Content ?? '')).toEqual(denyLeave);
    const { Tags } = await seedClients.organizations.send(new ListTagsForResourceCommand({ ResourceId: policyId }));
    expect(Tags).toEqual([{ Key: 'ManagedBy', Value: 'vend' }]);
    for (const targetId of [
      seeded.rootId,
      seeded.organizationalUnitIds['Workloads/Prod'],
      seeded.accountIds['sandbox'],
    ]) {
      const { Policies } = await seedClients.organizations.send(
        new ListPoliciesForTargetCommand({ TargetId: targetId, Filter: 'SERVICE_CONTROL_POLICY' }),
      );
      expect(Policies?.map((policy) => policy.Name).sort()).toEqual(['FullAWSAccess', 'deny-leave-organization']);
    }
  });

  test('creates each StackSet with one instance per account and region', async () => {
    const { StackSet } = await seedClients.cloudformation.send(
      new DescribeStackSetCommand({ StackSetName: 'vend-human-roles' }),
    );
    expect(StackSet?.StackSetId).toBe(seeded.stackSetIds['vend-human-roles']);
    expect(StackSet?.PermissionModel).toBe('SELF_MANAGED');
    expect(StackSet?.Parameters).toEqual([{ ParameterKey: 'RoleName', ParameterValue: 'vend-readonly' }]);
    const instancesOf = async (stackSetName: string) => {
      const { Summaries } = await seedClients.cloudformation.send(
        new ListStackInstancesCommand({ StackSetName: stackSetName }),
      );
      return Summaries?.map((summary) => `${summary.Account}/${summary.Region}`).sort();
    };
    const { 'payments-prod': paymentsProd, sandbox } = seeded.accountIds;
    expect(await instancesOf('vend-human-roles')).toEqual([`${paymentsProd}/us-east-1`, `${sandbox}/us-east-1`].sort());
    expect(await instancesOf('vend-regional-topic')).toEqual([
      `${paymentsProd}/eu-west-1`,
      `${paymentsProd}/us-east-1`,
    ]);
  });

  test('a stack instance creates its role in the member account, visible through the execution role', async () => {
    const accountId = seeded.accountIds['payments-prod'];
    const sts = new STSClient(direct);
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: `arn:aws:iam::${accountId}:role/OrganizationAccountAccessRole`,
        RoleSessionName: 'harness-test',
      }),
    );
    sts.destroy();
    const member = awsTestClientConfig(moto.url, {
      accessKeyId: Credentials?.AccessKeyId ?? '',
      secretAccessKey: 'testing',
    });
    const memberSts = new STSClient(member);
    const iam = new IAMClient(member);
    const { Account } = await memberSts.send(new GetCallerIdentityCommand({}));
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: 'vend-readonly' }));
    memberSts.destroy();
    iam.destroy();
    expect(Account).toBe(accountId);
    expect(Role?.Arn).toBe(`arn:aws:iam::${accountId}:role/vend-readonly`);
    expect(Role?.PermissionsBoundary?.PermissionsBoundaryArn).toBe(
      `arn:aws:iam::${MOTO_MANAGEMENT_ACCOUNT_ID}:policy/vend-workload-boundary`,
    );
  });
});

test('createOrganizationalUnitPath reuses the OUs that exist and creates the missing levels', async () => {
  await resetMoto(moto.url);
  const { rootId } = await createOrganization(seedClients);
  const workloads = await createOrganizationalUnitPath(seedClients, rootId, 'Workloads');
  const prod = await createOrganizationalUnitPath(seedClients, rootId, 'Workloads/Prod');
  expect(await createOrganizationalUnitPath(seedClients, rootId, 'Workloads/Prod')).toBe(prod);
  expect((await readOrganizationTree(seedClients)).organizationalUnitIds).toEqual({
    Workloads: workloads,
    'Workloads/Prod': prod,
  });
});

describe('resetMoto', () => {
  test('empties moto and keeps the management credentials valid', async () => {
    await resetMoto(moto.url);
    await seedExampleOrganization();
    const credentials = await resetMoto(moto.url);
    expect(credentials.accessKeyId).toBe(moto.credentials.accessKeyId);
    await expect(seedClients.organizations.send(new DescribeOrganizationCommand({}))).rejects.toMatchObject({
      name: 'AWSOrganizationsNotInUseException',
    });
    const { Summaries } = await seedClients.cloudformation.send(new ListStackSetsCommand({}));
    expect(Summaries).toEqual([]);
    const sts = new STSClient(direct);
    const { Account } = await sts.send(new GetCallerIdentityCommand({}));
    sts.destroy();
    expect(Account).toBe(MOTO_MANAGEMENT_ACCOUNT_ID);
  });
});

interface ProxiedClients {
  organizations: OrganizationsClient;
  cloudformation: CloudFormationClient;
  sts: STSClient;
  destroy(): void;
}

function clientsFor(config: AwsTestClientConfig & { maxAttempts: number; retryMode?: string }): ProxiedClients {
  const organizations = new OrganizationsClient(config);
  const cloudformation = new CloudFormationClient(config);
  const sts = new STSClient(config);
  return {
    organizations,
    cloudformation,
    sts,
    destroy: () => [organizations, cloudformation, sts].forEach((client) => client.destroy()),
  };
}

describe('fault proxy', () => {
  let proxy: FaultProxy | undefined;
  let clients: ProxiedClients | undefined;

  beforeEach(async () => {
    await resetMoto(moto.url);
  });

  afterEach(async () => {
    clients?.destroy();
    clients = undefined;
    await proxy?.close();
    proxy = undefined;
  });

  async function withoutRetries(faults: FaultKind[], faultRate = 1): Promise<ProxiedClients & { proxy: FaultProxy }> {
    const started = await startFaultProxy({ target: moto.url, faultRate, faults });
    proxy = started;
    clients = clientsFor({ ...awsTestClientConfig(started.url, moto.credentials), maxAttempts: 1 });
    return { ...clients, proxy: started };
  }

  test('throttles each protocol with the error code the real service sends', async () => {
    const { organizations, cloudformation, sts } = await withoutRetries(['throttle']);
    await expect(organizations.send(new ListRootsCommand({}))).rejects.toMatchObject({
      name: 'TooManyRequestsException',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(cloudformation.send(new ListStackSetsCommand({}))).rejects.toMatchObject({
      name: 'Throttling',
      $metadata: { httpStatusCode: 400 },
    });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'Throttling' });
  });

  test('answers HTTP 500 in each protocol', async () => {
    const { organizations, cloudformation } = await withoutRetries(['http500']);
    await expect(organizations.send(new ListRootsCommand({}))).rejects.toMatchObject({
      name: 'ServiceException',
      $metadata: { httpStatusCode: 500 },
    });
    await expect(cloudformation.send(new ListStackSetsCommand({}))).rejects.toMatchObject({
      name: 'InternalFailure',
      $metadata: { httpStatusCode: 500 },
    });
  });

  test('drops the connection', async () => {
    const { organizations } = await withoutRetries(['drop']);
    // Outside Jest the error is Node's own (code ECONNRESET); inside, the SDK re-wraps it because Jest's realm has
    // another Error class. Either way the message names the reset.
    await expect(organizations.send(new ListRootsCommand({}))).rejects.toThrow('ECONNRESET');
  });

  test('a faulted request never reaches moto', async () => {
    const { rootId } = await createOrganization(seedClients);
    const { organizations, proxy } = await withoutRetries(['throttle', 'http500', 'drop']);
    for (const name of ['Platform', 'Sandbox', 'Shared']) {
      await expect(
        organizations.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: name })),
      ).rejects.toBeDefined();
    }
    expect(proxy.counts()).toEqual({ 'organizations:CreateOrganizationalUnit': 3 });
    expect(proxy.faultCounts()).toEqual({ 'organizations:CreateOrganizationalUnit': 3 });
    expect(proxy.forwardedCount()).toBe(0);
    expect((await readOrganizationTree(seedClients)).organizationalUnitIds).toEqual({});
  });

  test('counts calls per operation, and only calls that may change AWS as mutating', async () => {
    await createOrganization(seedClients);
    const { organizations, cloudformation, sts, proxy } = await withoutRetries(['throttle'], 0);
    await organizations.send(new ListAccountsCommand({}));
    await organizations.send(new ListAccountsCommand({}));
    await organizations.send(
      new CreatePolicyCommand({
        Name: 'p',
        Description: 'p',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify(denyLeave),
      }),
    );
    await cloudformation.send(new ListStackSetsCommand({}));
    await sts.send(new GetCallerIdentityCommand({}));
    await (await fetch(`${proxy.url}/moto-api/config`)).arrayBuffer();
    expect(proxy.counts()).toEqual({
      'cloudformation:ListStackSets': 1,
      'organizations:CreatePolicy': 1,
      'organizations:ListAccounts': 2,
      'sts:GetCallerIdentity': 1,
    });
    expect(proxy.mutatingCount()).toBe(1);
    expect(proxy.forwardedCount()).toBe(5);
    proxy.reset();
    expect(proxy.counts()).toEqual({});
    expect(proxy.mutatingCount()).toBe(0);
  });

  test('with 30% faults and adaptive retries every call succeeds exactly once', async () => {
    const { rootId } = await createOrganization(seedClients);
    await createSelfManagedStackSet(seedClients, { name: 'vend-baseline', template: readOnlyRoleTemplate });
    // Seed 8 spreads the faults (all three kinds, never two in a row for one call). Longer runs are survivable
    // too, but the SDK's exponential backoff makes them take tens of seconds.
    const kinds = new Set<FaultKind | undefined>();
    proxy = await startFaultProxy({
      target: moto.url,
      faultRate: 0.3,
      seed: 8,
      onRequest: (request) => kinds.add(request.fault),
    });
    clients = clientsFor({
      ...awsTestClientConfig(proxy.url, moto.credentials),
      maxAttempts: 10,
      retryMode: 'adaptive',
    });
    const rounds = 4;
    for (let round = 0; round < rounds; round++) {
      await clients.organizations.send(new ListAccountsCommand({}));
      await clients.cloudformation.send(new DescribeStackSetCommand({ StackSetName: 'vend-baseline' }));
      await clients.sts.send(new GetCallerIdentityCommand({}));
      await clients.organizations.send(
        new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: `team-${round}` }),
      );
    }
    const counts = proxy.counts();
    const faults = proxy.faultCounts();
    const injected = Object.values(faults).reduce((sum, n) => sum + n, 0);
    expect(injected).toBeGreaterThan(0);
    expect(kinds).toEqual(new Set([undefined, 'throttle', 'http500', 'drop']));
    for (const operation of [
      'organizations:ListAccounts',
      'cloudformation:DescribeStackSet',
      'sts:GetCallerIdentity',
      'organizations:CreateOrganizationalUnit',
    ]) {
      expect({ operation, answered: (counts[operation] ?? 0) - (faults[operation] ?? 0) }).toEqual({
        operation,
        answered: rounds,
      });
    }
    expect(proxy.forwardedCount()).toBe(4 * rounds);
    expect(proxy.mutatingCount()).toBe(counts['organizations:CreateOrganizationalUnit']);
    const created = Object.keys((await readOrganizationTree(seedClients)).organizationalUnitIds);
    expect(created.sort()).toEqual(Array.from({ length: rounds }, (_, round) => `team-${round}`).sort());
  });

  test('the same seed gives the same faults', async () => {
    const sequence = async (): Promise<Array<FaultKind | undefined>> => {
      const seen: ProxiedRequest[] = [];
      const seeded = await startFaultProxy({
        target: moto.url,
        faultRate: 0.5,
        seed: 42,
        onRequest: (request) => seen.push(request),
      });
      const sts = new STSClient({ ...awsTestClientConfig(seeded.url, moto.credentials), maxAttempts: 1 });
      for (let call = 0; call < 12; call++) await sts.send(new GetCallerIdentityCommand({})).catch(() => undefined);
      sts.destroy();
      await seeded.close();
      return seen.map((request) => request.fault);
    };
    const first = await sequence();
    expect(await sequence()).toEqual(first);
    expect(first).toContain(undefined);
    expect(first.filter((fault) => fault !== undefined).length).toBeGreaterThan(0);
  });

  test('onForwarded runs after moto applied a call and before the caller sees the answer', async () => {
    const { rootId } = await createOrganization(seedClients);
    const { organizations, proxy } = await withoutRetries(['throttle'], 0);
    const seenByMoto: string[][] = [];
    proxy.onForwarded = async (count, request) => {
      seenByMoto.push([String(count), request.operation]);
      const tree = await readOrganizationTree(seedClients);
      seenByMoto.push(Object.keys(tree.organizationalUnitIds));
      // Like SIGKILLing the caller: the answer is lost although the OU exists.
      throw new Error('caller killed');
    };
    await expect(
      organizations.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'Platform' })),
    ).rejects.toBeDefined();
    expect(seenByMoto).toEqual([['1', 'organizations:CreateOrganizationalUnit'], ['Platform']]);
  });
});
