import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importExitCode } from '../../src/commands/import.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import type { SeedClients, StackSetSeed } from '../harness/seed.js';
import { createSeedClients, destroySeedClients, seedOrganization } from '../harness/seed.js';
import { ADOPTION, errorsOf, importCommands, kindsOf, newRepository, written } from '../support/import-commands.js';

/**
 * vend import and StackSets with vend's prefix, on the emulator: vend owns a StackSet only when it is tagged
 * ManagedBy=vend, so one without the tag that the repository cannot hold as it is (a name that is no catalogue
 * name or a key the loader refuses, another execution role than organization.yaml's) is left alone, and the first
 * plan still only adopts.
 */
const moto = motoFromGlobalSetup();
const { importInto, plan, apply } = importCommands(moto);
let seedClients: SeedClients;

beforeAll(() => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
});
beforeEach(async () => {
  await resetMoto(moto.url);
});
afterAll(() => destroySeedClients(seedClients));

/** A StackSet whose template puts one SSM parameter of its own in each account, so none collides with another. */
const stackSet = (name: string, extra: Partial<StackSetSeed> = {}): StackSetSeed => ({
  name,
  template: {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Marker: { Type: 'AWS::SSM::Parameter', Properties: { Name: `/org/${name}`, Type: 'String', Value: 'x' } },
    },
  },
  executionRoleName: 'OrganizationAccountAccessRole',
  ...extra,
});

test('untagged StackSets the repository cannot hold are left alone with a finding, and the first plan only adopts', async () => {
  const both = { accounts: ['app-one', 'app-two'], regions: ['us-east-1'] };
  await seedOrganization(seedClients, {
    organizationalUnits: ['Apps'],
    accounts: [
      { name: 'app-one', email: 'app-one@example.com', ou: 'Apps', tags: { Owner: 'team' } },
      { name: 'app-two', email: 'app-two@example.com', ou: 'Apps', tags: { Owner: 'team' } },
    ],
    stackSets: [
      stackSet('vend-roles', { tags: { ManagedBy: 'vend' }, instances: both }),
      stackSet('vend-logging', { instances: both }),
      stackSet('vend-platform', { executionRoleName: 'PlatformExecution' }),
      stackSet('vend-Legacy', { instances: both }),
      stackSet('vend-constructor'),
    ],
  });
  const root = newRepository();
  const outcome = written(await importInto(root));
  expect(errorsOf(outcome)).toEqual([]);
  expect(importExitCode(outcome)).toBe(0);
  expect(outcome.report.findings.filter((finding) => finding.subject.startsWith('StackSet '))).toEqual([
    expect.objectContaining({ kind: 'left-out', subject: 'StackSet vend-Legacy' }),
    expect.objectContaining({
      kind: 'left-out',
      subject: 'StackSet vend-constructor',
      message: expect.stringContaining('yaml-forbidden-key'),
    }),
    expect.objectContaining({
      kind: 'left-out',
      subject: 'StackSet vend-platform',
      message: expect.stringContaining(
        "executionRoleName is PlatformExecution, not organization.yaml's OrganizationAccountAccessRole",
      ),
    }),
  ]);
  expect(readFileSync(join(root, 'baselines/organization.yaml'), 'utf8')).toContain(
    '  Apps:\n    baselines: [logging, roles]\n',
  );

  const first = await plan(root);
  expect(first.problems).toEqual([]);
  expect(first.summary.destroy).toBe(0);
  expect(kindsOf(first).filter((kind) => !ADOPTION.has(kind))).toEqual([]);
  expect(first.changes.filter((change) => change.kind === 'adopt-stackset').map((change) => change.target)).toEqual([
    expect.stringContaining('vend-logging'),
  ]);
  const applied = await apply(root);
  expect(applied.status === 'applied' && applied.exitCode).toBe(0);
  expect((await plan(root)).changes).toEqual([]);
});

test('a template that starts with a byte order mark is adopted as it is, not rewritten or refused', async () => {
  // The repository loader decodes files as the WHATWG Encoding Standard's UTF-8 decode does, dropping a leading BOM;
  // a live body that keeps one must not read as a template vend does not own, nor as a template edit.
  const body = '\uFEFFResources:\n  Marker:\n    Type: AWS::CloudFormation::WaitConditionHandle\n';
  await seedOrganization(seedClients, {
    organizationalUnits: ['Apps'],
    accounts: [{ name: 'app-one', email: 'app-one@example.com', ou: 'Apps', tags: { Owner: 'team' } }],
    stackSets: [
      stackSet('vend-marked', { template: body, instances: { accounts: ['app-one'], regions: ['us-east-1'] } }),
      stackSet('vend-owned', {
        template: body,
        tags: { ManagedBy: 'vend' },
        instances: { accounts: ['app-one'], regions: ['us-east-1'] },
      }),
    ],
  });
  const root = newRepository();
  const outcome = written(await importInto(root));
  expect(importExitCode(outcome)).toBe(0);
  expect(readFileSync(join(root, 'baselines/stacksets/marked.yaml'), 'utf8')).toBe(body.slice(1));
  const first = await plan(root);
  expect(first.problems).toEqual([]);
  expect(kindsOf(first).filter((kind) => !ADOPTION.has(kind))).toEqual([]);
  expect(
    first.changes.filter((change) => change.target.startsWith('stackset:')).map((change) => change.target),
  ).toEqual(['stackset:vend-marked']);
});

test('an OU, SCP or StackSet with no room for the ManagedBy tag is a finding to check, as the first plan blocks on it', async () => {
  // AWS allows 50 tags on an OU or policy (Organizations User Guide, "Quotas") and UpdateStackSet takes 50 at most.
  const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key-${index}`, 'x']));
  await seedOrganization(seedClients, {
    organizationalUnits: ['Tagged'],
    organizationalUnitTags: fifty,
    accounts: [{ name: 'app-one', email: 'app-one@example.com', ou: 'Tagged', tags: { Owner: 'team' } }],
    policies: [
      {
        name: 'tagged-scp',
        content: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }] },
        tags: fifty,
        attachTo: { organizationalUnits: ['Tagged'] },
      },
    ],
    stackSets: [stackSet('vend-tagged', { tags: fifty, instances: { accounts: ['app-one'], regions: ['us-east-1'] } })],
  });
  const root = newRepository();
  const outcome = written(await importInto(root));
  expect(importExitCode(outcome)).toBe(1);
  const full = outcome.report.findings.filter(
    (finding) => finding.kind === 'check' && finding.message.includes('(tag-limit)'),
  );
  expect(full.map((finding) => finding.subject.split(' (')[0])).toEqual(
    expect.arrayContaining(['OU Tagged', 'SCP tagged-scp', 'StackSet vend-tagged']),
  );
  // What import foresaw is what the first plan refuses: one tag-limit problem for each.
  expect(
    (await plan(root)).problems.filter((problem) => problem.rule === 'tag-limit').map((problem) => problem.target),
  ).toEqual(expect.arrayContaining(['ou:Tagged', 'scp:tagged-scp', 'stackset:vend-tagged']));
});

// CloudFormation masks NoEcho values in DescribeStackSet (CloudFormation User Guide, "Parameters", NoEcho); moto
// returns them in the clear, and import must not write a secret into the repository either way.
test('a NoEcho parameter is written as the mask AWS returns, even where the endpoint returns the secret', async () => {
  await seedOrganization(seedClients, {
    organizationalUnits: ['Apps'],
    accounts: [{ name: 'app-one', email: 'app-one@example.com', ou: 'Apps', tags: { Owner: 'team' } }],
    stackSets: [
      stackSet('vend-tier', {
        template: {
          AWSTemplateFormatVersion: '2010-09-09',
          Parameters: { Secret: { Type: 'String', NoEcho: true }, Tier: { Type: 'String' } },
          Resources: {
            Marker: { Type: 'AWS::SSM::Parameter', Properties: { Name: '/org/tier', Type: 'String', Value: 'x' } },
          },
        },
        parameters: { Secret: 'hunter2', Tier: 'gold' },
        instances: { accounts: ['app-one'], regions: ['us-east-1'] },
      }),
    ],
  });
  const root = newRepository();
  written(await importInto(root));
  const organization = readFileSync(join(root, 'baselines/organization.yaml'), 'utf8');
  expect(organization).not.toContain('hunter2');
  expect(organization).toMatch(/Secret: '\*\*\*\*'/);
  expect(organization).toContain('Tier: gold');
  // The mask in the repository keeps the deployed secret, whatever the endpoint returns: the plan only adopts.
  const first = await plan(root);
  expect(first.problems).toEqual([]);
  expect(kindsOf(first).filter((kind) => !ADOPTION.has(kind))).toEqual([]);
});
