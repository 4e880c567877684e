import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeStackInstanceCommand } from '@aws-sdk/client-cloudformation';
import { ListTagsForResourceCommand, UntagResourceCommand } from '@aws-sdk/client-organizations';
import { runApply } from '../../src/commands/apply.js';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import type { SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, readOrganizationTree } from '../harness/seed.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';

/**
 * ListStackInstances does not return parameter overrides, so the plan reads them where an account's manifest
 * declares them, and where the account's vend:parameter-overrides tag says some are left: a dropped override is
 * still seen, reset, and the tag narrowed after it.
 */
const moto = motoFromGlobalSetup();
let seedClients: SeedClients;
const SANDBOX = readFileSync(join(MINIMAL_REPOSITORY, 'accounts/sandbox-one.yaml'), 'utf8');

const settings = (repositoryRoot: string, command: 'plan' | 'apply'): VendSettings => ({
  command,
  repositoryRoot,
  outputFormat: 'text',
  comment: false,
  allowDestructive: false,
  // Building an organization attaches SCPs at the root: a high-impact plan, which these runs are allowed.
  allowHighImpact: true,
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

const planChanges = async (root: string) => {
  const outcome = await withClients((clients) => runPlan(settings(root, 'plan'), { clients }));
  if (outcome.status !== 'planned') throw new Error(`plan did not run: ${outcome.status}`);
  return outcome.plan.changes.map((change) => change.id);
};
const apply = async (root: string) => {
  const outcome = await withClients((clients) => runApply(settings(root, 'apply'), { clients }));
  if (outcome.status !== 'applied') throw new Error(`apply did not run: ${outcome.status}`);
  return outcome.exitCode;
};

beforeAll(async () => {
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
  await resetMoto(moto.url);
  await createOrganization(seedClients);
});

afterAll(() => {
  destroySeedClients(seedClients);
  removeFixtureRepositories();
});

test('an override dropped from the manifest is reset in AWS, not left behind while the plan says nothing', async () => {
  const withOverride = fixtureRepository({
    'accounts/sandbox-one.yaml': `${SANDBOX}parameters:\n  regional: { TopicDisplayName: sandbox alerts }\n`,
  });
  expect(await apply(withOverride)).toBe(0);
  const sandbox = (await readOrganizationTree(seedClients)).accounts.find((account) => account.name === 'sandbox-one')!;
  const overrides = async () =>
    (
      await seedClients.cloudformation.send(
        new DescribeStackInstanceCommand({
          StackSetName: 'vend-regional',
          StackInstanceAccount: sandbox.id,
          StackInstanceRegion: 'eu-west-1',
        }),
      )
    ).StackInstance?.ParameterOverrides ?? [];
  const record = async () =>
    (await seedClients.organizations.send(new ListTagsForResourceCommand({ ResourceId: sandbox.id }))).Tags?.find(
      (tag) => tag.Key === 'vend:parameter-overrides',
    )?.Value;
  expect(await overrides()).toContainEqual(
    expect.objectContaining({ ParameterKey: 'TopicDisplayName', ParameterValue: 'sandbox alerts' }),
  );
  expect(await record()).toBe('regional');
  expect(await planChanges(withOverride)).toEqual([]);

  const without = fixtureRepository();
  expect(await planChanges(without)).toEqual([
    'update-stack-instances:stackset:vend-regional',
    'record-parameter-overrides:account:sandbox-one',
  ]);
  expect(await apply(without)).toBe(0);
  expect(await overrides()).toEqual([]);
  expect(await record()).toBeUndefined();
  expect(await planChanges(without)).toEqual([]);
});

test('where the plan rewrites the record, it reads every instance there: an override the record lost is reset, not recorded away', async () => {
  // A second baseline with a parameter, beside regional, so one override can stay declared while another goes.
  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8').replace(
    '  regional:\n    template: stacksets/regional.yaml',
    '  regional:\n    template: stacksets/regional.yaml\n  notices:\n    template: stacksets/notices.yaml',
  );
  const notices = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Parameters:',
    '  NoticeName:',
    '    Type: String',
    '    Default: vend notices',
    'Resources:',
    '  Notices:',
    '    Type: AWS::SNS::Topic',
    '    Properties:',
    '      TopicName: !Sub vend-notices-${AWS::Region}',
    '      DisplayName: !Ref NoticeName',
    '',
  ].join('\n');
  const repository = (parameters: string) =>
    fixtureRepository({
      'baselines/organization.yaml': organization,
      'baselines/stacksets/notices.yaml': notices,
      'accounts/sandbox-one.yaml': `${SANDBOX.replace('baselines: [regional]', 'baselines: [regional, notices]')}parameters:\n${parameters}`,
    });
  const both = repository(
    '  regional: { TopicDisplayName: sandbox alerts }\n  notices: { NoticeName: sandbox notices }\n',
  );
  expect(await apply(both)).toBe(0);
  const sandbox = (await readOrganizationTree(seedClients)).accounts.find((account) => account.name === 'sandbox-one')!;
  // The record is lost by hand (a tagging tool, a console edit), and the notices override is dropped from git.
  await seedClients.organizations.send(
    new UntagResourceCommand({ ResourceId: sandbox.id, TagKeys: ['vend:parameter-overrides'] }),
  );
  const regionalOnly = repository('  regional: { TopicDisplayName: sandbox alerts }\n');
  expect(await planChanges(regionalOnly)).toEqual([
    'update-stack-instances:stackset:vend-notices',
    'record-parameter-overrides:account:sandbox-one',
  ]);
  expect(await apply(regionalOnly)).toBe(0);
  const noticeOverrides = await seedClients.cloudformation.send(
    new DescribeStackInstanceCommand({
      StackSetName: 'vend-notices',
      StackInstanceAccount: sandbox.id,
      StackInstanceRegion: 'us-east-1',
    }),
  );
  expect(noticeOverrides.StackInstance?.ParameterOverrides ?? []).toEqual([]);
  expect(await planChanges(regionalOnly)).toEqual([]);
});
