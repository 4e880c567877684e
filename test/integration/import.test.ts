import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CloseAccountCommand,
  CreatePolicyCommand,
  DetachPolicyCommand,
  EnablePolicyTypeCommand,
  ListPoliciesCommand,
} from '@aws-sdk/client-organizations';
import { importExitCode } from '../../src/commands/import.js';
import type { ImportOutcome } from '../../src/commands/import.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import type { OrganizationSeed, SeedClients, SeededOrganization } from '../harness/seed.js';
import {
  createOrganization,
  createSeedClients,
  createStackInstances,
  destroySeedClients,
  seedOrganization,
} from '../harness/seed.js';
import {
  EXAMPLE_REPOSITORY,
  fixtureRepository,
  MINIMAL_REPOSITORY,
  removeFixtureRepositories,
} from '../support/fixture-repository.js';
import { ADOPTION, errorsOf, importCommands, kindsOf, newRepository, written } from '../support/import-commands.js';
import { REGIONAL_TEMPLATE } from '../support/live-organization.js';
import { renderImportText } from '../../src/report/import-text.js';

/**
 * The contract of vend import, on the emulator: seeded with direct API calls as an organization that never saw
 * vend, it is imported read-only; right after, validate passes and the plan creates, moves, detaches and destroys
 * nothing: it adopts, and once that is applied the organization matches the repository.
 */
const moto = motoFromGlobalSetup();
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
let seedClients: SeedClients;

const { importInto, plan, apply } = importCommands(moto);

const GLOBAL_TEMPLATE = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Marker: { Type: 'AWS::SSM::Parameter', Properties: { Name: '/org/global', Type: 'String', Value: 'x' } },
  },
});
const deny = (action: string) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }],
});

/** An organization with a bit of everything the issue lists, as an administrator built it without vend. */
const MIXED: OrganizationSeed = {
  organizationalUnits: ['Deep/L2/L3/L4/L5', 'Sandbox', 'Workloads/Prod', 'Workloads/Dev', 'Security'],
  accounts: [
    {
      name: 'Payments Prod',
      email: 'payments-prod@example.com',
      ou: 'Workloads/Prod',
      tags: { Owner: 'team-payments', CostCenter: '4711' },
    },
    { name: 'payments-dev', email: 'payments-dev@example.com', ou: 'Workloads/Dev', tags: { Owner: 'team-payments' } },
    { name: 'Shared Services', email: 'shared-a@example.com', ou: 'Workloads/Prod' },
    { name: 'Shared Services', email: 'shared-b@example.com', ou: 'Workloads/Dev', tags: { Team: 'platform' } },
    { name: 'deep-one', email: 'deep@example.com', ou: 'Deep/L2/L3/L4/L5' },
    { name: 'sandbox-1', email: 'sandbox1@example.com', ou: 'Sandbox', tags: { ManagedBy: 'terraform' } },
    { name: 'old-app', email: 'old@example.com', ou: 'Sandbox' },
    { name: 'log-archive', email: 'log-archive@example.com', ou: 'Security', tags: { Owner: 'team-security' } },
  ],
  policies: [
    {
      name: 'deny-leave',
      content: deny('organizations:LeaveOrganization'),
      description: 'no leaving',
      attachTo: { root: true },
    },
    { name: 'workload-guard', content: deny('s3:DeleteBucket'), attachTo: { organizationalUnits: ['Workloads'] } },
    {
      name: 'no-ec2',
      content: deny('ec2:RunInstances'),
      attachTo: { organizationalUnits: ['Sandbox'], accounts: ['payments-dev'] },
    },
    { name: 'Deny KMS (legacy)', content: deny('kms:*'), attachTo: { organizationalUnits: ['Deep'] } },
    {
      // JSON.parse keeps the last Action: a file written from it would not deny iam:*.
      name: 'key-twice',
      content:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:*","Action":"s3:*","Resource":"*"}]}',
      attachTo: { organizationalUnits: ['Security'] },
    },
    {
      // JSON.parse reads it as 12345678901234567000: a file written from it would hold another number.
      name: 'huge-number',
      content:
        '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:ListBucket","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":12345678901234567890}}}]}',
      attachTo: { organizationalUnits: ['Security'] },
    },
  ],
  stackSets: [
    {
      name: 'vend-global',
      template: GLOBAL_TEMPLATE,
      // The bootstrap stack's role; without one, a StackSet gets AWSCloudFormationStackSetExecutionRole.
      executionRoleName: 'OrganizationAccountAccessRole',
      // old-app is closed later: its instance stays, in an account import writes no manifest for.
      instances: { accounts: ['Payments Prod', 'payments-dev', 'old-app'], regions: ['us-east-1'] },
    },
    {
      name: 'vend-regional',
      template: REGIONAL_TEMPLATE,
      executionRoleName: 'OrganizationAccountAccessRole',
      parameters: { Tier: 'standard' },
      instances: { accounts: ['Payments Prod', 'deep-one'], regions: ['us-east-1', 'eu-west-1'] },
    },
    { name: 'someone-elses', template: GLOBAL_TEMPLATE },
  ],
};

/** MIXED, plus what seedOrganization does not do: an override, a closed account, FullAWSAccess detached, tag policies. */
async function seedMixed(): Promise<SeededOrganization> {
  const seeded = await seedOrganization(seedClients, MIXED);
  await createStackInstances(seedClients, 'vend-regional', [seeded.accountIds['payments-dev']!], ['us-east-1'], {
    Tier: 'gold',
  });
  await seedClients.organizations.send(new CloseAccountCommand({ AccountId: seeded.accountIds['old-app'] }));
  const { Policies = [] } = await seedClients.organizations.send(
    new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }),
  );
  const fullAWSAccess = Policies.find((policy) => policy.Name === 'FullAWSAccess')!;
  await seedClients.organizations.send(
    new DetachPolicyCommand({ PolicyId: fullAWSAccess.Id, TargetId: seeded.organizationalUnitIds.Sandbox }),
  );
  await seedClients.organizations.send(
    new EnablePolicyTypeCommand({ RootId: seeded.rootId, PolicyType: 'TAG_POLICY' }),
  );
  await seedClients.organizations.send(
    new CreatePolicyCommand({ Name: 'cost-tags', Description: 'Tags', Type: 'TAG_POLICY', Content: '{"tags":{}}' }),
  );
  return seeded;
}

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

test('a mixed organization: read only, validate passes, the plan only adopts, and after apply nothing is left', async () => {
  const seeded = await seedMixed();
  const root = newRepository();
  const proxy = await startFaultProxy({ target: moto.url, faultRate: 0.05, faults: ['throttle', 'http500'], seed: 12 });
  let outcome: ImportOutcome;
  try {
    outcome = await importInto(root, {}, proxy.url);
    expect(proxy.mutatingCount()).toBe(0);
    expect(Object.values(proxy.faultCounts()).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  } finally {
    await proxy.close();
  }
  expect(errorsOf(outcome)).toEqual([]);
  // sandbox-1 is tagged ManagedBy=terraform, which adoption overwrites: a finding to check.
  expect(importExitCode(outcome)).toBe(1);
  expect(written(outcome).report.findings.filter((finding) => finding.kind === 'check')).toEqual([
    expect.objectContaining({ subject: `account ${seeded.accountIds['sandbox-1']} (sandbox-1)` }),
  ]);
  const files = readdirSync(join(root, 'accounts')).sort();
  expect(files.filter((file) => !file.startsWith('shared-services-'))).toEqual([
    'deep-one.yaml',
    'log-archive.yaml',
    'payments-dev.yaml',
    'payments-prod.yaml',
    'sandbox-1.yaml',
  ]);
  // Two accounts are named 'Shared Services': each gets the name with its own id.
  expect(files.filter((file) => /^shared-services-\d{12}\.yaml$/.test(file))).toHaveLength(2);
  expect(existsSync(join(root, 'baselines/scps/key-twice.json'))).toBe(false);
  expect(existsSync(join(root, 'baselines/scps/huge-number.json'))).toBe(false);
  const organization = readFileSync(join(root, 'baselines/organization.yaml'), 'utf8');
  expect(organization).toContain('  Sandbox:\n    scps: [no-ec2]\n    fullAWSAccess: false\n');
  expect(organization).toContain(
    '            organizationalUnits:\n              L4:\n                organizationalUnits:\n                  L5: {}\n',
  );
  expect(readFileSync(join(root, 'accounts/payments-dev.yaml'), 'utf8')).toContain(
    'parameters:\n  regional:\n    Tier: gold\n',
  );
  expect(written(outcome).report.findings.map((finding) => `${finding.kind} ${finding.subject}`)).toEqual(
    expect.arrayContaining([
      `inactive account ${seeded.accountIds['old-app']} (old-app)`,
      expect.stringMatching(/^left-out SCP Deny KMS \(legacy\)/),
      expect.stringMatching(/^left-out SCP key-twice /),
      expect.stringMatching(/^left-out SCP huge-number /),
      'left-out policy type TAG_POLICY',
      `renamed account ${seeded.accountIds['Payments Prod']} (Payments Prod)`,
    ]),
  );
  // The suspended account's instance: updates skip it, and no manifest can be written for it; import says so.
  expect(written(outcome).report.findings).toContainEqual({
    kind: 'note',
    subject: 'StackSet vend-global',
    message: expect.stringMatching(
      /^One of its instances is in a suspended or closing account: updates skip it \(SKIPPED_SUSPENDED_ACCOUNT\), and vend drift reports it as a stack instance no longer targeted until it is removed/,
    ),
  });

  const first = await plan(root);
  expect(first.problems).toEqual([]);
  expect(first.summary.create).toBe(0);
  expect(first.summary.destroy).toBe(0);
  expect(kindsOf(first).filter((kind) => !ADOPTION.has(kind))).toEqual([]);
  expect(first.changes.filter((change) => change.kind === 'adopt-scp').map((change) => change.target)).toEqual([
    'scp:deny-leave',
    'scp:no-ec2',
    'scp:workload-guard',
  ]);
  expect(first.unmanagedAccounts.map((account) => account.name)).toEqual(['old-app']);
  // The seeded OUs were made outside vend: each is adopted by id, as such, not taken for vend's own.
  expect(first.changes.filter((change) => change.kind === 'adopt-ou').map((change) => change.target)).toEqual(
    [
      'Deep',
      'Deep/L2',
      'Deep/L2/L3',
      'Deep/L2/L3/L4',
      'Deep/L2/L3/L4/L5',
      'Sandbox',
      'Security',
      'Workloads',
      'Workloads/Dev',
      'Workloads/Prod',
    ].map((path) => `ou:${path}`),
  );

  const applied = await apply(root);
  expect(applied.status === 'applied' && applied.exitCode).toBe(0);
  expect((await plan(root)).changes).toEqual([]);
});

test('an organization vend built imports back as a repository whose plan is empty', async () => {
  await createOrganization(seedClients);
  const applied = await apply(MINIMAL_REPOSITORY);
  expect(applied.status === 'applied' && applied.exitCode).toBe(0);
  const root = newRepository();
  const outcome = written(await importInto(root));
  expect(errorsOf(outcome)).toEqual([]);
  expect(importExitCode(outcome)).toBe(0);
  expect((await plan(root)).changes).toEqual([]);
});

test('the example organization, imported back, vends a new account exactly as the example repository would', async () => {
  await createOrganization(seedClients);
  const original = fixtureRepository({}, EXAMPLE_REPOSITORY);
  const applied = await apply(original);
  expect(applied.status === 'applied' && applied.exitCode).toBe(0);
  const root = newRepository();
  const outcome = written(await importInto(root));
  // README step 5: an account in an OU whose only account today opted in to deployment-artifacts by itself.
  const staging = [
    'name: payments-staging',
    'email: aws+payments-staging@example.com',
    'ou: Workloads/NonProd',
    'owner: team-payments',
    "tags: { CostCenter: '4711' }",
    '',
  ].join('\n');
  for (const repository of [original, root]) writeFileSync(join(repository, 'accounts/payments-staging.yaml'), staging);
  const descriptions = async (repository: string) =>
    (await plan(repository)).changes.map((change) => change.description).sort();
  expect(await descriptions(root)).toEqual(await descriptions(original));
  expect(outcome.report.findings).toContainEqual(
    expect.objectContaining({ kind: 'inferred', subject: 'OU Workloads' }),
  );
});

test('part of an organization with --ou, then more of it with --accounts-only once its OU is declared', async () => {
  await seedMixed();
  const root = newRepository();
  const part = written(await importInto(root, { importOrganizationalUnits: ['Workloads/Prod'] }));
  expect(part.report.written.filter((file) => file.startsWith('accounts/'))).toHaveLength(2);
  expect(readFileSync(join(root, 'baselines/organization.yaml'), 'utf8')).toContain(
    'organizationalUnits:\n  Workloads:\n    scps: [workload-guard]\n    organizationalUnits:\n      Prod: {}\n',
  );
  const partPlan = await plan(root);
  expect(kindsOf(partPlan).filter((kind) => !ADOPTION.has(kind))).toEqual([]);
  expect(partPlan.unmanagedAccounts.map((account) => account.email)).toContain('payments-dev@example.com');

  const undeclared = written(
    await importInto(root, { importOrganizationalUnits: ['Workloads/Dev'], accountsOnly: true }),
  );
  expect(undeclared.report.written).toEqual([]);
  // An import that wrote nothing a person asked for is not a success.
  expect(importExitCode(undeclared)).toBe(1);
  expect(undeclared.report.findings).toContainEqual(
    expect.objectContaining({
      subject: expect.stringMatching(/\(payments-dev\)$/),
      message: expect.stringContaining('Its OU Workloads/Dev is not in'),
    }),
  );

  const file = join(root, 'baselines/organization.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('      Prod: {}\n', '      Prod: {}\n      Dev: {}\n'));
  const rest = written(await importInto(root, { importOrganizationalUnits: ['Workloads/Dev'], accountsOnly: true }));
  expect(rest.report.written).toEqual([
    'accounts/payments-dev.yaml',
    expect.stringMatching(/^accounts\/shared-services-\d{12}\.yaml$/),
  ]);
  expect(errorsOf(rest)).toEqual([]);
  const restPlan = await plan(root);
  expect(kindsOf(restPlan).filter((kind) => !ADOPTION.has(kind))).toEqual([]);
  expect(restPlan.summary.create + restPlan.summary.destroy).toBe(0);
  // The same OU again: every account is declared already, and the report says by which manifest.
  const again = written(await importInto(root, { importOrganizationalUnits: ['Workloads/Dev'], accountsOnly: true }));
  expect(again.report.written).toEqual([]);
  expect(importExitCode(again)).toBe(1);
  expect(again.report.findings).toContainEqual(
    expect.objectContaining({
      kind: 'note',
      message: 'Already declared by accounts/payments-dev.yaml (same email), which is kept as it is.',
    }),
  );
  // A kept manifest edited to say more than AWS holds (an SCP of its own) makes the first plan attach it: not an
  // adoption, so it is a check, and the import does not promise a plan that only adopts.
  const manifest = join(root, 'accounts/payments-dev.yaml');
  const declaredAsImported = readFileSync(manifest, 'utf8');
  expect(declaredAsImported).not.toMatch(/^scps:/m);
  writeFileSync(manifest, `${declaredAsImported}scps: [workload-guard]\n`);
  const edited = written(await importInto(root, { importOrganizationalUnits: ['Workloads/Dev'], accountsOnly: true }));
  expect(edited.report.findings).toContainEqual({
    kind: 'check',
    subject: 'accounts/payments-dev.yaml',
    message: expect.stringContaining('so the first plan attaches SCP workload-guard: more than adopting the account'),
  });
  writeFileSync(manifest, declaredAsImported);

  // The same repository made for another organization: nothing is written into it.
  const organization = readFileSync(file, 'utf8');
  const managementAccountId = /managementAccountId: '?(\d{12})/.exec(organization)![1]!;
  writeFileSync(file, organization.replace(managementAccountId, '999999999999'));
  rmSync(join(root, 'accounts/payments-dev.yaml'));
  await expect(importInto(root, { importOrganizationalUnits: ['Workloads/Dev'], accountsOnly: true })).rejects.toThrow(
    /declares management account 999999999999, but these credentials read organization o-/,
  );
  expect(existsSync(join(root, 'accounts/payments-dev.yaml'))).toBe(false);
});

test('it never overwrites a file without --force; after adoption, --force writes the same bytes again', async () => {
  await seedMixed();
  const root = newRepository();
  written(await importInto(root));
  const before = new Map(
    readdirSync(join(root, 'accounts')).map((name) => [name, readFileSync(join(root, 'accounts', name), 'utf8')]),
  );
  const organization = readFileSync(join(root, 'baselines/organization.yaml'), 'utf8');

  const refused = await importInto(root);
  expect(refused.status).toBe('refused');
  expect(refused.report.refused).toContain('baselines/organization.yaml');
  expect(importExitCode(refused)).toBe(1);

  const applied = await apply(root);
  expect(applied.status === 'applied' && applied.exitCode).toBe(0);
  const forced = written(await importInto(root, { force: true }));
  expect(readFileSync(join(root, 'baselines/organization.yaml'), 'utf8')).toBe(organization);
  for (const [name, text] of before) expect(readFileSync(join(root, 'accounts', name), 'utf8')).toBe(text);
  expect(forced.report.findings.map((finding) => finding.subject)).not.toContain('baselines/organization.yaml');

  // Settings only the repository holds are dropped by --force: the report names them instead of losing them quietly.
  writeFileSync(
    join(root, 'baselines/organization.yaml'),
    `${organization}requiredTags: [CostCenter]\ndelegatedAdministratorAccountId: '${'2'.repeat(12)}'\nignore:\n  - { kind: unmanaged-accounts, reason: sandbox, expires: 2099-01-01 }\n`,
  );
  const [manifest, text] = [...before][0]!;
  writeFileSync(
    join(root, 'accounts', manifest),
    `${text}exceptions:\n  - { rule: email-domain, reason: pilot, approvedBy: security, expires: 2099-01-01 }\n`,
  );
  const dropped = written(await importInto(root, { force: true }));
  expect(dropped.report.findings.filter((finding) => finding.kind === 'replaced')).toEqual([
    {
      kind: 'replaced',
      subject: `accounts/${manifest}`,
      message: expect.stringContaining('lacks or differs in 1 setting of the old file: exceptions.'),
    },
    {
      kind: 'replaced',
      subject: 'baselines/organization.yaml',
      message: expect.stringContaining(
        'lacks or differs in 3 settings of the old file: requiredTags, delegatedAdministratorAccountId and ignore.',
      ),
    },
  ]);
  expect(importExitCode(dropped)).toBe(1);
  // Told as settings dropped, not as a plan that would do more than adopt: the plan only adopts.
  const report = renderImportText(dropped, root);
  expect(report).toContain(
    '--force replaced files whose settings differed from what AWS holds, edits the plan cannot see as undone (2):',
  );
  expect(report).not.toContain('the first plan would do more than adopt');
  expect(report).toMatch(
    /Next: put back what --force replaced and is still wanted \(git diff shows it\), then vend plan/,
  );

  // An SCP or template edit not applied yet, and a manifest that does not load, would be undone unseen: each is named.
  const policyFile = `baselines/scps/${readdirSync(join(root, 'baselines/scps'))[0]!}`;
  const policy = JSON.parse(readFileSync(join(root, policyFile), 'utf8')) as { Statement: unknown[] };
  policy.Statement.push({ Effect: 'Deny', Action: 's3:PutBucketPolicy', Resource: '*' });
  writeFileSync(join(root, policyFile), JSON.stringify(policy, null, 2));
  const templateFile = `baselines/stacksets/${readdirSync(join(root, 'baselines/stacksets'))[0]!}`;
  writeFileSync(join(root, templateFile), `${readFileSync(join(root, templateFile), 'utf8')}\n# pending edit\n`);
  writeFileSync(join(root, 'accounts', manifest), `${text}tags: { CostCenter: "12"\n`);
  const undone = written(await importInto(root, { force: true }));
  expect(
    undone.report.findings
      .filter((finding) => finding.kind === 'replaced')
      .map((finding) => [finding.subject, finding.message.split(':')[0]]),
  ).toEqual(
    expect.arrayContaining([
      [
        `accounts/${manifest}`,
        '--force replaces it with what the organization holds, but the old file did not load (vend validate said why), so what it held could not be compared',
      ],
      [policyFile, '--force replaces it with the policy AWS holds, which differs from the old file'],
      [templateFile, '--force replaces it with the template AWS holds, which differs from the old file'],
    ]),
  );
  expect(importExitCode(undone)).toBe(1);
  // A removal not applied yet (FullAWSAccess back on Sandbox) comes back with --force: named as undone too.
  const withFullAccess = readFileSync(join(root, 'baselines/organization.yaml'), 'utf8');
  expect(withFullAccess).toMatch(/\n +fullAWSAccess: false\n/);
  writeFileSync(join(root, 'baselines/organization.yaml'), withFullAccess.replace(/\n +fullAWSAccess: false\n/, '\n'));
  const restored = written(await importInto(root, { force: true }));
  expect(restored.report.findings).toContainEqual(
    expect.objectContaining({
      kind: 'replaced',
      subject: 'baselines/organization.yaml',
      message: expect.stringMatching(/holds 1 setting the old file did not: organizationalUnits\.\S+\.fullAWSAccess\./),
    }),
  );

  // An organization file that does not load is not replaced as if it named the default StackSet prefix.
  writeFileSync(join(root, 'baselines/organization.yaml'), 'stackSets:\n  namePrefix: acme-\n');
  await expect(importInto(root, { force: true })).rejects.toThrow(
    /baselines\/organization\.yaml exists but does not load \(run vend validate\), so vend import cannot read its stackSets: settings/,
  );
  expect(readFileSync(join(root, 'baselines/organization.yaml'), 'utf8')).toBe('stackSets:\n  namePrefix: acme-\n');
});

test('a manifest renamed since the last import is kept, not written again beside itself, with --force too', async () => {
  await seedMixed();
  const root = newRepository();
  written(await importInto(root));
  const first = 'deep-one.yaml';
  const text = readFileSync(join(root, 'accounts', first), 'utf8');
  expect(text).not.toContain('accountName');
  rmSync(join(root, 'accounts', first));
  // Renamed as the README says: the manifest's name changes, accountName keeps the account's name in AWS.
  writeFileSync(
    join(root, 'accounts', 'deep-dive.yaml'),
    text.replace('name: deep-one\n', 'name: deep-dive\naccountName: deep-one\n'),
  );

  const again = written(await importInto(root, { force: true }));

  expect(existsSync(join(root, 'accounts', first))).toBe(false);
  expect(errorsOf(again)).toEqual([]);
  expect(again.report.findings).toContainEqual(
    expect.objectContaining({
      kind: 'note',
      subject: 'accounts/deep-dive.yaml',
      message: expect.stringContaining(`which this import would have written as accounts/${first}: kept as it is`),
    }),
  );
  // Only sandbox-1's ManagedBy=terraform is to check, as on the first import: nothing about the kept manifest.
  expect(again.report.findings.filter((finding) => finding.kind === 'check').map((finding) => finding.subject)).toEqual(
    [expect.stringMatching(/^account \d{12} \(sandbox-1\)$/)],
  );
});

test('a kept manifest that says more than AWS holds is a finding to check, naming what the first plan would do', async () => {
  await seedMixed();
  const root = newRepository();
  written(await importInto(root));
  const text = readFileSync(join(root, 'accounts/payments-prod.yaml'), 'utf8');
  expect(text).toContain('accountName: Payments Prod\n');
  rmSync(join(root, 'accounts/payments-prod.yaml'));
  // What a careless re-import, or a file a pull request planted, could hold for a live account.
  writeFileSync(
    join(root, 'accounts/renamed.yaml'),
    text
      .replace('name: payments-prod\n', 'name: renamed\n')
      .replace('accountName: Payments Prod\n', '')
      .replace(/^ou: .*$/m, 'ou: Sandbox')
      .replace('email: payments-prod@example.com', 'email: PAYMENTS-PROD@example.com')
      .concat('closed: true\n'),
  );

  const again = written(await importInto(root, { force: true }));

  const [kept] = again.report.findings.filter((finding) => finding.subject === 'accounts/renamed.yaml');
  expect(kept).toMatchObject({ kind: 'check' });
  expect(kept!.message).toContain('the first plan closes the account');
  expect(kept!.message).toContain('renames it in AWS from "Payments Prod" to "renamed"');
  expect(kept!.message).toContain('moves it from Workloads/Prod to Sandbox');
  expect(importExitCode(again)).toBe(1);
  // The manifest import did not write is not reported as written under another name.
  expect(again.report.findings.filter((finding) => finding.message.startsWith('Written as payments-prod'))).toEqual([]);
});

test('without service control policies enabled, import says the first plan enables them, and that is all it adds', async () => {
  await seedOrganization(seedClients, {
    enableServiceControlPolicies: false,
    organizationalUnits: ['Apps'],
    accounts: [{ name: 'app', email: 'app@example.com', ou: 'Apps', tags: { Owner: 'team-app' } }],
  });
  const root = newRepository();
  const outcome = written(await importInto(root));
  expect(importExitCode(outcome)).toBe(1);
  expect(outcome.report.findings).toContainEqual(
    expect.objectContaining({
      kind: 'check',
      subject: 'the root',
      message: expect.stringContaining('the first plan enables them'),
    }),
  );
  expect(kindsOf(await plan(root))).toEqual(['adopt-account', 'adopt-ou', 'enable-scp-type']);
});

test('vend import on the command line: a report on stdout, exit 1 for a finding to check, and when it would overwrite', async () => {
  await seedMixed();
  const root = newRepository();
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'import', '--repo', root, ...args], {
      encoding: 'utf8',
      env: { ...process.env, AWS_ENDPOINT_URL: moto.url },
    });
  const first = run();
  // Written, with one finding to check: sandbox-1's ManagedBy=terraform, which adoption overwrites.
  expect(first.status).toBe(1);
  expect(first.stdout).toContain(
    'Wrote baselines/organization.yaml, 3 SCP files, 2 templates and 7 account manifests.',
  );
  expect(first.stdout).toMatch(
    /^Look at these before you merge: the first plan would do more than adopt \(1\):\n {2}- account \d{12} \(sandbox-1\): Its ManagedBy tag is 'terraform'; adopting it sets ManagedBy=vend\. Make sure terraform no longer manages it, or remove its manifest\.$/m,
  );
  expect(first.stdout).toMatch(
    /^vend validate: \d+ files checked, 0 errors, 6 warnings\. Warnings: 4 owner-unassigned, 2 unique-account-name\.$/m,
  );
  const again = run('--format', 'json');
  expect(again.status).toBe(1);
  expect(JSON.parse(again.stdout)).toMatchObject({
    status: 'refused',
    refused: expect.arrayContaining(['baselines/organization.yaml']),
  });
});

test('vend import writes all its files or none: a link in the repository stops it before the first write, even with --force', async () => {
  await seedMixed();
  const root = newRepository();
  const outside = newRepository();
  mkdirSync(join(root, 'accounts'));
  writeFileSync(join(root, 'accounts/payments-dev.yaml'), 'mine\n');
  symlinkSync(outside, join(root, 'baselines'));
  for (const extra of [[], ['--force']]) {
    const run = spawnSync(process.execPath, [CLI, 'import', '--repo', root, ...extra], {
      encoding: 'utf8',
      env: { ...process.env, AWS_ENDPOINT_URL: moto.url },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `baselines is a symbolic link (to ${outside}), and vend import never writes through a link, which could lead out of the repository. Nothing was written.`,
    );
    expect(run.stderr).not.toContain('pull request');
    // The command line was right: the repository is in the way, and vend --help would not help.
    expect(run.stderr).not.toContain('vend --help');
    expect(readdirSync(join(root, 'accounts'))).toEqual(['payments-dev.yaml']);
    expect(readFileSync(join(root, 'accounts/payments-dev.yaml'), 'utf8')).toBe('mine\n');
    expect(readdirSync(outside)).toEqual([]);
  }
});
