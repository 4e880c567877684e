import { spawnSync } from 'node:child_process';
import { EnableAWSServiceAccessCommand } from '@aws-sdk/client-organizations';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runPlan, serializePlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { Plan } from '../../src/plan/plan.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import type { OrganizationSeed, SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, seedOrganization } from '../harness/seed.js';
import {
  fixtureRepository,
  MINIMAL_REPOSITORY,
  positionIn,
  removeFixtureRepositories,
} from '../support/fixture-repository.js';

const moto = motoFromGlobalSetup();
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
let seedClients: SeedClients;

const settingsFor = (repositoryRoot: string): VendSettings => ({
  command: 'plan',
  repositoryRoot,
  outputFormat: 'text',
  comment: false,
  allowDestructive: false,
  allowHighImpact: false,
  autoApprove: false,
});
const read = (file: string) => readFileSync(join(MINIMAL_REPOSITORY, file), 'utf8');
const managed = { ManagedBy: 'vend' };
/** What vend's own StackSets carry: its tag, and the roles organization.yaml names. */
const vendStackSet = {
  tags: managed,
  administrationRoleArn: 'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
  executionRoleName: 'OrganizationAccountAccessRole',
};
const denyLeave = read('baselines/scps/deny-leave.json');

async function plan(repositoryRoot = MINIMAL_REPOSITORY, endpoint = moto.url): Promise<Plan> {
  const previous = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = endpoint;
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    const outcome = await runPlan(settingsFor(repositoryRoot), { clients });
    if (outcome.status !== 'planned') throw new Error(`plan did not run: ${JSON.stringify(outcome)}`);
    return outcome.plan;
  } finally {
    destroyAwsClients(clients);
    process.env.AWS_ENDPOINT_URL = previous;
  }
}

/** The plan's change ids; a plan blocked by problems has none that count, so it fails the test instead. */
const ids = (plan: Plan) => {
  if (plan.problems.length > 0) throw new Error(`the plan is blocked: ${JSON.stringify(plan.problems)}`);
  return plan.changes.map((change) => change.id);
};

/** Everything the minimal fixture declares, as an earlier apply would have left it. */
const converged = (): OrganizationSeed => ({
  organizationalUnits: ['Workloads/Prod', 'Sandbox'],
  organizationalUnitTags: { ManagedBy: 'vend' },
  accounts: [
    {
      name: 'app-prod',
      email: 'aws+app-prod@example.com',
      ou: 'Workloads/Prod',
      tags: { CostCenter: '100', Owner: 'team-app', ...managed },
    },
    {
      name: 'sandbox-one',
      email: 'aws+sandbox-one@example.com',
      ou: 'Sandbox',
      tags: { CostCenter: '100', Owner: 'team-app', ...managed },
    },
  ],
  policies: [
    {
      name: 'deny-leave',
      description: 'Members cannot leave',
      content: JSON.stringify(JSON.parse(denyLeave)),
      tags: managed,
      attachTo: { root: true, organizationalUnits: ['Workloads'] },
    },
  ],
  stackSets: [
    {
      name: 'vend-permissions-boundary',
      ...vendStackSet,
      template: read('baselines/stacksets/permissions-boundary.yaml'),
      instances: { accounts: ['app-prod'], regions: ['us-east-1'] },
    },
    {
      name: 'vend-roles',
      ...vendStackSet,
      template: read('baselines/stacksets/roles.yaml'),
      instances: { accounts: ['app-prod'], regions: ['us-east-1'] },
    },
    {
      name: 'vend-regional',
      ...vendStackSet,
      template: read('baselines/stacksets/regional.yaml'),
      instances: { accounts: ['sandbox-one'], regions: ['us-east-1', 'eu-west-1'] },
    },
  ],
});

beforeAll(() => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
});
beforeEach(async () => {
  await resetMoto(moto.url);
});
afterAll(() => {
  destroySeedClients(seedClients);
  removeFixtureRepositories();
});

test('an empty organization plans every create, and nothing destructive', async () => {
  await createOrganization(seedClients);
  const result = await plan();
  expect(ids(result)).toEqual(
    expect.arrayContaining([
      'enable-scp-type:root',
      'create-ou:ou:Workloads',
      'create-ou:ou:Workloads/Prod',
      'create-ou:ou:Sandbox',
      'create-scp:scp:deny-leave',
      'create-account:account:app-prod',
      'create-account:account:sandbox-one',
      'attach-scp:deny-leave@root',
      'attach-scp:deny-leave@ou:Workloads',
      'create-stackset:stackset:vend-permissions-boundary',
      'add-stack-instances:stackset:vend-permissions-boundary',
      'add-stack-instances:stackset:vend-roles',
      'add-stack-instances:stackset:vend-regional',
    ]),
  );
  expect(ids(result).indexOf('create-ou:ou:Workloads')).toBeLessThan(
    ids(result).indexOf('create-ou:ou:Workloads/Prod'),
  );
  expect(ids(result).indexOf('add-stack-instances:stackset:vend-permissions-boundary')).toBeLessThan(
    ids(result).indexOf('add-stack-instances:stackset:vend-roles'),
  );
  expect(result.summary.destroy).toBe(0);
  expect(result.summary.create).toBeGreaterThanOrEqual(13);
});

test('a converged organization plans nothing', async () => {
  await seedOrganization(seedClients, converged());
  const result = await plan();
  expect(result.changes).toEqual([]);
  expect(result.summary).toEqual({ create: 0, change: 0, destroy: 0 });
});

test('after part of the repository was applied by hand, only the rest is planned', async () => {
  const seed = converged();
  seed.accounts = seed.accounts!.filter((account) => account.name === 'app-prod');
  seed.stackSets = seed.stackSets!.filter((stackSet) => stackSet.name !== 'vend-regional');
  await seedOrganization(seedClients, seed);
  const result = await plan();
  expect(ids(result).sort()).toEqual([
    'add-stack-instances:stackset:vend-regional',
    'create-account:account:sandbox-one',
    'create-stackset:stackset:vend-regional',
  ]);
});

test('an account created outside vend with a declared email is adopted, not created', async () => {
  const seed = converged();
  seed.accounts = [
    { name: 'Payments (legacy)', email: 'AWS+App-Prod@example.com' },
    ...seed.accounts!.filter((account) => account.name === 'sandbox-one'),
  ];
  seed.stackSets = seed.stackSets!.map((stackSet) =>
    stackSet.name === 'vend-regional' ? stackSet : { ...stackSet, instances: undefined },
  );
  await seedOrganization(seedClients, seed);
  // Its AWS name is not the manifest's: renaming a member account needs trusted access for AWS Account
  // Management, which a new organization lacks, so the plan refuses rather than fail half-way through apply.
  const blocked = await plan();
  expect(blocked.problems).toEqual([
    expect.objectContaining({
      target: 'account:app-prod',
      message: expect.stringContaining('needs trusted access for AWS Account Management'),
    }),
  ]);
  await seedClients.organizations.send(
    new EnableAWSServiceAccessCommand({ ServicePrincipal: 'account.amazonaws.com' }),
  );
  const result = await plan();
  expect(ids(result)).toEqual(
    expect.arrayContaining([
      'adopt-account:account:app-prod',
      'move-account:account:app-prod',
      'rename-account:account:app-prod',
      'tag-account:account:app-prod',
    ]),
  );
  expect(ids(result)).not.toContain('create-account:account:app-prod');
  expect(result.accounts.find((account) => account.name === 'app-prod')?.status).toBe('adopted');
});

test('an undeclared account is listed as unmanaged and left alone', async () => {
  const seed = converged();
  seed.accounts!.push({ name: 'shadow-it', email: 'shadow@example.net', ou: 'Sandbox' });
  await seedOrganization(seedClients, seed);
  const result = await plan();
  expect(result.unmanagedAccounts).toEqual([
    expect.objectContaining({ name: 'shadow-it', email: 'shadow@example.net', parentPath: 'Sandbox' }),
  ]);
  expect(result.changes).toEqual([]);
});

test("a plan that creates an account reads the unmanaged accounts' tags and tells vend's apart; one that creates none reads none", async () => {
  const seed = converged();
  seed.accounts!.push(
    { name: 'shadow-it', email: 'shadow@example.net', ou: 'Sandbox' },
    // The manifest of a vend account, deleted from the repository: the account keeps vend's tag.
    { name: 'old-app', email: 'aws+old-app@example.com', ou: 'Sandbox', tags: managed },
  );
  await seedOrganization(seedClients, seed);
  const owned = (result: Plan) =>
    Object.fromEntries(result.unmanagedAccounts.map((account) => [account.name, account.ownedByVend]));

  const quiet = await plan();
  expect(quiet.unmanagedAccounts.map((account) => 'ownedByVend' in account)).toEqual([false, false]);

  const creating = await plan(
    fixtureRepository({
      'accounts/new-app.yaml':
        'name: new-app\nemail: aws+new-app@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\n',
    }),
  );
  expect(ids(creating)).toContain('create-account:account:new-app');
  expect(owned(creating)).toEqual({ 'old-app': true, 'shadow-it': false });
});

test('SCPs someone else attached count against the quota: filling an OU to the limit with one more is a problem', async () => {
  const seed = converged();
  // Sandbox carries FullAWSAccess and nine SCPs of another team: ten, the most AWS allows.
  for (let index = 0; index < 9; index++)
    seed.policies!.push({
      name: `their-guard-${index}`,
      content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: `s${index}:*`, Resource: '*' }],
      }),
      attachTo: { organizationalUnits: ['Sandbox'] },
    });
  await seedOrganization(seedClients, seed);
  const organization = read('baselines/organization.yaml').replace(
    '  Sandbox: {}',
    '  Sandbox: { scps: [deny-leave] }',
  );
  const root = fixtureRepository({ 'baselines/organization.yaml': organization });
  const result = await plan(root);
  // Pointed at the OU's scps in organization.yaml, where a pull request's annotation shows it.
  expect(result.problems).toEqual([
    {
      target: 'ou:Sandbox',
      rule: 'scp-attachment-quota',
      file: 'baselines/organization.yaml',
      ...positionIn(organization, 'scps: [deny-leave] }'),
      message: expect.stringContaining(
        'OU Sandbox would carry 11 SCPs, counting 9 that vend does not manage (their-guard-0, their-guard-1,',
      ),
    },
  ]);
});

test('an SCP edited in the repository is an update', async () => {
  await seedOrganization(seedClients, converged());
  const root = fixtureRepository({
    'baselines/scps/deny-leave.json': denyLeave.replace('organizations:LeaveOrganization', 'organizations:Leave*'),
  });
  const result = await plan(root);
  expect(ids(result)).toEqual(['update-scp:scp:deny-leave']);
  expect(result.changes[0]!.after).toEqual(
    expect.objectContaining({ content: expect.stringContaining('organizations:Leave*') }),
  );
});

test('an SCP whose content in AWS holds a number JavaScript cannot is an update, not equal to the file that rounds it', async () => {
  // 12345678901234567890 reads as the double 12345678901234567000: compared parsed, the two would be the same policy.
  const withNumber = (number: string) =>
    denyLeave.replace(
      '"Resource": "*"',
      `"Resource": "*", "Condition": { "NumericLessThan": { "s3:max-keys": ${number} } }`,
    );
  const seed = converged();
  seed.policies![0]!.content = JSON.stringify(JSON.parse(withNumber('1'))).replace(':1}', ':12345678901234567890}');
  await seedOrganization(seedClients, seed);
  const result = await plan(
    fixtureRepository({ 'baselines/scps/deny-leave.json': withNumber('12345678901234567000') }),
  );
  expect(ids(result)).toEqual(['update-scp:scp:deny-leave']);
  expect(result.changes[0]!.before).toEqual(
    expect.objectContaining({ content: expect.stringContaining('"s3:max-keys":12345678901234567890}') }),
  );
});

test('an SCP detached in AWS is re-attached', async () => {
  const seed = converged();
  seed.policies![0]!.attachTo = { root: true };
  await seedOrganization(seedClients, seed);
  const result = await plan();
  expect(ids(result)).toEqual(['attach-scp:deny-leave@ou:Workloads']);
});

test('a changed baseline template is a StackSet update', async () => {
  await seedOrganization(seedClients, converged());
  const root = fixtureRepository({
    'baselines/stacksets/regional.yaml': `${read('baselines/stacksets/regional.yaml')}  Queue:\n    Type: AWS::SQS::Queue\n`,
  });
  const result = await plan(root);
  expect(ids(result)).toEqual(['update-stackset:stackset:vend-regional']);
  expect(result.changes[0]!.description).toContain('template changed (redeploying 2 existing instances)');
});

test('planning twice gives byte-identical plans with the same digest', async () => {
  const seed = converged();
  seed.accounts!.pop();
  seed.stackSets!.pop();
  await seedOrganization(seedClients, seed);
  const first = await plan();
  const second = await plan();
  expect(first.changes.length).toBeGreaterThan(0);
  expect(second.digest).toBe(first.digest);
  expect(serializePlan(second)).toBe(serializePlan(first));
});

test('plan is read-only: no mutating API is called, and reads stay list-based', async () => {
  await seedOrganization(seedClients, converged());
  const proxy = await startFaultProxy({ target: moto.url, faultRate: 0 });
  try {
    const root = fixtureRepository({
      'baselines/scps/deny-leave.json': denyLeave.replace('LeaveOrganization', 'Leave*'),
    });
    const result = await plan(root, proxy.url);
    expect(result.changes.length).toBeGreaterThan(0);
    const counts = proxy.counts();
    expect(counts['organizations:ListAccountsForParent']).toBeGreaterThan(0);
    expect(proxy.mutatingCount()).toBe(0);
    // Tags are read for the two declared accounts, one SCP, and the three declared OUs (Workloads, Workloads/Prod,
    // Sandbox: whose each is), never for every account.
    expect(counts['organizations:ListTagsForResource']).toBe(2 + 1 + 3);
  } finally {
    await proxy.close();
  }
});

test('vend plan --out writes the same bytes on every run, and exits 0', async () => {
  await createOrganization(seedClients);
  const directory = mkdtempSync(join(tmpdir(), 'vend-plan-out-'));
  const run = (out: string) =>
    spawnSync(process.execPath, [CLI, 'plan', '--repo', MINIMAL_REPOSITORY, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, AWS_ENDPOINT_URL: moto.url },
    });
  const first = run(join(directory, 'first.json'));
  const second = run(join(directory, 'second.json'));
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/^Plan: \d+ to create, 1 to change, 0 to destroy\.$/m);
  expect(first.stderr).not.toContain('NodeVersionSupportWarning');
  const written = readFileSync(join(directory, 'first.json'), 'utf8');
  expect(JSON.parse(written).digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(readFileSync(join(directory, 'second.json'), 'utf8')).toBe(written);
  expect(second.status).toBe(0);
});
