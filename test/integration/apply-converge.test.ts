import { ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { ListPoliciesCommand, ListPoliciesForTargetCommand } from '@aws-sdk/client-organizations';
import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ApplyOutcome } from '../../src/commands/apply.js';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import type { FaultProxy } from '../harness/fault-proxy.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import type { SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, readOrganizationTree } from '../harness/seed.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';

const moto = motoFromGlobalSetup();
let seedClients: SeedClients;
let proxy: FaultProxy | undefined;

const settingsFor = (
  command: 'apply' | 'plan',
  repositoryRoot: string,
  extra: Partial<VendSettings> = {},
): VendSettings => ({
  command,
  repositoryRoot,
  outputFormat: 'text',
  comment: false,
  allowDestructive: false,
  // Building an organization attaches SCPs at the root: a high-impact plan, which these runs are allowed.
  allowHighImpact: true,
  autoApprove: false,
  ...extra,
});

/** Runs a vend command in this process with clients that talk to `endpoint` (moto, or the fault proxy). */
async function withEndpoint<T>(
  endpoint: string,
  run: (clients: ReturnType<typeof createAwsClients>) => Promise<T>,
): Promise<T> {
  const previous = process.env.AWS_ENDPOINT_URL;
  // The verification step builds its IAM clients from the environment, like every client in production.
  process.env.AWS_ENDPOINT_URL = endpoint;
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    return await run(clients);
  } finally {
    destroyAwsClients(clients);
    process.env.AWS_ENDPOINT_URL = previous;
  }
}

async function apply(
  repositoryRoot: string,
  endpoint: string,
  extra: Partial<VendSettings> = {},
): Promise<Extract<ApplyOutcome, { status: 'applied' }>> {
  // Without a saved plan, the tests apply what they plan, as --auto-approve does.
  extra = { autoApprove: extra.savedPlanFile === undefined, ...extra };
  const outcome = await withEndpoint(endpoint, (clients) =>
    runApply(settingsFor('apply', repositoryRoot, extra), { clients }),
  );
  if (outcome.status !== 'applied')
    throw new Error(`apply did not run: ${JSON.stringify(outcome.validation.diagnostics)}`);
  return outcome;
}

async function planChanges(repositoryRoot: string, extra: Partial<VendSettings> = {}): Promise<string[]> {
  const outcome = await withEndpoint(moto.url, (clients) =>
    runPlan(settingsFor('plan', repositoryRoot, extra), { clients }),
  );
  if (outcome.status !== 'planned') throw new Error(`plan did not run: ${JSON.stringify(outcome)}`);
  return outcome.plan.changes.map((change) => change.id);
}

async function stackInstances(stackSet: string): Promise<string[]> {
  const { accounts } = await readOrganizationTree(seedClients);
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  const { Summaries } = await seedClients.cloudformation.send(
    new ListStackInstancesCommand({ StackSetName: stackSet }),
  );
  return (Summaries ?? []).map((instance) => `${names.get(instance.Account ?? '')}/${instance.Region}`).sort();
}

beforeAll(() => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
});
beforeEach(async () => {
  await resetMoto(moto.url);
  await createOrganization(seedClients);
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});
afterAll(() => {
  destroySeedClients(seedClients);
  removeFixtureRepositories();
});

test('apply builds the fixture organization from an empty one, and a second apply makes no mutating call', async () => {
  proxy = await startFaultProxy({ target: moto.url });
  const first = await apply(MINIMAL_REPOSITORY, proxy.url);

  expect(first.report.failures).toEqual([]);
  expect(first.exitCode).toBe(0);
  expect(first.report.createdAccounts.map((account) => account.name).sort()).toEqual(['app-prod', 'sandbox-one']);
  const tree = await readOrganizationTree(seedClients);
  const placement = Object.fromEntries(tree.accounts.map((account) => [account.name, account.ouPath]));
  expect(placement).toEqual({ master: '', 'app-prod': 'Workloads/Prod', 'sandbox-one': 'Sandbox' });
  for (const target of [tree.rootId, tree.organizationalUnitIds['Workloads']!]) {
    const { Policies } = await seedClients.organizations.send(
      new ListPoliciesForTargetCommand({ TargetId: target, Filter: 'SERVICE_CONTROL_POLICY' }),
    );
    expect(Policies?.map((policy) => policy.Name)).toContain('deny-leave');
  }
  expect(await stackInstances('vend-regional')).toEqual(['sandbox-one/eu-west-1', 'sandbox-one/us-east-1']);
  expect(await stackInstances('vend-roles')).toEqual(['app-prod/us-east-1']);
  // One StackSet operation per baseline: StackSets fans out, not vend.
  expect(proxy.counts()['cloudformation:CreateStackInstances']).toBe(3);
  expect(
    first.report.baselineResults.map((result) => `${result.stackSet} ${result.status} ${result.succeeded}`).sort(),
  ).toEqual(['vend-permissions-boundary SUCCEEDED 1', 'vend-regional SUCCEEDED 2', 'vend-roles SUCCEEDED 1']);
  const appProd = first.report.verification.find((account) => account.account.name === 'app-prod');
  expect(appProd?.roles).toEqual([
    expect.objectContaining({
      roleName: 'reader',
      exists: true,
      ok: true,
      permissionsBoundaryArn: expect.stringMatching(/:policy\/workload-boundary$/),
    }),
  ]);

  proxy.reset();
  const second = await apply(MINIMAL_REPOSITORY, proxy.url);
  expect(second.report.changesApplied).toEqual([]);
  expect(second.exitCode).toBe(0);
  expect(proxy.mutatingCount()).toBe(0);
});

test('a destructive change in the approved plan runs only with allow-destructive', async () => {
  await apply(MINIMAL_REPOSITORY, moto.url);
  const root = fixtureRepository({
    'accounts/sandbox-one.yaml':
      'name: sandbox-one\nemail: aws+sandbox-one@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\nregions: [us-east-1, eu-west-1]\n',
  });
  const removal = 'remove-stack-instances:stackset:vend-regional';
  expect(await planChanges(root)).toEqual([removal]);

  const planFile = join(mkdtempSync(join(tmpdir(), 'vend-approved-')), 'plan.json');
  await planChanges(root, { planOutputFile: planFile });
  const approvedButNotAllowed = await apply(root, moto.url, { savedPlanFile: planFile });
  expect(approvedButNotAllowed.exitCode).toBe(1);
  expect(approvedButNotAllowed.report.refused).toEqual([
    expect.objectContaining({ id: removal, reason: expect.stringContaining('only with allow-destructive') }),
  ]);
  expect(await stackInstances('vend-regional')).toHaveLength(2);

  const authorised = await apply(root, moto.url, { savedPlanFile: planFile, allowDestructive: true });
  expect(authorised.report.refused).toEqual([]);
  expect(authorised.report.changesApplied.map((change) => change.id)).toEqual([removal]);
  expect(authorised.exitCode).toBe(0);
  expect(await stackInstances('vend-regional')).toEqual([]);
});

test('with 20% of requests throttled, failing with HTTP 500 or dropped, apply still converges', async () => {
  proxy = await startFaultProxy({ target: moto.url, faultRate: 0.2, seed: 7 });
  const outcome = await apply(MINIMAL_REPOSITORY, proxy.url);
  const injected = Object.values(proxy.faultCounts()).reduce((sum, count) => sum + count, 0);

  expect(injected).toBeGreaterThan(10);
  expect(outcome.report.failures).toEqual([]);
  expect(outcome.exitCode).toBe(0);
  expect(await planChanges(MINIMAL_REPOSITORY)).toEqual([]);
  const tree = await readOrganizationTree(seedClients);
  expect(
    tree.accounts
      .filter((account) => account.name !== 'master')
      .map((account) => account.name)
      .sort(),
  ).toEqual(['app-prod', 'sandbox-one']);
});

test('an SCP dropped from the catalogue is detached and deleted from an approved plan', async () => {
  await apply(MINIMAL_REPOSITORY, moto.url);
  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const root = fixtureRepository({
    'baselines/organization.yaml': organization
      .replace('root:\n  scps: [deny-leave]', 'root:\n  scps: []')
      .replace('    scps: [deny-leave]\n', '')
      .replace(/scps:\n {2}deny-leave: .*\n/, ''),
  });
  const retired = ['detach-scp:deny-leave@ou:Workloads', 'detach-scp:deny-leave@root', 'delete-scp:scp:deny-leave'];
  const planFile = join(mkdtempSync(join(tmpdir(), 'vend-approved-')), 'plan.json');
  expect(await planChanges(root, { planOutputFile: planFile })).toEqual(retired);

  const authorised = await apply(root, moto.url, { savedPlanFile: planFile, allowDestructive: true });
  expect(authorised.report.changesApplied.map((change) => change.id).sort()).toEqual([...retired].sort());
  expect(authorised.exitCode).toBe(0);
  const { Policies = [] } = await seedClients.organizations.send(
    new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }),
  );
  expect(Policies.map((policy) => policy.Name)).toEqual(['FullAWSAccess']);
  expect(await planChanges(root)).toEqual([]);
});
