import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DeleteStackSetCommand,
  DescribeStackSetCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListPoliciesForTargetCommand,
  ListTagsForResourceCommand,
  MoveAccountCommand,
} from '@aws-sdk/client-organizations';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import type { SeedClients } from '../harness/seed.js';
import {
  attachPolicy,
  createOrganization,
  createSeedClients,
  createServiceControlPolicy,
  destroySeedClients,
  enableServiceControlPolicies,
  readOrganizationTree,
} from '../harness/seed.js';
import {
  fixtureRepository,
  MINIMAL_REPOSITORY,
  positionIn,
  removeFixtureRepositories,
} from '../support/fixture-repository.js';

/** Vend acts only on what it owns: resources are found by id, email and ownership, never by a display name. */
const moto = motoFromGlobalSetup();
let seedClients: SeedClients;

const settings = (repositoryRoot: string, command: 'plan' | 'apply'): VendSettings => ({
  command,
  repositoryRoot,
  outputFormat: 'text',
  comment: false,
  allowDestructive: command === 'apply',
  allowHighImpact: command === 'apply',
  autoApprove: true,
});

async function withClients<T>(run: (clients: ReturnType<typeof createAwsClients>) => Promise<T>): Promise<T> {
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    return await run(clients);
  } finally {
    destroyAwsClients(clients);
  }
}

async function plan(root: string) {
  const outcome = await withClients((clients) => runPlan(settings(root, 'plan'), { clients }));
  if (outcome.status !== 'planned') throw new Error(`plan did not run: ${outcome.status}`);
  return outcome.plan;
}

async function apply(root: string) {
  const outcome = await withClients((clients) => runApply(settings(root, 'apply'), { clients }));
  if (outcome.status !== 'applied') throw new Error(`apply did not run: ${outcome.status}`);
  return outcome;
}

beforeAll(() => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
});

beforeEach(async () => {
  await resetMoto(moto.url);
  await createOrganization(seedClients);
});

afterAll(() => {
  destroySeedClients(seedClients);
  removeFixtureRepositories();
});

test("a foreign top-level OU named 'CI/CD' is never taken for the declared CI → CD: nothing of the other team's is touched", async () => {
  const rootId = (await readOrganizationTree(seedClients)).rootId;
  const { OrganizationalUnit } = await seedClients.organizations.send(
    new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: 'CI/CD' }),
  );
  const foreignId = OrganizationalUnit!.Id!;
  const { CreateAccountStatus } = await seedClients.organizations.send(
    new CreateAccountCommand({ AccountName: 'their-builds', Email: 'builds@other-team.example.com' }),
  );
  const theirs = CreateAccountStatus!.AccountId!;
  await seedClients.organizations.send(
    new MoveAccountCommand({ AccountId: theirs, SourceParentId: rootId, DestinationParentId: foreignId }),
  );
  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const root = fixtureRepository({
    'baselines/organization.yaml': organization.replace(
      'organizationalUnits:\n',
      'organizationalUnits:\n  CI:\n    organizationalUnits:\n      CD: { scps: [deny-leave] }\n',
    ),
    'accounts/build-runner.yaml':
      'name: build-runner\nemail: aws+build-runner@example.com\nou: CI/CD\nowner: team-ci\ntags: { CostCenter: "300" }\n',
  });

  const outcome = await apply(root);

  expect(outcome.exitCode).toBe(0);
  const tree = await readOrganizationTree(seedClients);
  const runner = tree.accounts.find((account) => account.name === 'build-runner')!;
  const children = async (parentId: string) =>
    (await seedClients.organizations.send(new ListOrganizationalUnitsForParentCommand({ ParentId: parentId })))
      .OrganizationalUnits ?? [];
  const ci = (await children(tree.rootId)).find((unit) => unit.Name === 'CI')!;
  const [cd] = await children(ci.Id!);
  expect(cd?.Name).toBe('CD');
  expect(runner.parentId).toBe(cd!.Id);
  expect(tree.accounts.find((account) => account.id === theirs)?.parentId).toBe(foreignId);
  const onCd = await seedClients.organizations.send(
    new ListPoliciesForTargetCommand({ TargetId: cd!.Id!, Filter: 'SERVICE_CONTROL_POLICY' }),
  );
  expect((onCd.Policies ?? []).map((policy) => policy.Name).sort()).toEqual(['FullAWSAccess', 'deny-leave']);
  const onForeign = await seedClients.organizations.send(
    new ListPoliciesForTargetCommand({ TargetId: foreignId, Filter: 'SERVICE_CONTROL_POLICY' }),
  );
  expect((onForeign.Policies ?? []).map((policy) => policy.Name)).toEqual(['FullAWSAccess']);
  const onTheirs = await seedClients.organizations.send(
    new ListPoliciesForTargetCommand({ TargetId: theirs, Filter: 'SERVICE_CONTROL_POLICY' }),
  );
  expect((onTheirs.Policies ?? []).map((policy) => policy.Name)).toEqual(['FullAWSAccess']);
  const again = await plan(root);
  expect(again.changes).toEqual([]);
  expect(again.unmanagedAccounts).toContainEqual(expect.objectContaining({ id: theirs, parentPath: '"CI/CD"' }));

  // A name with a '"' inside is one a repository can declare as it is: it is shown so, never escaped. One that
  // starts with '"' cannot be declared, and is quoted, so no declared '"CI' → 'CD"' can read as the foreign 'CI/CD';
  // so is one with a space a reader could not see.
  let from = foreignId;
  for (const [name, shown] of [
    ['it"s', 'it"s'],
    ['"CI', '"\\"CI"'],
    [' lead', '" lead"'],
  ] as const) {
    const { OrganizationalUnit } = await seedClients.organizations.send(
      new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: name }),
    );
    await seedClients.organizations.send(
      new MoveAccountCommand({ AccountId: theirs, SourceParentId: from, DestinationParentId: OrganizationalUnit!.Id! }),
    );
    from = OrganizationalUnit!.Id!;
    expect((await plan(root)).unmanagedAccounts).toContainEqual(
      expect.objectContaining({ id: theirs, parentPath: shown }),
    );
  }
});

test("vend's OU moved under another parent in the repository is a problem, not a second OU of that name", async () => {
  await apply(MINIMAL_REPOSITORY);
  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const moved = fixtureRepository({
    'baselines/organization.yaml': organization
      .replace('  Sandbox: {}\n', '')
      .replace('      Prod: {}\n', '      Prod: {}\n      Sandbox: {}\n'),
    'accounts/sandbox-one.yaml': readFileSync(join(MINIMAL_REPOSITORY, 'accounts/sandbox-one.yaml'), 'utf8').replace(
      'ou: Sandbox',
      'ou: Workloads/Sandbox',
    ),
  });

  const planned = await plan(moved);

  // The tags of the OU elsewhere with the declared one's name are read, so the plan can tell it is vend's.
  expect(planned.problems).toEqual([
    expect.objectContaining({
      target: 'ou:Workloads/Sandbox',
      message: expect.stringContaining(`vend's OU "Sandbox"`),
    }),
  ]);
  expect(planned.problems[0]!.message).toContain('moved in the repository. AWS cannot move an OU');
});

test('after vend deletes a StackSet, the next plans still run and see it gone', async () => {
  await apply(MINIMAL_REPOSITORY);
  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const root = fixtureRepository({
    'baselines/organization.yaml': organization.replace(/ {2}regional:\n {4}template: stacksets\/regional.yaml\n/, ''),
    'accounts/sandbox-one.yaml':
      'name: sandbox-one\nemail: aws+sandbox-one@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\n',
  });
  expect((await plan(root)).changes.map((change) => change.id)).toEqual([
    'remove-stack-instances:stackset:vend-regional',
    'delete-stackset:stackset:vend-regional',
  ]);
  expect((await apply(root)).exitCode).toBe(0);
  expect((await plan(root)).changes).toEqual([]);
});

test('a StackSet deleted by hand is planned again from scratch, not read', async () => {
  await apply(MINIMAL_REPOSITORY);
  const tree = await readOrganizationTree(seedClients);
  const sandbox = tree.accounts.find((account) => account.name === 'sandbox-one')!;
  await seedClients.cloudformation.send(
    new DeleteStackInstancesCommand({
      StackSetName: 'vend-regional',
      Accounts: [sandbox.id],
      Regions: ['us-east-1', 'eu-west-1'],
      RetainStacks: false,
    }),
  );
  await seedClients.cloudformation.send(new DeleteStackSetCommand({ StackSetName: 'vend-regional' }));
  expect((await plan(MINIMAL_REPOSITORY)).changes.map((change) => change.id)).toEqual([
    'create-stackset:stackset:vend-regional',
    'add-stack-instances:stackset:vend-regional',
  ]);
});

test("another team's StackSet named with vend's prefix is never deleted, and a declared name it takes is a problem", async () => {
  await apply(MINIMAL_REPOSITORY);
  const theirs = { TemplateBody: '{"Resources":{"T":{"Type":"AWS::SNS::Topic"}}}' };
  await seedClients.cloudformation.send(new CreateStackSetCommand({ StackSetName: 'vend-foreign', ...theirs }));
  // Catalogue names are lowercase: no baseline could ever be this one.
  await seedClients.cloudformation.send(new CreateStackSetCommand({ StackSetName: 'vend-Regional', ...theirs }));
  expect((await plan(MINIMAL_REPOSITORY)).changes).toEqual([]);

  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const root = fixtureRepository({
    'baselines/organization.yaml': `${organization}  foreign:\n    template: stacksets/regional.yaml\n`,
  });
  const taken = await plan(root);
  expect(taken.problems).toEqual([
    {
      target: 'stackset:vend-foreign',
      rule: 'stack-set-not-owned',
      file: 'baselines/organization.yaml',
      ...positionIn(`${organization}  foreign:\n`, 'foreign:\n'),
      message: expect.stringContaining(
        "A StackSet named 'vend-foreign' already exists but is not tagged ManagedBy=vend",
      ),
    },
  ]);
  expect(taken.changes.filter((change) => change.target === 'stackset:vend-foreign')).toEqual([]);
});

test('an SCP someone else made, which the catalogue describes exactly, is adopted by its tag: not created again, not rewritten', async () => {
  const { rootId } = await readOrganizationTree(seedClients);
  const content = JSON.stringify(
    JSON.parse(readFileSync(join(MINIMAL_REPOSITORY, 'baselines/scps/deny-leave.json'), 'utf8')),
  );
  const policyId = await createServiceControlPolicy(seedClients, {
    name: 'deny-leave',
    description: 'Members cannot leave',
    content,
    tags: { Team: 'security' },
  });
  await enableServiceControlPolicies(seedClients, rootId);
  await attachPolicy(seedClients, policyId, rootId);

  expect((await plan(MINIMAL_REPOSITORY)).changes.filter((change) => change.target === 'scp:deny-leave')).toEqual([
    expect.objectContaining({ id: 'adopt-scp:scp:deny-leave', action: 'change', destructive: false }),
  ]);
  expect((await apply(MINIMAL_REPOSITORY)).exitCode).toBe(0);

  const policies = await seedClients.organizations.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }));
  expect((policies.Policies ?? []).filter((policy) => policy.Name === 'deny-leave').map((policy) => policy.Id)).toEqual(
    [policyId],
  );
  const { Tags } = await seedClients.organizations.send(new ListTagsForResourceCommand({ ResourceId: policyId }));
  expect(Object.fromEntries((Tags ?? []).map((tag) => [tag.Key, tag.Value]))).toEqual({
    Team: 'security',
    ManagedBy: 'vend',
  });
  expect((await plan(MINIMAL_REPOSITORY)).changes).toEqual([]);
});

test('a StackSet someone else made, which the catalogue describes exactly, is adopted by its tag and keeps its other tags, through later updates too', async () => {
  const templateBody = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/stacksets/regional.yaml'), 'utf8');
  await seedClients.cloudformation.send(
    new CreateStackSetCommand({
      StackSetName: 'vend-regional',
      TemplateBody: templateBody,
      Tags: [{ Key: 'Team', Value: 'network' }],
      // The roles organization.yaml names: a StackSet deployed by other roles is not adopted.
      AdministrationRoleARN: 'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
      ExecutionRoleName: 'OrganizationAccountAccessRole',
    }),
  );

  const first = await plan(MINIMAL_REPOSITORY);
  expect(
    first.changes.filter((change) => change.target === 'stackset:vend-regional').map((change) => change.kind),
  ).toEqual(['adopt-stackset', 'add-stack-instances']);
  expect((await apply(MINIMAL_REPOSITORY)).exitCode).toBe(0);

  const { StackSet } = await seedClients.cloudformation.send(
    new DescribeStackSetCommand({ StackSetName: 'vend-regional' }),
  );
  expect(Object.fromEntries((StackSet?.Tags ?? []).map((tag) => [tag.Key, tag.Value]))).toEqual({
    Team: 'network',
    ManagedBy: 'vend',
  });
  expect((await plan(MINIMAL_REPOSITORY)).changes).toEqual([]);

  const edited = fixtureRepository({ 'baselines/stacksets/regional.yaml': `${templateBody}\n# a later edit\n` });
  expect((await plan(edited)).changes.map((change) => change.kind)).toEqual(['update-stackset']);
  expect((await apply(edited)).exitCode).toBe(0);
  const after = await seedClients.cloudformation.send(new DescribeStackSetCommand({ StackSetName: 'vend-regional' }));
  expect(Object.fromEntries((after.StackSet?.Tags ?? []).map((tag) => [tag.Key, tag.Value]))).toEqual({
    Team: 'network',
    ManagedBy: 'vend',
  });
});

test('a StackSet another tool tags ManagedBy is adopted only as a high-impact change that names the tool', async () => {
  await seedClients.cloudformation.send(
    new CreateStackSetCommand({
      StackSetName: 'vend-regional',
      TemplateBody: readFileSync(join(MINIMAL_REPOSITORY, 'baselines/stacksets/regional.yaml'), 'utf8'),
      Tags: [{ Key: 'ManagedBy', Value: 'cdk' }],
      AdministrationRoleARN: 'arn:aws:iam::111111111111:role/AWSCloudFormationStackSetAdministrationRole',
      ExecutionRoleName: 'OrganizationAccountAccessRole',
    }),
  );
  const adoption = (await plan(MINIMAL_REPOSITORY)).changes.find((change) => change.kind === 'adopt-stackset');
  expect(adoption).toMatchObject({
    highImpact: true,
    highImpactReason: 'its ManagedBy tag names "cdk", which may still act on it',
  });
});

test("a manifest whose email was changed to another team's account never takes that account over: vend's own keeps its name, the other stays as it is", async () => {
  await apply(MINIMAL_REPOSITORY);
  const { CreateAccountStatus } = await seedClients.organizations.send(
    new CreateAccountCommand({ AccountName: 'finance-ledger', Email: 'finance-ledger@example.com' }),
  );
  const theirs = CreateAccountStatus!.AccountId!;
  const before = await readOrganizationTree(seedClients);
  const vends = before.accounts.find((account) => account.name === 'app-prod')!;
  const root = fixtureRepository({
    'accounts/app-prod.yaml':
      'name: app-prod\nemail: finance-ledger@example.com\nou: Workloads/Prod\nowner: team-app\ntags: { CostCenter: "100" }\n',
  });

  // Without a base branch, as `vend plan` runs by hand: the undeclared account carrying the name is read all the same.
  const planned = await plan(root);
  expect(planned.problems).toEqual([
    {
      target: 'account:app-prod',
      rule: 'account-email-taken',
      file: 'accounts/app-prod.yaml',
      line: 2,
      column: 1,
      message: expect.stringContaining(
        `The email in accounts/app-prod.yaml, finance-ledger@example.com, is that of account ${theirs} ('finance-ledger'), which is not vend's, while vend's account ${vends.id} ('app-prod', aws+app-prod@example.com) carries this account's name`,
      ),
    },
  ]);
  expect(planned.changes.filter((change) => change.scope.account === 'app-prod')).toEqual([]);
  expect(planned.unmanagedAccounts.map((account) => account.id)).not.toContain(vends.id);

  const outcome = await apply(root);
  expect(outcome.exitCode).toBe(1);
  const after = await readOrganizationTree(seedClients);
  expect(after.accounts.find((account) => account.id === theirs)).toEqual(
    before.accounts.find((account) => account.id === theirs),
  );
  const { Tags } = await seedClients.organizations.send(new ListTagsForResourceCommand({ ResourceId: theirs }));
  expect(Tags ?? []).toEqual([]);
});
