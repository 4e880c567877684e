import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateStackInstancesCommand,
  DeleteStackInstancesCommand,
  UpdateStackInstancesCommand,
  UpdateStackSetCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CloseAccountCommand,
  CreateAccountCommand,
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  AttachPolicyCommand,
  DeleteOrganizationalUnitCommand,
  DetachPolicyCommand,
  ListPoliciesCommand,
  MoveAccountCommand,
  RemoveAccountFromOrganizationCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateOrganizationalUnitCommand,
  UpdatePolicyCommand,
} from '@aws-sdk/client-organizations';
import { runApply } from '../../src/commands/apply.js';
import { runDrift } from '../../src/commands/drift.js';
import { runPlan } from '../../src/commands/plan.js';
import { findingId } from '../../src/drift/drift-report.js';
import type { DriftReport } from '../../src/drift/drift-report.js';
import { createAwsClients, createDriftDetectionClient, destroyAwsClients } from '../../src/observe/aws-clients.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import type { VendSettings } from '../../src/settings/settings.js';
import { emulatorEnvironment } from '../../scripts/emulator/emulator-environment.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { isMutatingOperation, startFaultProxy } from '../harness/fault-proxy.js';
import { startGitHubApiServer } from '../harness/github-api-server.js';
import type { SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, readOrganizationTree } from '../harness/seed.js';
import { fixtureRepository, removeFixtureRepositories } from '../support/fixture-repository.js';
import { runAction } from '../support/run-action.js';

/**
 * vend drift against moto: the minimal fixture plus two accounts is applied, then changed by hand with direct API
 * calls, as someone with console access would, and checked. moto has no StackSet drift detection, so resource
 * drift is "not checked" throughout (test/unit/drift-detection.test.ts covers it with aws-sdk-client-mock).
 */
const moto = motoFromGlobalSetup();
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const account = (name: string, ou: string) =>
  `name: ${name}\nemail: aws+${name}@example.com\nou: ${ou}\nowner: team-app\ntags: { CostCenter: "100" }\n`;
const repository = fixtureRepository({
  'accounts/departing.yaml': account('departing', 'Workloads'),
  'accounts/closing.yaml': account('closing', 'Workloads'),
});
const settings = (extra: Partial<VendSettings> = {}): VendSettings => ({
  command: 'drift',
  repositoryRoot: repository,
  outputFormat: 'text',
  comment: false,
  allowDestructive: false,
  // Building an organization attaches SCPs at the root: a high-impact plan, which these runs are allowed.
  allowHighImpact: true,
  autoApprove: true,
  ...extra,
});
/** What the CLI and the action run with: the emulator's endpoint and keys, and no profile that could win. */
const awsEnv = emulatorEnvironment(moto.url, moto.credentials, 'us-east-1').set;
let seed: SeedClients;
let drifted: DriftReport;

/** Runs drift in this process with every client, the detection client too, sent to `endpoint`. */
async function drift(endpoint = moto.url, root = repository, now?: Date): Promise<DriftReport> {
  const previous = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = endpoint;
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  const detectionClient = createDriftDetectionClient({ region: 'us-east-1', credentials: moto.credentials });
  try {
    const outcome = await runDrift(settings({ repositoryRoot: root }), {
      clients,
      detectionClient,
      ...(now ? { now } : {}),
    });
    if (outcome.status !== 'checked') throw new Error(JSON.stringify(outcome.validation.diagnostics));
    return outcome.report;
  } finally {
    destroyAwsClients(clients);
    detectionClient.destroy();
    process.env.AWS_ENDPOINT_URL = previous;
  }
}

/**
 * Runs the bundled CLI without blocking this process: moto logs every request to a pipe this process reads, and a
 * blocked reader would stall moto, and with it the CLI.
 */
function vend(args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'drift', '--repo', repository, ...args], {
      env: { ...process.env, ...awsEnv },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout }));
  });
}

const targets = (report: DriftReport, kind: string) =>
  report.findings.filter((finding) => finding.kind === kind).map((finding) => finding.target);

beforeAll(async () => {
  await resetMoto(moto.url);
  seed = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
  await createOrganization(seed);
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    const applied = await runApply(settings({ command: 'apply' }), { clients });
    if (applied.status !== 'applied' || applied.exitCode !== 0) throw new Error(JSON.stringify(applied));
  } finally {
    destroyAwsClients(clients);
  }
});

afterAll(() => {
  destroySeedClients(seed);
  removeFixtureRepositories();
});

test('a freshly applied organization has no drift, and drift changes nothing but starting detection', async () => {
  const proxy = await startFaultProxy({ target: moto.url });
  try {
    const report = await drift(proxy.url);
    expect(report.findings).toEqual([]);
    const unsupported = (name: string) => ({
      target: `stackset:${name}`,
      what: 'resource drift',
      reason: 'the endpoint does not support it',
    });
    expect(report.notChecked).toEqual([
      // Its boundary is a managed policy, whose document drift detection is reported to miss.
      {
        target: 'stackset:vend-permissions-boundary',
        what: 'changes to the PolicyDocument of Boundary (AWS::IAM::ManagedPolicy)',
        reason: expect.stringContaining('cloudformation-coverage-roadmap #1858'),
        coverageGap: true,
      },
      unsupported('vend-permissions-boundary'),
      unsupported('vend-regional'),
      // The fixture's Reader role declares ManagedPolicyArns only: an inline policy added by hand would read IN_SYNC.
      {
        target: 'stackset:vend-roles',
        what: 'policies attached outside CloudFormation to Reader (no Policies)',
        reason: expect.stringContaining('compares only the properties a template declares'),
        coverageGap: true,
      },
      unsupported('vend-roles'),
    ]);
    const mutating = Object.entries(proxy.counts()).filter(([operation]) => isMutatingOperation(operation));
    // DetectStackSetDrift is the one call that is not a read; moto answers it 500, so each of the three StackSets
    // is tried three times.
    expect(mutating).toEqual([['cloudformation:DetectStackSetDrift', 9]]);
    expect(proxy.mutatingCount()).toBe(9);
    // Every stack instance's overrides are read: two baselines in three Workloads accounts, two regions of one.
    expect(proxy.counts()['cloudformation:DescribeStackInstance']).toBe(8);
  } finally {
    await proxy.close();
  }
});

describe('drift made by hand with direct API calls', () => {
  beforeAll(async () => {
    const { organizations, cloudformation } = seed;
    const tree = await readOrganizationTree(seed);
    const id = (name: string) => tree.accounts.find((candidate) => candidate.name === name)!.id;
    const ou = tree.organizationalUnitIds;
    const { Policies = [] } = await organizations.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }));
    const policy = (name: string) => Policies.find((candidate) => candidate.Name === name)!.Id!;

    await organizations.send(new DetachPolicyCommand({ PolicyId: policy('deny-leave'), TargetId: ou.Workloads! }));
    await organizations.send(new DetachPolicyCommand({ PolicyId: policy('FullAWSAccess'), TargetId: ou.Workloads! }));
    await organizations.send(
      new UpdatePolicyCommand({
        PolicyId: policy('deny-leave'),
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        }),
      }),
    );
    const { Policy } = await organizations.send(
      new CreatePolicyCommand({
        Name: 'console-exception',
        Description: 'made by hand',
        Type: 'SERVICE_CONTROL_POLICY',
        Content: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'ec2:*', Resource: '*' }],
        }),
      }),
    );
    await organizations.send(
      new AttachPolicyCommand({ PolicyId: Policy!.PolicySummary!.Id!, TargetId: ou.Workloads! }),
    );
    await organizations.send(
      new TagResourceCommand({ ResourceId: id('app-prod'), Tags: [{ Key: 'CostCenter', Value: '999' }] }),
    );
    await organizations.send(new UntagResourceCommand({ ResourceId: id('app-prod'), TagKeys: ['Owner'] }));
    await organizations.send(
      new UpdateOrganizationalUnitCommand({ OrganizationalUnitId: ou['Workloads/Prod']!, Name: 'Production' }),
    );
    await organizations.send(
      new MoveAccountCommand({
        AccountId: id('sandbox-one'),
        SourceParentId: ou.Sandbox!,
        DestinationParentId: tree.rootId,
      }),
    );
    await organizations.send(new DeleteOrganizationalUnitCommand({ OrganizationalUnitId: ou.Sandbox! }));
    await organizations.send(new CreateOrganizationalUnitCommand({ ParentId: tree.rootId, Name: 'Experiments' }));
    await organizations.send(new RemoveAccountFromOrganizationCommand({ AccountId: id('departing') }));
    await organizations.send(new CloseAccountCommand({ AccountId: id('closing') }));
    await organizations.send(new CreateAccountCommand({ AccountName: 'stray', Email: 'stray@example.com' }));

    await cloudformation.send(
      new UpdateStackSetCommand({
        StackSetName: 'vend-regional',
        TemplateBody: '{"Resources":{"Alerts":{"Type":"AWS::SNS::Topic"}}}',
        Parameters: [{ ParameterKey: 'TopicDisplayName', ParameterValue: 'edited by hand' }],
      }),
    );
    await cloudformation.send(
      new DeleteStackInstancesCommand({
        StackSetName: 'vend-roles',
        Accounts: [id('app-prod')],
        Regions: ['us-east-1'],
        RetainStacks: true,
      }),
    );
    await cloudformation.send(
      new CreateStackInstancesCommand({
        StackSetName: 'vend-regional',
        Accounts: [id('app-prod')],
        Regions: ['us-east-1'],
      }),
    );
    await cloudformation.send(
      new UpdateStackInstancesCommand({
        StackSetName: 'vend-regional',
        Accounts: [id('sandbox-one')],
        Regions: ['eu-west-1'],
        ParameterOverrides: [{ ParameterKey: 'TopicDisplayName', ParameterValue: 'overridden by hand' }],
      }),
    );
    drifted = await drift();
  });

  test('every organization kind is found, at its severity', () => {
    expect(targets(drifted, 'scp-detached')).toEqual(['scp:deny-leave@ou:Workloads']);
    expect(targets(drifted, 'scp-content')).toEqual(['scp:deny-leave']);
    expect(targets(drifted, 'full-aws-access-missing')).toEqual(['scp:FullAWSAccess@ou:Workloads']);
    expect(targets(drifted, 'scp-foreign')).toEqual(['scp:console-exception@ou:Workloads']);
    expect(targets(drifted, 'account-tags')).toEqual(['account:app-prod']);
    expect(targets(drifted, 'ou-renamed')).toEqual(['ou:Workloads/Prod']);
    expect(targets(drifted, 'ou-missing')).toEqual(['ou:Sandbox']);
    expect(targets(drifted, 'ou-undeclared')).toEqual(['ou:Experiments']);
    expect(targets(drifted, 'account-wrong-ou')).toEqual(['account:sandbox-one']);
    expect(targets(drifted, 'account-left-organization')).toEqual(['account:departing']);
    expect(targets(drifted, 'account-suspended')).toEqual(['account:closing']);
    // The instances left in the account that left name it as perhaps theirs: its id alone tells nobody whose it is.
    const outside = drifted.findings.filter((finding) => finding.kind === 'stack-instance-outside-organization');
    expect(outside.length).toBeGreaterThan(0);
    for (const finding of outside) {
      expect(finding.actual).toMatch(
        /^a stack instance in \d{12} [a-z0-9-]+, which is not in the organization; perhaps the account of departing, which left the organization /,
      );
      expect(finding.restore).toMatch(/^apply leaves it\. If it is the account of departing, invite it back/);
    }
    expect(targets(drifted, 'unmanaged-accounts')).toEqual(['root']);
    expect(drifted.findings.find((finding) => finding.kind === 'account-left-organization')!.severity).toBe('critical');
    expect(drifted.summary.critical).toBeGreaterThanOrEqual(3);
    expect(drifted.findings.find((finding) => finding.kind === 'ou-renamed')!.actual).toMatch(
      /^renamed to "Production" \(ou-[0-9a-z-]+\), or replaced by it, holding the account main puts in Workloads\/Prod or beneath it: app-prod$/,
    );
  });

  test('blast-radius details name the accounts beneath the target in AWS, not those that left or were suspended', () => {
    // Beneath Workloads main declares app-prod, departing and closing; departing left and closing is suspended.
    expect(drifted.findings.find((finding) => finding.kind === 'full-aws-access-missing')!.details).toEqual([
      'not in force for 1 account beneath it: app-prod',
    ]);
  });

  /** `vend plan --base` of a pull request that edits main's organization.yaml with `edit`, against the emulator. */
  async function planPullRequest(edit: (organization: string) => string) {
    const organization = readFileSync(join(repository, 'baselines/organization.yaml'), 'utf8');
    const head = fixtureRepository({
      'accounts/departing.yaml': account('departing', 'Workloads'),
      'accounts/closing.yaml': account('closing', 'Workloads'),
      'baselines/organization.yaml': edit(organization),
    });
    const previous = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = moto.url;
    const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
    try {
      const planned = await runPlan(
        { ...settings({ repositoryRoot: head }), command: 'plan', baseRepositoryRoot: repository },
        { clients },
      );
      if (planned.status !== 'planned') throw new Error(JSON.stringify(planned));
      return planned;
    } finally {
      destroyAwsClients(clients);
      process.env.AWS_ENDPOINT_URL = previous;
    }
  }

  // README, "Adopt Vend": the first pull request of a team's copy has the example repository, another organization's,
  // as its base. Nothing there is drift of this organization, and none of its OUs is dropped here.
  test('a base branch declaring another management account is no main of this organization: no drift, no notices', async () => {
    const organization = readFileSync(join(repository, 'baselines/organization.yaml'), 'utf8');
    const example = fixtureRepository({
      'baselines/organization.yaml': organization.replaceAll('111111111111', '999999999999'),
    });
    const previous = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = moto.url;
    const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
    try {
      const planned = await runPlan(
        { ...settings({ repositoryRoot: repository }), command: 'plan', baseRepositoryRoot: example },
        { clients },
      );
      if (planned.status !== 'planned') throw new Error(JSON.stringify(planned));
      expect(planned.mainDrift).toEqual({
        unavailable: expect.stringMatching(/^the base branch declares management account 999999999999, not \d{12}/),
      });
      expect(planned.settingNotices).toBeUndefined();
    } finally {
      destroyAwsClients(clients);
      process.env.AWS_ENDPOINT_URL = previous;
    }
  });

  test('a base branch that does not validate still has the ignore: entries the branch adds named', async () => {
    const organization = readFileSync(join(repository, 'baselines/organization.yaml'), 'utf8');
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    // A "fix main" pull request: main has a broken manifest, the branch fixes it and adds an entry.
    const broken = fixtureRepository({
      'baselines/organization.yaml': organization,
      'accounts/broken.yaml': 'name: 1\n',
    });
    const head = fixtureRepository({
      'baselines/organization.yaml': `${organization}ignore:\n  - kind: scp-detached\n    reason: pilot\n    expires: ${inTwoWeeks}\n`,
    });
    const previous = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = moto.url;
    const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
    try {
      const planned = await runPlan(
        { ...settings({ repositoryRoot: head }), command: 'plan', baseRepositoryRoot: broken },
        { clients },
      );
      if (planned.status !== 'planned') throw new Error(JSON.stringify(planned));
      expect(planned.mainDrift).toEqual({
        unavailable: expect.stringContaining('does not validate'),
        silenced: [expect.objectContaining({ kind: 'scp-detached', reason: 'pilot' })],
      });
    } finally {
      destroyAwsClients(clients);
      process.env.AWS_ENDPOINT_URL = previous;
    }
  });

  test('a pull request that changes the StackSet name prefix is warned that main’s StackSets are left behind', async () => {
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const planned = await planPullRequest(
      (organization) =>
        `${organization.replace('  namePrefix: vend-\n', '  namePrefix: corp-\n')}ignore:\n  - kind: unmanaged-accounts\n    reason: pilot\n    expires: ${inTwoWeeks}\n`,
    );
    // Read by the new prefix, main's vend- StackSets are not seen: nothing may be called drift main already has. The
    // ignore: entry it adds is a difference of the two repositories, and is told all the same.
    expect(planned.mainDrift).toEqual({
      unavailable: expect.stringContaining('stackSets.namePrefix: vend- → corp-'),
      silenced: [expect.objectContaining({ kind: 'unmanaged-accounts', reason: 'pilot' })],
    });
    expect(planned.settingNotices).toEqual([
      expect.stringContaining('every StackSet it deployed under the old ones is left behind'),
    ]);
  });

  test('a pull request that drops a guardrail someone detached by hand is cautioned as accepting critical drift', async () => {
    // It also rolls StackSet operations out to every account at once, which no plan change shows.
    const planned = await planPullRequest((organization) =>
      organization
        .replace('    scps: [deny-leave]\n    baselines', '    scps: []\n    baselines')
        .replace(
          '  namePrefix: vend-\n',
          '  namePrefix: vend-\n  operationPreferences: { maxConcurrentPercentage: 100 }\n',
        ),
    );
    if (!planned.mainDrift || 'unavailable' in planned.mainDrift) throw new Error(JSON.stringify(planned.mainDrift));
    // Workloads/Prod was renamed Production by hand: the plan reads the tags beside the OU it would create, and
    // refuses to leave vend's OU behind with its SCP.
    expect(planned.plan.problems).toContainEqual(
      expect.objectContaining({
        rule: 'ou-renamed',
        target: 'ou:Workloads/Prod',
        message: expect.stringMatching(/beside OU "Production" \(ou-[a-z0-9]+-[a-z0-9]+\)/),
      }),
    );
    expect(planned.mainDrift.acceptedFindings?.['attach-scp:deny-leave@ou:Workloads']).toEqual([
      expect.objectContaining({ kind: 'scp-detached', severity: 'critical', target: 'scp:deny-leave@ou:Workloads' }),
    ]);
    expect(renderPlanText(planned.plan, { mainDrift: planned.mainDrift })).toContain(
      'CAUTION: Merging accepts drift that vend drift rates 1 critical',
    );
    expect(planned.settingNotices).toEqual([expect.stringContaining(': maxConcurrentPercentage: unset → 100')]);
  });

  test('StackSet template, parameter, instance and override drift is found', () => {
    expect(targets(drifted, 'stackset-template')).toEqual(['stackset:vend-regional']);
    expect(targets(drifted, 'stackset-parameters')).toEqual(['stackset:vend-regional']);
    expect(targets(drifted, 'stack-instance-missing')).toEqual(['stackset:vend-roles@account:app-prod/us-east-1']);
    expect(targets(drifted, 'stack-instance-untargeted')).toEqual([
      'stackset:vend-regional@account:app-prod/us-east-1',
    ]);
    expect(targets(drifted, 'stack-instance-overrides')).toEqual([
      'stackset:vend-regional@account:sandbox-one/eu-west-1',
    ]);
    expect(drifted.findings.find((finding) => finding.kind === 'stack-instance-overrides')).toMatchObject({
      expected: 'no overrides',
      actual: 'TopicDisplayName="overridden by hand"',
    });
  });

  test('the CLI says what was not checked, exits 0, and 1 with --fail-on-drift=critical; --format json has the documented fields', async () => {
    const json = await vend(['--format', 'json']);
    expect(json.status).toBe(0);
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(expect.arrayContaining(['findings', 'summary', 'notChecked']));
    const text = await vend([]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/resource drift not checked \(\d+ checks\): the endpoint does not support it/);
    expect(text.stdout).toMatch(/^Drift: \d+ findings \(\d+ critical, /m);
    expect((await vend(['--fail-on-drift=critical'])).status).toBe(1);
  });

  test('the action opens the drift issue, sets drifted and drift-count, and fails only with fail-on-drift', async () => {
    const github = await startGitHubApiServer({ owner: 'acme', repo: 'aws-accounts' });
    try {
      const invocation = (failOnDrift: string) =>
        runAction({
          inputs: { command: 'drift', 'github-token': 'ghs_test', 'fail-on-drift': failOnDrift },
          workspace: repository,
          env: {
            ...awsEnv,
            GITHUB_API_URL: github.url,
            GITHUB_REPOSITORY: 'acme/aws-accounts',
            GITHUB_SHA: 'f00dfacecafebeef0000000000000000deadbeef',
            GITHUB_REF: 'refs/heads/main',
          },
          event: { name: 'schedule', payload: {} },
        });
      const first = await invocation('false');
      expect(first.status).toBe(0);
      expect(first.outputs).toMatchObject({ drifted: 'true', 'drift-count': String(drifted.findings.length) });
      expect(first.summary).toContain('## Vend drift:');
      // Every finding is in the step log too, where a trimmed summary or issue sends its reader.
      expect(first.stdout).toContain('::group::Every drift finding');
      for (const finding of drifted.findings) expect(first.stdout).toContain(finding.target);
      expect(github.state.issues()).toEqual([
        expect.objectContaining({
          state: 'open',
          labels: ['vend-drift'],
          title: expect.stringMatching(/^Vend drift: /),
        }),
      ]);
      const failing = await invocation('high');
      expect(failing.status).toBe(1);
      expect(failing.stdout).toContain('of severity high or worse (fail-on-drift)');
      expect(github.state.issues()).toHaveLength(1);

      // A resource drift finding of an earlier night, whose StackSet moto cannot check: it stays open, and the job
      // summary's severity table counts it as the title and drift-count do.
      const carriedTarget = 'stackset:vend-roles@account:app-prod/us-east-1#DeployRole';
      const issue = github.state.issues()[0]!;
      github.state.editIssueBody(
        issue.number,
        issue.body!.replace(
          '"reported":[',
          `"reported":[${JSON.stringify([findingId('iam-resource-drift', carriedTarget), '2026-11-01', '', 'iam-resource-drift', carriedTarget])},`,
        ),
      );
      const carried = await invocation('false');
      expect(carried.outputs).toMatchObject({ 'drift-count': String(drifted.findings.length + 1) });
      expect(github.state.issues()[0]!.title).toContain('+ 1 not checked again');
      expect(carried.summary).toContain(`| high | ${drifted.summary.high} + 1 not checked again |`);

      // An apply waiting for its review does not stop the check (anyone who can dispatch one could otherwise switch
      // drift off while it waits); the issue and the summary say the run is unfinished.
      github.state.addWorkflowRun('vend-apply.yml', {
        status: 'waiting',
        headSha: 'cafe0000000000000000000000000000000000aa',
      });
      // A branch's own copy of the apply workflow, stuck in a queue, cannot apply anything: it is not mentioned.
      github.state.addWorkflowRun('vend-apply.yml', {
        status: 'queued',
        headSha: 'bad0000000000000000000000000000000000bad',
        headBranch: 'stuck',
      });
      const waiting = await invocation('high');
      expect(waiting.status).toBe(1);
      expect(waiting.outputs).toMatchObject({ drifted: 'true', 'drift-count': String(drifted.findings.length + 1) });
      expect(waiting.stdout).toContain('1 run of vend-apply.yml is not finished (waiting: ');
      expect(waiting.stdout).not.toContain('queued: ');
      for (const text of [waiting.summary, github.state.issues()[0]!.body])
        expect(text).toContain('An apply run was not finished when drift checked (waiting: ');

      // A check that cannot keep the issue fails, though fail-on-drift is off: the issue would go stale unseen.
      github.state.tokenCanWrite = false;
      const readOnly = await invocation('false');
      expect(readOnly.status).toBe(1);
      expect(readOnly.stdout).toMatch(
        /::error::Could not keep the drift issue: .*The job's token needs 'issues: write'\./,
      );
      expect(readOnly.summary).toContain('## Vend drift:');
      github.state.tokenCanWrite = true;
      expect(github.violations()).toEqual([]);
    } finally {
      await github.close();
    }
  });
});

test('an exception that expired since main was merged is a finding, and drift still compares the organization', async () => {
  // Validation fails by time alone: the exception no longer waives baseline-opt-out. Drift reads the repository as
  // it was valid, and reports the exception.
  const expired = fixtureRepository({
    'accounts/departing.yaml': account('departing', 'Workloads'),
    'accounts/closing.yaml': account('closing', 'Workloads'),
    'accounts/app-prod.yaml': `${account('app-prod', 'Workloads/Prod')}excludeBaselines: [roles]\nexceptions:\n  - rule: baseline-opt-out\n    reason: pilot\n    approvedBy: security-team\n    expires: 2026-11-20\n`,
  });
  const report = await drift(moto.url, expired, new Date('2026-11-30T03:00:00Z'));
  expect(report.findings.filter((finding) => finding.kind === 'exception-expired')).toEqual([
    expect.objectContaining({
      target: 'account:app-prod#exception:baseline-opt-out',
      actual: 'expired on 2026-11-20',
    }),
  ]);
  expect(report.findings.length).toBeGreaterThan(1);

  // The pull request that renews the exception still gets main's drift set apart: its base is read as merged.
  const renewed = fixtureRepository({
    'accounts/departing.yaml': account('departing', 'Workloads'),
    'accounts/closing.yaml': account('closing', 'Workloads'),
    'accounts/app-prod.yaml': `${account('app-prod', 'Workloads/Prod')}excludeBaselines: [roles]\nexceptions:\n  - rule: baseline-opt-out\n    reason: pilot\n    approvedBy: security-team\n    expires: 2026-12-20\n`,
  });
  const previous = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = moto.url;
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    const planned = await runPlan(
      { ...settings({ repositoryRoot: renewed }), command: 'plan', baseRepositoryRoot: expired },
      { clients, now: new Date('2026-11-30T03:00:00Z') },
    );
    expect(planned.status === 'planned' && planned.mainDrift).toEqual(
      expect.objectContaining({ corrections: expect.any(Array) }),
    );
  } finally {
    destroyAwsClients(clients);
    process.env.AWS_ENDPOINT_URL = previous;
  }
});
