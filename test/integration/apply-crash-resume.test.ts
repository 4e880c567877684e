import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { ListAccountsCommand, ListPoliciesForTargetCommand } from '@aws-sdk/client-organizations';
import { runPlan } from '../../src/commands/plan.js';
import { createAwsClients, destroyAwsClients } from '../../src/observe/aws-clients.js';
import { applyAwsTestEnv, awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import { startFaultProxy } from '../harness/fault-proxy.js';
import type { FaultProxy } from '../harness/fault-proxy.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import type { SeedClients } from '../harness/seed.js';
import { createOrganization, createSeedClients, destroySeedClients, readOrganizationTree } from '../harness/seed.js';
import { MINIMAL_REPOSITORY } from '../support/fixture-repository.js';

/**
 * `vend apply --plan plan.json` runs as the real bundled CLI in a child process, which is SIGKILLed right after
 * moto has carried out its k-th request and before the answer reaches it: the worst moment, when the call took
 * effect unseen. A second apply with the same saved plan must then converge to exactly the declared organization,
 * and never step outside the plan: it refuses nothing.
 */
const moto = motoFromGlobalSetup();
const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Kill points spread evenly from the first request to the last, on top of one after each mutating call. */
const SPREAD = 20;

const declaredEmails = ['aws+app-prod@example.com', 'aws+sandbox-one@example.com'];
const declaredAttachments = [{ policy: 'deny-leave', targets: ['', 'Workloads'] }];
const declaredInstances: Record<string, string[]> = {
  'vend-permissions-boundary': ['app-prod/us-east-1'],
  'vend-roles': ['app-prod/us-east-1'],
  'vend-regional': ['sandbox-one/eu-west-1', 'sandbox-one/us-east-1'],
};

let seedClients: SeedClients;
let proxy: FaultProxy;
let buildDirectory: string;
let cli: string;
/** The saved plan every trial applies: the one a reviewer approved for a fresh organization. */
let planFile: string;

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `vend apply` against the fault proxy. `killAt` SIGKILLs it once moto has carried out that many requests;
 * `mutatingAt` collects the request counts at which it made a mutating call.
 */
function runApplyCli({ killAt, mutatingAt }: { killAt?: number; mutatingAt?: number[] } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  applyAwsTestEnv(proxy.url, moto.credentials, env);
  const child = spawn(
    process.execPath,
    [cli, 'apply', '--repo', MINIMAL_REPOSITORY, '--plan', planFile, '--allow-high-impact'],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<CliRun>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  proxy.onForwarded = async (count, request) => {
    if (request.mutating) mutatingAt?.push(count);
    if (count !== killAt) return;
    child.kill('SIGKILL');
    await exited;
  };
  return exited;
}

async function expectDeclaredOrganization(trial: string): Promise<void> {
  const { Accounts } = await seedClients.organizations.send(new ListAccountsCommand({}));
  for (const email of declaredEmails) {
    expect({ trial, email, accounts: (Accounts ?? []).filter((account) => account.Email === email).length }).toEqual({
      trial,
      email,
      accounts: 1,
    });
  }
  const tree = await readOrganizationTree(seedClients);
  for (const { policy, targets } of declaredAttachments) {
    for (const path of targets) {
      const { Policies } = await seedClients.organizations.send(
        new ListPoliciesForTargetCommand({
          TargetId: path === '' ? tree.rootId : tree.organizationalUnitIds[path]!,
          Filter: 'SERVICE_CONTROL_POLICY',
        }),
      );
      expect({ trial, path, attached: Policies?.some((attached) => attached.Name === policy) }).toEqual({
        trial,
        path,
        attached: true,
      });
    }
  }
  const names = new Map(tree.accounts.map((account) => [account.id, account.name]));
  for (const [stackSet, instances] of Object.entries(declaredInstances)) {
    const { Summaries } = await seedClients.cloudformation.send(
      new ListStackInstancesCommand({ StackSetName: stackSet }),
    );
    const present = (Summaries ?? [])
      .map((instance) => `${names.get(instance.Account ?? '')}/${instance.Region}`)
      .sort();
    expect({ trial, stackSet, present }).toEqual({ trial, stackSet, present: instances });
  }
}

async function remainingPlan(): Promise<string[]> {
  const previous = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = moto.url;
  const clients = createAwsClients({ region: 'us-east-1', credentials: moto.credentials });
  try {
    const outcome = await runPlan(
      {
        command: 'plan',
        repositoryRoot: MINIMAL_REPOSITORY,
        outputFormat: 'text',
        comment: false,
        allowDestructive: false,
        allowHighImpact: false,
        autoApprove: false,
      },
      { clients },
    );
    if (outcome.status !== 'planned') throw new Error('plan did not run');
    return outcome.plan.changes.map((change) => change.id);
  } finally {
    destroyAwsClients(clients);
    process.env.AWS_ENDPOINT_URL = previous;
  }
}

async function freshOrganization(): Promise<void> {
  await resetMoto(moto.url);
  await createOrganization(seedClients);
  proxy.reset();
}

beforeAll(async () => {
  // A private bundle: dist/ may be stale, and other builds may replace it while this test runs.
  buildDirectory = mkdtempSync(join(tmpdir(), 'vend-apply-cli-'));
  execFileSync(process.execPath, ['scripts/build.mjs', buildDirectory], { cwd: REPOSITORY_ROOT, stdio: 'pipe' });
  cli = join(buildDirectory, 'cli.js');
  seedClients = createSeedClients(awsTestClientConfig(moto.url, moto.credentials));
  proxy = await startFaultProxy({ target: moto.url });
  await freshOrganization();
  planFile = join(buildDirectory, 'plan.json');
  const env: NodeJS.ProcessEnv = { ...process.env };
  applyAwsTestEnv(moto.url, moto.credentials, env);
  execFileSync(process.execPath, [cli, 'plan', '--repo', MINIMAL_REPOSITORY, '--out', planFile], {
    env,
    stdio: 'pipe',
  });
});

afterAll(async () => {
  await proxy.close();
  destroySeedClients(seedClients);
  rmSync(buildDirectory, { recursive: true, force: true });
});

test(`apply of a saved plan killed at ${SPREAD} points spread over a full run, and right after each mutating call, converges when run again with the same plan`, async () => {
  await freshOrganization();
  const mutating: number[] = [];
  const full = await runApplyCli({ mutatingAt: mutating });
  expect(full.code).toBe(0);
  const total = proxy.forwardedCount();
  expect(mutating.length).toBeGreaterThan(10);

  const spread = Array.from({ length: SPREAD }, (_, index) => 1 + Math.round((index * (total - 1)) / (SPREAD - 1)));
  const points = [...new Set([...spread, ...mutating])].sort((a, b) => a - b);
  for (const killAt of points) {
    const trial = `killed after request ${killAt} of ${total}`;
    await freshOrganization();
    const killed = await runApplyCli({ killAt });
    expect({ trial, signal: killed.signal }).toEqual({ trial, signal: 'SIGKILL' });

    const resumed = await runApplyCli();
    expect({ trial, code: resumed.code, stderr: resumed.code === 0 ? '' : resumed.stderr }).toEqual({
      trial,
      code: 0,
      stderr: '',
    });
    expect({ trial, refused: resumed.stdout.includes('Refused:') }).toEqual({ trial, refused: false });
    await expectDeclaredOrganization(trial);
    expect({ trial, remaining: await remainingPlan() }).toEqual({ trial, remaining: [] });
  }
  // Two applies per kill point, about 40 points: near two minutes on two cores, so the default limit is no margin.
}, 360_000);

test('an endpoint lost in the middle of apply stops it with one message, and the re-run resumes', async () => {
  await freshOrganization();
  const lost = await startFaultProxy({ target: moto.url });
  try {
    const env: NodeJS.ProcessEnv = { ...process.env };
    applyAwsTestEnv(lost.url, moto.credentials, env);
    const child = spawn(
      process.execPath,
      [cli, 'apply', '--repo', MINIMAL_REPOSITORY, '--plan', planFile, '--allow-high-impact'],
      {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Once accounts exist, the endpoint goes away for good: nothing listens on its port any more.
    lost.onForwarded = (_count, request) => {
      if (request.operation === 'organizations:MoveAccount') void lost.close();
    };
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));

    expect(code).toBe(1);
    const mentions = (text: string) =>
      text.split('\n').filter((line) => /ECONNREFUSED|ECONNRESET|socket hang up/.test(line));
    expect(mentions(stdout)).toHaveLength(1);
    expect(mentions(stderr)).toHaveLength(1);
    expect(stdout).toContain('Apply stopped at the first call that got no answer from AWS and started nothing more');
    expect(stderr).not.toContain('Verifying baseline roles');
  } finally {
    await lost.close().catch(() => undefined);
  }
  proxy.reset();
  const resumed = await runApplyCli();
  expect(resumed.code).toBe(0);
  await expectDeclaredOrganization('after the endpoint came back');
});
